"""Scoring extracted records against gold annotations, as SCHEMA.md "How a comparison scores" says."""
