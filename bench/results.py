"""What the study scripts of `bench/` do with a result: the commit that made it, and rows appended to a CSV beside them."""
import csv, os, subprocess
from pathlib import Path

def _git(*args) -> str:
    try: return subprocess.run(['git', *args], capture_output=True, text=True).stdout.strip()
    except FileNotFoundError: return '' # no git on this machine

def head_commit(mark_dirty:bool=False) -> str:
    "The short hash of the commit checked out, the one a result is recorded beside; `+` after it if `mark_dirty` and tracked files differ"
    if 'BENCH_COMMIT' in os.environ: return os.environ['BENCH_COMMIT'] # a copy of the tree without its history (a GPU machine's)
    return _git('rev-parse', '--short', 'HEAD') + ('+' if mark_dirty and _git('status', '--porcelain', '--untracked-files=no') else '')

def append_rows(name:str, rows:list[dict], fields:list|None=None) -> Path:
    "Append `rows` to `bench/NAME` (or to NAME, a path from the root: `/...`) as CSV lines ending in `\\n`, with a header line when the file is new or empty"
    out = Path(__file__).parent/name
    with out.open('a', newline='') as f:
        w = csv.DictWriter(f, fieldnames=fields or list(rows[0]), lineterminator='\n')
        if f.tell() == 0: w.writeheader()
        w.writerows(rows)
    return out

def append_row(name:str, row:dict) -> Path:
    "Append `row` to `bench/NAME`, as `append_rows` does"
    return append_rows(name, [row])
