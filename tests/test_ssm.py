"""The OpenAI key from SSM Parameter Store, with a stub client (no AWS calls)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from jobfit.llm.ssm import SSM_PARAM_ENV, SecretUnavailable, resolve_openai_key

PARAM = "/jobfit/test/openai-api-key"


class StubSSM:
    """Answers get_parameter like boto3's SSM client, or raises, and records its calls."""

    def __init__(self, value: str = "sk-from-ssm", error: Exception | None = None):
        self.value = value
        self.error = error
        self.calls: list[dict] = []

    def get_parameter(self, **kwargs):
        self.calls.append(kwargs)
        if self.error is not None:
            raise self.error
        return {"Parameter": {"Name": kwargs["Name"], "Type": "SecureString", "Value": self.value}}


def test_reads_the_named_secure_string_with_decryption():
    stub = StubSSM(value="  sk-from-ssm\n")
    key = resolve_openai_key({SSM_PARAM_ENV: PARAM}, client_factory=lambda: stub)
    assert key == "sk-from-ssm"
    assert stub.calls == [{"Name": PARAM, "WithDecryption": True}]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"OPENAI_API_KEY": "sk-env", SSM_PARAM_ENV: PARAM}, "sk-env"),
        ({}, None),
        ({SSM_PARAM_ENV: "  "}, None),
        ({SSM_PARAM_ENV: PARAM, "JOBFIT_ENGINE": " Offline "}, None),
    ],
)
def test_ssm_is_not_called_when_not_needed(env, expected):
    stub = StubSSM()
    assert resolve_openai_key(env, client_factory=lambda: stub) == expected
    assert stub.calls == []


def test_a_failed_read_fails_loudly_without_the_value(caplog):
    stub = StubSSM(error=RuntimeError("AccessDenied for sk-should-not-leak"))
    with pytest.raises(SecretUnavailable) as info:
        resolve_openai_key({SSM_PARAM_ENV: PARAM}, client_factory=lambda: stub)
    assert info.value.code == "secret_unavailable"
    assert info.value.message == f"The OpenAI key could not be read from SSM ({PARAM})."
    assert [r.getMessage() for r in caplog.records] == [
        f"reading SSM parameter {PARAM} failed: RuntimeError"
    ]


def test_an_empty_parameter_is_an_error():
    with pytest.raises(SecretUnavailable, match="empty OpenAI key"):
        resolve_openai_key({SSM_PARAM_ENV: PARAM}, client_factory=lambda: StubSSM(value=" "))


def test_importing_the_module_does_not_import_boto3():
    code = "import sys, jobfit.llm.ssm; print('boto3' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
