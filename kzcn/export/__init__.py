"""Documents and stored facts as SCHEMA.md records, CSV, JSON and Parquet."""
