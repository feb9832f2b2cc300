"""Write `tweetgen/known_words.txt.gz`, the spelling check's list of words (see `tweetgen.board.write_known_words`).

Run from the project root, with the pretraining corpora in data/pretrain/ (see data/README.md) and his tweets CSV where
`tweetgen train` finds it: `python tools/known_words.py`. It reads every word of the corpora (18M words: a few minutes)
and of his training tweets (the time split's older 90%: never the validation tweets)."""
from tweetgen.board import KNOWN_WORDS, write_known_words
from tweetgen.data import tweet_split

if __name__ == '__main__':
    split = tweet_split()
    n = write_known_words(['data/pretrain'], list(split.text[~split.is_valid]))
    print(f'{n:,} words in {KNOWN_WORDS.name} ({KNOWN_WORDS.stat().st_size/2**10:,.0f} KiB)')
