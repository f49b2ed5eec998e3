"""The OpenAI engine against a fake OpenAI server, through the real SDK."""

from __future__ import annotations

import time

import pytest
from fake_openai import FakeOpenAI, Reply, answer, error, refused_url

from jobfit.config import Settings
from jobfit.errors import (
    InputTooLarge,
    ModelRefused,
    UpstreamBadOutput,
    UpstreamBusy,
    UpstreamMisconfigured,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from jobfit.llm.engine import OpenAIEngine
from jobfit.llm.prompts import PROMPT_VERSION, nonce_for
from jobfit.report import EngineInfo, Report, SkillCount, Skills

RESUME = (
    "Senior engineer.\nBuilt Python services for 5 years.\nRan PostgreSQL   clusters\non AWS.\n"
)
JOB = "We need 3+ years of Python and PostgreSQL. Kubernetes is a plus."
GOOD = {
    "score": 78,
    "summary": "A good fit: Python and PostgreSQL are shown; Kubernetes is a gap.",
    "requirements": [
        {
            "text": "3+ years of Python",
            "importance": "required",
            "status": "met",
            "evidence": ["Built Python services for 5 years"],
        },
        {
            "text": "PostgreSQL",
            "importance": "required",
            "status": "met",
            "evidence": ["Ran PostgreSQL clusters on AWS"],
        },
        {"text": "Kubernetes", "importance": "preferred", "status": "missing", "evidence": []},
    ],
    "suggestions": ["Say how many PostgreSQL clusters you ran and at what scale."],
}


SKILLS = Skills(
    matched=[SkillCount(name="Python", job_mentions=1, resume_mentions=1)],
    missing=[SkillCount(name="Kubernetes", job_mentions=1, resume_mentions=0)],
)


class StubOffline:
    """Stands in for the offline analysis: a fixed report, so these tests pin the LLM side."""

    def __init__(self, score: int = 70) -> None:
        self.score = score

    def analyze(self, resume: str, job: str) -> Report:
        return Report(
            score=self.score,
            verdict="strong" if self.score >= 70 else "weak",
            summary="Offline summary.",
            requirements=[],
            skills=SKILLS,
            suggestions=[],
            engine=EngineInfo(name="offline", version="test"),
        )


@pytest.fixture
def fake():
    with FakeOpenAI() as server:
        yield server


def make_engine(base_url: str, offline_score: int = 70, **settings) -> OpenAIEngine:
    options = {"engine": "openai", "timeout_seconds": 5.0, "fallback": "none"}
    options.update(settings, openai_api_key="sk-test-secret", openai_base_url=base_url)
    return OpenAIEngine(Settings(**options), StubOffline(offline_score), retry_delay=0.01)


def test_good_answer_becomes_a_checked_report(fake):
    fake.script(answer(GOOD))
    report = make_engine(fake.url).analyze(RESUME, JOB)
    assert (report.score, report.verdict) == (78, "strong")
    assert report.summary == GOOD["summary"]
    assert [r.status for r in report.requirements] == ["met", "met", "missing"]
    assert report.requirements[1].evidence == ["Ran PostgreSQL clusters on AWS"]
    assert report.skills == SKILLS  # facts come from the offline analysis
    assert report.warnings == []
    assert report.engine.model_dump() == {
        "name": "openai",
        "version": "1.0",
        "model": "gpt-4.1-mini",
        "prompt_version": PROMPT_VERSION,
        "usage": {"input_tokens": 1200, "output_tokens": 300},
    }
    assert fake.hits == 1


def test_responses_request_body(fake):
    fake.script(answer(GOOD))
    make_engine(fake.url).analyze(RESUME, JOB)
    request = fake.requests[0]
    body = request["body"]
    assert request["path"] == "/v1/responses"
    assert request["headers"]["authorization"] == "Bearer sk-test-secret"
    assert (body["model"], body["temperature"], body["max_output_tokens"]) == (
        "gpt-4.1-mini",
        0,
        2500,
    )
    assert body["store"] is False
    fmt = body["text"]["format"]
    assert (fmt["type"], fmt["strict"]) == ("json_schema", True)
    assert set(fmt["schema"]["properties"]) == {"score", "summary", "requirements", "suggestions"}
    assert fmt["schema"]["additionalProperties"] is False
    nonce = nonce_for(RESUME, JOB)
    assert nonce in body["instructions"]
    [message] = body["input"]
    assert message["role"] == "user"
    assert f'<resume id="{nonce}">\n{RESUME}\n</resume id="{nonce}">' in message["content"]
    assert RESUME not in body["instructions"]


def test_chat_completions_request_and_answer(fake):
    fake.script(answer(GOOD, usage=(900, 100)))
    report = make_engine(fake.url, openai_api="chat", max_output_tokens=1000).analyze(RESUME, JOB)
    request = fake.requests[0]
    body = request["body"]
    assert request["path"] == "/v1/chat/completions"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert (body["temperature"], body["max_tokens"]) == (0, 1000)
    fmt = body["response_format"]
    assert (fmt["type"], fmt["json_schema"]["strict"]) == ("json_schema", True)
    assert report.score == 78
    assert report.engine.usage.model_dump() == {"input_tokens": 900, "output_tokens": 100}


@pytest.mark.parametrize("model", ["o4-mini", "gpt-5-mini"])
def test_reasoning_models_get_no_temperature(fake, model):
    fake.script(answer(GOOD))
    make_engine(fake.url, model=model).analyze(RESUME, JOB)
    assert "temperature" not in fake.requests[0]["body"]


def test_same_request_is_served_from_cache(fake):
    fake.script(answer(GOOD))
    engine = make_engine(fake.url)
    first = engine.analyze(RESUME, JOB)
    second = engine.analyze(RESUME, JOB)
    assert second == first
    assert fake.hits == 1
    engine.analyze(RESUME, JOB + " Go is a plus.")
    assert fake.hits == 2


def test_cache_is_bounded(fake):
    fake.script(answer(GOOD))
    engine = make_engine(fake.url, cache_size=1)
    engine.analyze(RESUME, JOB)
    engine.analyze(RESUME, JOB + " Go.")
    engine.analyze(RESUME, JOB)  # evicted by the second job
    assert (fake.hits, len(engine.cache)) == (3, 1)


@pytest.mark.parametrize(
    ("replies", "hits"),
    [
        ([error(500), answer(GOOD)], 2),
        ([error(503), answer(GOOD)], 2),
        ([error(429, "rate_limit_exceeded", headers={"retry-after-ms": "20"}), answer(GOOD)], 2),
    ],
)
def test_transient_failure_is_retried_once(fake, replies, hits):
    fake.script(*replies)
    assert make_engine(fake.url).analyze(RESUME, JOB).score == 78
    assert fake.hits == hits


@pytest.mark.parametrize(
    ("reply", "expected", "code", "hits"),
    [
        (error(500), UpstreamUnavailable, "upstream_unavailable", 2),
        (error(503), UpstreamUnavailable, "upstream_unavailable", 2),
        (error(429, "rate_limit_exceeded", headers={"retry-after": "30"}), UpstreamBusy, None, 1),
        (error(429, "insufficient_quota"), UpstreamMisconfigured, "upstream_quota_exhausted", 1),
        (error(401, "invalid_api_key"), UpstreamMisconfigured, "upstream_misconfigured", 1),
        (error(403), UpstreamMisconfigured, "upstream_misconfigured", 1),
        (error(404, "model_not_found"), UpstreamMisconfigured, "upstream_misconfigured", 1),
        (error(400, "invalid_value"), UpstreamMisconfigured, "upstream_misconfigured", 1),
        (error(400, "context_length_exceeded"), InputTooLarge, "too_many_tokens", 1),
    ],
)
def test_upstream_errors_map_to_jobfit_errors(fake, reply, expected, code, hits):
    fake.script(reply)
    with pytest.raises(expected) as caught:
        make_engine(fake.url).analyze(RESUME, JOB)
    assert caught.value.code == (code or expected.code)
    assert fake.hits == hits
    assert "sk-test-secret" not in caught.value.message
    assert caught.value.__cause__ is None


def test_rate_limit_keeps_retry_after(fake):
    fake.script(error(429, "rate_limit_exceeded", headers={"retry-after": "30"}))
    with pytest.raises(UpstreamBusy) as caught:
        make_engine(fake.url).analyze(RESUME, JOB)
    assert caught.value.retry_after == 30


def test_rate_limit_without_header_gets_a_default_retry_after(fake):
    fake.script(error(429, "rate_limit_exceeded"))
    with pytest.raises(UpstreamBusy) as caught:
        make_engine(fake.url, max_retries=0).analyze(RESUME, JOB)
    assert (caught.value.retry_after, fake.hits) == (5, 1)


def test_connection_refused_is_unavailable():
    with pytest.raises(UpstreamUnavailable):
        make_engine(refused_url()).analyze(RESUME, JOB)


def test_slow_upstream_times_out_within_the_deadline(fake):
    fake.script(answer(GOOD, delay=5.0))
    started = time.monotonic()
    with pytest.raises(UpstreamTimeout):
        make_engine(fake.url, timeout_seconds=0.5).analyze(RESUME, JOB)
    assert time.monotonic() - started < 4.0  # the answer takes 5 s: it stopped at the timeout
    assert fake.hits == 1


def test_retry_is_skipped_when_the_deadline_is_too_close(fake):
    fake.script(error(500, delay=0.3), answer(GOOD))
    with pytest.raises(UpstreamUnavailable):
        make_engine(fake.url, timeout_seconds=1.0).analyze(RESUME, JOB)
    assert fake.hits == 1


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (answer("{not json"), UpstreamBadOutput),
        (answer({**GOOD, "verdict": "strong"}), UpstreamBadOutput),  # an extra key
        (answer({**GOOD, "score": 150}), UpstreamBadOutput),
        (answer({**GOOD, "score": -1}), UpstreamBadOutput),
        (answer({k: v for k, v in GOOD.items() if k != "summary"}), UpstreamBadOutput),
        (answer('{"score": 78, "summ', truncated=True), UpstreamBadOutput),
        (Reply(body=b"<html>gateway</html>"), UpstreamBadOutput),
        (Reply(refusal="I can't help with that."), ModelRefused),
    ],
)
@pytest.mark.parametrize("api", ["responses", "chat"])
def test_bad_output_and_refusal(fake, reply, expected, api):
    fake.script(reply)
    with pytest.raises(expected):
        make_engine(fake.url, openai_api=api).analyze(RESUME, JOB)
    assert fake.hits == 1


def test_fallback_returns_the_offline_report_with_a_warning(fake):
    fake.script(error(500))
    report = make_engine(fake.url, fallback="offline").analyze(RESUME, JOB)
    assert report.engine.name == "offline"
    assert report.score == 70
    assert [w.code for w in report.warnings] == ["llm_unavailable"]
    assert report.warnings[0].message == (
        "The AI analysis was unavailable: The AI service failed. This is the offline analysis."
    )


def test_fallback_is_not_cached(fake):
    fake.script(error(500), error(500), answer(GOOD))
    engine = make_engine(fake.url, fallback="offline")
    assert engine.analyze(RESUME, JOB).engine.name == "offline"
    assert engine.analyze(RESUME, JOB).engine.name == "openai"
    assert fake.hits == 3


@pytest.mark.parametrize("fallback", ["offline", "none"])
def test_input_over_the_token_cap_is_refused_before_any_call(fake, fallback):
    fake.script(answer(GOOD))
    engine = make_engine(fake.url, max_input_tokens=500, fallback=fallback)
    with pytest.raises(InputTooLarge) as caught:
        engine.analyze(RESUME, JOB)
    assert caught.value.code == "too_many_tokens"
    assert "the limit is 500" in caught.value.message
    assert fake.hits == 0


def test_weak_pair_scored_100_is_capped(fake):
    weak = {
        **GOOD,
        "score": 100,
        "requirements": [
            {"text": "Kubernetes", "importance": "required", "status": "missing", "evidence": []}
        ],
    }
    fake.script(answer(weak))
    report = make_engine(fake.url, offline_score=15, model="m").analyze(RESUME, JOB)
    assert (report.score, report.verdict) == (35, "partial")
    assert [w.code for w in report.warnings] == ["score_capped"]


def test_hallucinated_quotes_are_dropped_and_counted(fake):
    invented = {**GOOD}
    invented["requirements"] = [
        {**GOOD["requirements"][0], "evidence": ["Led a team of 40 Python engineers"]},
        GOOD["requirements"][1],
    ]
    fake.script(answer(invented))
    report = make_engine(fake.url).analyze(RESUME, JOB)
    assert report.requirements[0].evidence == []
    assert report.requirements[0].status == "partial"
    assert [(w.code, w.message) for w in report.warnings] == [
        (
            "unverified_evidence",
            "1 quote(s) the model gave were not found in the resume and were removed.",
        )
    ]


def test_the_engine_is_built_from_settings():
    settings = Settings(
        engine="openai",
        openai_api_key="sk-test-secret",
        openai_base_url="http://127.0.0.1:9/v1",
        timeout_seconds=12.5,
        cache_size=3,
    )
    engine = OpenAIEngine(settings, offline=StubOffline())
    assert (engine.client.max_retries, engine.client.timeout) == (0, 12.5)
    assert (engine.client.api_key, str(engine.client.base_url)) == (
        "sk-test-secret",
        "http://127.0.0.1:9/v1/",
    )
    assert (engine.settings, engine.cache.size) == (settings, 3)


def test_without_key_or_server_the_engine_is_misconfigured():
    with pytest.raises(UpstreamMisconfigured):
        OpenAIEngine(Settings(engine="openai"), offline=StubOffline())
