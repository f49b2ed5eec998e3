"""Web-layer guards: the per-client rate limit, streamed-body limits and response headers."""

from __future__ import annotations

import logging
import math
import time
from io import BytesIO

from flask import Flask, Request, current_app, jsonify, request
from flask_limiter import Limiter, RateLimitExceeded
from limits import parse_many
from werkzeug.exceptions import BadRequest, HTTPException, RequestEntityTooLarge
from werkzeug.middleware.proxy_fix import ProxyFix

from jobfit.errors import ConfigError

# A year, the HSTS max-age browsers' preload lists ask for.
HSTS = "max-age=31536000; includeSubDomains"


class ClosingRequest(Request):
    """A request that closes every upload buffer it opened, even of a form it failed to parse."""

    def _get_file_stream(self, *args, **kwargs):
        # Werkzeug closes the files of request.files only; a part cut short by a malformed body
        # or a size cap leaves its temporary file open until garbage collection.
        stream = super()._get_file_stream(*args, **kwargs)
        self.__dict__.setdefault("_upload_streams", []).append(stream)
        return stream

    def close(self) -> None:
        super().close()
        for stream in self.__dict__.get("_upload_streams", ()):
            stream.close()


def client_address() -> str:
    """The client's address: API Gateway's sourceIp under Zappa, else the peer's address."""
    # Zappa derives REMOTE_ADDR from X-Forwarded-For, whose left part the client writes; the
    # event's requestContext is written by API Gateway itself (REST: identity, HTTP API: http).
    event = request.environ.get("lambda.event")
    context = event.get("requestContext") if isinstance(event, dict) else None
    if isinstance(context, dict):
        for part in ("identity", "http"):
            source = context.get(part)
            if isinstance(source, dict) and source.get("sourceIp"):
                return str(source["sourceIp"])
    return request.remote_addr or "unknown"


def trust_proxies(app: Flask, hops: str) -> None:
    """Behind `hops` reverse proxies of ours, read the client and scheme from X-Forwarded-*."""
    if not hops.isdigit():
        raise ConfigError(f"JOBFIT_PROXY_HOPS must be a whole number; it is {hops!r}.")
    if int(hops):
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=int(hops), x_proto=int(hops))


def make_limiter(app: Flask):
    """Attach a Flask-Limiter to `app`; return the decorator that puts a view under the limit."""
    # Flask-Limiter logs each breach at INFO with the key, a client's address: personal data.
    logging.getLogger("flask-limiter").setLevel(logging.WARNING)
    limiter = Limiter(
        key_func=client_address,
        app=app,
        storage_uri=app.config["RATELIMIT_STORAGE_URI"],
        strategy="fixed-window",
        headers_enabled=False,  # Retry-After goes on the 429 only, set by rate_limited() below
    )
    app.extensions["jobfit_limiter"] = limiter
    if limiter.enabled:
        try:
            parse_many(app.config["JOBFIT_RATE_LIMIT"])
        except ValueError:
            raise ConfigError("JOBFIT_RATE_LIMIT must read like '30/minute' or be 'off'.") from None
    # One budget shared by every analysing endpoint: /rank joins with `@api_limit` too.
    return limiter.shared_limit(
        lambda: current_app.config["JOBFIT_RATE_LIMIT"], scope="api", methods=["POST"]
    )


def rate_limited(error: RateLimitExceeded):
    """The 429 JSON answer, with the seconds until the window resets."""
    window = error.limit.limit.get_expiry()
    current = current_app.extensions["jobfit_limiter"].current_limit
    reset_at = current.reset_at if current is not None else time.time() + window
    wait = min(max(1, math.ceil(reset_at - time.time())), window)
    response = jsonify(
        error="rate_limited", message=f"Too many requests; try again in {wait} seconds."
    )
    response.status_code = 429
    response.headers["Retry-After"] = str(wait)
    return response


def buffer_streamed_body() -> None:
    """Read a chunked body up front: over the size cap is 413, a broken stream 400."""
    environ = request.environ
    # Bodies with a Content-Length are checked by Werkzeug; a streamed one it cuts silently at
    # the cap (a truncated body then looks like bad JSON), and a server's own parse error of a
    # malformed chunk (gunicorn's InvalidChunkSize) would surface as a 500.
    if request.method != "POST" or request.content_length is not None:
        return
    if "wsgi.input_terminated" not in environ:
        return
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    stream, parts, size = environ["wsgi.input"], [], 0
    try:
        while size <= limit:
            part = stream.read(min(64 * 1024, limit + 1 - size))
            if not part:
                break
            parts.append(part)
            size += len(part)
    except HTTPException:
        raise
    except Exception:  # the server's own error type for a malformed chunk or a dropped client
        raise BadRequest("The request body is malformed.") from None
    if size > limit:
        raise RequestEntityTooLarge()
    body = b"".join(parts)
    environ.update({"wsgi.input": BytesIO(body), "CONTENT_LENGTH": str(len(body))})
    # Now it is an ordinary body of known length (a chunked one would make Werkzeug ignore it).
    del environ["wsgi.input_terminated"]
    environ.pop("HTTP_TRANSFER_ENCODING", None)


def add_headers(response):
    """Cache rules by content, Vary for CORS, and HSTS on HTTPS."""
    if request.endpoint != "static":
        # API answers carry personal data: no cache may keep them. The page is revalidated.
        no_cache = response.mimetype == "text/html"
        response.headers.setdefault("Cache-Control", "no-cache" if no_cache else "no-store")
    if request.path in current_app.config["JOBFIT_CORS_PATHS"]:
        # A shared cache must not give one origin's answer (with its CORS headers) to another.
        response.vary.add("Origin")
    # is_secure comes from wsgi.url_scheme: Zappa sets https itself, gunicorn from
    # X-Forwarded-Proto only for --forwarded-allow-ips peers; a client cannot fake it.
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response
