"""Lexicon-driven regular grammar shared by the number, amount, date and figure finders.

Knowledge lives in ``rules/<lang>/<name>.tsv``: a ``# source:`` comment line, a header row,
then one term per row. A term is literal text; a trailing ``*`` lets a stem take any ending
(Kazakh and Russian case endings: ``доллар*`` matches ``долларын``, ``долларов``), and so may
each word of a phrase (``валов* внутренн* продукт*``); a space
inside a term matches any run of whitespace (NBSP and thin spaces included).

Lexicons of the three languages are merged by default: a Kazakh article quotes Russian
words and a mis-detected language must not lose a currency. No third-party grammar library is
needed: the patterns are small, and plain ``re`` keeps a stage at well under a millisecond per
sentence (yargy and dateparser are not imported anywhere in kzcn.extract).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kzcn.errors import InputError

RULES = Path(__file__).parent.parent / "rules"
LANGS = ("kk", "ru", "en")
FLAGS = re.IGNORECASE
#: A Kazakh case ending written after a hyphen: ``50-ге``, ``млрд-тан``, ``11%-ға``.
HYPHEN_SUFFIX = r"(?:-[^\W\d_]{1,6}(?!\w))?"
SPACE = r"[\s\u00a0\u202f\u2009]"


def read_tsv(path: Path) -> tuple[dict[str, str], ...]:
    """Rows of a rules TSV as dicts; the first line must be a ``# source:`` comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith("# source:"):
        raise InputError("a '# source:' first line", repr(lines[:1]), f"{path}:1")
    body = [line for line in lines[1:] if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=None)
def rows(name: str, langs: tuple[str, ...] = LANGS) -> tuple[dict[str, str], ...]:
    """The rows of ``rules/<lang>/<name>.tsv`` for each language, first occurrence of a term wins."""
    seen: dict[str, dict[str, str]] = {}
    for lang in langs:
        path = RULES / lang / f"{name}.tsv"
        if path.exists():
            for row in read_tsv(path):
                seen.setdefault(row["term"].lower(), row)
    return tuple(seen.values())


def term_regex(term: str) -> str:
    """The regex for one lexicon term (see the module docstring for the term syntax)."""
    stem = term.rstrip("*")
    words = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in term.split()]
    body = (SPACE + "+").join(words)
    if stem[0].isalnum():
        body = r"(?<!\w)" + body
    if term.endswith("*") or stem[-1].isalnum():
        body += r"(?!\w)"
    return body


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A list of terms compiled into one alternation, with a way back from a match to its row."""

    entries: tuple[dict[str, str], ...]

    @property
    def pattern(self) -> str:
        """One non-capturing alternation, longest terms first (built once per lexicon)."""
        return _alternation(self)

    def _terms(self) -> list[str]:
        return sorted((e["term"] for e in self.entries), key=lambda t: (-len(t.rstrip("*")), t))

    def lookup(self, text: str) -> dict[str, str] | None:
        """The row whose term matches all of ``text`` (longest term first), or ``None``."""
        for regex, row in _compiled(self):
            if regex.fullmatch(text):
                return row
        return None


@lru_cache(maxsize=None)
def _alternation(lex: Lexicon) -> str:
    # Building the alternation was a hot spot (benchmarks/proposed.py: figures 5.2 -> 1.3 ms).
    return "(?:" + "|".join(term_regex(t) for t in lex._terms()) + ")"


@lru_cache(maxsize=None)
def _compiled(lexicon: Lexicon) -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    by_term = {e["term"]: e for e in lexicon.entries}
    return tuple((re.compile(term_regex(t), FLAGS), by_term[t]) for t in lexicon._terms())


@lru_cache(maxsize=None)
def lexicon(name: str, where: tuple[tuple[str, str], ...] = (), langs: tuple[str, ...] = LANGS) -> Lexicon:
    """The merged lexicon ``name``, optionally only rows whose columns equal ``where`` pairs."""
    entries = tuple(r for r in rows(name, langs) if all(r.get(k) == v for k, v in where))
    return Lexicon(entries)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile a grammar pattern with the flags every finder uses."""
    return re.compile(pattern, FLAGS)


#: Characters whose lower case is one character and matches re.IGNORECASE's own folding
#: (ASCII, Cyrillic); a word starting otherwise ("İn", "ſ") is tried with every rule.
_PLAIN = re.compile(r"[0-9a-z_\u0430-\u045f\u0460-\u04ff]*")
_WORD_START = re.compile(r"\w+")
#: Letters of a term's first word a start filter compares (more: fewer false starts, larger sets).
PREFIX = 3


class StartFilter:
    """Where each rule of a grammar may start: the word starts whose first letters begin one of
    the rule's first words (``#``: any word starting with a digit).

    Every rule pattern begins at a word start (``(?<!\\w)``) with one of those words, so trying a
    rule only there (``matches_from``) finds exactly what ``finditer`` finds, for far fewer tries
    than a big alternation of month or number words at every word of the text.
    """

    def __init__(self, first_words: dict[str, list[str]]) -> None:
        self.keys: dict[str, frozenset[str]] = {}
        self.always: set[str] = set()
        for rule, terms in first_words.items():
            keys = {"#" if t == "#" else _lead(t) for t in terms}
            if "" in keys:
                self.always.add(rule)  # a term starting with a sign: no filter
            self.keys[rule] = frozenset(keys)

    def starts(self, text: str) -> dict[str, list[int] | None]:
        """Per rule, the offsets worth trying in ``text`` (None: every offset)."""
        found: dict[str, list[int] | None] = {rule: [] for rule in self.keys}
        for rule in self.always:
            found[rule] = None
        for word in _WORD_START.finditer(text):
            head = word.group(0)[:PREFIX].lower()
            if len(head) != min(PREFIX, word.end() - word.start()) or not _PLAIN.fullmatch(head):
                keys = None  # an unusual letter: try every rule here
            else:
                keys = {head[:n] for n in range(1, len(head) + 1)}
                if head[0].isdigit():
                    keys.add("#")
            for rule, wanted in self.keys.items():
                if found[rule] is not None and (keys is None or not keys.isdisjoint(wanted)):
                    found[rule].append(word.start())
        return found


def _lead(term: str) -> str:
    """The first letters of a term's first word, up to a sign ("1-тоқсан" -> "1")."""
    word = _WORD_START.match(term.lower())
    return word.group(0)[:PREFIX] if word else ""


def matches_from(regex: re.Pattern[str], text: str, starts: list[int] | None):
    """``regex.finditer(text)`` tried only at ``starts`` (all offsets when None); same matches."""
    if starts is None:
        yield from regex.finditer(text)
        return
    stop = 0
    for start in starts:
        if start >= stop and (match := regex.match(text, start)):
            yield match
            stop = match.end() if match.end() > start else start + 1
