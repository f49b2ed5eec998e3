"""The OpenAPI 3.1 description of the HTTP API, built as a dict (served at /openapi.json)."""

from __future__ import annotations

from jobfit.codes import ERRORS, WARNINGS
from jobfit.documents import MAX_FILE_BYTES
from jobfit.report import Notice, Report

# Error codes by status and warning codes, from jobfit's one list (jobfit/codes.py).
WARNING_CODES = tuple(WARNINGS)
WHEN = {
    400: "The body is not a JSON object, a field is missing, not a string or blank.",
    413: "A field, a file, the body or the prompt is over its limit.",
    415: "A file is not PDF, DOCX or text (judged by content), or its name says otherwise.",
    422: "A file is locked, damaged, hostile, empty or without text; the model refused.",
    429: "Too many requests from this client; Retry-After says when to try again.",
    500: "A bug; the message says only that something went wrong.",
    502: "The LLM failed (only with JOBFIT_FALLBACK=none).",
    503: "The LLM is rate limiting jobfit (only with JOBFIT_FALLBACK=none).",
    504: "The LLM did not answer in time (only with JOBFIT_FALLBACK=none).",
}
# Every status an analysing path may answer with, and its codes (404 and 405 are not per path).
ERROR_CODES: dict[int, tuple[str, ...]] = {
    status: tuple(code for code, its in ERRORS.items() if its == status) for status in WHEN
}
RETRY_AFTER = {"description": "Seconds to wait.", "schema": {"type": "integer", "minimum": 1}}
UPLOAD_STATUSES = (400, 413, 415, 422, 429, 500)
COMPARE_STATUSES = (*UPLOAD_STATUSES, 502, 503, 504)


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict) -> dict:
    return {"application/json": {"schema": schema}}


def _error(status: int) -> dict:
    schema = {
        "allOf": [
            _ref("Error"),
            {"properties": {"error": {"enum": list(ERROR_CODES[status])}}},
        ]
    }
    response = {"description": WHEN[status], "content": _json(schema)}
    if status in (429, 503):
        response["headers"] = {"Retry-After": RETRY_AFTER}
    return response


def _operation(summary: str, body: dict, ok: dict, statuses: tuple[int, ...]) -> dict:
    responses = {"200": ok} | {str(status): _error(status) for status in statuses}
    return {"summary": summary, "requestBody": {"required": True, "content": body}} | {
        "responses": responses
    }


def _schemas(max_chars: int) -> dict:
    report = Report.model_json_schema(
        ref_template="#/components/schemas/{model}", mode="serialization"
    )
    schemas = report.pop("$defs") | {"Report": report}
    text = {"type": "string", "pattern": r"\S", "maxLength": max_chars}
    # A malformed item ({"id": "a", "text": ""}, or no object at all) is that item's own error
    # inside a 200, so the list takes anything; RankItem says what an item should be.
    items = {"type": "array", "minItems": 1, "maxItems": 50, "items": {}}
    upload = {"type": "string", "contentMediaType": "application/octet-stream"}
    upload["description"] = f"A PDF, DOCX or text file of at most {MAX_FILE_BYTES} bytes."
    schemas["Notice"] = Notice.model_json_schema()
    schemas["Notice"]["properties"]["code"]["examples"] = list(WARNING_CODES)
    return schemas | {
        "Error": {
            "type": "object",
            "required": ["error", "message"],
            "properties": {"error": {"type": "string"}, "message": {"type": "string"}},
        },
        "CompareJSON": {
            "type": "object",
            "required": ["resume", "jobDesc"],
            "properties": {"resume": text, "jobDesc": text},
        },
        "CompareForm": {
            "type": "object",
            "description": "Each side as text or as a file; a file wins over text.",
            "properties": {
                "resume": text,
                "jobDesc": text,
                "resume_file": upload,
                "job_file": upload,
            },
        },
        "ExtractForm": {"type": "object", "required": ["file"], "properties": {"file": upload}},
        "Extracted": {
            "type": "object",
            "required": ["text", "kind", "pages", "warnings"],
            "properties": {
                "text": {"type": "string"},
                "kind": {"enum": ["pdf", "docx", "txt"]},
                "pages": {"type": ["integer", "null"], "minimum": 1},
                "warnings": {"type": "array", "items": _ref("Notice")},
            },
        },
        "RankJSON": {
            "description": "One job with resumes to rank, or one resume with jobs to rank.",
            "oneOf": [
                # One side only: a body naming both a job and a resume is refused (400).
                {
                    "type": "object",
                    "required": ["job", "resumes"],
                    "properties": {"job": text, "resumes": items},
                    "not": {"required": ["resume"]},
                },
                {
                    "type": "object",
                    "required": ["resume", "jobs"],
                    "properties": {"resume": text, "jobs": items},
                    "not": {"required": ["job"]},
                },
            ],
        },
        "RankItem": {
            "type": "object",
            "description": "What each item of resumes or jobs should be.",
            "required": ["text"],
            "properties": {"id": {"type": "string"}, "text": {"type": "string"}},
        },
        "RankForm": {
            "type": "object",
            "description": "job or job_file with resume_files, or resume or resume_file with "
            "job_files.",
            "properties": {
                "job": text,
                "job_file": upload,
                "resume_files": {"type": "array", "items": upload},
                "resume": text,
                "resume_file": upload,
                "job_files": {"type": "array", "items": upload},
            },
        },
        "Ranking": {
            "type": "object",
            "required": ["direction", "engine", "items", "count", "failed"],
            "properties": {
                "direction": {"enum": ["resumes", "jobs"]},
                "engine": {"enum": ["offline", "openai"]},
                "items": {"type": "array", "items": {"type": "object"}},
                "count": {"type": "integer", "minimum": 0},
                "failed": {"type": "integer", "minimum": 0},
            },
        },
        "Health": {
            "type": "object",
            "required": ["status", "engine"],
            "properties": {"status": {"const": "ok"}, "engine": {"enum": ["offline", "openai"]}},
        },
    }


def build_spec(server_url: str = "/", max_chars: int = 50_000) -> dict:
    """The OpenAPI 3.1 document for an app served under `server_url`."""
    multipart = "multipart/form-data"
    compare = _operation(
        "Score how well a resume fits a job.",
        _json(_ref("CompareJSON")) | {multipart: {"schema": _ref("CompareForm")}},
        {"description": "The report.", "content": _json(_ref("Report"))},
        COMPARE_STATUSES,
    )
    extract = _operation(
        "Extract the text of an uploaded file, without analysing it.",
        {multipart: {"schema": _ref("ExtractForm")}},
        {"description": "The file's text.", "content": _json(_ref("Extracted"))},
        UPLOAD_STATUSES,
    )
    rank = _operation(
        "Rank many resumes for one job, or many jobs for one resume, best first.",
        _json(_ref("RankJSON")) | {multipart: {"schema": _ref("RankForm")}},
        {
            "description": "The items in order, each with its row and its full report (or its own "
            "error).",
            "content": _json(_ref("Ranking")),
        },
        COMPARE_STATUSES,
    )
    page = {"description": "The page.", "content": {"text/html": {"schema": {"type": "string"}}}}
    health = {"description": "Alive.", "content": _json(_ref("Health"))}
    document = {"description": "This document.", "content": _json({"type": "object"})}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "jobfit",
            "version": "1",
            "description": "Every error is JSON {error, message}; unknown paths are 404 "
            "not_found, other methods 405 method_not_allowed with an Allow header.",
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/compare": {"post": compare},
            "/extract": {"post": extract},
            "/rank": {"post": rank},
            "/healthz": {"get": {"responses": {"200": health}}},
            "/": {"get": {"responses": {"200": page}}},
            "/openapi.json": {"get": {"responses": {"200": document}}},
        },
        "components": {"schemas": _schemas(max_chars)},
    }
