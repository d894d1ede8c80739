"""The lingua adapter (the only lingua import): kk, ru, en and zh only."""

from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

_CODES = {Language.KAZAKH: "kk", Language.RUSSIAN: "ru", Language.ENGLISH: "en", Language.CHINESE: "zh"}
_KAZAKH_WORD = re.compile("[^\\W\\d_]*[әіңғүұқөһӘІҢҒҮҰҚӨҺ][^\\W\\d_]*")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTERS = re.compile(r"[^\W\d_]")
#: Below this many letters a sentence takes its document's language (lingua guesses wildly
#: on three-word lines; measured on the seeds' rubric lines).
MIN_LETTERS = 20
KAZAKH_WORD_SHARE = 0.25


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*_CODES).with_preloaded_language_models().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` among kk/ru/en/zh, or None when there is nothing to judge."""
    if len(_LETTERS.findall(text)) < 3:
        return None
    # Words with Kazakh-only letters decide quickly between kk and ru when frequent enough; a
    # Russian sentence quoting a Kazakh name has one or two such words in ten or more.
    words = _WORD.findall(text)
    if len(words) >= 2 and len(_KAZAKH_WORD.findall(text)) / len(words) >= KAZAKH_WORD_SHARE:
        return "kk"
    language = _detector().detect_language_of(text)
    return _CODES.get(language) if language else None


def detect_sentence_language(text: str, document_lang: str | None) -> str | None:
    """Like detect_language, but short sentences inherit the document's language."""
    if len(_LETTERS.findall(text)) < MIN_LETTERS:
        return document_lang
    return detect_language(text) or document_lang
