"""kzcn: facts about Kazakhstan-China regional cooperation, extracted from news."""

__version__ = "0.1.0"
