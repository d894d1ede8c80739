"""Sectors of cooperation discussed in an article (``find.SectorStage``)."""
