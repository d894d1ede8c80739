"""Hostile values for every place article text reaches a page, and documents that carry them.

All text here is invented for these tests. Each payload, if it ever ran, would set
``window.__kzcn_pwned`` (or open a dialog): the browser tests assert neither happens.
"""

from __future__ import annotations

from kzcn.model import Document, Event, Evidence, Figure, Mention, Money, Project, Sentence

FLAG = "__kzcn_pwned"
RUN = f"window.{FLAG}=1;alert(1)"

#: Names as an extractor might copy them out of a hostile article.
PAYLOADS = {
    "attr_break": f'"><img src=x onerror="{RUN}">',
    "attr_inject": f'" autofocus onfocus="{RUN}" x="',
    "single_quote": f"'><svg onload={RUN}>",
    "unquoted": f" onmouseover={RUN} ",
    "script": f"</script><script>{RUN}</script>",
    "json_break": f'["a"]" onclick="{RUN}',
    "template": "{{7*7}} ${7*7} <%= 7*7 %>",
    "backtick": f"`;{RUN};`",
    "rtl": "Abc\u202egnp.exe\u202c Holdings",
    "zero_width": "Ex\u200bam\u200cple\u200d Mi\u2060ning\ufeff Co",
}
#: 10 kB without a single space: must wrap or be cut, never widen the page.
LONG_NAME = "Q" * 10_000
JS_URLS = (f"javascript:{RUN}", f" JaVaScRiPt:{RUN}", f"java\tscript:{RUN}", f"data:text/html,<script>{RUN}</script>",
           f"vbscript:{RUN}")

TEXT = ("Делегация провинции Хэнань посетила Павлодарскую область. "
        "Стороны подписали соглашение о строительстве завода. "
        "Товарооборот области с Китаем за 2025 год составил 150 млн долларов.")


def _evidence(text: str, index: int) -> Evidence:
    bounds, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            bounds.append((start, i + 1))
            start = i + 2
    s, e = bounds[index]
    return Evidence(s, e, ((s, min(e, s + 10)),), 0.9)


def hostile_document(key: str, name: str, url: str = "") -> Document:
    """An article whose title, source, mentions and every fact field carry ``name``."""
    text = f"{name}. {TEXT}"
    first = len(name) + 2
    rest = text[first:]
    offset = lambda ev: Evidence(ev.sentence_start + first, ev.sentence_stop + first,  # noqa: E731
                                 tuple((a + first, b + first) for a, b in ev.spans), ev.confidence)
    sentences = (Sentence(0, len(name) + 1, "ru"),) + tuple(
        Sentence(e.sentence_start, e.sentence_stop, "ru") for e in (offset(_evidence(rest, i)) for i in range(3)))
    return Document(text=text, source=url or f"hostile/{key}.txt", title=f"{name} — {key}",
                    published="2025-05-0" + str(1 + len(key) % 9), meta=(("url", url),) if url else ()).add(
        lang="ru", sentences=sentences,
        mentions=(Mention(0, len(name), name, "org", name, "org:" + key, "CN"),
                  Mention(0, len(name), name, "cn_place", name, "cn:" + key, "CN")),
        events=(Event("meeting", "Pavlodar Region", "2025-05-01", name, (name, "Henan"), name, (name,),
                      summary=f"Pavlodar Region met {name}", evidence=offset(_evidence(rest, 0))),
                Event(name[:200], name, "2025-05-02", None, (name,), summary=name,
                      evidence=offset(_evidence(rest, 1)))),
        projects=(Project(name, "Pavlodar Region", name, name, Money(1.5e8, "USD", "exact", 1.5e8), "agreed",
                          place=name, summary=f"{name} plant agreed", evidence=offset(_evidence(rest, 1))),
                  Project("plant " + key, name, "energy", name, None, name[:100],
                          evidence=offset(_evidence(rest, 1)))),
        figures=(Figure("trade_turnover", "Pavlodar Region", 1.5e8, "USD", name, "2025",
                        evidence=offset(_evidence(rest, 2))),
                 Figure(name, name, 2.5e8, name[:40], name, "2024", evidence=offset(_evidence(rest, 2)))),
        sectors=(name[:200],))


def hostile_documents() -> list[Document]:
    """One article per payload, the 10 kB name, and one per ``javascript:``-like URL."""
    docs = [hostile_document(key, name) for key, name in PAYLOADS.items()]
    docs.append(hostile_document("long", LONG_NAME))
    docs += [hostile_document(f"url{i}", PAYLOADS["attr_break"], url) for i, url in enumerate(JS_URLS)]
    return docs
