"""English lines built from structured events and projects (never copied from the article)."""

from __future__ import annotations

from kzcn.model import Event, Money, Project

#: How many Chinese parties a line names before "and N others".
MAX_PARTIES = 3

INSTRUMENT_WORDS = {
    "memorandum": "a memorandum",
    "framework_agreement": "a framework agreement",
    "agreement": "an agreement",
    "contract": "a contract",
    "roadmap": "a roadmap",
    "protocol": "a protocol",
}
CURRENCY_SIGNS = {"USD": "$", "EUR": "€"}
QUALIFIER_WORDS = {"more_than": "more than ", "about": "about ", "up_to": "up to ", "exact": ""}
SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))


def format_money(money: Money) -> str:
    """A short amount: ``more than $150M``, ``about KZT 134B``."""
    number, suffix = money.amount, ""
    for size, letter in SCALES:
        if abs(money.amount) >= size:
            number, suffix = money.amount / size, letter
            break
    digits = f"{number:.1f}".rstrip("0").rstrip(".")
    sign = CURRENCY_SIGNS.get(money.currency)
    amount = f"{sign}{digits}{suffix}" if sign else f"{money.currency} {digits}{suffix}"
    return QUALIFIER_WORDS.get(money.qualifier, "") + amount


def join_names(names: tuple[str, ...] | list[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``, ``A, B, C and 4 others``."""
    names = list(names)
    if len(names) > MAX_PARTIES:
        rest = len(names) - MAX_PARTIES
        return ", ".join(names[:MAX_PARTIES]) + f" and {rest} other" + ("s" if rest > 1 else "")
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _side(region: str | None) -> str:
    return region or "A Kazakh delegation"


def _where(place: str | None) -> str:
    return f" in {place}" if place else ""


def _when(date: str | None) -> str:
    return f" ({date.replace('/', ' to ')})" if date else ""


def describe_event(event: Event) -> str:
    """One English line for an event, e.g. ``Kostanay Region met Weichai Power in Weifang``."""
    side, parties = _side(event.kz_region), join_names(event.cn_parties)
    with_parties = f" with {parties}" if parties else ""
    if event.type == "meeting":
        body = f"{side} met {parties}" if parties else f"{side} held talks with a Chinese side"
    elif event.type == "visit":
        body = f"{side} delegation visited {parties or event.place or 'China'}"
    elif event.type == "agreement":
        document = INSTRUMENT_WORDS.get(event.instrument or "", "a document")
        body = f"{side} signed {document}{with_parties}"
    elif event.type == "office_opening":
        body = f"{side} opened a representative office"
    elif event.type == "forum":
        body = f"{side} took part in a forum{with_parties}"
    elif event.type == "site_visit":
        body = f"{side} delegation toured {parties or 'industrial sites'}"
    elif event.type == "project_launch":
        body = f"{side} launched a project{with_parties}"
    else:
        body = f"{side}: {event.type}{with_parties}"
    place = "" if event.type == "visit" and event.place in (*event.cn_parties, None) else _where(event.place)
    return body.replace("Region delegation", "Region's delegation") + place + _when(event.date)


STAGE_VERBS = {
    "proposed": "{partner} proposed {what}{where}{value}",
    "agreed": "{side} agreed with {partner} on {what}{where}{value}",
    "under_construction": "{what_cap}{where}{value} is under construction{by}",
    "operating": "{what_cap}{where}{value} is operating{by}",
}


def describe_project(project: Project, instrument: str | None = None) -> str:
    """One English line for a project; ``instrument`` names the document an agreed one rests on.

    e.g. ``Aktobe Region signed a framework agreement with X on a ferroalloy plant (more than $150M)``.
    """
    what = _article(project.what) + project.what
    place = project.place or project.kz_region
    parts = {
        "side": _side(project.kz_region),
        "partner": project.partner or "A Chinese side",
        "what": what,
        "what_cap": what[:1].upper() + what[1:],
        "where": _where(place) if place and place not in project.what else "",
        "value": f" ({format_money(project.value)})" if project.value else "",
        "by": f" with {project.partner}" if project.partner else "",
    }
    template = STAGE_VERBS.get(project.stage, STAGE_VERBS["proposed"])
    if project.stage == "agreed" and instrument in INSTRUMENT_WORDS:
        template = template.replace("agreed", "signed " + INSTRUMENT_WORDS[instrument])
    line = template.format(**parts)
    if project.stage == "agreed" and not project.partner:
        line = line.replace(" with A Chinese side", " with a Chinese side")
    return line


def _article(noun: str) -> str:
    return "an " if noun[:1].lower() in "aeio" else "a "
