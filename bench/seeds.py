"""How much of a difference between two rows of `bench/scale_results.csv` is luck: the README's model fine-tuned again
from one general model with other seeds (the order of the tweets, dropout), each scored as `bench/scale.py` scores it
(`tweetgen.evaluate.evaluate`: bits per character on the time split, word perplexity, distinct-2 of 500 tweets).
The scale study runs every fine-tuning with seed 42, so its rows differ by their general models and by this luck.

    python bench/seeds.py GENERAL SEED [SEED ...]   # GENERAL: `general` (shipped) or a folder of `tweetgen pretrain`;
                                                     # appends a row a seed to bench/seeds_results.csv
"""
import sys, time
from pathlib import Path
from results import append_row, head_commit
from tweetgen.evaluate import evaluate
from tweetgen.train import train

if __name__ == '__main__':
    general,seeds = sys.argv[1],[int(s) for s in sys.argv[2:]]
    commit = head_commit()
    for seed in seeds:
        start = time.time()
        learn = train(pretrained=general, model=Path('models/seeds')/f'{Path(general).name}-{seed}', seed=seed)
        minutes = (time.time() - start)/60
        ev = evaluate(learn, n=500, seed=0)
        lm,g = ev.lm.loc['AWD-LSTM'],ev.generated.loc['AWD-LSTM']
        row = dict(general=general, seed=seed, finetune_valid_loss=round(learn.card.scores['valid_loss'], 4), bpc=round(lm.bpc, 4),
                   word_ppl=round(lm.word_ppl, 1), distinct2=round(g.distinct2, 4), copy_rate=round(g.copy_rate, 4),
                   train_minutes=round(minutes, 1), commit=commit)
        print(row)
        append_row('seeds_results.csv', row)
