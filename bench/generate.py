"""Generation speed: fastai's `LMLearner.predict` against tweetgen's batched sampler, on the same model and prompt.

Run from the project root: `python bench/generate.py [--model models/tweetgen]`. Uses the model saved at
--model (a model folder), training the README's model (`--pretrained general`) when there is none.
Prints what it measured; the last line is `speedup_vs_fastai_predict=<x> seconds_for_100_tweets=<y>`.
A timing, not a test: numbers depend on the machine."""
import argparse, statistics, time
from pathlib import Path
import torch
from tweetgen.model import bundle_paths, load_model
from tweetgen.predict import generate, sample_tokens
from tweetgen.train import train

PROMPT, PREDICT_WORDS, N_TWEETS, REPEATS = "Tesla", 20, 100, 5

def timed(f):
    "Median wall time of `REPEATS` calls of `f`, and its last result"
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter(); res = f(); times.append(time.perf_counter() - start)
    return statistics.median(times), res

def main(model:Path):
    if not bundle_paths(model)[0].exists(): train(pretrained='general', model=model)
    learn = load_model(model)
    print(f'model {model}: {sum(p.numel() for p in learn.model.parameters()):,} parameters, '
          f'vocab {len(learn.dls.vocab):,}, torch threads {torch.get_num_threads()}')
    t_fastai,_ = timed(lambda: learn.predict(PROMPT, n_words=PREDICT_WORDS, temperature=0.8, no_bar=True))
    fastai_tps = PREDICT_WORDS / t_fastai
    print(f'LMLearner.predict: {PREDICT_WORDS} tokens in {t_fastai:.2f} s = {fastai_tps:.1f} tokens/s')
    t_ours,samples = timed(lambda: sample_tokens(learn, PROMPT, n=N_TWEETS, max_chars=280, seed=0))
    n_tok = sum(len(s.tokens) + s.ended for s in samples)
    ours_tps = n_tok / t_ours
    print(f'tweetgen sample_tokens: {n_tok} tokens for {N_TWEETS} tweets in {t_ours:.2f} s = {ours_tps:.1f} tokens/s')
    t_100,tweets = timed(lambda: generate(PROMPT, n=N_TWEETS, max_chars=280, seed=1, model=learn))
    print(f'generate: {len(tweets)} readable tweets (up to 280 characters, mean {statistics.mean(map(len, tweets)):.0f}) in {t_100:.2f} s')
    print(f'speedup_vs_fastai_predict={ours_tps/fastai_tps:.1f} seconds_for_100_tweets={t_100:.2f}')

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--model', type=Path, default=Path('models/tweetgen'))
    main(p.parse_args().model)
