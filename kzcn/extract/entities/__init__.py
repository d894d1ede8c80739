"""Entities: places, organisations and people, as mentions (``stage.EntityStage``)."""
