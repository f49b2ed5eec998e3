"""Response headers: caching by content, Vary with CORS, HSTS only over HTTPS."""

from __future__ import annotations

import pytest

from app import create_app
from guards import HSTS
from jobfit.config import Settings
from tests.conftest import ALLOWED_ORIGIN

GOOD = {"resume": "Python developer, 5 years.", "jobDesc": "Wanted: Python developer."}


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("post", "/compare", {"json": GOOD}),
        ("post", "/compare", {"data": "not json"}),
        ("post", "/extract", {"data": {}}),
        ("get", "/healthz", {}),
        ("get", "/nope", {}),
    ],
)
def test_api_answers_are_never_stored(client, method, path, kwargs):
    response = getattr(client, method)(path, **kwargs)
    assert response.mimetype == "application/json"
    assert response.headers["Cache-Control"] == "no-store"


def test_the_page_is_revalidated_not_forbidden_to_cache(client):
    response = client.get("/")
    assert response.mimetype == "text/html"
    assert response.headers["Cache-Control"] == "no-cache"


def test_static_files_keep_flasks_own_caching(client):
    response = client.get("/static/app.js")
    assert response.status_code == 200
    assert "no-store" not in response.headers.get("Cache-Control", "")
    response.close()


@pytest.mark.parametrize("origin", [None, ALLOWED_ORIGIN, "https://evil.example"])
@pytest.mark.parametrize("path", ["/compare", "/extract"])
def test_cors_answers_vary_on_origin(client, path, origin):
    headers = {"Origin": origin} if origin else {}
    response = client.post(path, data="x", headers=headers)
    assert [v.strip() for v in response.headers["Vary"].split(",")].count("Origin") == 1


def test_preflight_varies_on_origin(client):
    response = client.options(
        "/compare", headers={"Origin": ALLOWED_ORIGIN, "Access-Control-Request-Method": "POST"}
    )
    assert "Origin" in response.headers["Vary"]


def test_no_vary_on_a_path_without_cors(client):
    assert "Vary" not in client.get("/healthz").headers


def test_hsts_over_https(client):
    response = client.get("/healthz", base_url="https://jobfit.example")
    assert (
        response.headers["Strict-Transport-Security"]
        == HSTS
        == ("max-age=31536000; includeSubDomains")
    )


def test_no_hsts_over_plain_http(client):
    assert "Strict-Transport-Security" not in client.get("/healthz").headers


def test_a_client_cannot_ask_for_hsts_with_x_forwarded_proto(client):
    # Without a trusted proxy in front, X-Forwarded-Proto is just a header the client wrote.
    response = client.get("/healthz", headers={"X-Forwarded-Proto": "https"})
    assert "Strict-Transport-Security" not in response.headers


def test_trusted_proxy_hops_read_x_forwarded_proto(engine, monkeypatch):
    monkeypatch.setenv("JOBFIT_PROXY_HOPS", "1")
    app = create_app({"TESTING": True, "JOBFIT_SETTINGS": Settings(), "ENGINE": engine})
    response = app.test_client().get("/healthz", headers={"X-Forwarded-Proto": "https"})
    assert response.headers["Strict-Transport-Security"] == HSTS
