"""Site chrome removal by general rules plus the patterns in ``data/boilerplate.tsv``."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "boilerplate.tsv"
#: A line at the top or bottom of an article with at most this many words and no sentence
#: punctuation is treated as a rubric ("Экономика") or outlet signature ("TuraNews").
EDGE_MAX_WORDS = 3
_SENTENCE_END = re.compile(r"[.!?…:;»\"”。！？：；」）]\s*$")
#: Chinese writes no spaces: a run of hanzi counts as one word per two characters (the average
#: Chinese word length), so a headline is not taken for a one-word rubric.
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


@lru_cache(maxsize=1)
def load_patterns(path: Path = DATA) -> tuple[re.Pattern[str], ...]:
    """Compile the chrome patterns of the data file once."""
    patterns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        patterns.append(re.compile(line.split("\t")[0], re.IGNORECASE))
    return tuple(patterns)


def is_chrome(line: str) -> bool:
    """True if the stripped line matches a boilerplate pattern."""
    stripped = line.strip()
    return any(p.fullmatch(stripped) for p in load_patterns())


def is_edge_rubric(line: str) -> bool:
    """A short line without sentence punctuation: a rubric or signature when at an edge."""
    stripped = line.strip()
    words = stripped.split()
    extra = sum(len(run) // 2 - 1 for run in _HAN_RUN.findall(stripped))
    return 0 < len(words) + extra <= EDGE_MAX_WORDS and not _SENTENCE_END.search(stripped) and not any(
        ch.isdigit() for ch in stripped
    )


def remove_boilerplate(lines: list[str]) -> list[str]:
    """Drop chrome lines anywhere and rubric/signature lines at the top and bottom."""
    kept = [line for line in lines if not is_chrome(line)]
    while kept and (not kept[0].strip() or is_edge_rubric(kept[0])):
        kept.pop(0)
    while kept and (not kept[-1].strip() or is_edge_rubric(kept[-1])):
        kept.pop()
    return kept
