"""The OpenAI engine: the offline analysis grounds a model that fills the report schema."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from pydantic import ValidationError

from jobfit import prompts
from jobfit.analysis import Engine
from jobfit.cache import ReportCache, cache_key
from jobfit.config import Settings
from jobfit.errors import (
    InputTooLarge,
    UpstreamBadOutput,
    UpstreamError,
    UpstreamMisconfigured,
)
from jobfit.grounding import ModelAnswer, ground
from jobfit.openai_calls import call_chat, call_responses
from jobfit.report import EngineInfo, Notice, Report, TokenUsage

if TYPE_CHECKING:
    import openai

log = logging.getLogger(__name__)

ENGINE_VERSION = "1.0"
# A retry is not started with less time than this left before the deadline.
MIN_ATTEMPT_SECONDS = 1.0
# Reasoning models reject `temperature`; every other model gets 0 for stable answers.
_NO_TEMPERATURE = re.compile(r"^(?:o\d|gpt-5(?!.*chat))", re.IGNORECASE)


class OpenAIEngine:
    """Analyse with an OpenAI model, grounded by and checked against the offline analysis."""

    def __init__(
        self,
        client: openai.OpenAI | Callable[[], openai.OpenAI],
        offline: Engine,
        *,
        model: str,
        api: str = "responses",
        timeout: float = 20.0,
        max_retries: int = 1,
        max_input_tokens: int = 24_000,
        max_output_tokens: int = 2_500,
        fallback: str = "offline",
        cache: ReportCache | None = None,
        retry_delay: float = 0.25,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        # A function instead of a client is called on the first analysis: importing openai and
        # building its client take ~370 ms that a cold start serving only the page should not pay.
        self._connect = client if callable(client) else None
        self._client = None if callable(client) else client
        self._lock = threading.Lock()
        self.offline = offline
        self.model = model
        self.api = api
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_input_tokens = max_input_tokens
        self.max_output_tokens = max_output_tokens
        self.fallback = fallback
        self.cache = cache if cache is not None else ReportCache()
        self.retry_delay = retry_delay
        self._sleep = sleep

    @classmethod
    def from_settings(cls, settings: Settings, offline: Engine | None = None) -> OpenAIEngine:
        """Build the engine and its one client for this process."""
        if offline is None:
            from jobfit.offline import OfflineEngine

            offline = OfflineEngine()
        key = settings.openai_api_key
        if not key and not settings.openai_base_url:
            raise UpstreamMisconfigured("JOBFIT_ENGINE is openai but OPENAI_API_KEY is not set.")

        def connect() -> openai.OpenAI:
            import openai

            return openai.OpenAI(
                # Local OpenAI-compatible servers (Ollama, vLLM, LM Studio) ignore the key.
                api_key=key or "unused",
                base_url=settings.openai_base_url,
                timeout=settings.timeout_seconds,
                # Retries are ours (see _call_with_retry), so they share one deadline.
                max_retries=0,
            )

        return cls(
            connect,
            offline,
            model=settings.model,
            api=settings.openai_api,
            timeout=settings.timeout_seconds,
            max_retries=settings.max_retries,
            max_input_tokens=settings.max_input_tokens,
            max_output_tokens=settings.max_output_tokens,
            fallback=settings.fallback,
            cache=ReportCache(settings.cache_size),
        )

    @property
    def client(self) -> openai.OpenAI:
        """The SDK client; built on first use, once per engine even when threads race for it."""
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = self._connect()
        return self._client

    def analyze(self, resume: str, job: str) -> Report:
        """Return the model's checked report; on upstream failure, the offline one or an error."""
        key = cache_key(self.api, self.model, prompts.PROMPT_VERSION, resume, job)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        offline = self.offline.analyze(resume, job)
        system, user = prompts.render(resume, job, offline)
        tokens = prompts.estimate_tokens(system) + prompts.estimate_tokens(user)
        if tokens > self.max_input_tokens:
            # Refused rather than cut: a truncated resume would be judged on part of itself.
            raise InputTooLarge(
                f"The texts come to about {tokens:,} tokens; the limit is "
                f"{self.max_input_tokens:,}. Shorten the resume or the job description.",
                code="too_many_tokens",
            )
        try:
            answer, usage = self._call_with_retry(system, user)
        except UpstreamError as error:
            log.warning("openai engine failed: %s", error.code)
            if self.fallback != "offline":
                raise
            notice = Notice(
                code="llm_unavailable",
                message=f"The AI analysis was unavailable: {error.message} "
                "This is the offline analysis.",
            )
            return offline.model_copy(update={"warnings": [*offline.warnings, notice]})
        info = EngineInfo(
            name="openai",
            version=ENGINE_VERSION,
            model=self.model,
            prompt_version=prompts.PROMPT_VERSION,
            usage=usage,
        )
        report = ground(answer, offline, resume, job, info)
        self.cache.put(key, report)
        return report

    def _call_with_retry(self, system: str, user: str) -> tuple[ModelAnswer, TokenUsage | None]:
        """Call the model, retrying once on transient failures, all within one deadline."""
        # Imported on the first call, not with this module (see __init__); cached after that.
        import openai

        from jobfit.upstream import map_error, retry_wait

        deadline = time.monotonic() + self.timeout
        attempt = 0
        while True:
            try:
                return self._call(system, user, timeout=max(deadline - time.monotonic(), 0.1))
            except openai.OpenAIError as exc:
                wait = retry_wait(exc, self.retry_delay)
                late = time.monotonic() + (wait or 0) + MIN_ATTEMPT_SECONDS > deadline
                if attempt >= self.max_retries or wait is None or late:
                    # `from None`: the SDK's exception may carry request details; ours never do.
                    raise map_error(exc) from None
            attempt += 1
            self._sleep(wait)

    def _call(self, system: str, user: str, *, timeout: float) -> tuple[ModelAnswer, TokenUsage]:
        """One request through the configured API; returns the validated answer and usage."""
        call = call_chat if self.api == "chat" else call_responses
        options = {} if _NO_TEMPERATURE.match(self.model) else {"temperature": 0}
        try:
            return call(
                self.client,
                model=self.model,
                system=system,
                user=user,
                max_output_tokens=self.max_output_tokens,
                timeout=timeout,
                **options,
            )
        except (ValidationError, ValueError):
            raise UpstreamBadOutput("The AI service answered with an invalid report.") from None
