"""Dates and periods in kk/ru/en, resolved against the publication date or the text's own dates.

"2023 жылдың 10-17 қазан аралығында" -> 2023-10-10/2023-10-17; "2025 жылдың 11 айы" and
"за 8 месяцев 2025 года" -> YYYY-01/YYYY-MM; "в прошлом году" -> the year before publication;
"за последние 15 лет" -> a vague period (value None). A date without a year and no anchor stays
unresolved: never the current year. Lexicons: ``rules/<lang>/{months,periods}.tsv``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, ClassVar

from kzcn.extract.dates.compare import comparison_year, is_comparison_base  # noqa: F401  (public here too)
from kzcn.extract.dates.starts import start_filter
from kzcn.extract.dates.tense import after, reported_past
from kzcn.extract.common.grammar import HYPHEN_SUFFIX, SPACE as S, compile_pattern, lexicon, matches_from
from kzcn.extract.amounts.numbers import number_group, group_value
from kzcn.model import DateMention, Document

DASH = rf"{S}*[-–—]{S}*"
#: Characters either side of a bare "за 8 месяцев" searched for a statistics word; one clause.
STATISTIC_WINDOW = 60
#: Kazakh month-word forms that are as often a duration ("3 айда салынды") as a period.
DURATION_WORDS = frozenset({"айда"})
DAY = r"(?<![\d.,])[0-3]?\d(?![\d.,]\d)"


def _lex(kind: str) -> str:
    return lexicon("periods", (("kind", kind),)).pattern


@lru_cache(maxsize=1)
def rules() -> dict[str, re.Pattern[str]]:
    """The date grammar, one compiled pattern per rule name (kk/ru/en lexicons merged)."""
    month, yw, mw = lexicon("months").pattern, _lex("year_word"), _lex("month_word")
    year = r"(?<!\d)(?:19|20)\d{2}(?!\d)"
    ypre = rf"(?:(?P<y>{year}){S}*-?{yw}{S}+)"
    ypost = rf"(?:{S}+(?:of{S}+)?(?P<y2>{year})(?:{S}*{yw})?|{S}+(?P<off>{_lex('offset')}))"
    sources = {
        "iso": rf"(?P<y>{year})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)|(?<![\d.])(?P<d2>\d\d?)\.(?P<m2>\d\d?)\.(?P<y2>{year})",
        "day": rf"{ypre}?(?P<d>{DAY})(?:{DASH}(?P<dd>{DAY}))?{HYPHEN_SUFFIX}{S}+(?P<m>{month}){ypost}?",
        "day_en": rf"(?P<m>{month}){S}+(?P<d>{DAY})(?:st|nd|rd|th)?(?:{DASH}(?P<dd>{DAY})(?:st|nd|rd|th)?)?(?:,?{ypost})?",
        "span": rf"{ypre}?(?:с|со|from){S}+(?P<d>{DAY})(?:{S}+(?P<m0>{month}))?{S}+(?:по|до|to|till|until){S}+"
                rf"(?P<dd>{DAY}){HYPHEN_SUFFIX}{S}+(?P<m>{month}){ypost}?",
        "span_kk": rf"{ypre}?(?:(?P<m0>{month}){S}+)?(?P<d>{DAY})(?:-?[^\W\d_]+|{S}+(?P<m1>{month}))?{S}+"
                   rf"(?P<dd>{DAY})(?:-?[^\W\d_]+)?(?:{S}+(?P<m>{month}))?{S}+дейін",
        "months": rf"{ypre}?(?P<m>{month}){DASH}(?P<mm>{month})(?:{S}+{mw})?{ypost}?",
        "n_months": rf"(?:{ypre}|(?P<off0>{_lex('offset')}){S}+(?:{yw}{S}+)?)?(?:(?P<lead>за|первые|алғашқы|the{S}+first|first){S}+)?"
                    rf"{number_group('n')}{S}+(?P<mw>{mw}){ypost}?",
        "part": rf"{ypre}?(?P<part>{_lex('part')}){ypost}?",
        "month_year": rf"(?P<m>{month}){ypost}|{ypre}(?P<m2>{month})",
        "years": rf"(?P<y>{year}){DASH}(?P<y2>{year}){S}*{yw}",
        "year": rf"(?P<y>{year}){S}*-?{yw}|(?:in|since|during|for|by|until){S}+(?P<y2>{year})",
        "month": rf"(?:(?P<prep>в|во|in){S}+)?(?P<m>{month})(?:{S}+(?P<aw>ай\w*))?",
        "offset": rf"(?P<off>{_lex('offset')})",
        "vague": rf"(?P<lead>{_lex('vague_lead')}){S}+{number_group('v')}{S}+{yw}",
    }
    # Every rule starts at a word start: the look-behind skips mid-word positions cheaply
    # (23 -> 7 ms per seed article on one AMD EPYC core, /tmp/speed.py style loop).
    return {name: compile_pattern(rf"(?<!\w)(?:{source})") for name, source in sources.items()}


@dataclass(frozen=True)
class Anchor:
    """The reference point of relative dates: a year, a month and where it came from."""

    year: int
    month: int
    source: str  # published | text
    date: str = ""  # the publication date as given (YYYY-MM[-DD])


def _month(text: str | None) -> int | None:
    row = lexicon("months").lookup(text) if text else None
    return int(row["month"]) if row else None


def _day(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _year_of(m: re.Match[str], anchor: Anchor | None) -> int | None:
    """The explicit year of a match (pre or post), a relative year, else the anchor's year."""
    for name in ("y", "y2"):
        if name in m.re.groupindex and m.group(name):
            return int(m.group(name))
    for name in ("off", "off0"):
        if name in m.re.groupindex and m.group(name):
            return anchor.year + _offset(m.group(name)) if anchor else None
    return anchor.year if anchor else None


def _offset(text: str) -> int:
    row = lexicon("periods", (("kind", "offset"),)).lookup(text)
    return int(row["value"]) if row else 0


def _iso(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    if m.group("y"):
        return _day(int(m.group("y")), int(m.group("m")), int(m.group("d"))), "date"
    return _day(int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))), "date"


def _day_rule(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    year, month = _year_of(m, anchor), _month(m.group("m"))
    if year is None or month is None:
        return None, "date"
    first = _day(year, month, int(m.group("d")))
    if "dd" in m.re.groupindex and m.group("dd"):
        last = _day(year, month, int(m.group("dd")))
        return (f"{first}/{last}" if first and last else None), "period"
    return first, "date"


def _span(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    """"с 10 по 12 марта", "с 28 мая по 2 июня", "қазанның 10-нан 17-сіне дейін", "10 қазаннан 17 қазанға дейін"."""
    groups = m.groupdict()
    first_month = _month(groups.get("m0") or groups.get("m1") or groups.get("m"))
    last_month = _month(groups.get("m") or groups.get("m1") or groups.get("m0"))
    year = _year_of(m, anchor)
    if year is None or first_month is None or last_month is None:
        return None, "period"
    first, last = _day(year, first_month, int(m.group("d"))), _day(year, last_month, int(m.group("dd")))
    return (f"{first}/{last}" if first and last and first < last else None), "period"


def _months_rule(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    year, first, last = _year_of(m, anchor), _month(m.group("m")), _month(m.group("mm"))
    if year is None or not first or not last or last < first:
        return None, "period"
    return f"{year}-{first:02d}/{year}-{last:02d}", "period"


def _n_months(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    count = group_value(m, "n", None)
    if not count or not count.is_integer() or not 1 <= count <= 12:
        return None, "period"
    explicit = m.group("y") or m.group("y2")
    year = _year_of(m, anchor)
    if not explicit and anchor and not (m.group("off") or m.group("off0")) and anchor.month <= count:
        year = anchor.year - 1  # "11 айында" published in January: last year's 11 months
    if year is None:
        return None, "period"
    return f"{year}-01/{year}-{int(count):02d}", "period"


def _part(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    year = _year_of(m, anchor)
    row = lexicon("periods", (("kind", "part"),)).lookup(m.group("part"))
    if year is None or row is None:
        return None, "period"
    first, last = row["value"].split("/")
    return f"{year}-{first}/{year}-{last}", "period"


def _month_year(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    month = _month(m.group("m") or m.group("m2"))
    year = _year_of(m, anchor)
    return (f"{year}-{month:02d}" if year and month else None), "date"


def _years(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    return f"{m.group('y')}/{m.group('y2')}", "period"


def _year(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    return m.group("y") or m.group("y2"), "date"


def _bare_month(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    return _month_year(m, anchor)


def _relative(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    return (str(anchor.year + _offset(m.group("off"))) if anchor else None), "relative"


def _vague(m: re.Match[str], anchor: Anchor | None) -> tuple[str | None, str]:
    return None, "period"


#: Rules whose match may lack a year: resolved against the publication date, a past report may move back a year.
YEARLESS = frozenset({"day", "day_en", "span", "span_kk", "month", "month_year", "months"})
Handler = Callable[[re.Match[str], "Anchor | None"], "tuple[str | None, str]"]
HANDLERS: dict[str, Handler] = {
    "iso": _iso, "day": _day_rule, "day_en": _day_rule, "span": _span, "span_kk": _span, "months": _months_rule,
    "n_months": _n_months, "part": _part, "month_year": _month_year, "years": _years,
    "year": _year, "month": _bare_month, "offset": _relative, "vague": _vague,
}


def _acceptable(rule: str, m: re.Match[str]) -> bool:
    """Filters a bare pattern cannot express: "в июле"/"шілде айында" yes, "Қазан қаласы" no."""
    if rule == "month":
        word = m.group("m").lower()
        kk_locative = _month(word) and re.search(r"(?:да|де|та|те)$", word) and not re.fullmatch(r"ма[йяе]", word)
        return bool(m.group("prep") or m.group("aw") or kk_locative)
    if rule == "n_months":
        explicit = m.group("y") or m.group("y2") or m.group("off") or m.group("off0")
        lead, word = (m.group("lead") or "").lower(), m.group("mw").lower()
        possessive = word.startswith("ай") and word not in DURATION_WORDS
        return bool(explicit or lead not in ("", "за") or possessive or _near_statistic(m))
    if rule == "span_kk":
        return bool(m.group("m0") or m.group("m1") or m.group("m"))
    if rule == "day_en":
        return m.group("m")[0].isupper()
    return True


def _near_statistic(m: re.Match[str]) -> bool:
    """Whether a statistics word stands near "за 8 месяцев" / "8 айда": a period, not a duration
    ("построили за 3 месяца")."""
    window = m.string[max(0, m.start() - STATISTIC_WINDOW) : m.end() + STATISTIC_WINDOW]
    return any(not lexicon("metrics").lookup(hit.group(0))["metric"].startswith("_")
               for hit in _metric_words().finditer(window))


@lru_cache(maxsize=1)
def _metric_words() -> re.Pattern[str]:
    return compile_pattern(lexicon("metrics").pattern)


def _hits(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """All rule matches; longest first, a match overlapping a longer one is dropped."""
    starts = start_filter().starts(text)
    found = [
        (m.start(), m.end(), rule, m)
        for rule, regex in rules().items()
        for m in matches_from(regex, text, starts[rule])
        if m.end() > m.start() and _acceptable(rule, m)
    ]
    found.sort(key=lambda h: (h[0] - h[1], h[0]))
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    for hit in found:
        if all(hit[1] <= c[0] or c[1] <= hit[0] for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h[0])


def _published_anchor(published: str | None) -> Anchor | None:
    match = re.match(r"((?:19|20)\d\d)(?:-(\d\d))?", published or "")
    return Anchor(int(match.group(1)), int(match.group(2) or 12), "published", published) if match else None


def _text_anchor(mentions: list[DateMention], offset: int) -> Anchor | None:
    """The nearest resolved date with a month before ``offset`` (else the first one after)."""
    dated = [d for d in mentions if d.value and re.match(r"\d{4}-\d\d", d.value) and d.resolved_from is None]
    before = [d for d in dated if d.start < offset]
    pick = before[-1] if before else (dated[0] if dated else None)
    if pick is None:
        return None
    return Anchor(int(pick.value[:4]), int(pick.value[5:7]), "text")


def _resolve(text: str, hit, published: Anchor | None, absolute: list[DateMention]) -> DateMention:
    start, stop, rule, m = hit
    value, kind = HANDLERS[rule](m, None)
    if value is not None or rule in ("vague", "years"):
        return DateMention(start, stop, m.group(0), value, kind)
    if rule == "offset" and published is None:
        base = comparison_year(text, start)
        if base is not None:
            return DateMention(start, stop, m.group(0), str(base + 1), "relative", "text")
    anchor = published or _text_anchor(absolute, start)
    value, kind = HANDLERS[rule](m, anchor)
    if value and anchor is published and rule in YEARLESS and after(value, published.date) and reported_past(text, start, stop):
        value, kind = HANDLERS[rule](m, Anchor(anchor.year - 1, 12, anchor.source))  # "Напомним, 15 апреля ... подписал"
    return DateMention(start, stop, m.group(0), value, kind, anchor.source if anchor and value else None)


def find_dates(text: str, lang: str | None = None, anchor: str | None = None) -> list[DateMention]:
    """Dates and periods in ``text``; ``anchor`` is the publication date (YYYY-MM[-DD]) or None."""
    hits = _hits(text)
    published = _published_anchor(anchor)
    absolute = [DateMention(h[0], h[1], h[3].group(0), *HANDLERS[h[2]](h[3], None)) for h in hits]
    absolute = [d for d in absolute if d.value and re.match(r"\d{4}-\d\d", d.value)]
    return [_resolve(text, hit, published, absolute) for hit in hits]


class DateStage:
    """Adds ``dates``: every date and period, resolved against ``doc.published`` or the text."""

    name: ClassVar[str] = "dates"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "published"})
    provides: ClassVar[frozenset[str]] = frozenset({"dates"})

    def __call__(self, doc: Document) -> Document:
        if doc.lang == "zh":
            from kzcn.extract.dates.zh import find_dates_zh

            return doc.add(dates=find_dates_zh(doc.text, doc.published))
        return doc.add(dates=find_dates(doc.text, doc.lang, doc.published))
