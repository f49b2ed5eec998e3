"""zappa_settings.json keeps the deployment cheap, quiet, bounded and free of secrets."""

from __future__ import annotations

import fnmatch
import json
import re
import sys
from pathlib import Path

import pytest

from jobfit.config import Settings

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = json.loads((ROOT / "zappa_settings.json").read_text())
STAGES = ("dev", "production")


def stage(name: str) -> dict:
    """A stage's effective settings: Zappa's shallow `extends` merge, base first."""
    layer = SETTINGS[name]
    parent = stage(layer["extends"]) if "extends" in layer else {}
    return {**parent, **layer}


@pytest.mark.parametrize("name", STAGES)
def test_each_stage_runs_the_app_on_this_python(name):
    config = stage(name)
    assert config["extends"] == "base"
    assert config["app_function"] == "app.app"
    assert config["project_name"] == "jobfit"
    # The zip carries this interpreter's compiled wheels, so the runtime must match it.
    assert config["runtime"] == f"python{sys.version_info[0]}.{sys.version_info[1]}"
    assert config["architecture"] == "x86_64"


@pytest.mark.parametrize("name", STAGES)
def test_each_stage_is_bounded_quiet_and_binary(name):
    config = stage(name)
    # API Gateway gives up at 29 s; the function must stop first, not bill work nobody awaits,
    # and still leave the OpenAI deadline room for the offline fallback and the response.
    assert Settings().timeout_seconds + 3 <= config["timeout_seconds"] <= 28
    assert 512 <= config["memory_size"] <= 2048
    assert config["debug"] is False
    assert config["log_level"] in {"INFO", "WARNING", "ERROR"}
    assert config["cloudwatch_data_trace"] is False
    assert config["cloudwatch_log_level"] in {"OFF", "ERROR"}
    assert config["binary_support"] is True
    # CORS is Flask's job: Zappa's own OPTIONS methods would answer every origin.
    assert config["cors"] is False
    assert isinstance(config["keep_warm"], bool)


def test_production_has_a_cost_ceiling_and_stays_warm():
    config = stage("production")
    assert 1 <= config["lambda_concurrency"] <= 50
    assert config["keep_warm"] is True
    assert stage("dev")["keep_warm"] is False
    assert "lambda_concurrency" not in SETTINGS["base"]


def test_production_reads_the_key_from_ssm_by_name():
    env = stage("production")["environment_variables"]
    assert env["JOBFIT_OPENAI_KEY_SSM_PARAM"] == "/jobfit/production/openai-api-key"
    policy = json.loads((ROOT / stage("production")["attach_policy"]).read_text())
    statements = {s["Sid"]: s for s in policy["Statement"]}
    assert statements["ReadOpenAIKey"]["Action"] == ["ssm:GetParameter"]
    param = env["JOBFIT_OPENAI_KEY_SSM_PARAM"]
    assert fnmatch.fnmatch(
        f"arn:aws:ssm:us-east-1:123456789012:parameter{param}",
        statements["ReadOpenAIKey"]["Resource"],
    )


def test_no_secrets_anywhere_in_the_settings():
    text = (ROOT / "zappa_settings.json").read_text()
    assert "OPENAI_API_KEY" not in text
    assert not re.search(r"sk-[A-Za-z0-9_-]{8,}", text)
    assert not re.search(r"AKIA[0-9A-Z]{16}", text)
    for name in STAGES:
        for key in stage(name).get("environment_variables", {}):
            assert not re.search(r"SECRET|PASSWORD|TOKEN|API_KEY$", key), key


def excluded(name: str) -> bool:
    """Whether Zappa's `exclude` patterns drop a file or folder of this name, at any depth."""
    return any(fnmatch.fnmatch(name, pattern) for pattern in SETTINGS["base"]["exclude"])


@pytest.mark.parametrize(
    "name",
    [
        "tests",
        "bench",
        "node_modules",
        ".venv",
        ".env",
        "assets",
        "scripts",
        "README.md",
        "boto3",
        "botocore",
        "s3transfer",
        "pip",
        "setuptools",
        "pytest",
        "playwright",
        "ruff",
        "troposphere",
        "zappa_settings.json",
        "requirements-dev.txt",
        "package-lock.json",
    ],
)
def test_what_the_function_does_not_need_is_excluded(name):
    assert excluded(name)


@pytest.mark.parametrize(
    "name",
    [
        "app.py",
        "jobfit",
        "templates",
        "static",
        "app.css",
        "zappa",
        "durationpy",
        "flask",
        "werkzeug",
        "pydantic",
        "pydantic_core",
        "openai",
        "pypdf",
        "jiter",
        "idna",
        "skills.json",
    ],
)
def test_what_the_function_needs_is_kept(name):
    assert not excluded(name)


def test_api_gateway_compresses_responses():
    # The page's first load is ~137 KB raw and ~41 KB gzip; API Gateway compresses it for us.
    base = SETTINGS["base"]
    assert base["payload_compression"] is True
    assert base["payload_minimum_compression_size"] <= 1024
