"""Extraction stages: entities, amounts, dates, figures, events, projects."""
