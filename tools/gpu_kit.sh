#!/usr/bin/env bash
# Packs what issue 30's GPU check needs on a GPU machine that has no fastai and no internet (../shared/gpu.md) into
# gpu/ (ignored), to be carried by the device tool beside the checkout (`carry: ["gpu"]`; see bench/gpu_call.sh):
#   gpu/whl/      the wheels of fastai and the pure-Python packages it needs there, for CPython 3.12 on x86-64
#   gpu/corpus/   a corpus that `tweetgen tokenize` wrote, its ids compressed (train.bin.xz): ids, no text
#
#     tools/gpu_kit.sh [TOKENIZED_DIR]   # default models/scale/tok16k, the whole corpus with 16,000 pieces
set -euo pipefail
cd "$(dirname "$0")/.."
tok=${1:-models/scale/tok16k}
[ -f $tok/corpus.json ] || { echo "$tok is not a tokenized corpus: make it with tweetgen tokenize --corpus ... --out $tok" >&2; exit 1; }
mkdir -p gpu/whl gpu/corpus
python -m pip download -q -d gpu/whl --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
  --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
  fastai==2.8.12 fastcore==2.2.41 fastdownload==0.0.8 fastprogress==1.1.6 fasttransform==0.0.5 \
  plum-dispatch==2.9.0 beartype==0.23.1 markovify==0.9.4 unidecode==1.4.0 sentencepiece==0.2.3
cmp -s $tok/corpus.json gpu/corpus/corpus.json || rm -f gpu/corpus/train.bin.xz # another corpus: compress it again
cp $tok/corpus.json $tok/pieces.spm $tok/valid.bin gpu/corpus/
[ -f gpu/corpus/train.bin.xz ] || { xz -T1 -6 -c $tok/train.bin > gpu/corpus/part.xz && mv gpu/corpus/part.xz gpu/corpus/train.bin.xz; }
du -sh gpu/whl gpu/corpus
