"""People: title appositions, names the Kazakh NER finds, Russian declined names, Chinese names."""
