"""The per-client rate limit on the analysing endpoints: 429 + Retry-After before any parsing."""

from __future__ import annotations

import collections

import pytest

from app import create_app
from jobfit.config import Settings
from jobfit.errors import ConfigError
from tests.conftest import ALLOWED_ORIGIN, ScriptedEngine

GOOD = {"resume": "Python developer, 5 years.", "jobDesc": "Wanted: Python developer."}


def post(client, path="/compare", ip="198.51.100.1", **kwargs):
    if path == "/compare":
        kwargs.setdefault("json", GOOD)
    else:
        kwargs.setdefault("data", {})
    return client.post(path, environ_base={"REMOTE_ADDR": ip}, **kwargs)


def zappa_environ(source_ip: str, forwarded_for: str) -> dict:
    """What Zappa puts in the environ: REMOTE_ADDR from X-Forwarded-For, the event beside it."""
    event = {"requestContext": {"identity": {"sourceIp": source_ip}}}
    return {"REMOTE_ADDR": forwarded_for.split(",")[0], "lambda.event": event}


def test_a_burst_of_150_from_one_client_meets_429_with_retry_after(client, engine):
    statuses = collections.Counter()
    for _ in range(150):
        response = post(client)
        statuses[response.status_code] += 1
        if response.status_code == 429:
            limited = response
    assert statuses == {200: 30, 429: 120}
    assert len(engine.calls) == 30
    assert limited.get_json()["error"] == "rate_limited"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert limited.get_json()["message"] == (
        f"Too many requests; try again in {limited.headers['Retry-After']} seconds."
    )
    assert limited.headers["Cache-Control"] == "no-store"
    # Another client is not affected.
    assert post(client, ip="198.51.100.2").status_code == 200


def test_compare_and_extract_share_one_budget(client):
    for _ in range(15):
        assert post(client, "/compare").status_code == 200
        assert post(client, "/extract").status_code == 400  # no file: counted all the same
    assert post(client, "/extract").status_code == 429
    assert post(client, "/compare").status_code == 429


def test_the_limit_answers_before_the_body_is_read(client, app, engine):
    for _ in range(30):
        post(client)
    # Over the size cap and not JSON: parsing it would be a 413; the limit answers first.
    body = b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    response = post(client, json=None, data=body, content_type="application/json")
    assert response.status_code == 429


def test_the_429_carries_cors_headers(client):
    for _ in range(30):
        post(client)
    response = post(client, headers={"Origin": ALLOWED_ORIGIN})
    assert response.status_code == 429
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED_ORIGIN


def test_reads_pages_and_preflights_are_not_limited(client):
    for _ in range(40):
        post(client)
    assert client.get("/healthz", environ_base={"REMOTE_ADDR": "198.51.100.1"}).status_code == 200
    assert client.get("/", environ_base={"REMOTE_ADDR": "198.51.100.1"}).status_code == 200
    preflight = client.options(
        "/compare",
        headers={"Origin": ALLOWED_ORIGIN, "Access-Control-Request-Method": "POST"},
        environ_base={"REMOTE_ADDR": "198.51.100.1"},
    )
    assert preflight.status_code == 200


def test_under_zappa_the_key_is_api_gateways_source_ip(client):
    # Zappa takes REMOTE_ADDR from X-Forwarded-For, which the client can write: a client that
    # forges a new address each time still has one budget, that of its real source address.
    for n in range(30):
        environ = zappa_environ("203.0.113.7", f"10.0.0.{n}, 203.0.113.7")
        assert client.post("/compare", json=GOOD, environ_base=environ).status_code == 200
    environ = zappa_environ("203.0.113.7", "10.9.9.9, 203.0.113.7")
    assert client.post("/compare", json=GOOD, environ_base=environ).status_code == 429
    # A second real client forging the first one's address keeps its own budget.
    environ = zappa_environ("203.0.113.8", "203.0.113.7")
    assert client.post("/compare", json=GOOD, environ_base=environ).status_code == 200


def test_http_api_events_carry_the_source_ip_under_http(client):
    event = {"requestContext": {"http": {"sourceIp": "203.0.113.9"}}}
    for _ in range(30):
        client.post("/compare", json=GOOD, environ_base={"lambda.event": event})
    response = client.post("/compare", json=GOOD, environ_base={"lambda.event": event})
    assert response.status_code == 429
    assert post(client, ip="127.0.0.1").status_code == 200


def make_app(monkeypatch, limit: str | None):
    if limit is not None:
        monkeypatch.setenv("JOBFIT_RATE_LIMIT", limit)
    config = {"TESTING": True, "JOBFIT_SETTINGS": Settings(), "ENGINE": ScriptedEngine()}
    return create_app(config)


def test_the_limit_is_a_setting(monkeypatch):
    client = make_app(monkeypatch, "2/minute").test_client()
    assert [post(client).status_code for _ in range(3)] == [200, 200, 429]


def test_several_windows_in_one_setting(monkeypatch):
    client = make_app(monkeypatch, "3/hour;100/minute").test_client()
    assert [post(client).status_code for _ in range(4)] == [200, 200, 200, 429]
    assert int(post(client).headers["Retry-After"]) > 60


def test_off_turns_it_off(monkeypatch):
    client = make_app(monkeypatch, "off").test_client()
    assert {post(client).status_code for _ in range(40)} == {200}


def test_the_test_config_can_turn_it_off(settings, engine):
    config = {"TESTING": True, "JOBFIT_SETTINGS": settings, "ENGINE": engine}
    client = create_app({**config, "RATELIMIT_ENABLED": False}).test_client()
    assert {post(client).status_code for _ in range(40)} == {200}


@pytest.mark.parametrize("limit", ["fast", "30 per fortnight", "-1/minute"])
def test_a_bad_limit_is_a_config_error(monkeypatch, limit):
    with pytest.raises(ConfigError, match="JOBFIT_RATE_LIMIT"):
        make_app(monkeypatch, limit)


def test_the_breach_is_not_logged_with_the_clients_address(client, caplog):
    caplog.set_level("DEBUG")
    for _ in range(31):
        post(client, ip="198.51.100.77")
    assert "198.51.100.77" not in caplog.text


def test_behind_trusted_proxies_the_key_is_the_forwarded_client(monkeypatch):
    monkeypatch.setenv("JOBFIT_PROXY_HOPS", "1")
    client = make_app(monkeypatch, "2/minute").test_client()
    proxy = {"REMOTE_ADDR": "127.0.0.1"}

    def via_proxy(address):
        headers = {"X-Forwarded-For": address}
        return client.post("/compare", json=GOOD, headers=headers, environ_base=proxy).status_code

    assert [via_proxy("198.51.100.1") for _ in range(3)] == [200, 200, 429]
    assert via_proxy("198.51.100.2") == 200
    # One hop trusted: a client's own X-Forwarded-For entry left of its real address is ignored.
    assert via_proxy("10.0.0.1, 198.51.100.1") == 429


@pytest.mark.parametrize("hops", ["two", "-1", "1.5"])
def test_a_bad_proxy_hop_count_is_a_config_error(monkeypatch, hops):
    monkeypatch.setenv("JOBFIT_PROXY_HOPS", hops)
    with pytest.raises(ConfigError, match="JOBFIT_PROXY_HOPS"):
        make_app(monkeypatch, None)
