"""Near-duplicate articles: the same press release republished or lightly edited.

Each new document gets a MinHash signature of its word 3-shingles (persisted in
``doc_signatures``); an LSH index over every stored signature proposes candidates and the
signatures' Jaccard estimate confirms them. Confirmed pairs join groups; each group keeps one
canonical document (earliest published, then longest) and marks the others ``duplicate_of`` it.
Only documents without a signature are shingled and queried, so re-running is cheap and
idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from kzcn.merge import minhash
from kzcn.merge.normalise import shingles
from kzcn.store import merge_tables as m
from kzcn.store import tables as t

SHINGLE = 3  # word 3-shingles: a paraphrased repost keeps ~0.43 of them, unrelated articles < 0.04
# Shingle Jaccard above which two articles are one text. On examples/corpus the rewritten repost
# scores 0.42 and the closest unrelated pair 0.04; on tests/cases/merge/corpus.jsonl the closest
# different-event pair (same outlet template) 0.18; on the template-made synthetic articles of
# benchmarks/merge_bench.py no unrelated pair reaches 0.3 (copies score 0.6 and up).
DUPLICATE_JACCARD = 0.3
# The LSH and estimate thresholds sit under the confirmation threshold so few true pairs are lost
# to the estimate's noise (about 0.04 at 128 permutations); lower LSH thresholds flood the
# confirmation with template-sharing pairs (0.2 gave 180 candidates per article on the benchmark).
LSH_THRESHOLD = 0.3
ESTIMATE_FLOOR = 0.22
MIN_SHINGLES = 12  # shorter texts (captions, stubs) share boilerplate by chance
BATCH = 1000
#: At most this many candidates per new document go to exact confirmation (the best
#: estimates). Without a cap, a corpus of template-made articles gave every document thousands of
#: LSH candidates (the 100,000-document merge of the 1M benchmark grew past 7 GB); a group of
#: copies larger than this still joins up transitively.
MAX_CANDIDATES = 10
#: At most this many LSH neighbours per new document are estimated at all (the first by id, so
#: runs repeat): template-made corpora put thousands of articles in one bucket, and comparing
#: each against all is quadratic. Real republished copies are few per bucket.
MAX_NEIGHBOURS = 200


@dataclass
class DedupResult:
    signed: int = 0  # documents newly shingled
    pairs: int = 0  # confirmed near-duplicate pairs among them
    groups_changed: int = 0


def run_dedup(conn: Connection) -> DedupResult:
    """Sign new documents, find their near-duplicates and update the duplicate groups."""
    result = DedupResult()
    fresh = _sign_new_documents(conn)
    result.signed = len(fresh)
    if not fresh:
        return result
    index = minhash.SignatureIndex(LSH_THRESHOLD)
    index.add_many(_stored_signatures(conn))
    index.add_many(fresh.items())
    candidates = set()
    for doc_id, hashvalues in fresh.items():
        others = sorted(o for o in index.candidates(hashvalues) if o != doc_id)[:MAX_NEIGHBOURS]
        estimates = minhash.jaccard_many(hashvalues, [index.signature_of(o) for o in others])
        best = sorted((e, o) for o, e in zip(others, estimates) if e >= ESTIMATE_FLOOR)[-MAX_CANDIDATES:]
        candidates |= {tuple(sorted((doc_id, o))) for _, o in best}
    pairs = _confirm(conn, candidates)
    result.pairs = len(pairs)
    result.groups_changed = _regroup(conn, pairs, index)
    return result


def _confirm(conn: Connection, candidates: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """The candidate pairs whose exact shingle Jaccard reaches ``DUPLICATE_JACCARD``: the estimate
    from 128 permutations is off by about 0.04, enough to join unrelated template-made articles."""
    ids = sorted({d for pair in candidates for d in pair})
    grams: dict[str, set[str]] = {}
    for start in range(0, len(ids), BATCH):
        rows = conn.execute(select(t.documents.c.id, t.documents.c.text)
                            .where(t.documents.c.id.in_(ids[start:start + BATCH])))
        grams.update((doc_id, shingles(text, SHINGLE)) for doc_id, text in rows)
    return sorted(pair for pair in candidates
                  if _jaccard(grams[pair[0]], grams[pair[1]]) >= DUPLICATE_JACCARD)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def _stored_signatures(conn: Connection):
    rows = conn.execute(select(m.doc_signatures.c.doc_id, m.doc_signatures.c.hashvalues)
                        .where(m.doc_signatures.c.shingles >= MIN_SHINGLES))
    for doc_id, blob in rows:
        yield doc_id, minhash.from_bytes(blob)


def _sign_new_documents(conn: Connection) -> dict[str, np.ndarray]:
    """Shingle and sign documents that have no signature yet; persist the signatures."""
    docs, sigs = t.documents, m.doc_signatures
    query = (select(docs.c.id, docs.c.lang, docs.c.text)
             .select_from(docs.outerjoin(sigs, sigs.c.doc_id == docs.c.id))
             .where(sigs.c.doc_id.is_(None)).order_by(docs.c.id))
    fresh: dict[str, np.ndarray] = {}
    rows: list[dict] = []
    for doc_id, lang, text in conn.execute(query):
        grams = shingles(text, SHINGLE)
        hashvalues = minhash.signature(grams)
        rows.append({"doc_id": doc_id, "lang": lang, "num_perm": minhash.NUM_PERM,
                     "hashvalues": minhash.to_bytes(hashvalues), "shingles": len(grams)})
        if len(grams) >= MIN_SHINGLES:
            fresh[doc_id] = hashvalues
    for start in range(0, len(rows), BATCH):
        conn.execute(insert(sigs), rows[start:start + BATCH])
    return fresh


def _components(pairs: list[tuple[str, str]]) -> list[set[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[str, set[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), set()).add(x)
    return list(groups.values())


def _chunks(ids):
    ids = sorted(ids)
    return (ids[i:i + BATCH] for i in range(0, len(ids), BATCH))


def _regroup(conn: Connection, pairs: list[tuple[str, str]], index: minhash.SignatureIndex) -> int:
    """Merge the new pairs with the stored groups they touch and pick each group's canonical copy."""
    dup = m.doc_duplicates
    touched = {d for pair in pairs for d in pair}
    edges = list(pairs)
    for chunk in _chunks(touched):
        edges += conn.execute(select(dup.c.doc_id, dup.c.canonical_id).where(dup.c.doc_id.in_(chunk))).all()
    roots = {b for _, b in edges} | touched
    for chunk in _chunks(roots):
        edges += conn.execute(select(dup.c.doc_id, dup.c.canonical_id).where(dup.c.canonical_id.in_(chunk))).all()
    groups = _components([tuple(e) for e in edges])
    members = {d for g in groups for d in g}
    canonical_of = {}
    meta = _document_meta(conn, members)
    for group in groups:
        canonical = min(group, key=lambda d: meta[d])
        canonical_of.update((d, canonical) for d in group)
    for chunk in _chunks(members):
        conn.execute(delete(dup).where(dup.c.doc_id.in_(chunk)))
    copies = [{"doc_id": d, "canonical_id": c, "similarity": _similarity(index, d, c)}
              for d, c in sorted(canonical_of.items()) if d != c]
    for start in range(0, len(copies), BATCH):
        conn.execute(insert(dup), copies[start:start + BATCH])
    docs = t.documents
    for chunk in _chunks(members):
        conn.execute(update(docs).where(docs.c.id.in_(chunk)).values(duplicate_of=None))
    statement = update(docs).where(docs.c.id == bindparam("doc")).values(duplicate_of=bindparam("canonical"))
    if copies:
        conn.execute(statement, [{"doc": c["doc_id"], "canonical": c["canonical_id"]} for c in copies])
    return len(groups)


def _document_meta(conn: Connection, ids: set[str]) -> dict[str, tuple]:
    """Sort keys choosing the canonical copy: earliest published, then longest, then smallest id."""
    docs = t.documents
    meta = {}
    for chunk in _chunks(ids):
        for doc_id, published, length in conn.execute(
                select(docs.c.id, docs.c.published, func.length(docs.c.text)).where(docs.c.id.in_(chunk))):
            meta[doc_id] = (published or "9999", -(length or 0), doc_id)
    return meta


def _similarity(index: minhash.SignatureIndex, a: str, b: str) -> float | None:
    try:
        return round(minhash.jaccard(index.signature_of(a), index.signature_of(b)), 3)
    except KeyError:
        return None

