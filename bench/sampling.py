"""How the sampling settings trade invented words against variety (issue 22's goal: invented words rare at the default
settings, distinct-2 at least 0.8 times his, copy rate at most 2%). One row a setting: 500 tweets from the model with an
empty prompt (as `evaluate` draws them), the share that hold an invented word (as `bench/scale.py` counts them),
distinct-2 over as many word pairs as his validation tweets have, the copy rate and the mean length.

    python bench/sampling.py MODEL [SEED]   # appends its rows to bench/sampling_results.csv (seed 0 unless given)

A second seed draws other tweets for every setting: a setting chosen on one seed's rows is checked on the other's.
"""
import sys, time
from results import append_row, head_commit
from scale import invented_share, letters, lexicon, MIN_COUNT
from tweetgen.evaluate import CopyFilter, _real, generated_table, sample_set
from tweetgen.model import load_model, model_split

SETTINGS = [dict(temperature=t) for t in (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)] + [
    dict(temperature=0.8, top_p=0.9), dict(temperature=0.8, min_p=0.05), dict(temperature=1.0, min_p=0.1),
    dict(temperature=0.8, top_k=40)] + [
    dict(temperature=t, top_p=p) for t in (0.8, 0.9, 1.0) for p in (0.8, 0.9, 0.95) if (t, p) != (0.8, 0.9)]

if __name__ == '__main__':
    model,seed = sys.argv[1],int(sys.argv[2]) if len(sys.argv) > 2 else 0
    learn = load_model(model)
    split = model_split(learn)
    trn,ev = list(split.text[~split.is_valid]),list(split.text[split.is_valid])
    his,lex = set(w for t in trn for w in letters(t)),lexicon()
    known = lambda w: w in his or lex[w] >= MIN_COUNT
    copies = CopyFilter(trn)
    commit = head_commit()
    for kw in SETTINGS:
        start = time.time()
        gen = sample_set(learn, 500, seed, **{'top_p': None, **kw}) # the whole tail unless the setting cuts it
        g = generated_table({'his tweets': _real(ev), 'AWD-LSTM': gen}, copies)
        share,examples = invented_share(gen.texts, known)
        row = dict(setting=' '.join(f'{k}={v}' for k,v in kw.items()), invented=round(share, 3),
                   distinct2=round(g.loc['AWD-LSTM', 'distinct2'], 4), his_distinct2=round(g.loc['his tweets', 'distinct2'], 4),
                   copy_rate=round(g.loc['AWD-LSTM', 'copy_rate'], 4), mean_chars=round(g.loc['AWD-LSTM', 'mean_chars'], 1),
                   ended=round(g.loc['AWD-LSTM', 'ended'], 3), seed=seed, seconds=round(time.time()-start, 1), commit=commit,
                   model=model, invented_examples=' '.join(examples))
        print(row, flush=True)
        append_row('sampling_results.csv', row)
