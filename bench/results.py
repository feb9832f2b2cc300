"""What the study scripts of `bench/` do with a result: the commit that made it, and a row appended to a CSV beside them."""
import csv, subprocess
from pathlib import Path

def head_commit() -> str:
    "The short hash of the commit checked out, the one a result is recorded beside"
    return subprocess.run(['git', 'rev-parse', '--short', 'HEAD'], capture_output=True, text=True).stdout.strip()

def append_row(name:str, row:dict) -> Path:
    "Append `row` to `bench/NAME` (a CSV), with a header line when the file is new"
    out = Path(__file__).parent/name
    new = not out.exists()
    with out.open('a', newline='') as f:
        w = csv.DictWriter(f, fieldnames=list(row))
        if new: w.writeheader()
        w.writerow(row)
    return out
