"""The web layer: a Flask factory, thin views, and one error handler."""

from __future__ import annotations

import logging

from flask import Flask, jsonify, render_template, request
from flask_cors import CORS
from werkzeug.exceptions import HTTPException

from jobfit.codes import WARNINGS, status_for
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
    app = Flask(__name__)
    app.config.from_mapping(
        # API Gateway carries about 6 MB of base64 (4.5 MB raw): one 4 MiB upload plus the text.
        MAX_CONTENT_LENGTH=5 * 1024 * 1024,
        MAX_FORM_MEMORY_SIZE=1024 * 1024,
    )
    # Keep the report's field order (score first) rather than sorting keys alphabetically.
    app.json.sort_keys = False
    app.config.from_prefixed_env()
    if test_config is not None:
        app.config.from_mapping(test_config)
    settings = app.config.get("JOBFIT_SETTINGS") or Settings.from_env()
    app.config["JOBFIT_SETTINGS"] = settings
    app.extensions["jobfit_engine"] = app.config.get("ENGINE") or build_engine(settings)

    if settings.cors_origins:
        CORS(
            app,
            resources={r"/compare": {}, r"/extract": {}},
            origins=list(settings.cors_origins),
            methods=["POST", "OPTIONS"],
            allow_headers=["Content-Type"],
            max_age=600,
        )
    _register_views(app)
    _register_error_handlers(app)
    app.after_request(_security_headers)
    return app


def _register_views(app: Flask) -> None:
    settings: Settings = app.config["JOBFIT_SETTINGS"]
    engine = app.extensions["jobfit_engine"]

    @app.get("/")
    def index():
        return render_template(
            "index.html",
            engine_name=settings.engine,
            max_chars=settings.max_text_chars,
            max_file_mb=MAX_FILE_BYTES // (1024 * 1024),
            warning_titles=WARNINGS,
        )

    @app.get("/healthz")
    def healthz():
        return {"status": "ok", "engine": settings.engine}

    @app.post("/compare")
    def compare():
        resume, job, notices = _read_compare_input(settings.max_text_chars)
        report = analyze(
            resume, job, engine=engine, max_chars=settings.max_text_chars, warnings=notices
        )
        return jsonify(report.model_dump(mode="json"))

    @app.post("/extract")
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
    body = request.get_json(force=True, silent=True)
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
