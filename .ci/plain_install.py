"""Every `tweetgen` command after the README's own install (`pip install -e . -c constraints.txt`, no extras), on tiny inputs.

.ci/run makes that install in a clean venv of its own and runs this there: each command must exit 0, or exit 1 with one
line on stderr that names the extra it needs; never a traceback. Prints `plain install: N passed, N failed`."""
import os, random, re, shutil, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TINY = ['--emb-sz', '16', '--n-hid', '32', '--n-layers', '2', '--bs', '4', '--seq-len', '16']
PIECES = ['--vocab-size', '600'] # his tweets alone hold more than 300 characters

def words_corpus(path:Path, n_docs:int=600, seed:int=0) -> Path:
    "An invented corpus: one document a line, of common English words in random order"
    vocab = ('the a rocket car space launch engine battery solar city tunnel mars earth moon orbit test fly land '
             'build new good great fast year day week team people work today more than one two ten hundred').split()
    rng = random.Random(seed)
    path.write_text('\n'.join(' '.join(rng.choices(vocab, k=rng.randint(8, 30))) for _ in range(n_docs)) + '\n')
    return path

def run(name:str, args:list, extra:str|None=None, env:dict|None=None) -> bool:
    "Run `args`; it passes when it exits 0 (or, when `extra` is named, exits 1 saying that extra in one line), with no traceback"
    p = subprocess.run(args, capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=900)
    out = p.stdout + p.stderr
    ours = [l for l in p.stderr.splitlines() if l.startswith('tweetgen: error:')]
    if extra is None: ok = p.returncode == 0 and 'Traceback' not in out
    else: # a launcher's own report of the failed processes (its log lines, then its traceback) follows ours
        before = re.split(r'^[EWI]\d{4} ', p.stderr, maxsplit=1, flags=re.M)[0]
        ok = p.returncode == 1 and len(ours) >= 1 and all(extra in l for l in ours) and 'Traceback' not in before
    print(f"{'ok  ' if ok else 'FAIL'} {name}: exit {p.returncode}" + (f" - {ours[0]}" if ours else ''), flush=True)
    if not ok: print(out[-3000:], flush=True)
    return ok

def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix='tweetgen-plain-'))
    real = ROOT/'data'/'data_elonmusk.csv'
    csv = str(real if real.exists() else ROOT/'tweetgen'/'sample_tweets.csv')
    corpus,pre,model = words_corpus(tmp/'corpus.txt'),tmp/'pre',tmp/'model'
    tg = [shutil.which('tweetgen')]
    checks = [
        ('help', tg + ['--help']),
        ('pretrain', tg + ['pretrain', '--corpus', str(corpus), '--model', str(pre), '--data', csv, '--epochs', '1', *TINY, *PIECES]),
        ('tokenize', tg + ['tokenize', '--corpus', str(corpus), '--out', str(tmp/'tok'), '--data', csv, *PIECES]),
        ('pretrain from a tokenized corpus', tg + ['pretrain', '--corpus', str(tmp/'tok'), '--model', str(tmp/'pre_tok'), '--epochs', '1', *TINY]),
        ('train', tg + ['train', '--pretrained', str(pre), '--data', csv, '--model', str(model), '--epochs', '1']),
        ('generate', tg + ['generate', 'Mars', '-n', '3', '--seed', '1', '--model', str(model)]),
        ('generate --top', tg + ['generate', '--top', '3', '--candidates', '20', '--seed', '1', '--model', str(model)]),
        ('evaluate', tg + ['evaluate', '--model', str(model), '--data', csv, '-n', '20']),
        ('detect', tg + ['detect', '--model', str(model), '--data', csv]),
        ('generate --rank real', tg + ['generate', '--top', '3', '--candidates', '20', '--rank', 'real', '--model', str(model)]),
    ]
    results = [run(name, args) for name,args in checks]
    results.append(run('serve (needs the app extra)', tg + ['serve', '--model', str(model)], extra='tweetgen[app]'))
    torchrun = shutil.which('torchrun')
    if torchrun: # comes with torch; the pretraining it launches needs Accelerate
        results.append(run('pretrain under torchrun (needs the distributed extra)', [torchrun, '--standalone', '--nproc_per_node', '2', tg[0], 'pretrain',
                           '--corpus', str(corpus), '--model', str(tmp/'ddp'), '--data', csv, '--epochs', '1', *TINY, *PIECES],
                           extra='tweetgen[distributed]', env=dict(OMP_NUM_THREADS='1', ACCELERATE_USE_CPU='true')))
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"plain install: {sum(results)} passed, {len(results) - sum(results)} failed")
    return 0 if all(results) else 1

if __name__ == '__main__': sys.exit(main())
