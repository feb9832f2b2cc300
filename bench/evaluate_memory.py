"""Peak memory and time of `tweetgen evaluate --tweets` on a large CSV, made on the fly from the TweetEval tweets (never
committed): `evaluate` scores a chunk at a time, so its memory should not grow with the number of tweets.

    python bench/evaluate_memory.py MODEL DATA TWEETEVAL_DIR N [N ...]   # e.g. models/tweetgen.pkl data/data_elonmusk.csv data/pretrain/tweeteval 1000 20000
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

if __name__ == '__main__':
    model,data,folder,*ns = sys.argv[1:]
    with tempfile.TemporaryDirectory() as d:
        for n in map(int, ns):
            csv = Path(d)/f'{n}.csv'
            pd.DataFrame({'Text': tweets(Path(folder), n)}).to_csv(csv, index=False)
            row = measure(model, data, csv)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024 # the largest child so far, in MB
            print(dict(tweets=n, peak_mb_so_far=round(peak), **row), flush=True)
