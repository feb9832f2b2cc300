"""What transfer learning and the vocabulary buy on 2 CPU cores: pretrain on general text (`tweetgen.pretrain`), fine-tune
on his tweets (`tweetgen.train`), and score every model on the same time split with `tweetgen.evaluate`, bits per
character first.

Each run is one JSON spec: `pretrain` (changes to the `PRETRAIN` recipe, with its `corpora` and `max_words`, or null
for training from scratch) and `finetune` (changes to `train`'s recipe). A pretrained model is kept under RUNS and
reused by every run that asks for the same pretraining. Each run appends a row to OUT (losers included), with the
commit of the code that made it. Run it from the repository's root, with relative paths, so that no row holds a
machine's path:

    python bench/transfer.py OUT CSV RUNS '{"name": "subword 4k", "pretrain": null, "finetune": {"vocab_sz": 4000}}' [...]

bench/subword_results.csv is the subword study (`nbs/10_studies.ipynb`); bench/transfer_results.csv is the word-level
study of an earlier version (its copy rates count tokens, not words, and its specs hold absolute paths).
"""
import hashlib, json, os, sys, time
from pathlib import Path
import pandas as pd, torch
from fastai.text.all import ProgressCallback, defaults
from tweetgen.evaluate import evaluate
from tweetgen.pretrain import pretrain
from tweetgen.learner import awd_config
from tweetgen.train import train
from results import head_commit

def _key(spec:dict) -> str: return hashlib.sha1(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:10]

def pretrained(spec:dict|None, data:str, runs:Path) -> tuple[Path|str, dict]:
    "The folder of the model pretrained as `spec` says (made once), and its description"
    if spec is None: return 'none',dict(minutes=0.)
    path = runs/f'pre-{_key(spec)}'
    if not (path/'lm.json').exists():
        kw = {k:v for k,v in spec.items() if k != 'corpora'}
        if 'config' in kw: kw['config'] = awd_config(**kw['config'])
        pretrain(spec['corpora'], path, data=data, resume=True, **kw)
    return path,json.loads((path/'lm.json').read_text())

def run(out:Path, data:str, runs:Path, spec:dict) -> dict:
    "Pretrain (or not), fine-tune and evaluate as `spec` says; the row it appends to `out`"
    pre,info = pretrained(spec.get('pretrain'), data, runs)
    start = time.time()
    ft = dict(spec.get('finetune', {}))
    if 'config' in ft: ft['config'] = awd_config(**ft['config'])
    learn = train(data, pretrained=pre, model=runs/f"ft-{_key(spec)}", **ft)
    ft_minutes = (time.time()-start)/60
    ev = evaluate(learn, data)
    lm,g = ev.lm,ev.generated
    kn = next(k for k in lm.index if k.startswith('Kneser-Ney'))
    row = dict(name=spec['name'], spec=json.dumps(spec), commit=head_commit(mark_dirty=True), tokenizer=learn.card.tokenizer, vocab=len(learn.dls.vocab),
               pretrain_minutes=round(info['minutes'], 1), pretrain_words=info.get('corpus', {}).get('words', 0),
               pretrain_ppl=round(info.get('perplexity', float('nan')), 1), finetune_minutes=round(ft_minutes, 1),
               fastai_ppl=round(learn.card.scores['perplexity'], 1), bpc=round(lm.loc['AWD-LSTM', 'bpc'], 4),
               word_ppl=round(lm.loc['AWD-LSTM', 'word_ppl'], 1), token_ppl=round(lm.loc['AWD-LSTM', 'perplexity'], 1),
               unk=round(lm.loc['AWD-LSTM', 'unk'], 3), kn_bpc=round(lm.loc[kn, 'bpc'], 4), kn_word_ppl=round(lm.loc[kn, 'word_ppl'], 1),
               distinct2=round(g.loc['AWD-LSTM', 'distinct2'], 3), his_distinct2=round(g.loc['his tweets', 'distinct2'], 3),
               copy_rate=round(g.loc['AWD-LSTM', 'copy_rate'], 3), mean_chars=round(g.loc['AWD-LSTM', 'mean_chars'], 1))
    pd.DataFrame([row]).to_csv(out, mode='a', header=not out.exists(), index=False)
    print(row, flush=True)
    return row

if __name__ == '__main__':
    out,data,runs,*specs = sys.argv[1:]
    defaults.callbacks = [cb for cb in defaults.callbacks if cb is not ProgressCallback]
    torch.set_num_threads(int(os.environ.get('THREADS', 1))) # one core by default; the other stays free
    for s in specs: run(Path(out), data, Path(runs), json.loads(s))
