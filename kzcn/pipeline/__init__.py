"""Stages over Documents, an explicit registry, and a runner that checks wiring up front."""

from kzcn.pipeline.stage import Stage, StageError

__all__ = ["Stage", "StageError"]
