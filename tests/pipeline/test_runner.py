"""The runner checks stage wiring before the first document and names failing documents."""

from __future__ import annotations

import pytest

from kzcn.errors import PipelineError
from kzcn.language.stage import LanguageStage
from kzcn.model import Document
from kzcn.pipeline.runner import Pipeline
from kzcn.pipeline.stage import StageError


class NeedsMentions:
    name = "needs-mentions"
    requires = frozenset({"mentions"})
    provides = frozenset({"events"})

    def __call__(self, doc):
        return doc


class Explodes:
    name = "explodes"
    requires = frozenset({"text"})
    provides = frozenset()

    def __call__(self, doc):
        raise ValueError("boom")


def test_runner_rejects_wrong_wiring_before_any_document():
    with pytest.raises(StageError, match="mentions"):
        Pipeline([LanguageStage(), NeedsMentions()])


def test_runner_names_the_document_when_a_stage_fails():
    with pytest.raises(PipelineError, match="explodes.*a.txt"):
        Pipeline([Explodes()])(Document(text="x", source="a.txt"))


@pytest.mark.parametrize("text", ["Облыс әкімі кездесті.", "Аким встретился с делегацией."])
def test_document_text_is_frozen(text):
    doc = Pipeline([LanguageStage()])(Document(text=text))
    with pytest.raises(ValueError):
        doc.add(text="other")
    with pytest.raises(Exception):
        doc.text = "other"  # type: ignore[misc]
    assert doc.text == text and doc.id


class Triage:
    name = "triage"
    requires = frozenset({"text"})
    provides = frozenset()

    def __call__(self, doc):
        return doc.reject("not about China")


def test_rejected_document_skips_later_stages():
    doc = Pipeline([Triage(), Explodes()])(Document(text="Погода в Астане.", source="w.txt"))
    assert doc.rejection == "not about China"
