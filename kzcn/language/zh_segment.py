"""The jieba adapter (the only jieba import): Chinese sentences and words with offsets.

jieba ships its dictionary; it loads lazily on the first call (about 0.6 s) with its logging
quieted. The names of Kazakh units and cities and of Chinese provinces and cities in the
gazetteer are added as user words, so "阿克托别州" or "霍尔果斯" stay one word instead of being
cut into syllables (see README, "Where the chosen parts were changed").
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from kzcn.language.zh_script import simplified

#: Where a Chinese sentence ends: 。！？ (and a closing quote or bracket right after them), and
#: the full-width semicolon that closes each item of a list told as one sentence ("已建成A厂；
#: B厂正在安装；…", "一是…；二是…"): each item has its own stage and facts.
#: A sentence ends after 。！？； (and closing quotes), or before a list bullet (" - ", " • ") of a
#: summary written as one line of points.
_SENTENCE_END = re.compile(r"[。！？!?；][”’」』）)]*|\s+(?=[-–•]\s)")
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a Chinese text: offsets into the text, the word and its jieba part of speech."""

    start: int
    stop: int
    text: str
    tag: str


def split_sentences_zh(line: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of one line of Chinese text (``offset`` added), split after 。！？；."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(line):
        if line[start : match.end()].strip():
            spans.append((offset + start, offset + match.end()))
        start = match.end()
    if line[start:].strip():
        spans.append((offset + start, offset + len(line)))
    return spans


def _user_words() -> list[tuple[str, str]]:
    """Place names of the gazetteer in Chinese characters, with their jieba tag ``ns``."""
    from kzcn.gazetteer.entries import DATA_DIR, load_entries

    found = set()
    for _, variants in load_entries(DATA_DIR):
        for variant in variants:
            if variant and all("\u4e00" <= ch <= "\u9fff" for ch in variant) and len(variant) > 1:
                found.add(variant)
    return [(word, "ns") for word in sorted(found)]


@lru_cache(maxsize=1)
def _tokenizer():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # jieba 0.42 imports pkg_resources, deprecated
        import jieba
        import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    tokenizer.tokenizer.initialize()
    for word, tag in _user_words():
        tokenizer.tokenizer.add_word(word, freq=50000, tag=tag)
    return tokenizer


@lru_cache(maxsize=32)
def words(text: str) -> tuple[Word, ...]:
    """The words of ``text`` (its simplified view) with offsets into ``text`` and their tags."""
    view = simplified(text)
    with _LOCK:  # jieba's tokenizer is not thread-safe while it caches
        pairs = list(_tokenizer().cut(view))
    found, offset = [], 0
    for pair in pairs:
        stop = offset + len(pair.word)
        found.append(Word(offset, stop, text[offset:stop], pair.flag))
        offset = stop
    return tuple(found)


def word_count(text: str) -> int:
    """How many words (not punctuation or spaces) ``text`` holds."""
    return sum(1 for w in words(text) if w.tag not in ("x", "w") and w.text.strip())
