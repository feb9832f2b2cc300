#!/usr/bin/env bash
# Issue 22's study at equal, smaller budgets: each run pretrains a general model, fine-tunes the README's model from it
# (`tweetgen train --pretrained DIR`, the FINETUNE recipe) and appends its row to bench/scale_results.csv
# (`bench/scale.py`) and its chunks to bench/pretrain_curve.csv (`bench/fit_log.py`).
#
#     bench/scale_runs.sh [NAME ...]   # all runs, or the named ones (1m 3m wiki passes 16k whole16k whole8k bs64 48m 96m), in that order
#
# Models and logs go to models/scale/ (ignored). Runs that draw the same corpus share its tokenized cache.
# whole16k (issue 30) reads the whole corpus, tokenized once by `tweetgen tokenize` (as it would be carried to a GPU):
# 16 chunks of 999,936 tokens, the budget that `--minutes 100` planned on 2 idle cores (about 95 minutes).
# whole8k is its equal-compute rival: the same corpus and `--minutes 100`, planned on 2 idle cores at its start, with
# 8,000 pieces. bs64 (batches of 64 rows) reads whole16k's tokens: `--minutes 100` planned 12, 12 and 17 of its chunks
# in three starts on idle cores (the cores' speed varies from hour to hour), so equal tokens, with the minutes recorded,
# is the fairer rule. The 3M-token runs and before set `--vocab-size 8000`, pretrain's default then.
# 48m reads whole16k's corpus three times as long: 48 chunks, 1.6 passes, about five hours of 2 cores (the general model
# since 32ecdeb). 96m reads it twice as long again, 96 chunks, 3.3 passes, about eleven hours: over several sessions.
# A run that stops (a session's end, a reboot) goes on when its line runs again: the pretraining from its last
# checkpoint (`--resume`, its log appended to), then each step it had not done. Its curve rows carry the commit it
# started at (models/scale/NAME.commit).
set -euo pipefail
cd "$(dirname "$0")/.."
ALL="data/pretrain/wikipedia data/pretrain/wikitext-2 data/pretrain/tweeteval"
out=models/scale
mkdir -p $out

run() { # DIR LABEL pretrain-options...: each step once, so that a stopped run goes on where it stopped
  local dir=$out/$1 label=$2; shift 2
  [ -f $dir.commit ] || git rev-parse --short HEAD > $dir.commit
  if [ ! -f $dir/lm.json ]; then
    local again=(); [ -f $dir/checkpoint_last.json ] && again=(--resume)
    tweetgen pretrain --model $dir --bf16 "$@" "${again[@]}" >> $dir.log 2>&1
  fi
  [ -f $dir.curve ] || { python bench/fit_log.py $dir.log "$(cat $dir.commit)" "$label" >> bench/pretrain_curve.csv && touch $dir.curve; }
  [ -f $dir-ft/model.json ] || tweetgen train --pretrained $dir --model $dir-ft > $dir-ft.log 2>&1
  [ -f $dir.scored ] || { python bench/scale.py "$label" $dir-ft $dir | tail -1 && touch $dir.scored; }
}
share() { mkdir -p $out/$2; [ -d $out/$2/corpus ] || cp -r $out/$1/corpus $out/$2/; } # same draw, same cache

tok() { [ -f $out/tok$1k/corpus.json ] || tweetgen tokenize --corpus $ALL --vocab-size ${1}000 --out $out/tok$1k; } # the whole corpus, tokenized once

for r in ${@:-3m 1m wiki passes 16k whole16k whole8k bs64 48m 96m}; do
  case $r in
    3m) run 3m "Wikipedia + WikiText-2 + TweetEval, 3M tokens" --corpus $ALL --max-words 8000000 --tokens 3000000 --vocab-size 8000 ;;
    1m) share 3m 1m; run 1m "Wikipedia + WikiText-2 + TweetEval, 1M tokens" --corpus $ALL --max-words 8000000 --tokens 1000000 --vocab-size 8000 ;;
    wiki) run wiki "Wikipedia only, 3M tokens" --corpus data/pretrain/wikipedia --max-words 8000000 --tokens 3000000 --vocab-size 8000 ;;
    passes) run passes "Wikipedia + WikiText-2 + TweetEval, 3M tokens over 1M words" --corpus $ALL --max-words 1000000 --tokens 3000000 --vocab-size 8000 ;;
    16k) run 16k "Wikipedia + WikiText-2 + TweetEval, 3M tokens, 16k pieces" --corpus $ALL --max-words 8000000 --tokens 3000000 --vocab-size 16000 ;;
    whole16k) tok 16; run whole16k "Wikipedia + WikiText-2 + TweetEval, whole corpus, 16M tokens, 16k pieces" --corpus $out/tok16k --tokens 15998976 ;;
    whole8k) tok 8; run whole8k "Wikipedia + WikiText-2 + TweetEval, whole corpus, 100 minutes, 8k pieces" --corpus $out/tok8k --minutes 100 ;;
    bs64) tok 16; run bs64 "Wikipedia + WikiText-2 + TweetEval, whole corpus, 16M tokens, 16k pieces, batch 64" --corpus $out/tok16k --tokens 15998976 --bs 64 ;;
    48m) tok 16; run 48m "Wikipedia + WikiText-2 + TweetEval, whole corpus, 48M tokens, 16k pieces" --corpus $out/tok16k --tokens 47996928 ;;
    96m) tok 16; run 96m "Wikipedia + WikiText-2 + TweetEval, whole corpus, 96M tokens, 16k pieces" --corpus $out/tok16k --tokens 95993856 ;;
    *) echo "unknown run $r" >&2; exit 1 ;;
  esac
done
