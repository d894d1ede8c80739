"""One settings object, built at the entry point and passed down (library code never reads os.environ)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """All knobs of kzcn. Each may be set as an environment variable ``KZCN_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="KZCN_", extra="ignore")

    database_url: str = Field(
        "sqlite:///var/kzcn.sqlite",
        description="SQLAlchemy URL of the store: sqlite:///FILE (default) or postgresql+psycopg://…",
    )
    host: str = Field("127.0.0.1", description="Address the API and dashboard listen on.")
    port: int = Field(8000, description="Port the API and dashboard listen on.")
    user_agent: str = Field(
        "kzcn/0.1 (+news research; contact: see README)",
        description="User-Agent sent when fetching feeds and pages.",
    )
    fetch_timeout: float = Field(20.0, description="Seconds before a fetch gives up.")
    fetch_delay: float = Field(2.0, description="Minimum seconds between two requests to one host.")
    fetch_allow_private: bool = Field(
        False, description="Allow fetching loopback/private addresses (tests, intranets)."
    )
    max_document_chars: int = Field(
        1_000_000, description="Longer cleaned texts are rejected (not truncated)."
    )
    max_line_bytes: int = Field(
        50_000_000, description="A JSONL/CSV record longer than this is rejected with its line."
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed by CORS; empty means CORS is off."
    )
    max_request_bytes: int = Field(2_000_000, description="Largest request body the API accepts.")
    api_cache_seconds: float = Field(
        2.0, description="GET /api responses are reused this long (0 turns the cache off); API writes clear it."
    )
    api_threads: int = Field(
        8, ge=1, le=200,
        description="Requests the API works on at once (its routes run in a thread pool); more only "
                    "queue for the one Python interpreter while holding their memory.")
    log_level: str = Field("INFO", description="Logging level.")
    data_dir: Path = Field(Path("var"), description="Where the default SQLite file and logs live.")
