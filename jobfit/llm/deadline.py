"""One deadline for a whole upstream call, enforced on every socket operation under the SDK.

The SDK's timeout bounds each read, so an upstream that sends a byte a second never trips it. Here
the HTTP client's network backend gives every connect, TLS handshake, write and read at most the
time left before the deadline of the call in progress, and fails the first one that starts after
it: a trickle is cut at the deadline, whether it trickles the headers or the body.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore2
import httpx2

# The SDK's own defaults for the client it would build (openai._base_client._DefaultHttpxClient).
_LIMITS = httpx2.Limits(max_connections=1000, max_keepalive_connections=100)

# When the current thread's upstream call must be over (time.monotonic()), or None: no deadline.
_deadline: ContextVar[float | None] = ContextVar("jobfit_upstream_deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[float]:
    """Bound every socket operation of the calls made inside to `seconds` from now, in all."""
    end = time.monotonic() + seconds
    token = _deadline.set(end)
    try:
        yield end
    finally:
        _deadline.reset(token)


def _bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    """`timeout` shortened to the time left before the deadline; raise `expired` when none is."""
    end = _deadline.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise expired("The deadline of the upstream call has passed.")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore2.NetworkStream):
    def __init__(self, stream: httpcore2.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore2.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore2.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout=None):
        timeout = _bounded(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore2.NetworkBackend):
    def __init__(self, backend: httpcore2.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(self, host: str, port: int, timeout=None, local_address=None, **options):
        timeout = _bounded(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._backend.connect_tcp(host, port, timeout, local_address, **options))

    def connect_unix_socket(self, path: str, timeout=None, **options):
        timeout = _bounded(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, timeout, **options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def http_client(timeout: float) -> httpx2.Client:
    """An HTTP client for the SDK whose connections obey `deadline`; otherwise the SDK's own."""
    transport = httpx2.HTTPTransport(limits=_LIMITS)
    # httpx2 builds its connection pool without a way to pass a network backend, so the pool's
    # backend is wrapped in place (tests/test_llm_deadline.py fails if these names ever change).
    pool = transport._pool
    pool._network_backend = _Backend(pool._network_backend)
    return httpx2.Client(transport=transport, timeout=timeout, follow_redirects=True)
