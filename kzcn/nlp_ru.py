"""The one adapter for natasha, slovnet and pymorphy2 (Russian NER and inflection).

Other modules import these helpers; no natasha or pymorphy2 object leaves this file.
pymorphy2 needs ``pkg_resources`` (``setuptools<81``).
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

NOUN_POS = {"NOUN"}
ADJ_POS = {"ADJF", "PRTF"}


@lru_cache(maxsize=1)
def _ner():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter
    return Segmenter(), NewsNERTagger(NewsEmbedding())


def _getargspec_shim() -> None:
    """pymorphy2 0.9 calls ``inspect.getargspec``, removed in Python 3.11."""
    import inspect
    from collections import namedtuple

    if not hasattr(inspect, "getargspec"):
        spec = namedtuple("ArgSpec", "args varargs keywords defaults")

        def getargspec(func):  # type: ignore[no-untyped-def]
            full = inspect.getfullargspec(func)
            return spec(full.args, full.varargs, full.varkw, full.defaults)

        inspect.getargspec = getargspec  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _morph():
    _getargspec_shim()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pymorphy2
    return pymorphy2.MorphAnalyzer()


def ru_ner(text: str) -> list[tuple[int, int, str]]:
    """Russian named entities as (start, stop, label); labels PER, ORG, LOC (slovnet news)."""
    from natasha import Doc

    segmenter, tagger = _ner()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return [(span.start, span.stop, span.type) for span in doc.spans]


def _inflect(word: str, grammemes: set[str]) -> str | None:
    for parse in _morph().parse(word):
        if parse.tag.POS in NOUN_POS | ADJ_POS:
            form = parse.inflect(grammemes)
            if form:
                return _same_case(word, form.word)
    return None


def _same_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def ru_phrase_nominative(phrase: str) -> str:
    """A Russian noun phrase with its head (adjectives + first noun) put in the nominative:
    "торгового представительства города Ланьчжоу" -> "торговое представительство города Ланьчжоу"; dependents stay."""
    words = phrase.split()
    head_index = None
    for i, word in enumerate(words):
        parses = _morph().parse(word)
        if parses and parses[0].tag.POS in NOUN_POS and not word.lower().endswith(("ого", "ый", "ая")):
            head_index = i
            break
    if head_index is None:
        return phrase
    head = _morph().parse(words[head_index])[0]
    number = head.tag.number or "sing"
    gender = head.tag.gender
    out = list(words)
    out[head_index] = _inflect(words[head_index], {"nomn", number}) or words[head_index]
    for i in range(head_index):
        grammemes = {"nomn", number} | ({gender} if gender and number == "sing" else set())
        out[i] = _inflect(words[i], grammemes) or words[i]
    return " ".join(out)


def ru_genitive_noun(word: str) -> bool:
    """Whether a lowercase Russian word is read first as a noun in the genitive ("нефти",
    "газа", "технологий"; not "провели", "работает")."""
    parses = _morph().parse(word)
    return bool(parses) and parses[0].tag.POS in NOUN_POS and "gent" in parses[0].tag


#: Russian-style surnames (-ов/-ев/-ин/-ын) by case and gender: oblique ending -> nominative.
SURNAME = re.compile(r"^(.+(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ою)?$")
SURNAME_ENDINGS = {("masc", "gent"): "а", ("masc", "accs"): "а", ("masc", "datv"): "у",
                   ("masc", "ablt"): "ым", ("masc", "loct"): "е", ("femn", "gent"): "ой",
                   ("femn", "datv"): "ой", ("femn", "ablt"): "ой", ("femn", "loct"): "ой",
                   ("femn", "accs"): "у"}


def _name_parse(first: str, last: str):
    """The parse of a given name that fixes the case and gender of the whole name."""
    parses = [p for p in _morph().parse(first) if "Name" in p.tag.grammemes]
    if not parses:
        return None
    oblique = [p for p in parses if p.tag.case != "nomn"]
    match = SURNAME.match(last.lower())
    for p in oblique:  # "Талгата Есенгазиева": the surname's ending agrees with the given name's
        if match and match.group(2) == SURNAME_ENDINGS.get((p.tag.gender, p.tag.case)):
            return p
    nominative = [p for p in parses if p.tag.case == "nomn"]
    return nominative[0] if nominative else parses[0]


def _surname_nominative(word: str, gender: str | None, case: str | None) -> str | None:
    match = SURNAME.match(word.lower())
    if not match or not case:
        return None
    stem, ending = match.group(1), match.group(2) or ""
    if case == "nomn":
        return word
    if ending and ending == SURNAME_ENDINGS.get((gender or "masc", case)):
        return word[:len(stem)] + ("а" if gender == "femn" else "")
    return None


def ru_name_nominative(name: str) -> str:
    """A person's name in the nominative: the given name fixes case and gender, Russian-style
    surnames follow a rule ("Талгата Есенгазиева" -> "Талгат Есенгазиев", "Асылбек
    Нурмаханов" stays); other declined parts go through pymorphy2; foreign parts stay."""
    words = name.split()
    if len(words) < 2 or not SURNAME.match(words[-1].lower()):
        return _each_nominative(words)  # "Ерлана Тойшыбай": no surname ending to agree with
    parse = _name_parse(words[0], words[-1])
    if parse is None or parse.tag.case == "nomn":
        return name if parse is not None else _each_nominative(words)
    out = [_same_case(words[0], (parse.inflect({"nomn"}) or parse).word)]
    for word in words[1:]:
        fixed = _surname_nominative(word, parse.tag.gender, parse.tag.case)
        out.append(fixed if fixed is not None else _each_nominative([word]))
    return " ".join(out)


def _each_nominative(words: list[str]) -> str:
    out = []
    for word in words:
        parses = [p for p in _morph().parse(word) if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        if not parses or any(p.tag.case == "nomn" for p in parses):
            out.append(word)
            continue
        inflected = parses[0].inflect({"nomn"})
        out.append(_same_case(word, inflected.word) if inflected else word)
    return " ".join(out)


def is_ru_common_word(word: str) -> bool:
    """True when pymorphy2 knows ``word`` as a dictionary word that is not a name or place."""
    for parse in _morph().parse(word.lower()):
        if parse.is_known and not {"Name", "Surn", "Patr", "Geox", "Orgn"} & set(parse.tag.grammemes):
            return True
    return False
