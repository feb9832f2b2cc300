"""Peak memory and time of `tweetgen evaluate --tweets` on a large CSV, made on the fly from the TweetEval tweets (never
committed): `evaluate` scores a chunk at a time, so its memory should not grow with the number of tweets.

    python bench/evaluate_memory.py MODEL DATA TWEETEVAL_DIR N [N ...]   # e.g. models/tweetgen data/data_elonmusk.csv data/pretrain/tweeteval 1000 10000 100000
    python bench/evaluate_memory.py --same MODEL DATA                    # chunked scores against one chunk, on the time split

The second form checks that chunking changes no figure: it scores the time split's validation tweets with the
AWD-LSTM a chunk at a time (as `evaluate` does) and in one piece (as `evaluate` did before: a tokens x vocabulary
matrix), and prints both bits per character and the largest difference of a token's log-probability.
"""
import resource, subprocess, sys, tempfile, time
from pathlib import Path
import pandas as pd

def tweets(folder:Path, n:int) -> list[str]:
    "The first `n` TweetEval tweets, repeated if there are fewer"
    lines = [l for f in sorted(folder.rglob('*_text.txt')) for l in f.read_text(encoding='utf-8').splitlines() if l.strip()]
    return (lines * (n//len(lines) + 1))[:n]

def measure(model:str, data:str, csv:Path) -> dict:
    "Wall time and peak resident memory of one `tweetgen evaluate --tweets csv`, in a process of its own"
    start = time.time()
    r = subprocess.run(['tweetgen', 'evaluate', '--model', model, '--data', data, '--tweets', str(csv), '-n', '20'],
                       capture_output=True, text=True)
    if r.returncode: sys.exit(r.stderr)
    return dict(seconds=round(time.time()-start, 1), summary=r.stdout.splitlines()[-1])

def same(model:str, data:str):
    "Chunked against whole-stream AWD-LSTM scores on the time split's validation tweets"
    import numpy as np
    from tweetgen.data import tweet_split, word_tokens
    from tweetgen.evaluate import Spelling, awd_logprobs, open_vocab, token_ids, tweet_tokens, words, _flat
    from tweetgen.model import load_model
    learn = load_model(model)
    split = tweet_split(data, learn.card.split.get('max_tweets'), learn.card.split.get('valid_pct', 0.1)) # as `evaluate` rebuilds it
    trn,ev = list(split.text[~split.is_valid]),list(split.text[split.is_valid])
    toks = tweet_tokens(learn, ev)
    ids,spelling = token_ids(learn, toks),Spelling(words(word_tokens(trn)))
    rows = {}
    for name,seq_len in (('chunks of 72', 72), ('one chunk', len(ids))):
        start = time.time()
        logp,hits = awd_logprobs(learn, ids, seq_len)
        scores = open_vocab(logp, _flat(toks)[1:], ids[1:] == 0, spelling, ev)
        rows[name] = dict(seconds=round(time.time()-start, 1), bpc=float(scores['bpc']), word_ppl=float(scores['word_ppl']),
                          accuracy=float(hits.mean())), logp
    for name,(row,_) in rows.items(): print(dict(way=name, tokens=len(ids)-1, **row))
    print(dict(max_abs_logprob_difference=float(np.abs(rows['chunks of 72'][1] - rows['one chunk'][1]).max())))

if __name__ == '__main__':
    if sys.argv[1] == '--same': same(*sys.argv[2:4]); sys.exit()
    model,data,folder,*ns = sys.argv[1:]
    with tempfile.TemporaryDirectory() as d:
        for n in map(int, ns):
            csv = Path(d)/f'{n}.csv'
            pd.DataFrame({'Text': tweets(Path(folder), n)}).to_csv(csv, index=False)
            row = measure(model, data, csv)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024 # the largest child so far, in MB
            print(dict(tweets=n, peak_mb_so_far=round(peak), **row), flush=True)
