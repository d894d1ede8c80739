"""kzcn: facts about Kazakhstan-China regional cooperation, extracted from news."""

import os as _os

# The NER models multiply small matrices, one article at a time; BLAS worker threads only spin
# and compete with the pipeline for the cores (measured: 29.8 -> 50.6 relevant articles per
# CPU-second on press-length texts, same wall time; `python -m benchmarks.run --only real_length`).
# Parallelism comes from processes (the Dask batch). A value the user set wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")

__version__ = "0.1.0"
