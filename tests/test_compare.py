"""The library entry point: input checks, the engine the settings choose, and the hand-off."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import openai
import pytest
from fake_openai import refused_url

from jobfit import InputTooLarge, InvalidInput, analyze
from jobfit.compare import build_engine, check_text
from jobfit.config import Settings
from jobfit.llm.engine import OpenAIEngine
from jobfit.offline import OfflineEngine
from jobfit.report import Notice
from tests.conftest import ScriptedEngine, make_report

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("value", "code"),
    [(None, "missing_field"), (3, "invalid_type"), (b"x", "invalid_type"), (" \n", "blank_field")],
)
def test_check_text_rejects(value, code):
    with pytest.raises(InvalidInput) as caught:
        check_text(value, "resume")
    assert caught.value.code == code
    assert caught.value.field == "resume"


def test_check_text_limit():
    assert check_text("abc", "resume", max_chars=3) == "abc"
    with pytest.raises(InputTooLarge):
        check_text("abcd", "resume", max_chars=3)


def test_analyze_hands_both_texts_to_the_engine():
    engine = ScriptedEngine()
    assert analyze("resume text", "job text", engine=engine) == make_report()
    assert engine.calls == [("resume text", "job text")]


def test_analyze_defaults_to_the_offline_engine():
    report = analyze("Python developer with Flask.", "We need a Python developer.")
    assert report.engine.name == "offline"
    assert 0 <= report.score <= 100


def test_analyze_puts_reading_warnings_first():
    engine = ScriptedEngine(make_report().with_warnings([Notice(code="b", message="engine")]))
    found = Notice(code="a", message="upload")
    report = analyze("resume text", "job text", engine=engine, warnings=[found])
    assert [w.message for w in report.warnings] == ["upload", "engine"]


# Runs in a fresh interpreter: this one has imported openai long ago.
COLD_START = """
import json, sys
import app

client = app.app.test_client()
loaded = lambda: [m for m in ("openai", "httpx2", "pypdf") if m in sys.modules]
seen = {"engine": type(app.app.extensions["jobfit_engine"]).__name__, "init": loaded()}
seen["page"] = [client.get("/").status_code, loaded()]
report = client.post("/compare", json={"resume": "Built Python", "jobDesc": "Python job"}).json
seen["compare"] = [[w["code"] for w in report["warnings"]], loaded()]
print(json.dumps(seen))
"""


def test_a_key_alone_does_not_import_openai_until_the_first_analysis():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "JOBFIT_"))}
    # Nothing listens there: the analysis falls back to offline, after importing the SDK.
    env.update(OPENAI_API_KEY="sk-test-not-a-key", OPENAI_BASE_URL=refused_url())
    done = subprocess.run(
        [sys.executable, "-c", COLD_START],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == (
        '{"engine": "OpenAIEngine", "init": [], "page": [200, []], '
        '"compare": [["llm_unavailable"], ["openai", "httpx2"]]}'
    )


def test_without_a_key_the_engine_is_offline():
    assert type(build_engine(Settings())) is OfflineEngine


@pytest.fixture
def slow_clients(monkeypatch):
    """Replace openai.OpenAI with a slow constructor that records each client it builds."""
    built = []
    real = openai.OpenAI

    def build(**options):
        time.sleep(0.05)  # long enough for racing threads to all find no client yet
        built.append(real(**options))
        return built[-1]

    monkeypatch.setattr(openai, "OpenAI", build)
    return built


def test_the_client_is_built_once_on_first_use_even_by_racing_threads(slow_clients):
    settings = Settings(engine="openai", openai_api_key="sk-test", timeout_seconds=7.0)
    engine = build_engine(settings)
    assert isinstance(engine, OpenAIEngine)
    assert slow_clients == []
    barrier = threading.Barrier(8)
    seen = []

    def use():
        barrier.wait()
        seen.append(engine.client)

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert len(slow_clients) == 1
    assert len(seen) == 8 and all(client is slow_clients[0] for client in seen)
    assert (seen[0].api_key, seen[0].timeout, seen[0].max_retries) == ("sk-test", 7.0, 0)


def test_a_given_client_is_used_as_is():
    client = openai.OpenAI(api_key="sk-given", base_url=refused_url(), max_retries=0)
    engine = OpenAIEngine(Settings(engine="openai"), OfflineEngine(), client=client)
    assert engine.client is client
