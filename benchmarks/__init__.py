"""kzcn benchmarks: throughput and memory, run on demand with ``python -m benchmarks.run``."""
