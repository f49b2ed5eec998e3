"""What an SDK failure means: whether to retry it, after how long, and which jobfit error it is."""

from __future__ import annotations

import email.utils
import math
from datetime import UTC, datetime

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

# A 429 is retried only when the service asks for a short wait; longer waits go back to the user.
MAX_RATE_LIMIT_WAIT = 2.0
# Sent as Retry-After when a 429 does not say how long to wait (or says it unusably).
DEFAULT_RETRY_AFTER = 5
# The longest wait passed on to clients, whatever the service asks for.
MAX_RETRY_AFTER = 60


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
