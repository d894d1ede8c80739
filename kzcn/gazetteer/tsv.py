"""Re-export of the TSV reader (it lives in kzcn.link.tsv to avoid an import cycle)."""

from kzcn.link.tsv import DataFileError, read_tsv, split_variants

__all__ = ["DataFileError", "read_tsv", "split_variants"]
