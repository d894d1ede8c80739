"""Kazakh NER with a CRF: the one adapter around ``pycrfsuite`` (python-crfsuite).

``KazakhNER.load()`` opens the committed KazNERD model once per process;
``find(text)`` returns ``(start, stop, label)`` character spans into ``text``
(half-open, ``text[start:stop]`` is the entity), labels being KazNERD classes
such as ``PERSON``, ``ORGANISATION``, ``GPE``, ``LOCATION``, ``POSITION``.
Text is split into sentences and tokens with razdel, whose offsets are exact.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

import pycrfsuite
from razdel import sentenize, tokenize

from kzcn.ner.features import sentence_features
from kzcn.ner.iob import iob_spans
from kzcn.ner.lexicon import kazakh_endings

#: The committed model, trained by ``python -m kzcn.ner.train_kk``.
DEFAULT_MODEL = Path(__file__).parent / "models" / "kk_kaznerd.crfsuite"

#: A found entity: ``(start, stop, label)``, half-open character offsets.
CharSpan = tuple[int, int, str]


class NERModelError(Exception):
    """The NER model cannot be used (base class of this module's errors)."""


class NERModelMissing(NERModelError, FileNotFoundError):
    """The model file is not there."""


_cache: dict[Path, KazakhNER] = {}
_cache_lock = threading.Lock()


class KazakhNER:
    """A loaded CRF tagger. Build with ``KazakhNER.load()``; not shared across threads."""

    def __init__(self, tagger: pycrfsuite.Tagger, path: Path) -> None:
        self._tagger = tagger
        self.path = path

    @classmethod
    def load(cls, path: Path | None = None) -> KazakhNER:
        """The model at ``path`` (default: the committed KazNERD model), loaded once per process."""
        resolved = Path(path or DEFAULT_MODEL).resolve()
        with _cache_lock:
            if resolved not in _cache:
                _cache[resolved] = cls._open(resolved)
            return _cache[resolved]

    @classmethod
    def _open(cls, path: Path) -> KazakhNER:
        if not path.is_file():
            raise NERModelMissing(
                f"expected a CRF model file, got nothing at {path}; "
                "train one with: python -m kzcn.ner.train_kk"
            )
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(path))
        except (OSError, ValueError) as error:
            raise NERModelError(f"expected a crfsuite model, got {error} in {path}") from error
        return cls(tagger, path)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """IOB2 tags for one tokenised sentence."""
        if not tokens:
            return []
        return self._tagger.tag(_items(tokens))

    def find(self, text: str) -> list[CharSpan]:
        """Entities in ``text`` as ``(start, stop, label)`` character spans, in text order."""
        found: list[CharSpan] = []
        for sentence in sentenize(text):
            tokens = list(tokenize(sentence.text))
            tags = self.tag([token.text for token in tokens])
            base = sentence.start
            for first, stop, label in iob_spans(tags):
                found.append((base + tokens[first].start, base + tokens[stop - 1].stop, label))
        return found

    def find_many(self, texts: Iterable[str]) -> list[list[CharSpan]]:
        """``find`` over many texts, one list of spans per text."""
        return [self.find(text) for text in texts]


def _items(tokens: Sequence[str]) -> pycrfsuite.ItemSequence:
    """The crfsuite feature sequence of a tokenised sentence (stems from Kazakh endings)."""
    return pycrfsuite.ItemSequence(sentence_features(list(tokens), kazakh_endings()))


def train(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]],
    out: Path,
    params: dict[str, object],
    algorithm: str = "lbfgs",
) -> Path:
    """Train a CRF on ``(tokens, tags)`` pairs and write it to ``out``; returns ``out``."""
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=False)
    for tokens, tags in sentences:
        trainer.append(_items(tokens), list(tags))
    trainer.set_params(dict(params))
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    _cache.pop(out.resolve(), None)
    return out
