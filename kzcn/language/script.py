"""Which alphabet a text is written in: Kazakh comes in Cyrillic, Latin and Arabic script."""

from __future__ import annotations

import unicodedata
from collections import Counter

#: Unicode name prefixes of letters -> ISO 15924 codes.
SCRIPTS = {"CYRILLIC": "cyrl", "LATIN": "latn", "ARABIC": "arab", "CJK": "hani"}
#: The script a language is written in unless the text shows another.
USUAL = {"kk": "cyrl", "ru": "cyrl", "en": "latn", "zh": "hani"}


def dominant_script(text: str, sample: int = 4000) -> str | None:
    """The script of most letters in the first ``sample`` characters (None: no letters)."""
    counts: Counter[str] = Counter()
    for char in text[:sample]:
        if char.isalpha():
            name = unicodedata.name(char, "")
            script = next((code for prefix, code in SCRIPTS.items() if name.startswith(prefix)), None)
            if script:
                counts[script] += 1
    return counts.most_common(1)[0][0] if counts else None


def language_label(lang: str | None, script: str | None) -> str:
    """"kk", or "kk-latn" where a language is written in a script other than its usual one."""
    lang = lang or "?"
    return lang if not script or USUAL.get(lang) in (None, script) else f"{lang}-{script}"
