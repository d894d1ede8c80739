"""The standard stages with triage in front and the sentence filter after the language stage
(until the lead adds them to kzcn/pipeline/registry.py)."""

from __future__ import annotations

from kzcn.settings import Settings


def triaged_stages(settings: Settings | None = None, stages: list | None = None) -> list:
    """``[TriageStage()] + standard_stages()`` with SentenceFilterStage after ``language``."""
    from kzcn.pipeline.registry import standard_stages
    from kzcn.triage.stage import SentenceFilterStage, TriageStage

    stages = list(standard_stages(settings) if stages is None else stages)
    if not any(s.name == "triage" for s in stages):
        stages.insert(0, TriageStage())
    names = [s.name for s in stages]
    if "language" in names and "sentence_filter" not in names:
        stages.insert(names.index("language") + 1, SentenceFilterStage())
    return stages


def triage_only_stages(settings: Settings | None = None) -> list:
    """Triage, language and the sentence filter: sorting a corpus without extracting."""
    from kzcn.language.stage import LanguageStage

    return triaged_stages(settings, [LanguageStage()])


#: Named stage lists ``kzcn batch --stages`` accepts.
STAGE_SETS = {"standard": triaged_stages, "triage": triage_only_stages}
