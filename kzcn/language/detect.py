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
    script = kazakh_script(text)
    if script:
        return "kk"
    if script is False and _mostly(_ARABIC, text):
        return None  # Arabic, Persian, Uyghur: none of ours (lingua would guess among four)
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


_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_ARABIC = re.compile("[\u0620-\u064a\u066e-\u06ff]")
#: Letters only Kazakh Latin uses among Latin alphabets of the region: q, the 2018 accents, the
#: 2021 ä ñ ū, and the 2017 apostrophe letters (not o' g', which Uzbek shares). Turkish shares
#: ı ö ü ğ ş ç only, which are left out.
_KAZAKH_LATIN_WORD = re.compile("[\\w'’ʼ]*(?:[qǵńáóúýäñū]|[aiysncu]['’ʼ])[\\w'’ʼ]*", re.IGNORECASE)
_LATIN_WORD = re.compile("[A-Za-z\u00c0-\u024f'’ʼ]{2,}")
#: Share of words with such a letter above which Latin text is Kazakh: Kazakh Latin prose has
#: one in every two or three words (q alone); English about one in a thousand (measured on the
#: English seeds and real articles: none over 0.02).
KAZAKH_LATIN_SHARE = 0.08
#: Töte letters (ە ۇ ۋ ڭ ۆ and the hamza) against Uyghur's ئ ې ۈ, which Kazakh never writes.
_TOTE = re.compile("[\u06d5\u06c7\u06cb\u06ad\u06c6\u0674\u0621]")
_UYGHUR = re.compile("[\u0626\u06d0\u06c8]")
TOTE_SHARE = 0.03
#: English function words: a fifth to a third of English prose, none of them Kazakh words; at a
#: tenth of the words a text with some Chinese names in q (Qingdao) stays English.
_ENGLISH = frozenset("the of and to in with from for is was on at by that this were has have will".split())
ENGLISH_SHARE = 0.1


def _mostly(pattern: re.Pattern, text: str) -> bool:
    letters = len(_LETTERS.findall(text))
    return letters > 0 and len(pattern.findall(text)) > letters / 2


def kazakh_script(text: str) -> str | None | bool:
    """"latn" or "arab" when ``text`` is Kazakh in that script; False when it is Latin or Arabic
    script but not Kazakh (Turkish, English, Uyghur, Arabic, Persian); None otherwise."""
    if _mostly(_LATIN, text):
        words = _LATIN_WORD.findall(text)
        kazakh = sum(1 for w in words if _KAZAKH_LATIN_WORD.fullmatch(w))
        english = sum(1 for w in words if w.lower() in _ENGLISH)
        share = kazakh / len(words) if words else 0.0
        return "latn" if share >= KAZAKH_LATIN_SHARE and english < ENGLISH_SHARE * len(words) else False
    if _mostly(_ARABIC, text):
        letters = len(_ARABIC.findall(text))
        tote, uyghur = len(_TOTE.findall(text)), len(_UYGHUR.findall(text))
        return "arab" if tote >= TOTE_SHARE * letters and uyghur < tote / 10 else False
    return None
