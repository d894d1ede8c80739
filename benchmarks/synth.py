"""Synthetic corpora of any size: Kazakh and Russian news, a chosen share about China, built
from the templates in benchmarks/templates (written for this purpose, never copied from seeds).

    python -m benchmarks.synth --n 10000 --relevant 0.1 --out /tmp/corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path

TEMPLATES = Path(__file__).parent / "templates"
#: Sentences per article (the annotated articles have 10-30); filler sentences surround the
#: China sentences in relevant articles as they do in real reports.
SENTENCES = (8, 24)


def _tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def load_templates() -> tuple[dict[str, dict[str, list[str]]], dict[str, list[str]]]:
    """``({lang: {kind: [template]}}, {slot: [values]})``."""
    templates: dict[str, dict[str, list[str]]] = {}
    for lang in ("kk", "ru"):
        for kind, text in _tsv(TEMPLATES / f"{lang}.tsv"):
            templates.setdefault(lang, {}).setdefault(kind, []).append(text)
    slots = {slot: values.split("|") for slot, values in _tsv(TEMPLATES / "slots.tsv")}
    return templates, slots


def _values(rng: random.Random, slots: dict[str, list[str]]) -> dict[str, str]:
    region = rng.randrange(len(slots["region_nom"]))
    place, city = rng.randrange(len(slots["cn_place_kk"])), rng.randrange(len(slots["cn_city_kk"]))
    pick = lambda name: rng.choice(slots[name])  # noqa: E731
    company = f"{pick('pinyin')}{pick('pinyin').lower()} {pick('industry')} Co., Ltd"
    values = {name: slots[name][region] for name in slots if name.startswith("region_")}
    values |= {name: slots[name][place] for name in ("cn_place_kk", "cn_place_ru")}
    values |= {name: slots[name][city] for name in ("cn_city_kk", "cn_city_ru")}
    facility, sector = rng.randrange(6), rng.randrange(6)
    values |= {"facility_kk": slots["facility_kk"][facility], "facility_ru": slots["facility_ru"][facility],
               "sector_kk": slots["sector_kk"][sector], "sector_ru": slots["sector_ru"][sector],
               "company": company, "person_kk": f"{pick('given_kk')} {pick('surname_kk')}",
               "person_ru": f"{pick('given_ru')} {pick('surname_ru')}",
               "person_cn": f"{pick('cn_syllable')} {pick('cn_syllable')}{pick('cn_syllable').lower()}",
               "amount": f"{rng.randint(12, 950)},{rng.randint(1, 9)}", "amount2": f"{rng.randint(5, 400)},{rng.randint(1, 9)}",
               "num": str(rng.randint(50, 2000)), "num2": str(rng.randint(5, 150)),
               "year": str(rng.randint(2022, 2026)), "months": str(rng.randint(3, 11))}
    return values


def article(rng: random.Random, relevant: bool, lang: str, templates, slots) -> dict:
    """One article record (url, title, date, text)."""
    own, values = templates[lang], _values(rng, slots)
    size = rng.randint(*SENTENCES)
    sentences = [rng.choice(own["filler"]) for _ in range(size)]
    if relevant:
        china = own["rel"][:]
        rng.shuffle(china)
        where = rng.randint(0, max(0, size - 8))
        sentences[where:where] = china[:rng.randint(5, len(china))]
    paragraphs, i = [], 0
    while i < len(sentences):
        step = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i:i + step]))
        i += step
    title = rng.choice(own["title_rel" if relevant else "title_irr"])
    return {"url": f"https://synthetic.example/{lang}/{rng.getrandbits(48):012x}",
            "title": title.format(**values), "date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "text": "\n".join(paragraphs).format(**values), "about_china": relevant}


def generate(n: int, relevant_share: float = 0.1, seed: int = 0, kk_share: float = 0.5) -> Iterator[dict]:
    """``n`` article records, ``relevant_share`` of them about China, kk and ru mixed."""
    rng, (templates, slots) = random.Random(seed), load_templates()
    for _ in range(n):
        lang = "kk" if rng.random() < kk_share else "ru"
        yield article(rng, rng.random() < relevant_share, lang, templates, slots)


def write_jsonl(path: Path, n: int, relevant_share: float = 0.1, seed: int = 0) -> Path:
    """Write a corpus of ``n`` articles to ``path`` (JSONL)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in generate(n, relevant_share, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--relevant", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_jsonl(args.out, args.n, args.relevant, args.seed)


if __name__ == "__main__":
    main()
