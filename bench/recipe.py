"""A small search for the `--pretrained none` recipe, on the time split of the real tweets (about 40 minutes of one core).

Stage by stage, each stage keeps the best of the one before: dropout (drop_mult), then the learning rate, then the batch
shape (bs x seq_len). Every run starts from the same seed, uses fit_one_cycle, and keeps its best epoch, so "how many
epochs" is answered inside each run. Each run appends a row to bench/recipe_results.csv; the last line is the winner.

    python bench/recipe.py [CSV]                     # the whole search, from a fresh results file
    python bench/recipe.py [CSV] --only '{"epochs": 20}'  # one more run: BASE with these changes, appended
"""
import json, math, sys, tempfile, time
from pathlib import Path
import pandas as pd, torch
from fastai.text.all import ProgressCallback, defaults
from tweetgen.learner import awd_config
from tweetgen.train import train

SMALL = dict(emb_sz=200, n_hid=600, n_layers=3) # 5.8M weights with our vocabulary; the full size has 21M
BASE = dict(config=SMALL, drop_mult=0.5, lr=1e-2, bs=16, seq_len=36, epochs=12)
STAGES = [('drop_mult', [1.0, 1.5]), ('lr', [2e-2]), (('bs', 'seq_len'), [(32, 72)])]
OUT = Path(__file__).parent/'recipe_results.csv'

def run(data, recipe:dict) -> dict:
    "Train `recipe` from scratch; its best epoch's validation loss and perplexity, and the wall time"
    start = time.time()
    kw = {k:v for k,v in recipe.items() if k != 'config'}
    learn = train(data, pretrained='none', frozen_epochs=0, config=awd_config(**recipe['config']),
                  model=Path(tempfile.mkdtemp())/'recipe', **kw)
    losses = [float(v[1]) for v in learn.recorder.values]
    best = min(range(len(losses)), key=losses.__getitem__)
    row = dict(recipe=json.dumps(recipe), best_epoch=best+1, valid_loss=round(losses[best], 4),
               perplexity=round(math.exp(losses[best]), 1), minutes=round((time.time()-start)/60, 1))
    pd.DataFrame([row]).to_csv(OUT, mode='a', header=not OUT.exists(), index=False)
    print(row, flush=True)
    return row

if __name__ == '__main__':
    args = sys.argv[1:]
    only = json.loads(args.pop(args.index('--only')+1)) if '--only' in args else None
    data = next((a for a in args if a != '--only'), None)
    torch.set_num_threads(1) # one core searches; the other stays free
    defaults.callbacks = [cb for cb in defaults.callbacks if cb is not ProgressCallback]
    if only is not None: run(data, {**BASE, **only}); sys.exit()
    OUT.unlink(missing_ok=True)
    best,best_row = dict(BASE),run(data, BASE)
    for key,values in STAGES:
        for v in values:
            recipe = {**best, **(dict(zip(key, v)) if isinstance(key, tuple) else {key: v})}
            row = run(data, recipe)
            if row['valid_loss'] < best_row['valid_loss']: best_row = row
        best = json.loads(best_row['recipe'])
    print(f"best_recipe={best_row['recipe']} perplexity={best_row['perplexity']} best_epoch={best_row['best_epoch']}")
