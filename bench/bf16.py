"""bfloat16 against float32 for pretraining on this machine's CPU: tokens a second, and the held-out loss after the same
steps from the same start, each precision twice, alternating (the machine's speed drifts).

    python bench/bf16.py CORPUS CSV [TOKENS]     # e.g. data/pretrain/wikipedia/wiki_00.txt data/data_elonmusk.csv

Each run is `tweetgen.pretrain.pretrain` with its defaults (the SMALL AWD-LSTM, 8,000 pieces, batches of 32 x 72) for
TOKENS training tokens (default 200,000) of the first 150,000 words of CORPUS, seed 42; `bf16=True` adds
`tweetgen.pretrain.BF16` (torch.autocast on the CPU). Appends its rows to bench/bf16_results.csv with the commit.
"""
import io, json, re, sys, tempfile
from contextlib import redirect_stdout
from pathlib import Path
import torch
from results import append_rows, head_commit

def peak_gflops(bf16:bool, cores:int=2) -> float:
    "Peak of `cores` AVX-512 cores with two FMA units: 2 x 16 FP32 lanes x 2 flops a cycle; AVX-512 BF16's dot products do twice that"
    mhz = float(re.search(r'cpu MHz\s*:\s*([\d.]+)', Path('/proc/cpuinfo').read_text())[1])
    return cores*mhz*1e6*64*(2 if bf16 else 1)/1e9

def run(corpus:str, data:str, out:Path, bf16:bool, tokens:int) -> dict:
    from tweetgen.pretrain import pretrain
    with redirect_stdout(io.StringIO()):
        learn = pretrain([corpus], out, data=data, max_words=150_000, tokens=tokens, chunk_tokens=tokens//2, bf16=bf16)
    info = json.loads((out/'lm.json').read_text())
    n = sum(p.numel() for p in learn.model.parameters())
    tps = info['tokens_seen']/(info['minutes']*60) # validation and checkpoints included: what a user waits for
    return dict(precision='bf16' if bf16 else 'fp32', tokens=info['tokens_seen'], seconds=round(info['minutes']*60, 1),
                tokens_per_s=round(tps), train_tokens_per_s=info['tokens_per_second'], valid_loss=round(info['valid_loss'], 4),
                perplexity=round(info['perplexity'], 2), weights=n, gflops=round(6*n*tps/1e9, 1),
                share_of_fp32_peak=round(6*n*tps/1e9/peak_gflops(False), 3), share_of_own_peak=round(6*n*tps/1e9/peak_gflops(bf16), 3))

if __name__ == '__main__':
    corpus,data = sys.argv[1:3]
    tokens = int(sys.argv[3]) if len(sys.argv) > 3 else 200_000
    commit = head_commit()
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for i,bf16 in enumerate([False, True, False, True]):
            rows.append(dict(run(corpus, data, Path(d)/str(i), bf16, tokens), threads=torch.get_num_threads(), commit=commit))
            print(rows[-1], flush=True)
    append_rows('bf16_results.csv', rows)
    fp,bf = ([r for r in rows if r['precision'] == p] for p in ('fp32', 'bf16'))
    mean = lambda rs,k: sum(r[k] for r in rs)/len(rs)
    print(f"bf16 / fp32: {mean(bf, 'tokens_per_s')/mean(fp, 'tokens_per_s'):.2f}x tokens a second; held-out loss "
          f"{mean(bf, 'valid_loss'):.4f} against {mean(fp, 'valid_loss'):.4f} after {tokens:,} tokens")
