"""Execute a notebook the Jupyter way, except its `#| slow` cells, whose outputs (from the last full run) are kept.

For refreshing a notebook after a change to its fast cells without re-running the full-size training:
`python tools/run_fast_cells.py nbs/05_train.ipynb`, then `nbdev-clean`. It tags the slow cells `skip-execution`
(nbclient leaves such cells alone), runs `jupyter nbconvert --execute` in the notebook's folder, and removes the tags.
Re-run the slow cells too (plain `jupyter nbconvert --execute`) when the code they call has changed."""
import json, subprocess, sys
from pathlib import Path

def run_fast_cells(path:Path):
    nb = json.loads(path.read_text())
    for c in nb['cells']:
        if c['cell_type'] == 'code' and '#| slow' in ''.join(c['source']): c['metadata']['tags'] = ['skip-execution']
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False))
    try: subprocess.run(['jupyter', 'nbconvert', '--to', 'notebook', '--execute', '--inplace', path.name,
                         '--ExecutePreprocessor.timeout=1800'], check=True, cwd=path.parent)
    finally:
        nb = json.loads(path.read_text())
        for c in nb['cells']: c['metadata'].pop('tags', None)
        path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    for p in sys.argv[1:]: run_fast_cells(Path(p))
