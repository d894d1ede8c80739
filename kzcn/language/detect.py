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
MIN_RU_WORDS = 5
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def _is_cyrillic(words: list[str]) -> bool:
    return sum(1 for w in words if _CYRILLIC.match(w)) >= 0.8 * len(words)


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
    kazakh_words = len(_KAZAKH_WORD.findall(text))
    if len(words) >= 2 and kazakh_words / len(words) >= KAZAKH_WORD_SHARE:
        return "kk"
    # Five or more Cyrillic words without one Kazakh-only letter is Russian: Kazakh prose has one
    # in about every second word (і alone). Skipping lingua here halves the language stage.
    if kazakh_words == 0 and len(words) >= MIN_RU_WORDS and _is_cyrillic(words):
        return "ru"
    language = _detector().detect_language_of(text)
    return _CODES.get(language) if language else None


def detect_sentence_language(text: str, document_lang: str | None) -> str | None:
    """Like detect_language, but short sentences inherit the document's language."""
    if len(_LETTERS.findall(text)) < MIN_LETTERS:
        return document_lang
    return detect_language(text) or document_lang
