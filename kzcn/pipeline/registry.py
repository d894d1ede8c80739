"""The explicit list of stages of the standard pipeline, built once per process."""

from __future__ import annotations

from kzcn.pipeline.runner import Pipeline
from kzcn.settings import Settings


def standard_stages(settings: Settings | None = None) -> list:
    """The standard stages in order; heavy resources (gazetteer, NER models) load here once."""
    from kzcn.language.stage import LanguageStage
    from kzcn.triage import SentenceFilterStage, TriageStage

    stages: list = [TriageStage(), LanguageStage(), SentenceFilterStage()]
    stages += _fact_stages()
    return stages


def _fact_stages() -> list:
    from kzcn.extract.actors.stage import ActorStage
    from kzcn.extract.amounts.money import AmountStage
    from kzcn.extract.dates.find import DateStage
    from kzcn.extract.entities.stage import EntityStage
    from kzcn.extract.events.find import EventStage
    from kzcn.extract.figures.find import FigureStage
    from kzcn.extract.projects.find import ProjectStage
    from kzcn.extract.sectors.find import SectorStage

    return [
        EntityStage(),
        ActorStage(),
        AmountStage(),
        DateStage(),
        FigureStage(),
        EventStage(),
        ProjectStage(),
        SectorStage(),
    ]


def build_pipeline(settings: Settings | None = None) -> Pipeline:
    """The standard pipeline, wiring checked."""
    return Pipeline(standard_stages(settings))
