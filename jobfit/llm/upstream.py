"""Everything that talks to the OpenAI SDK: the two request shapes, retries within one deadline,
and what jobfit error each SDK failure becomes."""

from __future__ import annotations

import email.utils
import math
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import openai

from jobfit.errors import (
    InputTooLarge,
    ModelRefused,
    UpstreamBadOutput,
    UpstreamBusy,
    UpstreamError,
    UpstreamMisconfigured,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from jobfit.llm.deadline import deadline
from jobfit.llm.prompts import ModelAnswer
from jobfit.report import TokenUsage

if TYPE_CHECKING:
    from jobfit.config import Settings

# A retry is not started with less time than this left before the deadline.
MIN_ATTEMPT_SECONDS = 1.0
# A 429 is retried only when the service asks for a short wait; longer waits go back to the user.
MAX_RATE_LIMIT_WAIT = 2.0
# Sent as Retry-After when a 429 does not say how long to wait (or says it unusably).
DEFAULT_RETRY_AFTER = 5
# The longest wait passed on to clients, whatever the service asks for.
MAX_RETRY_AFTER = 60
# Reasoning models reject `temperature`; every other model gets 0 for stable answers.
_NO_TEMPERATURE = re.compile(r"^(?:o\d|gpt-5(?!.*chat))", re.IGNORECASE)


def call_with_retry(
    client: openai.OpenAI,
    settings: Settings,
    system: str,
    user: str,
    *,
    retry_delay: float,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[ModelAnswer, TokenUsage]:
    """Call the model, retrying transient failures, all within one deadline (JOBFIT_TIMEOUT)."""
    # The client's network backend holds every socket operation to this deadline (deadline.py);
    # the per-request timeout below only keeps the SDK's own bookkeeping in step with it.
    with deadline(settings.timeout_seconds) as end:
        attempt = 0
        while True:
            try:
                timeout = max(end - time.monotonic(), 0.1)
                return call(client, settings, system, user, timeout=timeout)
            except openai.OpenAIError as exc:
                wait = retry_wait(exc, retry_delay)
                late = time.monotonic() + (wait or 0) + MIN_ATTEMPT_SECONDS > end
                if attempt >= settings.max_retries or wait is None or late:
                    # `from None`: the SDK's exception may carry request details; ours never do.
                    raise map_error(exc) from None
            attempt += 1
            sleep(wait)


def call(
    client: openai.OpenAI, settings: Settings, system: str, user: str, *, timeout: float
) -> tuple[ModelAnswer, TokenUsage]:
    """One request through the configured API; returns the validated answer and usage."""
    request = call_chat if settings.openai_api == "chat" else call_responses
    options = {} if _NO_TEMPERATURE.match(settings.model) else {"temperature": 0}
    try:
        return request(
            client,
            system,
            user,
            settings.max_output_tokens,
            model=settings.model,
            timeout=timeout,
            **options,
        )
    except ValueError:  # pydantic's ValidationError included
        raise UpstreamBadOutput("The AI service answered with an invalid report.") from None


def call_responses(
    client: Any, system: str, user: str, max_output_tokens: int, **options: Any
) -> tuple[ModelAnswer, TokenUsage]:
    """One Responses API call (`options`: model, timeout...); returns the answer and tokens."""
    response = client.responses.parse(
        instructions=system,
        input=[{"role": "user", "content": user}],
        # The SDK turns the pydantic model into a strict JSON schema; we parse it ourselves
        # (parse_as=None) so refusals and truncation are told apart from bad JSON.
        text_format=ModelAnswer,
        parse_as=None,
        max_output_tokens=max_output_tokens,
        store=False,
        **options,
    )
    if response.status == "incomplete":
        raise UpstreamBadOutput("The AI answer was cut off before it was complete.")
    for item in response.output or []:
        for part in getattr(item, "content", None) or []:
            if part.type == "refusal":
                raise ModelRefused("The AI model declined to analyze these texts.")
    usage = response.usage
    tokens = TokenUsage(
        input_tokens=usage.input_tokens if usage else 0,
        output_tokens=usage.output_tokens if usage else 0,
    )
    return ModelAnswer.model_validate_json(response.output_text), tokens


def call_chat(
    client: Any, system: str, user: str, max_output_tokens: int, **options: Any
) -> tuple[ModelAnswer, TokenUsage]:
    """One Chat Completions call, for OpenAI-compatible servers; returns answer and tokens."""
    completion = client.chat.completions.parse(
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        response_format=ModelAnswer,
        # `max_tokens`, not `max_completion_tokens`: the one every compatible server knows.
        max_tokens=max_output_tokens,
        **options,
    )
    message = completion.choices[0].message
    if message.refusal:
        raise ModelRefused("The AI model declined to analyze these texts.")
    if message.parsed is None:
        raise UpstreamBadOutput("The AI service answered with an empty report.")
    usage = completion.usage
    tokens = TokenUsage(
        input_tokens=usage.prompt_tokens if usage else 0,
        output_tokens=usage.completion_tokens if usage else 0,
    )
    return message.parsed, tokens


def retry_wait(exc: openai.OpenAIError, delay: float) -> float | None:
    """Seconds to wait before retrying `exc`, or None when it must not be retried."""
    if isinstance(exc, openai.APITimeoutError):
        return None  # the deadline is spent
    if isinstance(exc, openai.APIConnectionError | openai.InternalServerError):
        return delay
    if isinstance(exc, openai.RateLimitError) and exc.code != "insufficient_quota":
        after = _retry_after(exc)
        if after is None:
            return delay
        return after if after <= MAX_RATE_LIMIT_WAIT else None
    return None


def _retry_after(exc: openai.APIStatusError) -> float | None:
    """The wait the service asks for, in seconds within 0..MAX_RETRY_AFTER, or None."""
    headers = exc.response.headers
    for name, scale in (("retry-after-ms", 1000), ("retry-after", 1)):
        seconds = _seconds(headers.get(name), scale)
        if seconds is not None:
            return seconds
    return None


def _seconds(value: str | None, scale: int) -> float | None:
    """A Retry-After value (a number or an HTTP-date) as bounded seconds; None if unusable."""
    if not value or len(value) > 64:
        return None
    try:
        seconds = float(value) / scale
    except ValueError:
        seconds = _until(value)
    # nan and garbage are no answer; inf and 1e30 are capped; negative or past means now.
    if seconds is None or math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _until(date: str) -> float | None:
    try:
        when = email.utils.parsedate_to_datetime(date)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None  # an HTTP-date is always GMT; anything else is not one
    return (when - datetime.now(UTC)).total_seconds()


def map_error(exc: openai.OpenAIError) -> UpstreamError | InputTooLarge:
    """Translate an SDK exception into a jobfit error whose message is safe to show."""
    if isinstance(exc, openai.APITimeoutError):
        return UpstreamTimeout("The AI service did not answer in time.")
    if isinstance(exc, openai.APIConnectionError):
        return UpstreamUnavailable("The AI service could not be reached.")
    if isinstance(exc, openai.RateLimitError):
        if exc.code == "insufficient_quota":
            # Not a wait-and-retry condition: the operator has to add credit.
            return UpstreamMisconfigured(
                "The server's AI account has run out of quota.", code="upstream_quota_exhausted"
            )
        after = _retry_after(exc)
        retry_after = DEFAULT_RETRY_AFTER if after is None else max(1, math.ceil(after))
        return UpstreamBusy("The AI service is busy; try again shortly.", retry_after=retry_after)
    if isinstance(exc, openai.BadRequestError) and exc.code == "context_length_exceeded":
        return InputTooLarge(
            "The texts are too long for the AI model. Shorten the resume or the job description.",
            code="too_many_tokens",
        )
    if isinstance(
        exc, openai.AuthenticationError | openai.PermissionDeniedError | openai.NotFoundError
    ) or isinstance(exc, openai.BadRequestError):
        return UpstreamMisconfigured(
            "The server is misconfigured: the AI service rejected its credentials or settings."
        )
    if isinstance(exc, openai.ContentFilterFinishReasonError):
        return ModelRefused("The AI model declined to analyze these texts.")
    if isinstance(exc, openai.LengthFinishReasonError):
        return UpstreamBadOutput("The AI answer was cut off before it was complete.")
    if isinstance(exc, openai.APIResponseValidationError):
        return UpstreamBadOutput("The AI service answered with an invalid report.")
    return UpstreamUnavailable("The AI service failed.")
