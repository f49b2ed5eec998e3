"""The hard ceiling on Lambda: API Gateway throttling (a Zappa post callback) and concurrency."""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from deploy import throttle

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = json.loads((ROOT / "zappa_settings.json").read_text())


def stage(name: str) -> dict:
    layer = SETTINGS[name]
    return {**(stage(layer["extends"]) if "extends" in layer else {}), **layer}


class FakeApiGateway:
    def __init__(self):
        self.calls = []

    def update_stage(self, **kwargs):
        self.calls.append(kwargs)


def fake_cli(stage_config: dict, api_id: str | None = "abc123"):
    client = FakeApiGateway()
    zappa = SimpleNamespace(apigateway_client=client, get_api_id=lambda name: api_id)
    cli = SimpleNamespace(
        stage_config=stage_config,
        zappa=zappa,
        lambda_name="jobfit-production",
        api_stage="production",
        apigateway_version="v1",
    )
    return cli, client


@pytest.mark.parametrize("name", ["dev", "production"])
def test_every_stage_is_throttled_by_api_gateway_after_each_deploy(name):
    config = stage(name)
    assert config["callbacks"]["post"] == "deploy.throttle.apply"
    assert config["throttling"] == {"rate_limit": 5, "burst_limit": 10}


def test_production_also_caps_concurrency():
    assert stage("production")["lambda_concurrency"] == 10


def test_the_callback_sets_rate_and_burst_on_every_method_of_the_stage(capsys):
    cli, client = fake_cli(stage("production"))
    throttle.apply(cli)
    assert client.calls == [
        {
            "restApiId": "abc123",
            "stageName": "production",
            "patchOperations": [
                {"op": "replace", "path": "/*/*/throttling/rateLimit", "value": "5"},
                {"op": "replace", "path": "/*/*/throttling/burstLimit", "value": "10"},
            ],
        }
    ]
    assert capsys.readouterr().out == "API Gateway throttling on production: 5/s, burst 10\n"


def test_a_stage_without_throttling_is_left_alone():
    cli, client = fake_cli({})
    throttle.apply(cli)
    assert client.calls == []


@pytest.mark.parametrize(
    "bad", [{"rate_limit": 0, "burst_limit": 10}, {"rate_limit": 5, "burst_limit": 1.5}]
)
def test_nonsense_numbers_are_refused(bad):
    cli, client = fake_cli({"throttling": bad})
    with pytest.raises(ValueError, match="positive"):
        throttle.apply(cli)
    assert client.calls == []


def test_a_missing_api_is_an_error_not_a_silent_skip():
    cli, _ = fake_cli(stage("production"), api_id=None)
    with pytest.raises(RuntimeError, match="jobfit-production"):
        throttle.apply(cli)


def excluded(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in SETTINGS["base"]["exclude"])


@pytest.mark.parametrize(
    "name", ["flask_limiter", "limits", "packaging", "deprecated", "wrapt", "ordered_set"]
)
def test_the_rate_limiters_packages_ship(name):
    # limits imports packaging.version at import time: excluding packaging breaks the function.
    assert not excluded(name)


def test_the_callback_itself_does_not_ship():
    assert excluded("deploy")
