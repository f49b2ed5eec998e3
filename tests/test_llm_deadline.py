"""One deadline for the whole upstream call: trickles, hangs, resets and storms are cut by it."""

from __future__ import annotations

import pytest
from fake_openai import FakeOpenAI, Reply, answer, error
from test_llm import GOOD, JOB, RESUME, make_engine

from jobfit.errors import UpstreamBusy, UpstreamTimeout, UpstreamUnavailable
from jobfit.llm import deadline


@pytest.fixture
def fake():
    with FakeOpenAI() as server:
        yield server


def test_the_client_connections_go_through_the_deadline_backend():
    # deadline.http_client reaches into httpx2's transport; this fails if its names change.
    client = deadline.http_client(5.0)
    backend = client._transport._pool._network_backend
    assert type(backend) is deadline._Backend


@pytest.mark.parametrize("body_only", [False, True], ids=["whole-reply", "body"])
def test_a_trickling_upstream_is_cut_at_the_deadline(fake, body_only):
    # A byte every 50 ms never trips a per-read timeout of 1 s; the whole reply would take
    # over a minute. The deadline of 1 s for the call cuts it after about 20 bytes.
    fake.script(answer(GOOD, trickle=0.05, trickle_body=body_only))
    with pytest.raises(UpstreamTimeout):
        make_engine(fake.url, timeout_seconds=1.0).analyze(RESUME, JOB)
    assert fake.hung_up.wait(5)
    assert 0 < fake.trickled < 200
    assert fake.hits == 1


def test_a_trickle_falls_back_to_the_offline_report(fake):
    fake.script(answer(GOOD, trickle=0.05))
    report = make_engine(fake.url, timeout_seconds=1.0, fallback="offline").analyze(RESUME, JOB)
    assert report.engine.name == "offline"
    assert [w.message for w in report.warnings] == [
        "The AI analysis was unavailable: The AI service did not answer in time. "
        "This is the offline analysis."
    ]


def test_a_hanging_upstream_is_cut_at_the_deadline(fake):
    fake.script(Reply(hang=True))
    with pytest.raises(UpstreamTimeout):
        make_engine(fake.url, timeout_seconds=1.0).analyze(RESUME, JOB)
    assert fake.hung_up.wait(5)
    assert fake.hits == 1


def test_a_reset_connection_is_retried_then_unavailable(fake):
    fake.script(Reply(reset=True))
    with pytest.raises(UpstreamUnavailable):
        make_engine(fake.url).analyze(RESUME, JOB)
    assert fake.hits == 2  # one retry (JOBFIT_MAX_RETRIES=1)


def test_a_reset_then_an_answer_succeeds(fake):
    fake.script(Reply(reset=True), answer(GOOD))
    assert make_engine(fake.url).analyze(RESUME, JOB).engine.name == "openai"
    assert fake.hits == 2


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (error(503), UpstreamUnavailable),
        (error(500), UpstreamUnavailable),
        (error(429, "rate_limit_exceeded", headers={"retry-after-ms": "10"}), UpstreamBusy),
    ],
)
def test_a_storm_gets_at_most_max_retries_more_calls(fake, reply, expected):
    fake.script(reply)  # the last scripted reply repeats: every call fails
    with pytest.raises(expected):
        make_engine(fake.url, max_retries=3).analyze(RESUME, JOB)
    assert fake.hits == 4


def test_retries_fit_inside_the_one_deadline(fake):
    # Each failure takes 0.3 s of a 1 s deadline: no retry can start with a second left.
    fake.script(error(503, delay=0.3))
    with pytest.raises(UpstreamUnavailable):
        make_engine(fake.url, max_retries=5, timeout_seconds=1.0).analyze(RESUME, JOB)
    assert fake.hits == 1


@pytest.mark.parametrize(
    ("headers", "retry_after"),
    [
        ({"retry-after": "inf"}, 60),
        ({"retry-after": "-inf"}, 1),
        ({"retry-after": "nan"}, 5),
        ({"retry-after": "-5"}, 1),
        ({"retry-after": "1e30"}, 60),
        ({"retry-after": "30"}, 30),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 1),  # in the past: now
        ({"retry-after": "Fri, 31 Dec 9999 23:59:59 GMT"}, 60),
        ({"retry-after": "Fri, 31 Dec 9999 23:59:59"}, 5),  # no zone: not an HTTP-date
        ({"retry-after": "soon"}, 5),
        ({"retry-after": "9" * 5000}, 5),
        ({"retry-after": "\u00e9"}, 5),
        ({"retry-after-ms": "1e30"}, 60),
        ({"retry-after-ms": "nan", "retry-after": "7"}, 7),
    ],
)
def test_retry_after_is_parsed_and_bounded(fake, headers, retry_after):
    fake.script(error(429, "rate_limit_exceeded", headers=headers))
    with pytest.raises(UpstreamBusy) as caught:
        make_engine(fake.url, max_retries=0).analyze(RESUME, JOB)
    assert caught.value.retry_after == retry_after


@pytest.mark.parametrize(
    "headers",
    [
        {"x-padding": "a" * 100_000},
        {f"x-many-{i}": "b" for i in range(500)},
        {"retry-after": "inf", "content-type": "text/html; charset=\u00ff"},
    ],
    ids=["one-100-kB-header", "500-headers", "odd-values"],
)
def test_absurd_headers_on_an_answer_change_nothing(fake, headers):
    fake.script(answer(GOOD, headers=headers))
    report = make_engine(fake.url, max_retries=0).analyze(RESUME, JOB)
    assert (report.engine.name, report.score) == ("openai", 78)
