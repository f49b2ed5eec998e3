"""The two request shapes jobfit sends: the Responses API and Chat Completions."""

from __future__ import annotations

from typing import Any

from jobfit.errors import ModelRefused, UpstreamBadOutput
from jobfit.grounding import ModelAnswer
from jobfit.report import TokenUsage


def call_responses(
    client: Any,
    *,
    model: str,
    system: str,
    user: str,
    max_output_tokens: int,
    timeout: float,
    **options: Any,
) -> tuple[ModelAnswer, TokenUsage]:
    """One Responses API call; returns the parsed answer and the tokens used."""
    response = client.responses.parse(
        model=model,
        instructions=system,
        input=[{"role": "user", "content": user}],
        # The SDK turns the pydantic model into a strict JSON schema; we parse it ourselves
        # (parse_as=None) so refusals and truncation are told apart from bad JSON.
        text_format=ModelAnswer,
        parse_as=None,
        max_output_tokens=max_output_tokens,
        store=False,
        timeout=timeout,
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
    client: Any,
    *,
    model: str,
    system: str,
    user: str,
    max_output_tokens: int,
    timeout: float,
    **options: Any,
) -> tuple[ModelAnswer, TokenUsage]:
    """One Chat Completions call, for OpenAI-compatible servers; returns answer and tokens."""
    completion = client.chat.completions.parse(
        model=model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        response_format=ModelAnswer,
        # `max_tokens`, not `max_completion_tokens`: the one every compatible server knows.
        max_tokens=max_output_tokens,
        timeout=timeout,
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
