"""Cleaning: HTML to text, boilerplate removal, Unicode normalisation -> a frozen Document."""

from kzcn.clean.document import make_document

__all__ = ["make_document"]
