"""Write README.md from nbs/index.ipynb, as `nbdev-readme` would.

`nbdev-readme` renders through Quarto, which has no wheel on PyPI (its sdist downloads a binary from GitHub),
so machines without Quarto use this instead: markdown cells as they are, code cells as Python blocks, their
text outputs as plain blocks; `#| hide` drops a cell, `#| echo: false` keeps only its output, and Quarto's
`{{< include FILE >}}` in a markdown cell is replaced by the file (relative to the notebook), and relative image
paths are made relative to the project root.
Run from the project root: `python tools/readme.py` (`--check` exits 1 when README.md is out of date)."""
import json, re, sys
from pathlib import Path

def directives(src:str) -> dict:
    "The `#| key: value` lines at the top of a cell"
    return dict((m.group(1), (m.group(2) or '').strip()) for m in re.finditer(r'^#\|\s*([\w-]+):?(.*)$', src, re.M))

def include(md:str, folder:Path) -> str:
    "`md` with each Quarto `{{< include FILE >}}` replaced by that file's text"
    return re.sub(r'\{\{<\s*include\s+(\S+)\s*>\}\}', lambda m: (folder/m.group(1)).read_text().rstrip('\n'), md)

def relink(md:str, folder:Path) -> str:
    "`md` with its relative image paths made relative to the project root, where the README is"
    return re.sub(r'(!\[[^\]]*\]\()(?!https?://|/)([^)\s]+)', lambda m: f'{m.group(1)}{(folder/m.group(2)).as_posix()}', md)

def cell_md(cell:dict, folder:Path=Path('nbs')) -> str:
    "Markdown for one notebook cell"
    src = ''.join(cell['source'])
    if cell['cell_type'] == 'markdown': return relink(include(src, folder), folder)
    d = directives(src)
    if 'hide' in d: return ''
    code = '\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip()
    parts = [] if d.get('echo') == 'false' or not code else [f'```python\n{code}\n```']
    for o in cell.get('outputs', []):
        data = o.get('data', {})
        if 'text/markdown' in data: parts.append(''.join(data['text/markdown']))
        elif o.get('output_type') == 'stream' and o.get('name') == 'stdout': parts.append(f"```\n{''.join(o['text']).rstrip()}\n```")
        elif 'text/plain' in data: parts.append(f"```\n{''.join(data['text/plain']).rstrip()}\n```")
    return '\n\n'.join(parts)

def readme(nb:Path=Path('nbs/index.ipynb')) -> str:
    cells = json.loads(nb.read_text())['cells']
    body = '\n\n'.join(m for m in map(cell_md, cells) if m.strip())
    return f'<!-- Written by tools/readme.py from {nb}: edit the notebook, not this file. -->\n\n{body}\n'

if __name__ == '__main__':
    new, path = readme(), Path('README.md')
    if '--check' in sys.argv:
        if not path.exists() or path.read_text() != new: sys.exit('README.md is out of date: run python tools/readme.py')
    else: path.write_text(new)
