"""Why the number/money grammar is plain ``re`` over lexicon files rather than yargy.

Times a minimal yargy money grammar (numbers, scale words, a handful of currency forms; with the
Kazakh-letter token rule the brief asks for) against kzcn's full amount finder (money, percents
and typed quantities from the rules/*.tsv lexicons) on the five seed articles.

Run: .venv/bin/python -m benchmarks.yargy_vs_regex  -> benchmarks/results/yargy_vs_regex.json
"""

from __future__ import annotations

import json
import platform
import time
from pathlib import Path

from yargy import Parser, rule
from yargy.predicates import in_caseless
from yargy.predicates import type as token_type
from yargy.tokenizer import RULES, TokenRule, Tokenizer

from kzcn.extract.amounts.money import find_amounts

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
OUT = Path(__file__).parent / "results" / "yargy_vs_regex.json"
REPEAT = 20


def yargy_parser() -> Parser:
    kazakh_words = TokenRule("RU", "[а-яёәіңғүұқөһ]+")
    tokenizer = Tokenizer([kazakh_words] + [r for r in RULES if r.type != "RU"])
    number = rule(token_type("INT"), rule(in_caseless({",", "."}), token_type("INT")).optional())
    scale = in_caseless({"млн", "млрд", "миллион", "миллиард", "мың", "тыс"})
    currency = in_caseless({"доллар", "долларов", "долларын", "долларынан", "доллары", "теңге",
                            "тенге", "юань", "юаней"})
    money = rule(number, scale.optional(), rule(in_caseless({"ақш"})).optional(), currency)
    return Parser(money, tokenizer=tokenizer)


def time_per_article(find, texts: list[str]) -> tuple[float, int]:
    find(texts[0])  # warm-up: compile patterns once
    started = time.perf_counter()
    for _ in range(REPEAT):
        matches = sum(len(list(find(text))) for text in texts)
    return (time.perf_counter() - started) / (REPEAT * len(texts)) * 1000, matches


def main() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    parser = yargy_parser()
    yargy_ms, yargy_n = time_per_article(parser.findall, texts)
    regex_ms, regex_n = time_per_article(find_amounts, texts)
    result = {"machine": platform.processor() or platform.machine(), "articles": len(texts),
              "yargy_money_only_ms_per_article": round(yargy_ms, 2), "yargy_matches": yargy_n,
              "kzcn_amounts_ms_per_article": round(regex_ms, 2), "kzcn_matches": regex_n}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
