"""Organisations: Latin and quoted names, names built around an organisation noun, junk filters."""
