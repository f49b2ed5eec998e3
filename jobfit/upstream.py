"""How SDK failures are retried and what jobfit error each becomes."""

from __future__ import annotations

import math

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
# Sent as Retry-After when a 429 does not say how long to wait.
DEFAULT_RETRY_AFTER = 5


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
    headers = exc.response.headers
    for name, scale in (("retry-after-ms", 1000), ("retry-after", 1)):
        try:
            return max(float(headers[name]) / scale, 0.0)
        except (KeyError, ValueError):
            continue
    return None


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
