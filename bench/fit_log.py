"""The table that fastai prints while `tweetgen pretrain` (or `train`) fits, read from a saved log of the command, as CSV:
one row an epoch (a chunk of the stream, when pretraining on one), with the commit that ran it.

    tweetgen pretrain ... > LOG 2>&1;  python bench/fit_log.py LOG COMMIT NAME >> bench/pretrain_curve.csv
"""
import csv, re, sys

def rows(text:str):
    "Each row of fastai's table in `text`: the numbers under its header"
    text = text.replace('\r', '\n')
    header = next(l.split() for l in text.splitlines() if l.lstrip('█ ').startswith('epoch'))
    for line in text.splitlines():
        m = re.fullmatch(r'\s*(\d+)\s+' + r'\s+'.join([r'([\d.]+)']*(len(header)-2)) + r'\s+(\d\d:\d\d(?::\d\d)?)\s*', line)
        if m: yield dict(zip(header, m.groups()))

if __name__ == '__main__':
    log,commit,name = sys.argv[1:4]
    out = list(rows(open(log, errors='replace').read()))
    w = csv.DictWriter(sys.stdout, fieldnames=['run', 'commit', *out[0]], lineterminator='\n')
    if '--header' in sys.argv: w.writeheader()
    for r in out: w.writerow(dict(run=name, commit=commit, **r))
