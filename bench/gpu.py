"""Issue 30's GPU check: every command on the machine's device, and pretraining's tokens a second there and on its CPU.

    python bench/gpu.py --corpus TOKENIZED_DIR --data CSV [--minutes 3] [--out runs/gpu]   # writes bench/gpu_results.csv

TOKENIZED_DIR is what `tweetgen tokenize` wrote (made on a CPU, carried to the GPU: no text needed there). Runs, each as
the `tweetgen` command in a process of its own: `pretrain` on the device for `--minutes` (in bfloat16), `pretrain` on
the CPU alone (CUDA hidden) for a tenth of that, `train` from the first, `generate`, `generate --top 5`, `evaluate`,
`detect`, and `serve` as far as its import (Gradio may be missing there; its line says). One row a command: its exit status, seconds, the device,
and pretraining's tokens a second (from its `lm.json`). Without a GPU it runs the same on the CPU and says so."""
import argparse, json, os, subprocess, sys, time
from pathlib import Path
import torch
from results import append_rows, head_commit

TWEETGEN = [sys.executable, '-c', 'import sys; from tweetgen.cli import main; sys.exit(main())'] # no entry point needed

def run(name:str, args:list, env:dict|None=None) -> dict:
    "Run `tweetgen args`; its exit status, seconds and last line"
    start = time.time()
    p = subprocess.run(TWEETGEN + [str(a) for a in args], capture_output=True, text=True, env={**os.environ, **(env or {})})
    last = (p.stdout.strip().splitlines() or [''])[-1] if p.returncode == 0 else (p.stderr.strip().splitlines() or [''])[-1]
    print(f'{name}: exit {p.returncode} in {time.time()-start:.0f} s: {last[:200]}', flush=True)
    return dict(command=name, exit=p.returncode, seconds=round(time.time()-start, 1), said=last[:300])

def speed(folder:Path) -> float|str:
    "Pretraining's tokens a second, from the `lm.json` it wrote"
    try: return json.loads((folder/'lm.json').read_text())['tokens_per_second']
    except (OSError, KeyError, ValueError): return ''

def main(corpus:Path, data:Path, minutes:float, out:Path, epochs:int|None=None, csv:str='gpu_results.csv'):
    gpu = torch.cuda.is_available()
    device = torch.cuda.get_device_name(0) if gpu else 'cpu'
    commit = head_commit()
    pre,cpu_pre,model = out/'pre',out/'pre_cpu',out/'model'
    rows = [dict(run('pretrain', ['pretrain', '--corpus', corpus, '--model', pre, '--minutes', minutes, '--bf16']), device=device, tokens_per_second=speed(pre))]
    rows.append(dict(run('pretrain on the CPU', ['pretrain', '--corpus', corpus, '--model', cpu_pre, '--minutes', minutes/10, '--bf16'],
                         env=dict(CUDA_VISIBLE_DEVICES='')), device='cpu', tokens_per_second=speed(cpu_pre)))
    for name,args in [('train', ['train', '--pretrained', pre, '--data', data, '--model', model, *(['--epochs', epochs] if epochs else [])]),
                      ('generate', ['generate', '-n', 5, '--seed', 1, '--model', model]),
                      ('detect', ['detect', '--model', model, '--data', data]),
                      ('generate --top 5', ['generate', '--top', 5, '--seed', 1, '--model', model]),
                      ('evaluate', ['evaluate', '--model', model, '--data', data, '-n', 500]),
                      ('serve (import)', ['serve', '--model', out/'none'])]: # imports the page (Gradio), then stops at the missing model
        rows.append(dict(run(name, args), device=device, tokens_per_second=''))
    append_rows(csv, [dict(commit=commit, **r) for r in rows],
                fields=['commit', 'command', 'exit', 'seconds', 'device', 'tokens_per_second', 'said'])
    g,c = rows[0]['tokens_per_second'],rows[1]['tokens_per_second']
    if g and c: print(f'tokens_per_second device={g:,} cpu={c:,} ratio={g/c:.1f}')

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--corpus', type=Path, required=True)
    p.add_argument('--data', type=Path, required=True)
    p.add_argument('--minutes', type=float, default=3)
    p.add_argument('--out', type=Path, default=Path('runs/gpu'))
    p.add_argument('--epochs', type=int, help="train's epochs (default: its recipe's); 1 for a dry run on a CPU")
    p.add_argument('--csv', default='gpu_results.csv', help='where the rows go: a name in bench/, or an absolute path')
    a = p.parse_args()
    main(a.corpus, a.data, a.minutes, a.out, a.epochs, a.csv)
