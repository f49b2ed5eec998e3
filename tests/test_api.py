"""The JSON API: success, every error path, CORS and headers."""

from __future__ import annotations

import pytest

from app import create_app
from jobfit.config import MAX_TEXT_CHARS
from jobfit.errors import (
    InputTooLarge,
    ModelRefused,
    UnreadableFile,
    UpstreamBadOutput,
    UpstreamBusy,
    UpstreamMisconfigured,
    UpstreamTimeout,
    UpstreamUnavailable,
)
from tests.conftest import ALLOWED_ORIGIN, ScriptedEngine, make_report

GOOD = {"resume": "Python developer, 5 years.", "jobDesc": "Wanted: Python developer."}


def test_compare_returns_the_engine_report(client, engine):
    response = client.post("/compare", json=GOOD)
    assert response.status_code == 200
    assert response.get_json() == make_report().model_dump(mode="json")
    assert engine.calls == [(GOOD["resume"], GOOD["jobDesc"])]


def test_compare_accepts_json_without_content_type(client):
    # The S3-hosted page may send text/plain to avoid a preflight; the body is still JSON.
    response = client.post("/compare", data='{"resume": "a b", "jobDesc": "c d"}')
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("body", "status", "code", "names"),
    [
        ("not json", 400, "invalid_json", None),
        ("[1, 2]", 400, "invalid_json", None),
        ('"just a string"', 400, "invalid_json", None),
        ('{"jobDesc": "x"}', 400, "missing_field", "resume"),
        ('{"resume": "x"}', 400, "missing_field", "jobDesc"),
        ('{"resume": 5, "jobDesc": "x"}', 400, "invalid_type", "resume"),
        ('{"resume": "x", "jobDesc": ["x"]}', 400, "invalid_type", "jobDesc"),
        ('{"resume": "  \\n\\t ", "jobDesc": "x"}', 400, "blank_field", "resume"),
        ('{"resume": "x", "jobDesc": ""}', 400, "blank_field", "jobDesc"),
    ],
)
def test_compare_rejects_bad_input(client, engine, body, status, code, names):
    response = client.post("/compare", data=body, content_type="application/json")
    assert response.status_code == status
    payload = response.get_json()
    assert set(payload) == {"error", "message"}
    assert payload["error"] == code
    if names:
        assert f"'{names}'" in payload["message"]
    assert engine.calls == []


@pytest.mark.parametrize("field", ["resume", "jobDesc"])
def test_compare_rejects_a_field_over_the_limit(client, field):
    body = dict(GOOD, **{field: "x" * (MAX_TEXT_CHARS + 1)})
    response = client.post("/compare", json=body)
    assert response.status_code == 413
    assert response.get_json()["error"] == "too_large"
    assert f"'{field}'" in response.get_json()["message"]


def test_compare_accepts_a_field_at_the_limit(client):
    response = client.post("/compare", json=dict(GOOD, resume="x" * MAX_TEXT_CHARS))
    assert response.status_code == 200


def test_body_over_max_content_length_is_json_413(client, app):
    body = b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    response = client.post("/compare", data=body, content_type="application/json")
    assert response.status_code == 413
    assert response.get_json()["error"] == "too_large"  # the same code as a field or file


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_wrong_method_is_json_405(client, method):
    response = getattr(client, method)("/compare")
    assert response.status_code == 405
    assert response.get_json()["error"] == "method_not_allowed"
    assert "POST" in response.headers["Allow"]


def test_unknown_path_is_json_404(client):
    response = client.get("/nope")
    assert response.status_code == 404
    assert response.get_json()["error"] == "not_found"


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (InputTooLarge("Too long."), 413, "too_large"),
        (UnreadableFile("Bad file."), 422, "unreadable_file"),
        (ModelRefused("Refused."), 422, "model_refused"),
        (UpstreamTimeout("Slow."), 504, "upstream_timeout"),
        (UpstreamBusy("Busy.", retry_after=7), 503, "upstream_busy"),
        (UpstreamMisconfigured("Misconfigured."), 502, "upstream_misconfigured"),
        (UpstreamUnavailable("Down."), 502, "upstream_unavailable"),
        (UpstreamBadOutput("Garbage."), 502, "upstream_bad_output"),
    ],
)
def test_library_errors_map_to_status_codes(settings, error, status, code):
    app = create_app(
        {"TESTING": True, "JOBFIT_SETTINGS": settings, "ENGINE": ScriptedEngine(error=error)}
    )
    response = app.test_client().post("/compare", json=GOOD)
    assert response.status_code == status
    assert response.get_json() == {"error": code, "message": error.message}
    if isinstance(error, UpstreamBusy):
        assert response.headers["Retry-After"] == "7"


def test_unexpected_error_is_a_json_500_without_details(settings, caplog):
    secret = "Jane Doe, 12 Secret Street"
    engine = ScriptedEngine(error=RuntimeError(secret))
    app = create_app({"TESTING": False, "JOBFIT_SETTINGS": settings, "ENGINE": engine})
    response = app.test_client().post("/compare", json=dict(GOOD, resume=secret))
    assert response.status_code == 500
    assert response.get_json() == {
        "error": "internal_error",
        "message": "Something went wrong on our side.",
    }
    assert secret not in caplog.text
    assert "RuntimeError" in caplog.text


def test_cors_allows_the_configured_origin(client):
    response = client.post("/compare", json=GOOD, headers={"Origin": ALLOWED_ORIGIN})
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED_ORIGIN


def test_cors_ignores_a_foreign_origin(client):
    response = client.post("/compare", json=GOOD, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_headers_on_errors_too(client):
    response = client.post("/compare", data="nope", headers={"Origin": ALLOWED_ORIGIN})
    assert response.status_code == 400
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED_ORIGIN


def test_cors_preflight(client):
    response = client.options(
        "/compare",
        headers={
            "Origin": ALLOWED_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED_ORIGIN
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "content-type" in response.headers["Access-Control-Allow-Headers"].lower()


def test_no_cors_by_default(engine):
    from jobfit.config import Settings

    app = create_app({"TESTING": True, "JOBFIT_SETTINGS": Settings(), "ENGINE": engine})
    response = app.test_client().post("/compare", json=GOOD, headers={"Origin": ALLOWED_ORIGIN})
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response.headers


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "engine": "offline"}


def test_security_headers(client):
    response = client.get("/healthz")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp
    assert "unsafe" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_index_page_uses_urls_under_the_script_root(client):
    # Under API Gateway the app lives below a stage prefix; url_for must carry it.
    response = client.get("/", base_url="http://localhost/dev/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert 'data-compare-url="/dev/compare"' in html
    assert 'data-extract-url="/dev/extract"' in html
    assert 'src="/dev/static/app.js?v=' in html
    assert 'data-max-file-mb="4"' in html


def test_report_json_keeps_the_schema_order(client):
    response = client.post("/compare", json=GOOD)
    assert list(response.get_json()) == list(make_report().model_dump())
    assert response.get_data(as_text=True).startswith('{"score":')
