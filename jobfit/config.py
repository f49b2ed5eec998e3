"""Settings read from the environment, with defaults in code."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from jobfit.errors import ConfigError

# A resume is a few thousand characters; 50,000 leaves room for long CVs and job ads.
MAX_TEXT_CHARS = 50_000
ENGINES = ("offline", "openai")
FALLBACKS = ("offline", "none")
OPENAI_APIS = ("responses", "chat")


def _split_csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _choice(env: Mapping[str, str], name: str, default: str, choices: tuple[str, ...]) -> str:
    value = (env.get(name) or default).strip().lower()
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}; it is {value!r}.")
    return value


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    value = (env.get(name) or "").strip().lower()
    if not value:
        return default
    if value not in ("0", "1", "false", "true", "no", "yes", "off", "on"):
        raise ConfigError(f"{name} must be 1 or 0; it is {value!r}.")
    return value in ("1", "true", "yes", "on")


def _number(env: Mapping[str, str], name: str, default: float, cast: type, minimum: float):
    raw = (env.get(name) or "").strip()
    try:
        value = cast(raw) if raw else default
    except ValueError:
        raise ConfigError(f"{name} must be a number; it is {raw!r}.") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}; it is {raw!r}.")
    return value


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
    redact: bool = True
    max_text_chars: int = MAX_TEXT_CHARS
    cors_origins: tuple[str, ...] = ()
    # POST /rank: items per batch, their total size, and a time budget under API Gateway's 29 s.
    rank_max_items: int = 50
    rank_max_bytes: int = 4 * 1024 * 1024
    rank_budget_seconds: float = 25.0
    rank_model_top: int = 5  # with the OpenAI engine, how many of the best the model judges
    rank_model_parallel: int = 3  # and how many calls run at once

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from `env` (default: os.environ)."""
        # Imported here, not above: the llm package builds its engine from these settings.
        from jobfit.llm.ssm import resolve_openai_key

        env = os.environ if env is None else env
        key = resolve_openai_key(env)  # OPENAI_API_KEY, else SSM when configured
        return cls(
            engine=_choice(env, "JOBFIT_ENGINE", "openai" if key else "offline", ENGINES),
            openai_api_key=key,
            openai_base_url=env.get("OPENAI_BASE_URL") or None,
            model=env.get("JOBFIT_MODEL") or cls.model,
            fallback=_choice(env, "JOBFIT_FALLBACK", cls.fallback, FALLBACKS),
            openai_api=_choice(env, "JOBFIT_OPENAI_API", cls.openai_api, OPENAI_APIS),
            timeout_seconds=_number(env, "JOBFIT_TIMEOUT", cls.timeout_seconds, float, 1),
            max_retries=_number(env, "JOBFIT_MAX_RETRIES", cls.max_retries, int, 0),
            max_input_tokens=_number(env, "JOBFIT_MAX_INPUT_TOKENS", cls.max_input_tokens, int, 1),
            max_output_tokens=_number(
                env, "JOBFIT_MAX_OUTPUT_TOKENS", cls.max_output_tokens, int, 1
            ),
            cache_size=_number(env, "JOBFIT_CACHE_SIZE", cls.cache_size, int, 0),
            redact=_flag(env, "JOBFIT_REDACT", cls.redact),
            max_text_chars=_number(env, "JOBFIT_MAX_CHARS", MAX_TEXT_CHARS, int, 1),
            cors_origins=_split_csv(env.get("JOBFIT_CORS_ORIGINS", "")),
            rank_max_items=_number(env, "JOBFIT_RANK_MAX_ITEMS", cls.rank_max_items, int, 1),
            rank_max_bytes=_number(env, "JOBFIT_RANK_MAX_BYTES", cls.rank_max_bytes, int, 1),
            rank_budget_seconds=_number(
                env, "JOBFIT_RANK_BUDGET", cls.rank_budget_seconds, float, 1
            ),
            rank_model_top=_number(env, "JOBFIT_RANK_MODEL_TOP", cls.rank_model_top, int, 0),
            rank_model_parallel=_number(
                env, "JOBFIT_RANK_MODEL_PARALLEL", cls.rank_model_parallel, int, 1
            ),
        )
