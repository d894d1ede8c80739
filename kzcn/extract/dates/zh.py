"""Chinese dates and periods: 2025年4月23日, 2025-04-23 (a page's date line), 4月23日 (the year from the publication date),
2025年4月, 今年5月, 5月18日至19日 (a range of days), 2020—2022年, 前11个月 / 1-10月 (months of a year), 上半年, 第一季度, 今年, 去年.

A period without its own year takes the year named right before it ("2025年前11个月"), else the
publication year; a day or month without a year likewise. Lexicon: ``rules/zh/periods.tsv``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kzcn.extract.common.grammar import rows
from kzcn.extract.dates.tense import after
from kzcn.language.zh_numbers import chinese_number
from kzcn.language.zh_script import simplified
from kzcn.model import DateMention

ZH = ("zh",)
_N = r"(?:\d{1,4}|[零〇一二两三四五六七八九十]{1,4})"
_S = r"\s*"
#: Years told relatively before a month ("今年5月"), from the publication year.
RELATIVE_YEARS = {"今年": 0, "去年": -1, "明年": 1}
#: How far before a period its year may stand ("2025年前11个月", "今年1-10月").
YEAR_GAP = 3


def _num(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = chinese_number(text)
    return int(value) if value is not None else None


@lru_cache(maxsize=1)
def date_regex() -> re.Pattern[str]:
    words = "|".join(re.escape(r["term"]) for r in sorted(rows("periods", ZH), key=lambda r: -len(r["term"]))
                     if r["kind"] != "future")
    return re.compile(
        rf"(?P<iso>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d)"
        rf"|(?P<y1>\d{{4}}){_S}[-–—~至到]{_S}(?P<y2>\d{{4}}){_S}年"
        rf"|(?:(?P<y>\d{{4}}|[〇零一二三四五六七八九]{{4}}){_S}年{_S}|(?P<ry>今年|去年|明年){_S}(?={_N}{_S}月))?"
        rf"(?:(?P<first>前){_S}(?P<n>{_N}){_S}个?月"
        rf"|(?P<dm1>{_N}){_S}月{_S}(?P<dd1>{_N}){_S}[日号]?{_S}[-–—~至到]{_S}"
        rf"(?:(?P<dm2>{_N}){_S}月{_S})?(?P<dd2>{_N}){_S}[日号]"
        rf"|(?P<m1>{_N}){_S}[-–—~至到]{_S}(?P<m2>{_N}){_S}月(?!{_S}{_N}{_S}日)"
        rf"|(?P<m>{_N}){_S}月(?:{_S}(?P<d>{_N}){_S}[日号])?"
        rf"|(?P<word>{words}))"
        rf"|(?P<yo>\d{{4}}){_S}年(?!{_S}(?:[-–—~至到]|\d))"
        rf"|(?P<rel>{words})"
    )


def _year_before(view: str, start: int, dates: list[DateMention]) -> int | None:
    """The year of a date mention ending right before ``start``."""
    for date in reversed(dates):
        if 0 <= start - date.stop <= YEAR_GAP and date.value and len(date.value) == 4:
            return int(date.value)
    return None


def _word_value(word: str, year: int | None) -> tuple[str | None, str]:
    row = next(r for r in rows("periods", ZH) if r["term"] == word)
    if row["kind"] == "offset":
        return (str(year + int(row["value"])) if year else None), "relative"
    if year is None:
        return None, "period"
    first, last = row["value"].split("/")
    return f"{year}-{first}/{year}-{last}", "period"


def _day_range(g: dict, year: int) -> str | None:
    """"5月18日至19日", "5月30日至6月2日": the days of a trip or a fair, as a range of days."""
    m1, d1, d2 = _num(g["dm1"]), _num(g["dd1"]), _num(g["dd2"])
    m2 = _num(g["dm2"]) if g["dm2"] else m1
    if not (m1 and m2 and d1 and d2 and 1 <= m1 <= m2 <= 12 and 1 <= d1 <= 31 and 1 <= d2 <= 31):
        return None
    if (m2, d2) <= (m1, d1):
        return None
    return f"{year}-{m1:02d}-{d1:02d}/{year}-{m2:02d}-{d2:02d}"


def _value(match: re.Match[str], year: int | None) -> tuple[str | None, str]:
    g = match.groupdict()
    if g["iso"]:  # a page's date line ("发布时间：2025-03-31 18:21")
        month, day = int(g["im"]), int(g["id"])
        return (f"{g['iso']}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None), "date"
    if g["y1"]:
        return f"{g['y1']}/{g['y2']}", "period"
    if g["yo"]:
        return g["yo"], "date"
    if g["rel"]:
        return _word_value(g["rel"], year)
    own = _num(g["y"]) if g["y"] else None
    year = own or year
    if g["ry"] and year:
        year += RELATIVE_YEARS[g["ry"]]  # "今年5月", "去年10月": a month of a year told relatively
    if g["word"]:
        return _word_value(g["word"], year)
    if year is None:
        return None, "date"
    if g["first"] is not None:
        n = _num(g["n"])
        return (f"{year}-01/{year}-{n:02d}" if n and 1 <= n <= 12 else None), "period"
    if g["dm1"]:
        return _day_range(g, year), "period"
    if g["m1"]:
        a, b = _num(g["m1"]), _num(g["m2"])
        ok = a and b and 1 <= a < b <= 12
        return (f"{year}-{a:02d}/{year}-{b:02d}" if ok else None), "period"
    month = _num(g["m"])
    if not month or not 1 <= month <= 12:
        return None, "date"
    if g["d"]:
        day = _num(g["d"])
        return (f"{year}-{month:02d}-{day:02d}" if day and 1 <= day <= 31 else None), "date"
    return f"{year}-{month:02d}", "date"


#: Months after the publication date beyond which a yearless day is last year's ("12月15日" in an
#: article of 4 January); nearer ones may be announced ("定于12月15日举行").
LAST_YEAR_AFTER_MONTHS = 3


@lru_cache(maxsize=1)
def _future() -> re.Pattern[str]:
    """Words telling that a happening is still to come (``periods.tsv`` rows of kind future)."""
    return re.compile("|".join(re.escape(r["term"]) for r in rows("periods", ZH) if r["kind"] == "future"))


def _months_after(value: str, anchor: str) -> int:
    """Whole months from the publication date's month to the date's month."""
    return (int(value[:4]) - int(anchor[:4])) * 12 + int(value[5:7]) - int(anchor[5:7])


def _clause_start(view: str, start: int) -> int:
    ends = [m.end() for m in re.finditer(r"[，。；！？\n]", view[:start])]
    return ends[-1] if ends else 0


def _clause_end(view: str, start: int) -> int:
    end = re.compile(r"[，。；！？\n]").search(view, start)
    return end.start() if end else len(view)


#: A page's own date line near the top ("发布时间：2025-02-03 09:30"): the publication date where
#: the article came without one.
PAGE_DATE = re.compile(r"(?:发布|时间|日期)[^0-9\n]{0,6}((?:19|20)\d\d-[01]\d-[0-3]\d)(?!\d)")
PAGE_DATE_WITHIN = 400


def _page_date(view: str) -> str | None:
    match = PAGE_DATE.search(view, 0, PAGE_DATE_WITHIN)
    return match.group(1) if match else None


def find_dates_zh(text: str, anchor: str | None = None) -> list[DateMention]:
    """Dates and periods of a Chinese ``text``, resolved against ``anchor`` (YYYY-MM-DD) where
    they carry no year."""
    view, found = simplified(text), []
    anchor = anchor or _page_date(view)
    published = int(anchor[:4]) if anchor else None
    for match in date_regex().finditer(view):
        start, stop = match.span()
        if not match.group(0).strip():
            continue
        g = match.groupdict()
        before = _year_before(view, start, found)
        written = next((int(d.value[:4]) for d in reversed(found) if d.value and d.resolved_from is None
                        and d.value[:4].isdigit()), None)
        year = before or published or written
        value, kind = _value(match, year)
        resolved = None if (g["y"] or g["y1"] or g["yo"] or g["iso"]) else ("text" if before else "published")
        if value and anchor and len(anchor) >= 7 and resolved == "published" and kind == "date" and not g["ry"] \
                and after(value, anchor) and _months_after(value, anchor) >= LAST_YEAR_AFTER_MONTHS \
                and not _future().search(view, _clause_start(view, start), _clause_end(view, stop)):
            value, kind = _value(match, year - 1)  # "12月15日" in an article of 4 January: last December
        found.append(DateMention(start, stop, text[start:stop], value, kind, resolved if value else None))
    return found
