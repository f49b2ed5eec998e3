"""Everything that calls the OpenAI SDK: the two request shapes and retries within one deadline."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import openai

from jobfit.errors import ModelRefused, UpstreamBadOutput
from jobfit.llm.deadline import deadline
from jobfit.llm.failures import map_error, retry_wait
from jobfit.llm.prompts import ModelAnswer
from jobfit.report import TokenUsage

if TYPE_CHECKING:
    from jobfit.config import Settings

# A retry is not started with less time than this left before the deadline.
MIN_ATTEMPT_SECONDS = 1.0
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
