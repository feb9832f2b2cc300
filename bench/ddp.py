"""Pretraining throughput on this machine's 2 cores: one process with 2 threads against 2 processes (torchrun, gloo,
`tweetgen.pretrain.distributed`) with 1 thread each, the same global batch, and the cores' arithmetic peak beside them.

    python bench/ddp.py CORPUS CSV      # e.g. data/pretrain/wikitext-2/valid.txt data/data_elonmusk.csv

Each configuration runs `tweetgen pretrain` for one epoch of about 60,000 words with the default (SMALL) AWD-LSTM and
8,000 subword pieces; tokens a second are the training tokens of the epoch over the minutes the fit took (`lm.json`).
"""
import json, os, re, shutil, subprocess, sys, tempfile
from pathlib import Path

def run(corpus:str, data:str, out:Path, procs:int, threads:int, bs:int) -> dict:
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), ACCELERATE_USE_CPU='true')
    args = ['pretrain', '--corpus', corpus, '--data', data, '--max-words', '60000', '--epochs', '1', '--bs', str(bs), '--model', str(out)]
    tg = shutil.which('tweetgen')
    cmd = [tg, *args] if procs == 1 else ['torchrun', '--standalone', '--nproc_per_node', str(procs), tg, *args]
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    info = json.loads((out/'lm.json').read_text())
    tokens = info['corpus']['tokens']*0.98 # the training share (2% is held out)
    return dict(processes=procs, threads=threads, bs_per_process=bs, tokens=int(tokens), seconds=round(info['minutes']*60, 1),
                tokens_per_s=round(tokens/(info['minutes']*60)))

def peak_gflops(cores:int=2) -> float:
    "FP32 peak of `cores` AVX-512 cores with two FMA units: 2 x 16 lanes x 2 flops a cycle"
    mhz = float(re.search(r'cpu MHz\s*:\s*([\d.]+)', Path('/proc/cpuinfo').read_text())[1])
    return cores*mhz*1e6*64/1e9

if __name__ == '__main__':
    corpus,data = sys.argv[1:3]
    with tempfile.TemporaryDirectory() as d:
        rows = [run(corpus, data, Path(d)/'one', 1, 2, 64), run(corpus, data, Path(d)/'two', 2, 1, 32)]
        from fastai.text.all import AWD_LSTM, get_language_model
        from tweetgen.model import read_local
        pre = read_local(Path(d)/'one')
        n = sum(p.numel() for p in get_language_model(AWD_LSTM, len(pre.vocab), config=pre.info['config']).parameters())
    for r in rows: # forward and backward: about 6 flops a weight a token (the tied embedding counts once, as the decoder)
        r['gflops'] = round(6*n*r['tokens_per_s']/1e9, 1)
        r['share_of_peak'] = round(r['gflops']/peak_gflops(), 2)
        print(r)
    print(f"2 processes x 1 thread / 1 process x 2 threads: {rows[1]['tokens_per_s']/rows[0]['tokens_per_s']:.2f}x; "
          f"{n/1e6:.1f}M weights; peak of 2 cores (AVX-512 FP32 FMA): {peak_gflops():.0f} GFLOP/s")
