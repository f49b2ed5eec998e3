"""The Procfile's gunicorn (gthread) on 127.0.0.1: raw chunked bodies and slow clients."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
from gunicorn_server import Gunicorn, exchange

HEAD = (
    b"POST /compare HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
    b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
)
GOOD = {"resume": "Python developer, 5 years of Flask.", "jobDesc": "Wanted: Python, Flask."}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("gunicorn") / "gunicorn.log"
    with Gunicorn({"JOBFIT_RATE_LIMIT": "off"}, log) as running:
        yield running
    assert b"Traceback" not in log.read_bytes()


def status_and_json(answer: bytes) -> tuple[int, dict]:
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def chunks(data: bytes, size: int = 65536) -> bytes:
    parts = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"


def test_a_chunked_request_is_answered(server):
    status, body = status_and_json(exchange(server.port, HEAD + chunks(json.dumps(GOOD).encode())))
    assert status == 200
    assert 0 <= body["score"] <= 100


@pytest.mark.parametrize(
    "bad",
    [b"zz\r\nabc\r\n0\r\n\r\n", b'5\r\n{"re\r\n-3\r\n', b"3\r\nabcXX\r\n0\r\n\r\n"],
    ids=["not-hex", "negative", "no-terminator"],
)
def test_a_malformed_chunk_is_a_400_not_a_500(server, bad):
    status, body = status_and_json(exchange(server.port, HEAD + bad))
    assert (status, body) == (
        400,
        {"error": "bad_request", "message": "The request body is malformed."},
    )


def test_a_chunked_body_over_5_mib_is_a_413(server):
    body = b'{"resume": "' + b"x" * (5 * 1024 * 1024 + 1024) + b'", "jobDesc": "x"}'
    status, payload = status_and_json(exchange(server.port, HEAD + chunks(body)))
    assert status == 413
    assert payload["error"] == "too_large"


def trickle(port: int, stop: threading.Event, opened: threading.Barrier) -> None:
    """A slowloris client: a request line, then one header byte every half second."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"POST /compare HTTP/1.1\r\nHost: t\r\n")
        opened.wait()
        while not stop.wait(0.5):
            try:
                sock.sendall(b"X")
            except OSError:
                return  # the server gave up on us: fine


def test_a_few_slow_clients_do_not_block_a_normal_request(server):
    slow, stop = 8, threading.Event()
    opened = threading.Barrier(slow + 1)
    threads = [
        threading.Thread(target=trickle, args=(server.port, stop, opened)) for _ in range(slow)
    ]
    for thread in threads:
        thread.start()
    try:
        opened.wait(timeout=30)
        time.sleep(1.5)  # long enough for each slow client to hold a worker thread
        raw = json.dumps(GOOD).encode()
        request = (
            b"POST /compare HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
            b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(raw), raw)
        )
        # A bound, not a timing claim: under sync workers this waits until the slow ones end.
        status, body = status_and_json(exchange(server.port, request, timeout=10))
        assert status == 200
        assert all(thread.is_alive() for thread in threads)  # they were still trickling
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
