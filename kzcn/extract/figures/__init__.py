"""Figures: trade, investment and company counts for a subject and period (``find.FigureStage``)."""
