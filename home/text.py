"""Chinese text for search: the same normalisation and word segmentation at
index time and at query time.

Chinese has no spaces between words, so a full-text index left alone treats a
whole run of characters as one token. Text is normalised (full-width to
half-width, traditional to simplified, lower case) and segmented with jieba
using a dictionary of local names, in search mode so that parts of long words
match too."""

import logging
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import jieba
import opencc

DATA_DIR = Path(__file__).resolve().parent / "data"
# Local names the segmenter must keep whole (康乐好人一条街, 杨庄街坊 ...).
DICTIONARY = DATA_DIR / "search_dictionary.txt"
WORD = re.compile(r"\w+")
# Digits and Latin letters inside Chinese words (8号楼群, QQ群) are words too.
ALPHANUMERIC = re.compile(r"[0-9]+|[a-z]+")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Words too common to narrow a search; a query made only of them finds nothing.
STOP_WORDS = frozenset(
    (DATA_DIR / "search_stop_words.txt").read_text(encoding="utf-8").split()
)


@cache
def _segmenter():
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(DICTIONARY))
    return tokenizer


@cache
def _converter():
    return opencc.OpenCC("t2s")


def normalise(text):
    """Full-width to half-width, traditional to simplified, lower case."""
    text = unicodedata.normalize("NFKC", text)
    return _converter().convert(text).lower()


def words(text):
    """The words of a text in jieba's accurate mode, punctuation left out."""
    segmenter = _segmenter()
    return [
        word
        for run in WORD.findall(normalise(text))
        for word in segmenter.cut(run, HMM=True)
        if word.strip()
    ]


def query_words(text):
    """The words a search must match, common function words left out."""
    return [word for word in dict.fromkeys(words(text)) if word not in STOP_WORDS]


def bigrams(text):
    """Overlapping pairs of Chinese characters: 号楼群 gives 号楼 and 楼群.

    Segmentation depends on context (8号楼群 is cut 8/号/楼群, the query 8号楼 is cut
    8/号楼), so the index also holds every pair and a query word can match by its
    pairs when the segmenter cut the text differently."""
    return [
        run[start : start + 2]
        for run in HAN.findall(text)
        for start in range(max(len(run) - 1, 1))
    ]


# The database backend reads every field once for each column it fills (title,
# body, autocomplete): remembering recent texts spares segmenting them again.
@lru_cache(maxsize=1024)
def index_text(text):
    """The text as stored in the search index: as written, so that a search for a
    whole unsegmented run still matches, then its search-mode words, character
    pairs, and runs of digits and letters."""
    segmenter = _segmenter()
    normalised = normalise(text)
    segmented = " ".join(
        [
            *(
                word
                for run in WORD.findall(normalised)
                for word in segmenter.cut_for_search(run, HMM=True)
            ),
            *bigrams(normalised),
            *ALPHANUMERIC.findall(normalised),
        ]
    )
    return f"{text} {segmented}" if segmented else text


def autocomplete_text(text):
    """The text as the admin's autocomplete indexes it: as written, then each
    run of Chinese characters from its second character on, from its third,
    and so on while two characters are left. The admin matches a query as the
    start of a word, and Chinese has no spaces to start words: so an editor's
    敬老 finds 社区举办重阳敬老宴."""
    suffixes = [
        run[start:] for run in HAN.findall(text) for start in range(1, len(run) - 1)
    ]
    return " ".join([text, *suffixes])
