"""Input limits shared by the readers: file size and plausible publication dates.

A whole-file reader (text, HTML, CSV, feed) never reads more than ``MAX_FILE_BYTES``: the size
is checked before reading, and the read itself is bounded, so a 200 MB file is refused with a
reason instead of being held in memory. JSONL is streamed line by line instead.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from pathlib import Path

from kzcn.model import Rejection

log = logging.getLogger(__name__)

#: Largest file read whole. The longest real article we have seen is ~300 KB of HTML; the
#: cleaned-text limit (``Settings.max_document_chars``) is 1M characters, i.e. at most ~4 MB.
MAX_FILE_BYTES = 20_000_000
#: Publication dates before this year are errors: no Kazakh outlet published before 1991.
MIN_YEAR = 1991
#: A publication date this far after today is a typo or a clock error, not a date.
FUTURE_SLACK = timedelta(days=1)
_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes | Rejection:
    """The bytes of ``path``, or a Rejection when the file is larger than ``limit``."""
    size = path.stat().st_size
    if size > limit:
        return Rejection(f"file of {size} bytes exceeds the {limit}-byte limit", str(path))
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        return Rejection(f"file grew past the {limit}-byte limit while reading", str(path))
    return data


def checked_published(value: object, where: str, today: date | None = None) -> str | None:
    """``value`` as ``YYYY-MM(-DD)`` when it is a real date between 1991 and tomorrow; else None
    (logged with ``where``: the article is kept, only the implausible date is dropped)."""
    if value is None or value == "":
        return None
    text = str(value).strip()[:10]
    match = _DATE.match(text)
    if not match:
        log.warning("%s: date %r is not YYYY-MM(-DD): dropped", where, text)
        return None
    year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3) or 1)
    try:
        when = date(year, month, day)
    except ValueError:
        log.warning("%s: date %r does not exist: dropped", where, text)
        return None
    today = today or date.today()
    if year < MIN_YEAR or when > today + FUTURE_SLACK:
        log.warning("%s: date %r is before %d or in the future: dropped", where, text, MIN_YEAR)
        return None
    return text
