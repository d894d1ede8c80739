"""Dates and periods resolved against the publication date (``find.DateStage``)."""
