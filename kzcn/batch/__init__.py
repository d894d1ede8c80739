"""``kzcn batch``: the same pipeline over big inputs, partition by partition, on N processes
or a Dask cluster; Parquet out, optional store loading, resumable through a manifest.

    report = run_batch(BatchConfig(["corpus.jsonl"], Path("out"), workers=2))
"""

from kzcn.batch.run import BatchConfig, BatchReport, run_batch

__all__ = ["BatchConfig", "BatchReport", "run_batch"]
