"""Speed patches proposed to stage files, measured here before adoption (``--proposed``).

The first set (cached lexicon alternation and metric triggers, a literal prefilter in
``triggers.Lexicon.find``, natasha NER only on candidate lines) has been adopted into the stage
files themselves, so there is nothing left to apply. New proposals go here as functions that
patch a module at run time, listed by ``apply_all``.
"""

from __future__ import annotations


def apply_all() -> list[str]:
    """Apply every pending proposal; returns their names (none pending)."""
    return []
