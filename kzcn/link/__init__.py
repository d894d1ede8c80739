"""Linking: names in the nominative, transliteration, stable entity ids."""
