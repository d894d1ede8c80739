"""Unicode normalisation applied before the text is frozen."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2002-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")
#: A link glued to the text after it by a page's markup ("...watch?v=hQiI1f2KuOcҚытайда"): a
#: capital Cyrillic letter right after a letter or digit of a printed URL starts the text again,
#: on a new line (a path segment of its own, "wiki/Қазақстан", stays in the link).
#: Pinyin glossed after a Chinese character by some pages ("實(shí)地"): no part of the text.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: One syllable or several run together ("(zhōuzhǎng)", "(wūzībiékèsītǎn)"), at least one tone mark.
_PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])\((?:[a-zü]*[{_TONED}][a-zü{_TONED}]*)\)")
_GLUED_URL = re.compile(r"(https?://[\x21-\x7e]*[A-Za-z0-9])(?=[\u0400-\u042f\u0401\u04d8\u04b0\u04ae\u049a\u04a2\u0492\u04e8\u04ba\u0406])")


def normalise_text(text: str) -> str:
    """NFC, one kind of newline, no invisible characters, single spaces, no trailing blanks, a link
    glued to the next word split from it, no pinyin glosses after Chinese characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _GLUED_URL.sub(r"\1\n", text)
    text = _PINYIN_GLOSS.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
