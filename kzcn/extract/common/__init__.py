"""Pieces every fact stage uses: the grammar of numbers and words, trigger lexicons, the
per-document context (who and where), and the English line of a fact."""
