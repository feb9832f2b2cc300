"""Issue 22's study: what the README's model gains from a general model that has read more. One row a model: how its
general model was pretrained (corpora, words, tokens read, minutes, held-out perplexity per piece) and what the model
fine-tuned from it scores (`tweetgen.evaluate.evaluate`: bits per character on the time split, word perplexity, copy
rate, distinct-2 of 500 tweets at temperature 0.8), and how many of its tweets hold an invented word.

    python bench/scale.py NAME MODEL [PRETRAINED_DIR]   # appends a row to bench/scale_results.csv

An invented word is a run of letters (lowercased, two or more, @handles and links left out) that none of his training
tweets has and that the lexicon corpora (everything under data/pretrain/: Wikipedia, WikiText-2, TweetEval; 18M words)
hold fewer than MIN_COUNT times. His own validation tweets are measured the same way, as the reference. Without
PRETRAINED_DIR the model's card says where its weights started (the shipped general model's card is read then).
"""
import json, re, sys, time
from collections import Counter
from pathlib import Path
from results import append_row, head_commit
from tweetgen.evaluate import evaluate
from tweetgen.model import GENERAL_DIR, load_model, pretrained_info, model_split
from tweetgen.pretrain import corpus_files, read_corpus

MIN_COUNT = 3
LEXICON = Path('data/pretrain')

def letters(t:str) -> list[str]: return re.findall(r'[a-z]{2,}', re.sub(r'@\w+|\[link\]|xxlink', ' ', t.lower()))

def lexicon() -> Counter:
    "How often each word of letters appears in the lexicon corpora"
    c = Counter()
    for f in corpus_files(LEXICON):
        for d in read_corpus([f]): c.update(letters(d))
    return c

def invented_share(texts:list[str], known) -> tuple[float, list[str]]:
    "Share of `texts` with at least one word that `known` does not hold, and the commonest such words"
    bad = [[w for w in letters(t) if not known(w)] for t in texts]
    return sum(map(bool, bad))/len(texts),[w for w,_ in Counter(w for b in bad for w in b).most_common(8)]

if __name__ == '__main__':
    name,model = sys.argv[1:3]
    learn = load_model(model)
    start = time.time()
    ev = evaluate(learn, n=500, seed=0)
    split = model_split(learn)
    his = set(w for t in split.text[~split.is_valid] for w in letters(t))
    lex = lexicon()
    known = lambda w: w in his or lex[w] >= MIN_COUNT
    gen_share,gen_words = invented_share(ev.sets['AWD-LSTM'].texts, known)
    his_share,_ = invented_share(list(split.text[split.is_valid]), known)
    info = pretrained_info(sys.argv[3]) if len(sys.argv) > 3 else json.loads((GENERAL_DIR/'general.json').read_text())
    if len(sys.argv) <= 3 and learn.card.pretrained == 'none': info = {}
    corpus = info.get('corpus', {})
    commit = head_commit()
    lm,g = ev.lm.loc['AWD-LSTM'],ev.generated
    row = dict(name=name, commit=commit, pretrained=learn.card.pretrained, corpora=info.get('corpora') or ' + '.join(info.get('recipe', {}).get('corpora', [])),
               words=corpus.get('words', info.get('words', 0)), tokens_seen=info.get('tokens_seen', ''), pretrain_minutes=info.get('minutes', 0),
               pretrain_ppl=info.get('perplexity', ''), bf16=info.get('recipe', {}).get('bf16', False), finetune_valid_loss=learn.card.scores.get('valid_loss'),
               bpc=round(lm.bpc, 4), word_ppl=round(lm.word_ppl, 1), copy_rate=round(g.loc['AWD-LSTM', 'copy_rate'], 4),
               distinct2=round(g.loc['AWD-LSTM', 'distinct2'], 4), his_distinct2=round(g.loc['his tweets', 'distinct2'], 4),
               invented=round(gen_share, 3), his_invented=round(his_share, 3), invented_examples=' '.join(gen_words))
    print(row)
    append_row('scale_results.csv', row)
