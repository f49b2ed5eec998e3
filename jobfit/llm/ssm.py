"""The OpenAI key from AWS SSM Parameter Store, read once at cold start when configured."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from jobfit.errors import JobfitError

log = logging.getLogger(__name__)

# Names a SecureString parameter, e.g. /jobfit/production/openai-api-key. A name, not a secret,
# so it may live in zappa_settings.json.
SSM_PARAM_ENV = "JOBFIT_OPENAI_KEY_SSM_PARAM"


class SecretUnavailable(JobfitError):
    """A configured secret could not be read."""

    code = "secret_unavailable"


def _default_client() -> Any:
    # Imported here: boto3 costs ~100 ms to import and only this cold-start path needs it.
    import boto3

    return boto3.client("ssm")


def resolve_openai_key(
    env: Mapping[str, str], client_factory: Callable[[], Any] = _default_client
) -> str | None:
    """Return OPENAI_API_KEY, else the SSM parameter that JOBFIT_OPENAI_KEY_SSM_PARAM names."""
    key = env.get("OPENAI_API_KEY")
    if key:
        return key
    name = (env.get(SSM_PARAM_ENV) or "").strip()
    # An explicit offline engine never uses the key, so it never pays for the AWS call.
    if not name or (env.get("JOBFIT_ENGINE") or "").strip().lower() == "offline":
        return None
    try:
        response = client_factory().get_parameter(Name=name, WithDecryption=True)
        value = response["Parameter"]["Value"].strip()
    except Exception as error:
        # Fail the cold start loudly rather than silently serve offline reports as if by design.
        # Only the parameter's name and the error class are logged, never a value.
        log.error("reading SSM parameter %s failed: %s", name, type(error).__name__)
        raise SecretUnavailable(f"The OpenAI key could not be read from SSM ({name}).") from error
    if not value:
        raise SecretUnavailable(f"The SSM parameter {name} holds an empty OpenAI key.")
    return value
