"""The datasketch adapter (the only module that imports it): MinHash signatures and an LSH index.

Signatures are plain numpy ``uint64`` arrays outside this module, so they can be persisted as
bytes and compared without datasketch objects leaking into the rest of kzcn.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"  # datasketch 2 default; persisted signatures are only comparable within one scheme


def _crc32(data: bytes) -> int:
    # Stable across processes (signatures are persisted) and ~10x faster than sha1.
    return zlib.crc32(data)


_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_crc32, scheme=SCHEME)


def signature(shingles: Iterable[str]) -> np.ndarray:
    """The MinHash signature of a set of shingles, as ``NUM_PERM`` unsigned integers."""
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_crc32,
                      permutations=_TEMPLATE.permutations, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return np.asarray(minhash.hashvalues, dtype=np.uint64)


def to_bytes(hashvalues: np.ndarray) -> bytes:
    """A signature as bytes for the ``doc_signatures`` table."""
    return np.asarray(hashvalues, dtype="<u8").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    """A signature read back from the ``doc_signatures`` table."""
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity the two signatures estimate."""
    return float(np.count_nonzero(a == b)) / len(a)


def jaccard_many(hashvalues: np.ndarray, others: list[np.ndarray]) -> np.ndarray:
    """The Jaccard estimates of one signature against several (vectorised)."""
    if not others:
        return np.zeros(0)
    return np.count_nonzero(np.vstack(others) == hashvalues, axis=1) / len(hashvalues)


class SignatureIndex:
    """Locality-sensitive hashing over signatures: candidates above a Jaccard threshold."""

    def __init__(self, threshold: float) -> None:
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, np.ndarray] = {}

    def add_many(self, items: Iterable[tuple[str, np.ndarray]]) -> None:
        """Index ``(doc_id, signature)`` pairs."""
        with self._lsh.insertion_session() as session:
            for doc_id, hashvalues in items:
                if doc_id in self._signatures:
                    continue
                self._signatures[doc_id] = hashvalues
                session.insert(doc_id, self._wrap(hashvalues), check_duplication=False)

    def candidates(self, hashvalues: np.ndarray) -> list[str]:
        """Indexed documents whose signature shares a band with ``hashvalues``."""
        return self._lsh.query(self._wrap(hashvalues))

    def signature_of(self, doc_id: str) -> np.ndarray:
        return self._signatures[doc_id]

    @staticmethod
    def _wrap(hashvalues: np.ndarray) -> MinHash:
        return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=hashvalues,
                       permutations=_TEMPLATE.permutations, scheme=SCHEME)
