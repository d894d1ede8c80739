"""Bytes -> str for UTF-8, UTF-8 with BOM and Windows-1251; anything else is rejected.

Windows-1251 is accepted only when the decoded text is plausible (mostly Cyrillic and ASCII
letters); otherwise the bytes are rejected rather than silently mis-decoded.
"""

from __future__ import annotations

import re

from kzcn.model import Rejection

_BOM = b"\xef\xbb\xbf"
# Letters, digits, punctuation and spaces expected in kk/ru/en news in cp1251.
_PLAUSIBLE = re.compile(r"[\sA-Za-zА-Яа-яЁё0-9.,;:!?()\"'«»\-–—%№/+]")
#: Share of plausible characters required to accept a cp1251 decoding (measured: real cp1251
#: Russian news scores > 0.99; random bytes about 0.45).
MIN_PLAUSIBLE = 0.95
#: Share of words mixing Latin and Cyrillic letters above which a cp1251 decoding is refused:
#: Turkish/Latin-1 bytes decode to words like "Цlkenin" (measured: real Russian news < 0.5%).
MAX_MIXED_WORDS = 0.05
_WORD = re.compile(r"[^\W\d_]+")


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or many control characters in its first 8 KiB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes, where: str) -> str | Rejection:
    """Decode ``data`` or return a Rejection that names ``where`` and the reason."""
    if looks_binary(data):
        return Rejection("binary content (NUL or control bytes)", where)
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    if _mostly_high_bytes_valid_utf8(data):
        return Rejection(f"truncated or mixed UTF-8 at byte {utf8_error.start}", where)
    text = data.decode("cp1251", errors="replace")
    if not text:
        return Rejection("empty", where)
    plausible = sum(1 for ch in text if _PLAUSIBLE.match(ch)) / len(text)
    if "\ufffd" in text or plausible < MIN_PLAUSIBLE or mixed_script_share(text) > MAX_MIXED_WORDS:
        return Rejection(
            f"undecodable: not UTF-8 (byte {utf8_error.start}) and not plausible Windows-1251", where
        )
    return text


def _mostly_high_bytes_valid_utf8(data: bytes) -> bool:
    """True when most non-ASCII bytes form valid UTF-8 sequences (so a cp1251 guess is wrong)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good > 0 and good >= 4 * bad


def mixed_script_share(text: str) -> float:
    """Share of words that contain both Latin and Cyrillic letters."""
    words = _WORD.findall(text[:20000])
    mixed = sum(1 for w in words if re.search("[A-Za-z]", w) and re.search("[А-Яа-яЁё]", w))
    return mixed / len(words) if words else 0.0
