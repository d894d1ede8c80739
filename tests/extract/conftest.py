"""The extraction tests are grouped by fact type (one folder each, as kzcn/extract is); tables
shared between groups (``test_events_triggers.document``, ``test_figures_support``) are imported
by module name, so every group's folder is on the import path."""

from __future__ import annotations

import sys
from pathlib import Path

for folder in sorted(p for p in Path(__file__).parent.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
