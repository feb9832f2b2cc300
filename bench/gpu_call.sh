#!/usr/bin/env bash
# Issue 30's GPU check as one call of the device tool, on a GPU machine without fastai or internet, with gpu/ (made
# here by tools/gpu_kit.sh) carried beside the checkout:
#
#     run(command="bench/gpu_call.sh COMMIT [MINUTES] [gpu.py options]", carry=["gpu", "data/data_elonmusk.csv"], timeout_s=590)
#
# His tweets travel too, for `train` (the invented sample that ships in the package, used when the CSV is not there, is
# too small for one batch of the fine-tuning: the dry run here said so). COMMIT is the short hash of
# the checkout (the machine has a copy of the tree, not its history). Installs the carried wheels (unless fastai
# imports already), runs bench/gpu.py on the carried ids, and leaves in $OUT what must come back: gpu_results.csv (this
# call's rows: append them to bench/'s), the log, what the machine is, and the general model it pretrained on the GPU,
# as a tar in pieces of 15 MB (join with `cat lm.tar.* | tar -x -C DIR`). MINUTES (default 2) is the GPU pretraining's;
# the whole call took about 7 minutes for 0.3 on these 2 CPU cores, a GPU machine should take less than 8 for 2.
set -uo pipefail
cd "$(dirname "$0")/.."
export BENCH_COMMIT=${1:?give the commit} PYTHONUNBUFFERED=1 GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1
minutes=${2:-2}; shift $(( $# < 2 ? $# : 2 ))
data=data/data_elonmusk.csv; [ -f $data ] || data=tweetgen/sample_tweets.csv
out=${OUT:-runs/gpu-out}; mkdir -p $out
python3 -c 'import fastai' 2>/dev/null || {
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site gpu/whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site:$PWD; }
(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader; python3 -c 'import torch; print(torch.__version__, torch.version.cuda)') > $out/machine.txt 2>&1
timeout 500 python3 bench/gpu.py --corpus gpu/corpus --data $data --minutes $minutes --out runs/gpu \
  --csv "$(cd $out && pwd)/gpu_results.csv" "$@" 2>&1 | tee $out/gpu.log # this call's rows: append them to bench/'s file here
[ -f runs/gpu/pre/lm.json ] && tar -C runs/gpu/pre -cf - lm.pth lm.pkl lm.json lm.spm | split -b 15M - $out/lm.tar.
ls -l $out
