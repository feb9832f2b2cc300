"""Ship a model that `tweetgen pretrain` made as tweetgen's general model, `tweetgen/general/`: weights-only fp16
safetensors (with its SentencePiece model) and a JSON card that says how it was made, from which text under which
licence, and holds the SHA-256 of the weights. Every replacement stays in the repository's history for good: replace
it only for a measured gain.

    python tools/ship_general.py PRETRAINED_DIR COMMIT "tweetgen pretrain --corpus ... (the exact command)"
"""
import sys
from pathlib import Path
from tweetgen.model import GENERAL_DIR, corpus_licences, corpus_names, read_local, write_general

def ship(src:Path, commit:str, command:str) -> Path:
    pre = read_local(src)
    info,c = pre.info,pre.info['corpus']
    seen = info.get('tokens_seen')
    device = info.get('device', '2 CPU threads') # what pretrain recorded; the models before it ran on 2 CPU cores
    how = f"{info['minutes']:.0f} minutes of pretraining on {device}" + (f", {seen/1e6:.1f}M tokens read" if seen else '')
    about = f"tweetgen's general model: {corpus_names(info)}, {c['words']/1e6:.2f}M words, {how}"
    card = dict(about=about, command=command, commit=commit, corpora=corpus_names(info), licence=corpus_licences(info),
                documents=c['documents'], words=c['words'], tokens=c['tokens'], tokens_seen=seen, device=device, minutes=round(info['minutes'], 1),
                perplexity=round(info['perplexity'], 2), valid_loss=round(info['valid_loss'], 4), recipe=info['recipe'])
    return write_general(pre, GENERAL_DIR, **card)

if __name__ == '__main__':
    src,commit,command = sys.argv[1:]
    print(ship(Path(src), commit, command))
