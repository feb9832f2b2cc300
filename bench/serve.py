"""The web page's costs: time from `tweetgen serve` to the first page, time for a 10-tweet request, the server's memory.

Run from the project root: `python bench/serve.py [--model models/tweetgen]`. Starts `tweetgen serve` as a user
would, in its own process, on a free port; asks for the page until it answers; calls it with `gradio_client` (the
page's `/generate`, as the Generate button does); reads the server's memory from /proc (Linux). Then a burst of 8
requests at once, which Gradio's queue runs one at a time. The last line is
`seconds_to_first_page=<s> seconds_per_10_tweets=<s> server_rss_mb=<MB> server_peak_mb=<MB>`.
A timing, not a test: numbers depend on the machine."""
import argparse, os, statistics, subprocess, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
os.environ['GRADIO_ANALYTICS_ENABLED'],os.environ['HF_HUB_OFFLINE'] = 'False','1'
from gradio_client import Client
from tweetgen.test_utils import free_port

def memory_mb(pid:int) -> tuple[float, float]:
    "Resident and peak resident memory of process `pid`, in MB"
    status = dict(l.split(':', 1) for l in Path(f'/proc/{pid}/status').read_text().splitlines() if ':' in l)
    return int(status['VmRSS'].split()[0])/1024,int(status['VmHWM'].split()[0])/1024

def wait_for_page(url:str, timeout:float=120) -> float:
    "Seconds until `url` answers 200"
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200: return time.perf_counter() - start
        except OSError: time.sleep(0.05)
    raise TimeoutError(f'{url} did not answer in {timeout} s')

def main(model:Path):
    port = free_port()
    url = f'http://127.0.0.1:{port}/'
    server = subprocess.Popen([str(Path(sys.executable).parent/'tweetgen'), 'serve', '--model', str(model), '--port', str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        first = wait_for_page(url)
        print(f'tweetgen serve -> first page: {first:.1f} s (imports, model load, Gradio start)')
        rss,_ = memory_mb(server.pid)
        print(f'server memory once up: {rss:.0f} MB')
        client = Client(url, verbose=False)
        ask = lambda seed: client.predict('Tesla', 10, 0.8, seed, 0, 0, 0, False, api_name='/generate')
        ask(0) # the first request warms the model up
        times = []
        for seed in range(1, 6):
            t = time.perf_counter(); leaders,_,_,_ = ask(seed); times.append(time.perf_counter() - t)
        per10 = statistics.median(times)
        print(f'10-tweet request (100 candidates): median {per10:.2f} s of 5, {len(leaders["data"])} tweets on the board')
        t = time.perf_counter()
        with ThreadPoolExecutor(8) as ex: list(ex.map(ask, range(100, 108)))
        print(f'a burst of 8 such requests at once: all answered in {time.perf_counter()-t:.2f} s (queued, one at a time)')
        rss,peak = memory_mb(server.pid)
        print(f'server memory after them: {rss:.0f} MB resident, {peak:.0f} MB at the peak')
    finally:
        server.terminate(); server.wait(10)
    print(f'seconds_to_first_page={first:.1f} seconds_per_10_tweets={per10:.2f} server_rss_mb={rss:.0f} server_peak_mb={peak:.0f}')

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--model', type=Path, default=Path('models/tweetgen'))
    main(p.parse_args().model)
