"""A printed link glued to the next word by a page's markup is split from it; a link whose own
path is Cyrillic stays whole (examples written for the test)."""

from __future__ import annotations

import pytest

from kzcn.clean.normalise import normalise_text


@pytest.mark.parametrize(("raw", "expected"), [
    ("видео https://video.example.kz/watch?v=ab12CdQxҚытайда облыс делегациясы",
     "видео https://video.example.kz/watch?v=ab12CdQx\nҚытайда облыс делегациясы"),
    ("https://example.kz/news/123Аким области встретился", "https://example.kz/news/123\nАким области встретился"),
    ("see https://example.kz/a?b=1 and more", "see https://example.kz/a?b=1 and more"),
    ("https://kk.wikipedia.org/wiki/Қазақстан беті", "https://kk.wikipedia.org/wiki/Қазақстан беті"),
])
def test_glued_link_split(raw, expected):
    assert normalise_text(raw) == expected
