"""Events: meetings, visits, signings, openings, forums, site visits, launches (``find.EventStage``)."""
