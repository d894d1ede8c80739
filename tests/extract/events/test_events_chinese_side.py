"""Events need a Chinese side: a tour of a local plant or talks with "investors" are the region's own."""

from __future__ import annotations

import pytest
from test_events_triggers import document

from kzcn.extract.events.find import find_events

CN = {"country": "CN"}
ORG = ("Lanshan Cable", "org", "Lanshan Cable", CN)
OTHER = ("Hexi Steel", "org", "Hexi Steel", CN)


def types(text: str, lang: str) -> list[str]:
    """Event types found, with the Chinese company named as a CN org mention."""
    mentions = [m for m in (ORG, OTHER) if m[0] in text]
    return [e.type for e in find_events(document(text, lang, *mentions))]


LEAD_KK = "Облыс әкімі Lanshan Cable компаниясымен меморандумға қол қойды.\n"
LEAD_RU = "Аким области подписал меморандум с Lanshan Cable.\n"
LEAD_EN = "The governor signed a memorandum with Lanshan Cable.\n"

CASES = [
    # no Chinese side in the sentence: a local mill toured, talks with "investors", a planned arrival
    ("kk", LEAD_KK + "Әкім сондай-ақ жергілікті ұн тарту кәсіпорнын аралады.", ["agreement"]),
    ("ru", LEAD_RU + "Затем аким посетил местный мукомольный комбинат.", ["agreement"]),
    ("en", LEAD_EN + "The governor also toured a local flour mill.", ["agreement"]),
    ("kk", LEAD_KK + "Әкімдік инвесторлармен келіссөздер жүргізуде.", ["agreement"]),
    ("ru", LEAD_RU + "Акимат продолжает переговоры с инвесторами.", ["agreement"]),
    # a Chinese side: the company, the guests, the builder named in the next sentence
    ("kk", LEAD_KK + "Кейін қонақтар зауытты аралады.", ["agreement", "site_visit"]),
    ("ru", LEAD_RU + "Затем гости осмотрели завод.", ["agreement", "site_visit"]),
    ("en", LEAD_EN + "Later the guests toured the plant.", ["agreement", "site_visit"]),
    ("ru", LEAD_RU + "Затем аким посетил площадку завода. Его строит компания Hexi Steel.",
     ["agreement", "site_visit"]),
    ("kk", LEAD_KK + "Әкім Hexi Steel басшысымен кездесті.", ["agreement", "meeting"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_events_chinese_side_required(lang: str, text: str, expected: list[str]) -> None:
    assert sorted(types(text, lang)) == expected
