"""The OpenAI engine: the offline analysis grounds a model that fills the report schema."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from jobfit.errors import InputTooLarge, UpstreamError, UpstreamMisconfigured
from jobfit.llm import personal, prompts
from jobfit.llm.cache import ReportCache, cache_key
from jobfit.llm.grounding import ground
from jobfit.report import EngineInfo, Notice, Report

if TYPE_CHECKING:
    import openai

    from jobfit.compare import Engine
    from jobfit.config import Settings

log = logging.getLogger(__name__)

ENGINE_VERSION = "1.0"


class OpenAIEngine:
    """Analyse with an OpenAI model, grounded by and checked against the offline analysis."""

    def __init__(
        self,
        settings: Settings,
        offline: Engine | None = None,
        *,
        client: openai.OpenAI | None = None,
        retry_delay: float = 0.25,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not settings.openai_api_key and not settings.openai_base_url and client is None:
            raise UpstreamMisconfigured("JOBFIT_ENGINE is openai but OPENAI_API_KEY is not set.")
        if offline is None:
            from jobfit.offline import OfflineEngine

            offline = OfflineEngine()
        self.settings = settings
        self.offline = offline
        # Without a given client, one is built on the first analysis: importing openai and
        # building its client take ~370 ms that a cold start serving only the page should not pay.
        self._client = client
        self._lock = threading.Lock()
        self.cache = ReportCache(settings.cache_size)
        self.retry_delay = retry_delay
        self._sleep = sleep

    @property
    def client(self) -> openai.OpenAI:
        """The SDK client; built on first use, once per engine even when threads race for it."""
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = self._connect()
        return self._client

    def _connect(self) -> openai.OpenAI:
        import openai

        from jobfit.llm.deadline import http_client

        timeout = self.settings.timeout_seconds
        return openai.OpenAI(
            # Local OpenAI-compatible servers (Ollama, vLLM, LM Studio) ignore the key.
            api_key=self.settings.openai_api_key or "unused",
            base_url=self.settings.openai_base_url,
            timeout=timeout,
            # Retries are ours (see upstream.call_with_retry), so they share one deadline,
            # which this client's connections enforce.
            max_retries=0,
            http_client=http_client(timeout),
        )

    def analyze(self, resume: str, job: str) -> Report:
        """Return the model's checked report; on upstream failure, the offline one or an error."""
        settings = self.settings
        # The texts are hashed, measured, sent and quoted as UTF-8 from here on.
        resume, job = prompts.encodable(resume), prompts.encodable(job)
        key = cache_key(settings.openai_api, settings.model, prompts.PROMPT_VERSION, resume, job)
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        offline = self.offline.analyze(resume, job)
        # What leaves for the model: by default without the candidate's personal details.
        withheld = personal.withhold(resume, job) if settings.redact else None
        sent = (withheld.resume.text, withheld.job.text) if withheld else (resume, job)
        facts = personal.offline_facts(offline, withheld) if withheld else offline
        system, user = prompts.render(*sent, facts)
        tokens = prompts.estimate_tokens(system) + prompts.estimate_tokens(user)
        if tokens > settings.max_input_tokens:
            # Refused rather than cut: a truncated resume would be judged on part of itself.
            raise InputTooLarge(
                f"The texts come to about {tokens:,} tokens; the limit is "
                f"{settings.max_input_tokens:,}. Shorten the resume or the job description.",
                code="too_many_tokens",
            )
        # Imported on the first call, not with this module (see __init__); cached after that.
        from jobfit.llm.upstream import call_with_retry

        try:
            answer, usage = call_with_retry(
                self.client, settings, system, user, retry_delay=self.retry_delay, sleep=self._sleep
            )
        except UpstreamError as error:
            log.warning("openai engine failed: %s", error.code)
            if settings.fallback != "offline":
                raise
            notice = Notice(
                code="llm_unavailable",
                message=f"The AI analysis was unavailable: {error.message} "
                "This is the offline analysis.",
            )
            return offline.with_warnings([*_withheld_notice(withheld), notice])
        info = EngineInfo(
            name="openai",
            version=ENGINE_VERSION,
            model=settings.model,
            prompt_version=prompts.PROMPT_VERSION,
            usage=usage,
        )
        removed = 0
        if withheld:
            answer, removed = personal.check_answer(answer, withheld)
        # Quotes are checked against the resume the model saw, placeholders included.
        report = ground(answer, offline, *sent, info)
        report = report.with_warnings(_withheld_notice(withheld, removed))
        self.cache.put(key, report)
        return report


def _withheld_notice(withheld: personal.Withheld | None, removed: int = 0) -> list[Notice]:
    found = personal.notice(withheld, removed) if withheld else None
    return [found] if found else []
