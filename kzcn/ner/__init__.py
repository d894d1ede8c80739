"""Kazakh named-entity recognition: a CRF trained on KazNERD (see ``models/README.md``)."""

from kzcn.ner.kk_crf import KazakhNER, NERModelError, NERModelMissing

__all__ = ["KazakhNER", "NERModelError", "NERModelMissing"]
