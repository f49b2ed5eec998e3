"""Settings read from the environment, with defaults in code."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from jobfit.ssm import resolve_openai_key

# A resume is a few thousand characters; 50,000 leaves room for long CVs and job ads.
MAX_TEXT_CHARS = 50_000


def _split_csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    """Everything jobfit reads from the environment."""

    engine: str = "offline"
    openai_api_key: str | None = field(default=None, repr=False)
    openai_base_url: str | None = None
    model: str = "gpt-4.1-mini"
    fallback: str = "offline"
    openai_api: str = "responses"
    timeout_seconds: float = 20.0
    max_retries: int = 1
    max_input_tokens: int = 24_000
    max_output_tokens: int = 2_500
    cache_size: int = 256
    max_text_chars: int = MAX_TEXT_CHARS
    cors_origins: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from `env` (default: os.environ)."""
        env = os.environ if env is None else env
        key = resolve_openai_key(env)  # OPENAI_API_KEY, else SSM when configured
        engine = env.get("JOBFIT_ENGINE") or ("openai" if key else "offline")
        return cls(
            engine=engine.strip().lower(),
            openai_api_key=key,
            openai_base_url=env.get("OPENAI_BASE_URL") or None,
            model=env.get("JOBFIT_MODEL") or cls.model,
            fallback=(env.get("JOBFIT_FALLBACK") or cls.fallback).strip().lower(),
            openai_api=(env.get("JOBFIT_OPENAI_API") or cls.openai_api).strip().lower(),
            timeout_seconds=float(env.get("JOBFIT_TIMEOUT") or cls.timeout_seconds),
            max_retries=int(env.get("JOBFIT_MAX_RETRIES") or cls.max_retries),
            max_input_tokens=int(env.get("JOBFIT_MAX_INPUT_TOKENS") or cls.max_input_tokens),
            max_output_tokens=int(env.get("JOBFIT_MAX_OUTPUT_TOKENS") or cls.max_output_tokens),
            cache_size=int(env.get("JOBFIT_CACHE_SIZE") or cls.cache_size),
            max_text_chars=int(env.get("JOBFIT_MAX_CHARS") or MAX_TEXT_CHARS),
            cors_origins=_split_csv(env.get("JOBFIT_CORS_ORIGINS", "")),
        )
