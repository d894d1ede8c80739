"""Chinese amounts: digits or Chinese numerals with 万/亿 scales, currencies (美元, 人民币, 坚戈),
percentages and quantities (吨, 兆瓦, 个项目, 家企业), with their qualifiers (超过, 约, 以上).

Lexicons: ``rules/zh/{numbers,currencies,units,qualifiers}.tsv``; Chinese numerals are read by
cn2an (``kzcn.language.zh_numbers``). Matching runs on the simplified view (same offsets).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kzcn.extract.amounts.fx import FxTable, default_table
from kzcn.extract.common.grammar import rows
from kzcn.language.zh_numbers import chinese_number
from kzcn.language.zh_script import simplified
from kzcn.model import Amount

ZH = ("zh",)
_DIGITS = r"\d+(?:[.,]\d+)*"
_HANZI = r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
#: Values this large or larger are no plausible amount in news (a run of digits gone wrong).
PLAUSIBLE = 1e15


#: Projects counted with a description between the measure word and the noun, joined by 的 ("5个中国
#: 资本参与的大型项目": five large projects with Chinese capital): a count like "5个项目"; not months,
#: people or countries counted ("3个月", "12个国家的企业参与项目").
PROJECTS_DESCRIBED = r"个(?![月人国省年天小])[^，。；、,;\d个]{1,10}?的[^，。；、,;\d个的]{0,4}?项目"
#: Firms counted with a description naming Chinese capital ("3500家含中国资本的企业", "200多家
#: 中方参股的公司"): a count of firms like "3500家中资企业".
FIRMS_DESCRIBED = r"家[^，。；、,;\d家]{0,8}?(?:中国|中资|中方|华资)[^，。；、,;\d家]{0,8}?的?(?:企业|公司)"


#: A count written after its noun ("早期收获项目25个", "中资企业200余家"): the same count as "25个项目".
NOUN_FIRST = re.compile(r"(?P<noun>中资企业|中国企业|项目)(?P<a>\d+|[一二两三四五六七八九十百千]+)(?P<more>多|余)?(?P<mw>个|家|项)")


def _alt(terms) -> str:
    return "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))


@lru_cache(maxsize=1)
def amount_regex() -> re.Pattern[str]:
    """One pattern: qualifier, number (range), scale, "多", currency or unit or percent, qualifier."""
    scales = _alt(r["term"] for r in rows("numbers", ZH) if r["kind"] == "scale")
    currencies = _alt(r["term"] for r in rows("currencies", ZH))
    units = _alt(r["term"] for r in rows("units", ZH))
    pre = _alt(r["term"] for r in rows("qualifiers", ZH) if r["position"] == "pre")
    post = _alt(r["term"] for r in rows("qualifiers", ZH) if r["position"] == "post")
    number = rf"(?:{_DIGITS}|{_HANZI})"
    return re.compile(
        rf"(?P<pre2>{pre})?百分之(?P<p>{_HANZI}|{_DIGITS})|"
        rf"(?P<pre>{pre})?\s*(?P<a>{number})(?P<as>{scales})?\s*(?:[-–—~至到]\s*(?P<b>{number}))?"
        rf"(?P<bs>{scales})?(?P<more>多|余)?\s*(?:(?P<cur>{currencies})|(?P<pct>%|％|个百分点)|(?P<unit>{units})|"
        rf"(?P<proj>{PROJECTS_DESCRIBED})|(?P<firms>{FIRMS_DESCRIBED}))?"
        rf"(?P<post>{post})?"
    )


def _scale(word: str | None) -> float:
    if not word:
        return 1.0
    row = next(r for r in rows("numbers", ZH) if r["term"] == word)
    return float(row["value"])


def _number(text: str | None) -> float | None:
    if not text:
        return None
    if re.fullmatch(_DIGITS, text):
        return float(text.replace(",", "")) if text.count(".") <= 1 else None
    return chinese_number(text)


def _qualifier(match: re.Match[str]) -> str:
    words = [match.group(g) for g in ("pre", "post", "pre2") if match.groupdict().get(g)]
    if match.group("more"):
        words.append("多")
    for word in words:
        row = next((r for r in rows("qualifiers", ZH) if r["term"] == word), None)
        if row:
            return row["qualifier"]
    return "exact"


def _unit(match: re.Match[str]) -> tuple[str | None, str | None, float]:
    """(currency code, unit, factor a unit carries: 万吨 is 10^4 t)."""
    if match.group("cur"):
        return next(r["code"] for r in rows("currencies", ZH) if r["term"] == match.group("cur")), None, 1.0
    if match.group("pct") or match.group("p"):
        return None, "%", 1.0
    if match.group("proj") or match.group("firms"):
        return None, "count", 1.0
    if match.group("unit"):
        unit = next(r["unit"] for r in rows("units", ZH) if r["term"] == match.group("unit"))
        name, _, factor = unit.partition("*")
        return None, name, float(factor or 1)
    return None, None, 1.0


def find_amounts_zh(text: str, month: str | None = None, fx: FxTable | None = None) -> list[Amount]:
    """Money, percentages and quantities in a Chinese ``text`` (offsets into ``text``)."""
    view, found = simplified(text), []
    for match in amount_regex().finditer(view):
        if not match.group(0).strip():
            continue
        currency, unit, factor = _unit(match)
        if match.group("p"):
            low, high = _number(match.group("p")), None
        else:
            scale_b = _scale(match.group("bs"))
            scale_a = _scale(match.group("as")) if match.group("as") else scale_b
            low = _number(match.group("a"))
            high = _number(match.group("b"))
            low = low * scale_a * factor if low is not None else None
            high = high * scale_b * factor if high is not None else None
        if low is None or low >= PLAUSIBLE or not (currency or unit or match.group("as")):
            continue  # a bare number (a year, a day, a count without its noun)
        start, stop = match.span()
        while view[start].isspace():
            start += 1
        kind = "money" if currency else "percent" if unit == "%" else "quantity" if unit else "number"
        amount = Amount(start, stop, text[start:stop], low, currency or unit or "", kind, _qualifier(match), high)
        if currency:
            usd, used = (fx or default_table()).to_usd(low, currency, month)
            amount = replace(amount, value_usd=usd, rate_date=used)
        found.append(amount)
    for match in NOUN_FIRST.finditer(view):
        value = _number(match.group("a"))
        if value is None or any(a.start < match.end() and match.start() < a.stop for a in found):
            continue
        start, stop = match.span()
        found.append(Amount(start, stop, text[start:stop], value, "count", "quantity",
                            _qualifier(match)))
    return sorted(found, key=lambda a: a.start)
