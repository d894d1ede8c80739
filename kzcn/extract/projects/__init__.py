"""Projects: facilities and ventures with partner, value and stage (``find.ProjectStage``)."""
