"""Hostile request bodies: deep JSON, streamed (chunked) bodies over the cap or broken."""

from __future__ import annotations

import gc
import io
import json

import pytest

GOOD = {"resume": "Python developer, 5 years.", "jobDesc": "Wanted: Python developer."}


def chunked(client, body, content_type="application/json"):
    """POST `body` as a server hands a chunked request to WSGI: no length, input terminated."""
    stream = body if hasattr(body, "read") else io.BytesIO(body)
    return client.post(
        "/compare",
        input_stream=stream,
        content_type=content_type,
        headers={"Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )


@pytest.mark.parametrize("depth", [1_000, 100_000])
@pytest.mark.parametrize("bracket", ["[]", "{}"])
def test_deeply_nested_json_is_a_400(client, engine, depth, bracket):
    opener = '{"a":' if bracket == "{}" else "["
    body = opener * depth + "1" + bracket[1] * depth
    response = client.post("/compare", data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.get_json() == {
        "error": "invalid_json",
        "message": "The JSON body is nested too deeply.",
    }
    assert engine.calls == []


def test_nesting_inside_a_field_is_an_invalid_type(client):
    body = '{"resume": ' + "[" * 50 + "]" * 50 + ', "jobDesc": "x"}'
    response = client.post("/compare", data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["error"] == "invalid_type"


def test_a_chunked_body_is_read(client, engine):
    response = chunked(client, json.dumps(GOOD).encode())
    assert response.status_code == 200
    assert engine.calls == [(GOOD["resume"], GOOD["jobDesc"])]


def test_a_chunked_body_at_the_cap_is_read_whole(client, app, engine):
    cap = app.config["MAX_CONTENT_LENGTH"]
    body = json.dumps(GOOD).encode()
    body = body[:-1] + b" " * (cap - len(body)) + b"}"
    assert len(body) == cap
    response = chunked(client, body)
    assert response.status_code == 200
    assert engine.calls == [(GOOD["resume"], GOOD["jobDesc"])]


@pytest.mark.parametrize("extra", [1, 3 * 1024 * 1024])
def test_a_chunked_body_over_the_cap_is_a_413(client, app, engine, extra):
    # Werkzeug cut such a body at the cap without a word: a truncated JSON, so a 400.
    body = b'{"resume": "' + b"x" * (app.config["MAX_CONTENT_LENGTH"] + extra)
    response = chunked(client, body)
    assert response.status_code == 413
    assert response.get_json()["error"] == "too_large"
    assert engine.calls == []


def test_a_chunked_multipart_over_the_cap_is_a_413(client, app):
    body = b"--b\r\n" + b"x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    response = chunked(client, body, content_type="multipart/form-data; boundary=b")
    assert response.status_code == 413


class BrokenChunks:
    """A server's chunked reader that meets a malformed chunk after some data."""

    def __init__(self, error: Exception):
        self.error, self.sent = error, False

    def tell(self):  # the test client asks where the stream starts
        return 0

    def seek(self, *args):
        return 0

    def read(self, size=-1):
        if not self.sent:
            self.sent = True
            return b'{"resume": "'
        raise self.error


class InvalidChunkSize(Exception):
    """Like gunicorn.http.errors.InvalidChunkSize: not an OSError, not a ValueError."""


@pytest.mark.parametrize("error", [InvalidChunkSize("zz"), OSError("reset"), ValueError("bad")])
def test_a_malformed_chunk_is_a_400_not_a_500(client, engine, error):
    response = chunked(client, BrokenChunks(error))
    assert response.status_code == 400
    assert response.get_json() == {
        "error": "bad_request",
        "message": "The request body is malformed.",
    }
    assert engine.calls == []


@pytest.mark.parametrize(
    ("path", "code"), [("/compare", "missing_field"), ("/extract", "invalid_input")]
)
def test_a_file_part_cut_short_is_a_400_and_its_buffer_is_closed(client, path, code):
    # No closing boundary: Werkzeug drops the form after opening the part's temporary file.
    body = b'--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nPython'
    response = client.post(path, data=body, content_type="multipart/form-data; boundary=x")
    assert response.status_code == 400
    assert response.get_json()["error"] == code
    # pytest (filterwarnings = error) fails the test on the ResourceWarning of a leaked buffer.
    gc.collect()
