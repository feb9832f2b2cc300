"""How long the detector takes to score a leader board's candidates: `tweetgen.detect.p_his` on 200 generated tweets of
the README's model, with the detector that `tweetgen detect` saved beside it (median of 5 runs, after one to warm up).

    tweetgen detect && python bench/detect.py [MODEL]     # default models/tweetgen
"""
import statistics, subprocess, sys, time
from tweetgen.detect import fresh_tweets, load_detector, p_his
from tweetgen.model import load_model

if __name__ == '__main__':
    model = sys.argv[1] if len(sys.argv) > 1 else 'models/tweetgen'
    det = load_detector(model)
    if det is None: sys.exit(f'No detector in {model}: run `tweetgen detect --model {model}` first')
    tweets = fresh_tweets(load_model(model), 200, seed=3)
    times = []
    for _ in range(6):
        start = time.perf_counter(); p_his(det, tweets); times.append(time.perf_counter() - start)
    commit = subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()
    print(f"p_his on 200 candidates: {statistics.median(times[1:]):.3f} s (median of 5; commit {commit}); "
          f"mean length {sum(map(len, tweets))/len(tweets):.0f} characters")
