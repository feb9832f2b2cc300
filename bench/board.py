"""Issue 31's study: which leader board could pass for his tweets, by two judges that no ranker ever saw.

    python bench/board.py [--model models/tweetgen] [--boards 60] [--temperature T] [--top-p P] [--out NAME]   # writes bench/NAME

On the README's model: a ranker (the model's detector, `train_detector` on one half of his training tweets) and two
judges, trained on what the ranker never saw: a second detector (the other half of his training tweets, other generated
tweets) and a character n-gram logistic regression (his training tweets against 3,000 raw tweets of the model). Then
`--boards` boards of 100 candidates each (`tweetgen.board.candidates`, @handles kept, as his tweets have theirs), and
for each way of choosing 5 of them: the judges' ROC AUC on his validation tweets against the chosen ones (0.5: they
cannot tell), with 95% bootstrap intervals; the share with an invented word; distinct-2 (over as many word pairs as
his), copy rate and mean length, against his validation tweets. The boards' first half chooses `blend`'s weights (the
`choose` rows, by `chosen`); the second half, which nothing was chosen on, reports them (`report` rows). `--time`
instead times one board of 5 from 100 with the model's own detector, once both are loaded (median of 5).
`--temperature` and `--top-p` draw every generated tweet: the candidates, and what the ranker and the judges learn from,
so that the judges know the sampler they face (the board's unless given: `BOARD_TEMPERATURE`, the whole tail; the
`sampling` column says which). NAME is `board_results_t09.csv` for temperature 0.9, `board_results_t08_p09.csv` with
`--top-p 0.9` too."""
import argparse, re, statistics, time
from pathlib import Path
import numpy as np, pandas as pd
from results import head_commit
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from tweetgen.board import BLEND, candidates, invented, leaderboard, pick_leaders
from tweetgen.data import LINK, LINK_TEXT
from tweetgen.detect import auc_scores, load_detector, p_his, same_links, train_detector
from tweetgen.evaluate import TweetSet, generated_table
from tweetgen.model import load_model, model_split
from tweetgen.options import BOARD_TEMPERATURE
from tweetgen.predict import generate

PER_BOARD, TOP = 100, 5
GRID = [(s, l) for s in (0.0, 0.5, 1.0) for l in (0.0, 0.5, 1.0, 2.0)] # `blend`'s (score, length) weights tried

def ngram_judge(his:list[str], generated:list[str]):
    "A character n-gram logistic regression that tells `his` from `generated`: p(his) of any texts"
    vec = TfidfVectorizer(analyzer='char_wb', ngram_range=(2, 4), min_df=2, sublinear_tf=True)
    clf = LogisticRegression(C=4.0, max_iter=2000, class_weight='balanced')
    clf.fit(vec.fit_transform(same_links(his + generated)), [1]*len(his) + [0]*len(generated))
    return lambda texts: clf.predict_proba(vec.transform(same_links(texts)))[:, 1] # links written alike, as the detectors read them

def rankers() -> dict:
    "Name -> (spelling check on?, rank, blend weights or None)"
    out = {'score (the old default)': (False, 'score', None), 'real (the detector)': (False, 'real', None),
           'spelled, score': (True, 'score', None), 'spelled, real': (True, 'real', None)}
    out.update({f'spelled, blend score={s:g} length={l:g}': (True, 'blend', (s, l)) for s,l in GRID})
    return out

def choose(cands:pd.DataFrame, spell:bool, rank:str, weights) -> list[int]:
    "Row numbers of the leaders of each board of `cands`, as `leaderboard` would choose them"
    if weights is not None: BLEND.update(score=weights[0], length=weights[1])
    c = cands if spell else cands.assign(ranked=cands.passed, why='')
    return [i for _,b in c.groupby('board') for i in pick_leaders(b.assign(row=b.index), TOP, rank).query('leader').row]

def measure(name, half, idx, cands, his, jd_his, jn_his, copies) -> dict:
    "One row of the table: the judges' AUCs, spelling, variety, copies and length of the tweets at `idx`"
    texts = list(cands.tweet[idx])
    sets = {'his': TweetSet([t.replace(LINK, LINK_TEXT) for t in his], [True]*len(his)), 'board': TweetSet(texts, [True]*len(texts))}
    g = generated_table(sets, copies)
    d,n = auc_scores(jd_his, cands.judge_detector[idx].values),auc_scores(jn_his, cands.judge_ngram[idx].values)
    ci = lambda lo_hi: f'{lo_hi[0]:.3f} to {lo_hi[1]:.3f}'
    return dict(ranker=name, half=half, tweets=len(texts), judge_detector_auc=d['auc'], judge_detector_95=ci(d['auc_95']),
                judge_ngram_auc=n['auc'], judge_ngram_95=ci(n['auc_95']), invented=round(np.mean([bool(invented(t)) for t in texts]), 3),
                distinct2=round(g.distinct2['board'], 3), his_distinct2=round(g.distinct2['his'], 3), copy_rate=round(g.copy_rate['board'], 3),
                mean_chars=round(g.mean_chars['board'], 1), his_mean_chars=round(g.mean_chars['his'], 1))

def chosen(df:pd.DataFrame) -> tuple[str, float, float]:
    "The sampler and `blend`'s weights by the `choose` rows of one run or several (a sampler each): of the boards within 25% of his length with distinct-2 at least 0.8 times his, the one whose judges are nearest 0.5"
    c = df[(df.half == 'choose') & df.ranker.str.contains('blend') & ((df.mean_chars/df.his_mean_chars - 1).abs() <= 0.25) & (df.distinct2 >= 0.8*df.his_distinct2)].reset_index(drop=True)
    best = c.loc[np.maximum((c.judge_detector_auc - 0.5).abs(), (c.judge_ngram_auc - 0.5).abs()).idxmin()]
    return (best.sampling, *(float(v) for v in re.findall(r'=([\d.]+)', best.ranker)))

def board_seconds(model:Path) -> float:
    "Median seconds of one board of 5 from 100 candidates, the model and its detector loaded (`tweetgen detect` trains it)"
    learn = load_model(model); learn.detector = load_detector(model)
    if learn.detector is None: raise SystemExit(f'{model} has no detector: run `tweetgen detect --model {model}` first')
    times = []
    for s in range(5):
        t = time.perf_counter(); leaderboard(model=learn, seed=s); times.append(time.perf_counter() - t)
    return statistics.median(times)

def main(model:Path, boards:int, out:str, sampling:dict):
    commit = head_commit()
    lm = load_model(model)
    split = model_split(lm)
    his = list(split.text[split.is_valid])
    start = time.time()
    ranker,judge = (train_detector(lm, part=(k, 2), seed=k, sampling=sampling) for k in (0, 1))
    ngram = ngram_judge(list(split.text[~split.is_valid]), generate(n=3000, model=lm, seed=2, handles='keep', **sampling))
    print(f'ranker and judges trained in {(time.time()-start)/60:.1f} min', flush=True)
    cands = pd.concat([candidates(n=PER_BOARD, model=lm, detector=ranker, seed=100+b, handles='keep', **sampling).assign(board=b)
                       for b in range(boards)], ignore_index=True)
    cands['passed'] = cands.ranked | cands.why.str.startswith('invents') # what passed every filter but the spelling check
    cands['judge_detector'],cands['judge_ngram'] = p_his(judge, list(cands.tweet)),ngram(list(cands.tweet))
    jd_his,jn_his = p_his(judge, his),ngram(his)
    rows = []
    for half,part in (('choose', cands.board < boards//2), ('report', cands.board >= boards//2)):
        c = cands[part]
        raw = [i for _,b in c.groupby('board') for i in b.index[:TOP]]
        rows.append(measure('raw samples', half, raw, cands, his, jd_his, jn_his, lm.card.copy_filter))
        print(rows[-1], flush=True)
        for name,(spell,rank,w) in rankers().items():
            rows.append(measure(name, half, choose(c, spell, rank, w), cands, his, jd_his, jn_his, lm.card.copy_filter))
            print(rows[-1], flush=True)
    df = pd.DataFrame(rows).assign(commit=commit, model=str(model), sampling=' '.join(f'{k}={v}' for k,v in sampling.items()))
    df.to_csv(Path(__file__).parent/out, index=False, lineterminator='\n')
    print('chosen: {} blend score={:g} length={:g}'.format(*chosen(df)))

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--model', type=Path, default=Path('models/tweetgen'))
    p.add_argument('--boards', type=int, default=60)
    p.add_argument('--temperature', type=float, default=BOARD_TEMPERATURE, help='of every generated tweet (default: the board\'s, %(default)s)')
    p.add_argument('--top-p', type=float, help='nucleus sampling for every generated tweet (default: off)')
    p.add_argument('--out', help='file name under bench/ (default: board_results_tTT[_pPP].csv, after the sampler)')
    p.add_argument('--time', action='store_true', help='only time one board, with the model\'s own detector')
    a = p.parse_args()
    if a.time: print(f'board_seconds={board_seconds(a.model):.2f} (5 of 100 candidates, the model and its detector loaded)')
    else:
        out = a.out or f"board_results_t{a.temperature*10:02.0f}{'' if a.top_p is None else f'_p{a.top_p*10:02.0f}'}.csv"
        main(a.model, a.boards, out, dict(temperature=a.temperature, top_p=a.top_p))
