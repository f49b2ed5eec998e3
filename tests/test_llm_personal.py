"""Personal details never reach the upstream request, and the model's answer cannot echo them."""

from __future__ import annotations

import json

import pytest
from fake_openai import FakeOpenAI, answer, error
from test_llm import make_engine
from test_no_personal_logs import ANSWER as ECHO  # a model that repeats the details
from test_no_personal_logs import CANARIES, EMAIL, NAME, RESUME

from jobfit.config import Settings
from jobfit.errors import ConfigError

RECRUITER = "hiring.canary@example.com"
JOB = (
    "Backend Engineer\nRequirements:\n- 3+ years of Python\n- PostgreSQL\n"
    f"Apply: {RECRUITER} or https://careers.example.com/apply\n"
)


@pytest.fixture
def fake():
    with FakeOpenAI() as server:
        yield server


def _sent(fake) -> str:
    return json.dumps([r["body"] for r in fake.requests], ensure_ascii=False)


@pytest.mark.parametrize("api", ["responses", "chat"])
def test_no_canary_reaches_the_upstream_request(fake, api):
    fake.script(answer(ECHO))
    make_engine(fake.url, openai_api=api).analyze(RESUME, JOB)
    sent = _sent(fake)
    assert [c for c in (*CANARIES, RECRUITER) if c in sent] == []
    assert "[NAME]\\n[EMAIL] | [PHONE]" in sent
    assert "Built Python services on PostgreSQL for 6 years." in sent


def test_nor_on_a_retry_or_with_the_fallback(fake):
    fake.script(error(500))
    report = make_engine(fake.url, fallback="offline").analyze(RESUME, JOB)
    assert fake.hits == 2
    assert [c for c in CANARIES if c in _sent(fake)] == []
    assert [w.code for w in report.warnings][-2:] == ["redacted", "llm_unavailable"]


def test_the_answer_is_checked_and_the_report_says_what_was_withheld(fake):
    fake.script(answer(ECHO))
    report = make_engine(fake.url).analyze(RESUME, JOB)
    shown = report.model_dump_json()
    assert [c for c in CANARIES if c in shown] == []
    # (redaction.find_personal takes the ")" after a phone number into its span.)
    assert report.summary.startswith("[NAME] ([EMAIL], [PHONE]")
    assert report.suggestions == ["Call [PHONE]."]
    assert report.requirements[0].evidence == ["Built Python services on PostgreSQL for 6 years."]
    [notice] = [w for w in report.warnings if w.code == "redacted"]
    assert notice.message == (
        "Before the AI analysis, personal details were replaced by placeholders: "
        "2 e-mail addresses, 1 phone number, 1 link, 2 mentions of the name. "
        "4 personal detail(s) the model repeated were removed from its answer."
    )


def test_redaction_can_be_turned_off(fake):
    fake.script(answer(ECHO))
    report = make_engine(fake.url, redact=False).analyze(RESUME, JOB)
    assert EMAIL in _sent(fake) and NAME in _sent(fake)
    assert "redacted" not in [w.code for w in report.warnings]
    # The summary's own check (issue 14) still keeps contact details and digits out of it.
    assert report.summary == "Offline summary."


@pytest.mark.parametrize(
    ("value", "expected"), [("", True), ("1", True), ("0", False), ("off", False)]
)
def test_jobfit_redact(value, expected):
    assert Settings.from_env({"JOBFIT_REDACT": value}).redact is expected


def test_jobfit_redact_must_be_a_flag():
    with pytest.raises(ConfigError, match="JOBFIT_REDACT must be 1 or 0; it is 'maybe'."):
        Settings.from_env({"JOBFIT_REDACT": "maybe"})
