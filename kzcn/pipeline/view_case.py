"""Capital letters for a Cyrillic view of Arabic-script Kazakh, which has no letter case.

The Cyrillic stages find names by their capitals (the gazetteer demands a capital where its
variant has one; the NER reads the shape of words). The view gets capitals where Cyrillic
Kazakh writes them: at the start of a sentence, on an initial ("Н. Сапаров"), and on words whose
stem is a capitalised gazetteer name; a word read with и where the gazetteer name has і (töte
writes both in Chinese names with ي) takes the gazetteer's letter. Same length in, same length
out: offsets do not move.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.gazetteer import Gazetteer
from kzcn.gazetteer.index import tokenize
from kzcn.link.morph import stems

_WORD = re.compile("[а-яёәғқңөұүһі]+", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|[«\"—]\s*)$")
#: Adjectives and adverbs made from names stay in lower case ("қытайлық", "қазақша").
_DERIVED = ("лық", "лік", "дық", "дік", "тық", "тік", "ша", "ше")
_INITIAL = re.compile(r"\b([а-яәғқңөұүһі])\.\s*([а-яәғқңөұүһі]{3,})", re.IGNORECASE)
_NAME_WORD = re.compile("[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)?", re.IGNORECASE)
#: Endings of Kazakh and Russian surnames (nominative stems), general knowledge of the name system.
SURNAME_ENDINGS = ("ов", "ев", "ова", "ева", "ұлы", "қызы")
#: Words that follow a name given after a title ("... төрағасы Ван Лэй бастаған делегация").
AFTER_NAME = frozenset({"бастаған", "мырза", "ханым", "мен", "пен", "бен", "және"})
#: Title words the gazetteer's role list may lack (company posts).
TITLE_WORDS = ("төрағасы", "директоры", "вице-президенті", "президенті", "басшысы", "орынбасары",
               "өкілі", "менеджері", "хатшысы", "консулы", "елшісі")
#: A dateline opening a line: a place, a full stop, the agency, a dash ("алматы. қазақпарат - ").
_DATELINE = re.compile(r"^[ \t]*([а-яәғқңөұүһі]{3,}(?:-[а-яәғқңөұүһі]+)?)\.[ \t]+[а-яәғқңөұүһі]+[ \t]+[-–—][ \t]",
                       re.MULTILINE)
#: Shortest stem taken for a name: three-letter stems ("ала") meet common words.
MIN_NAME_STEM = 4


@lru_cache(maxsize=1)
def capitalised_names() -> frozenset[str]:
    """Lower-cased Cyrillic words that the gazetteer writes with a capital."""
    words = set()
    for entry, variants in Gazetteer.load(tote=True).entries:
        if entry.kind == "role":
            continue
        for variant in variants:
            for token in tokenize(variant):
                if token.text[:1].isupper() and _WORD.fullmatch(token.text):
                    words.add(token.text.lower())
    return frozenset(w for w in words if len(w) >= MIN_NAME_STEM)


def restore_capitals(text: str) -> str:
    """``text`` (lower-case Cyrillic) with capitals on sentence starts, initials and names."""
    chars = list(text)
    names = capitalised_names()
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        known = _known_spelling(word, names)
        if known is not None:
            chars[start : match.end()] = known[0].upper() + known[1:]
        elif _SENTENCE_START.search(text[max(0, start - 3) : start]):
            chars[start] = word[0].upper()
    for match in _INITIAL.finditer(text):
        for group in (1, 2):
            chars[match.start(group)] = chars[match.start(group)].upper()
    for start in _person_words(text):
        chars[start] = chars[start].upper()
    for match in _DATELINE.finditer(text):  # "алматы. қазақпарат - ...": a dateline, as Cyrillic writes it
        chars[match.start(1) : match.end(1)] = match.group(1).upper()
    return "".join(chars)


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """Lower-cased words of the gazetteer's titles (әкімі, орынбасары, төрағасы ...)."""
    words = set()
    for entry, variants in Gazetteer.load(tote=True).entries:
        if entry.kind == "role":
            words |= {t.text.lower() for v in variants for t in tokenize(v) if _WORD.fullmatch(t.text)}
    return frozenset(words | set(TITLE_WORDS))


def _person_words(text: str) -> list[int]:
    """Starts of words that name a person: a Kazakh or Russian surname with the word before
    it, and the two words between a title and "бастаған"/"мырза"/a comma or full stop."""
    words = list(_NAME_WORD.finditer(text))
    roles, starts = role_words(), []
    for i, word in enumerate(words):
        low = word.group().lower()
        if any(stem.endswith(SURNAME_ENDINGS) and len(stem) >= 5 for stem in stems(low)):
            starts.append(word.start())
            if i and _next_to(text, words[i - 1], word) and words[i - 1].group().lower() not in roles:
                starts.append(words[i - 1].start())
        if low in roles and i + 3 <= len(words):
            a, b = words[i + 1], words[i + 2]
            after = text[b.end() : b.end() + 12].lstrip()
            if _next_to(text, a, b) and (after[:1] in ",." or after.split(" ")[0] in AFTER_NAME) \
                    and not {a.group().lower(), b.group().lower()} & roles:
                starts += [a.start(), b.start()]
    return starts


def _next_to(text: str, a: re.Match, b: re.Match) -> bool:
    return text[a.end() : b.start()] == " "


def _known_spelling(word: str, names: frozenset[str]) -> str | None:
    """``word`` if one of its stems is a name; the same word with і for и if that one is."""
    # töte's ي is и or і in Chinese names, and ا reads ә beside ك/گ in mixed words (Түркістан)
    for candidate in dict.fromkeys((word, word.replace("и", "і"), word.replace("ә", "а"))):
        found = [s for s in stems(candidate) if len(s) >= MIN_NAME_STEM and s in names]
        if found and not candidate[len(max(found, key=len)) :].startswith(_DERIVED):
            return candidate
    return None
