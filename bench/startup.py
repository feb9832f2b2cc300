"""Start-up time of the command line: `tweetgen --help` and a mistyped option, beside `import fastai.text.all`.

Run from the project root: `python bench/startup.py`. Each is a fresh Python process, timed 5 times; the median counts.
The last line is `help_seconds=<s> bad_option_seconds=<s> fastai_import_seconds=<s> help_over_fastai=<ratio>`.
A timing, not a test: numbers depend on the machine."""
import statistics, subprocess, sys, time
from pathlib import Path

TWEETGEN = str(Path(sys.executable).parent/'tweetgen')

def median_seconds(cmd:list[str], repeats:int=5) -> float:
    "Median wall time of running `cmd` `repeats` times"
    times = []
    for _ in range(repeats):
        start = time.perf_counter(); subprocess.run(cmd, capture_output=True); times.append(time.perf_counter() - start)
    return statistics.median(times)

if __name__ == '__main__':
    help_s = median_seconds([TWEETGEN, '--help'])
    bad_s = median_seconds([TWEETGEN, 'generate', '-n', 'abc'])
    fastai_s = median_seconds([sys.executable, '-c', 'import fastai.text.all'])
    print(f'tweetgen --help: {help_s:.2f} s; tweetgen generate -n abc (an argument error): {bad_s:.2f} s; '
          f'python -c "import fastai.text.all": {fastai_s:.2f} s')
    print(f'help_seconds={help_s:.2f} bad_option_seconds={bad_s:.2f} fastai_import_seconds={fastai_s:.2f} help_over_fastai={help_s/fastai_s:.3f}')
