"""Where partitions run: in this process, in a pool of N processes, or on a Dask cluster
(this package is the only one importing dask/distributed)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any

from kzcn.batch.partitions import Partition

Task = Callable[[Partition], dict[str, Any]]


def failure(part: Partition, err: BaseException) -> dict[str, Any]:
    """The entry of a partition that raised: recorded as failed, never as done, so the next
    run retries it; the other partitions go on (a batch records and continues)."""
    return {"partition": part.id, "failed": f"{type(err).__name__}: {err}"[:500]}


def run_serial(parts: list[Partition], task: Task) -> Iterator[dict[str, Any]]:
    """One partition after another in this process."""
    for part in parts:
        try:
            yield task(part)
        except Exception as err:  # noqa: BLE001 - recorded per partition, batch continues
            yield failure(part, err)


def _warm(warm: Callable[[], Any] | None) -> None:
    if warm is not None:
        warm()


def run_processes(parts: list[Partition], task: Task, workers: int,
                  warm: Callable[[], Any] | None = None) -> Iterator[dict[str, Any]]:
    """Partitions over ``workers`` processes. ``warm`` (building the pipeline) runs here first,
    so forked workers inherit the loaded models copy-on-write instead of each loading them; on
    platforms without fork each worker runs it once."""
    _warm(warm)
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm, initargs=(warm,)) as pool:
        futures = {pool.submit(task, part): part for part in parts}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as err:  # noqa: BLE001 - recorded per partition, batch continues
                yield failure(futures[future], err)


def run_dask(parts: list[Partition], task: Task, address: str, workers: int = 2,
             in_process: bool = False) -> Iterator[dict[str, Any]]:
    """Partitions on the Dask scheduler at ``address``; ``"local"`` starts a LocalCluster of
    ``workers`` single-threaded processes (``in_process``: threads, for tests)."""
    from distributed import Client, LocalCluster
    from distributed import as_completed as dask_completed

    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=not in_process,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        futures = {client.submit(task, part, pure=False, key=f"kzcn-{part.id}-{part.fingerprint}"): part
                   for part in parts}
        for future in dask_completed(list(futures)):
            try:
                yield future.result()
            except Exception as err:  # noqa: BLE001 - recorded per partition, batch continues
                yield failure(futures[future], err)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
