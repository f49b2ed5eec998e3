"""The web layer: a Flask factory, thin views, and one error handler."""

from __future__ import annotations

import logging
import os
import time

from flask import Flask, jsonify, render_template, request
from flask_cors import CORS
from flask_limiter import RateLimitExceeded
from werkzeug.exceptions import HTTPException

import guards
import page_assets
from api_spec import build_spec
from jobfit import logsafety, tuning
from jobfit.codes import status_for
from jobfit.compare import analyze, build_engine
from jobfit.config import Settings
from jobfit.documents import MAX_FILE_BYTES, read_upload
from jobfit.errors import InvalidInput, JobfitError

log = logging.getLogger("jobfit")

# Scripts, styles and fetches come only from this origin; no inline code, no eval.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)


def create_app(test_config: dict | None = None) -> Flask:
    """Build the Flask app; `test_config` overrides configuration (tests pass a mapping)."""
    logsafety.install()  # before any request: Zappa's debug log would print the resume
    app = Flask(__name__)
    app.request_class = guards.ClosingRequest
    app.config.from_mapping(
        # API Gateway carries about 6 MB of base64 (4.5 MB raw): one 4 MiB upload plus the text.
        MAX_CONTENT_LENGTH=5 * 1024 * 1024,
        MAX_FORM_MEMORY_SIZE=1024 * 1024,
        # Per client address, shared by /compare, /extract and /rank ("off" disables).
        JOBFIT_RATE_LIMIT=os.environ.get("JOBFIT_RATE_LIMIT") or "30/minute",
        RATELIMIT_STORAGE_URI=os.environ.get("JOBFIT_RATE_LIMIT_STORAGE") or "memory://",
        JOBFIT_CORS_PATHS=("/compare", "/extract", "/rank"),
    )
    # Keep the report's field order (score first) rather than sorting keys alphabetically.
    app.json.sort_keys = False
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    settings = app.config.get("JOBFIT_SETTINGS") or Settings.from_env()
    app.config["JOBFIT_SETTINGS"] = settings
    app.extensions["jobfit_engine"] = app.config.get("ENGINE") or build_engine(settings)
    if app.config["JOBFIT_RATE_LIMIT"].strip().lower() == "off":
        app.config["RATELIMIT_ENABLED"] = False
    guards.trust_proxies(app, os.environ.get("JOBFIT_PROXY_HOPS", "0").strip() or "0")
    # Registered first, so a client over its limit gets its 429 before its body is read.
    api_limit = guards.make_limiter(app)
    app.before_request(guards.buffer_streamed_body)

    if settings.cors_origins:
        CORS(
            app,
            resources={path: {} for path in app.config["JOBFIT_CORS_PATHS"]},
            origins=list(settings.cors_origins),
            methods=["POST", "OPTIONS"],
            allow_headers=["Content-Type"],
            max_age=600,
        )
    _register_views(app, api_limit)
    page_assets.fingerprint_static(app)
    page_assets.compact_templates(app)
    _register_error_handlers(app)
    app.after_request(_security_headers)
    app.after_request(guards.add_headers)
    return app


def _register_views(app: Flask, api_limit) -> None:
    settings: Settings = app.config["JOBFIT_SETTINGS"]
    engine = app.extensions["jobfit_engine"]

    @app.get("/")
    def index():
        return render_template(
            "index.html",
            engine_name=settings.engine,
            max_chars=settings.max_text_chars,
            max_file_mb=MAX_FILE_BYTES // (1024 * 1024),
            strong_band=tuning.STRONG_BAND,
            partial_band=tuning.PARTIAL_BAND,
        )

    @app.get("/healthz")
    def healthz():
        return {"status": "ok", "engine": settings.engine}

    @app.get("/openapi.json")
    def openapi():
        return build_spec(request.script_root or "/", settings.max_text_chars)

    @app.post("/compare")
    @api_limit
    def compare():
        resume, job, notices = _read_compare_input(settings.max_text_chars)
        report = analyze(
            resume, job, engine=engine, max_chars=settings.max_text_chars, warnings=notices
        )
        return jsonify(report.model_dump(mode="json"))

    @app.post("/rank")
    @api_limit
    def rank():
        # Imported on first use: a cold start that serves the page or /compare never needs them.
        from jobfit import rank_input
        from jobfit.rank_service import run_rank

        # One budget for the whole request: reading uploaded files spends it too.
        deadline = time.monotonic() + settings.rank_budget_seconds
        if request.mimetype == "multipart/form-data":
            parsed = rank_input.from_form(request.form, request.files, settings, deadline)
        else:
            parsed = rank_input.from_json(request.get_json(force=True, silent=True), settings)
        return jsonify(run_rank(parsed, engine, settings, deadline))

    @app.post("/extract")
    @api_limit
    def extract():
        upload = request.files.get("file")
        if upload is None:
            raise InvalidInput("Send the document as the multipart field 'file'.", field="file")
        extracted = read_upload(upload.stream, upload.filename, max_chars=settings.max_text_chars)
        return jsonify(
            text=extracted.text,
            kind=extracted.kind,
            pages=extracted.pages,
            warnings=[w.model_dump() for w in extracted.warnings],
        )


def _read_compare_input(max_chars: int):
    """Return (resume, job, notices) from a JSON body or a multipart form."""
    if request.mimetype == "multipart/form-data":
        texts, notices = {}, []
        for field, file_field in (("resume", "resume_file"), ("jobDesc", "job_file")):
            upload = request.files.get(file_field)
            if upload is not None and upload.filename:
                extracted = read_upload(upload.stream, upload.filename, max_chars=max_chars)
                texts[field] = extracted.text
                notices.extend(extracted.warnings)
            else:
                texts[field] = request.form.get(field)
        return texts["resume"], texts["jobDesc"], notices
    try:
        body = request.get_json(force=True, silent=True)
    except RecursionError:  # deeper than the parser's stack; jobfit's body is two strings
        raise InvalidInput("The JSON body is nested too deeply.", code="invalid_json") from None
    if not isinstance(body, dict):
        raise InvalidInput(
            'Send a JSON object such as {"resume": "...", "jobDesc": "..."}.', code="invalid_json"
        )
    return body.get("resume"), body.get("jobDesc"), []


def _register_error_handlers(app: Flask) -> None:
    @app.errorhandler(JobfitError)
    def jobfit_error(error: JobfitError):
        response = jsonify(error=error.code, message=error.message)
        response.status_code = status_for(error.code)
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None:
            response.headers["Retry-After"] = str(retry_after)
        return response

    app.errorhandler(RateLimitExceeded)(guards.rate_limited)

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        # A body over MAX_CONTENT_LENGTH is too large like any other text or file: one code.
        code = (
            "too_large" if error.code == 413 else (error.name or "error").lower().replace(" ", "_")
        )
        message = {
            413: "The request is larger than the server accepts.",
        }.get(error.code, error.description)
        response = jsonify(error=code, message=message)
        response.status_code = error.code or 500
        if error.code == 405 and error.valid_methods:
            response.headers["Allow"] = ", ".join(error.valid_methods)
        return response

    @app.errorhandler(Exception)
    def unexpected_error(error: Exception):
        # Only the class name is logged: messages and tracebacks may carry resume text.
        log.error("unexpected error in %s: %s", request.path, type(error).__name__)
        response = jsonify(error="internal_error", message="Something went wrong on our side.")
        response.status_code = 500
        return response


def _security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


app = create_app()
