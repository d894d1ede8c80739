"""Amounts: numbers, money with qualifiers, and their value in US dollars (``money.AmountStage``)."""
