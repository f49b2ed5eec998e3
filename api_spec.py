"""The OpenAPI 3.1 description of the HTTP API, built as a dict (served at /openapi.json)."""

from __future__ import annotations

from jobfit.documents import MAX_FILE_BYTES
from jobfit.report import Notice, Report

# Error codes by status. Until jobfit keeps one list of its codes, this table is that list for
# the web layer: tests/test_openapi.py fails when jobfit raises a code that is missing here.
ERROR_CODES: dict[int, tuple[str, ...]] = {
    400: ("invalid_json", "missing_field", "invalid_type", "blank_field", "invalid_input")
    + ("bad_request",),
    413: ("too_large", "request_entity_too_large", "too_many_pages", "too_many_tokens"),
    415: ("unsupported_type", "type_mismatch", "unsupported_media_type"),
    422: ("encrypted", "corrupt_pdf", "corrupt_docx", "zip_bomb", "xml_dtd", "too_complex")
    + ("too_slow", "empty_file", "no_text", "all_text_hidden", "unreadable_file")
    + ("model_refused",),
    429: ("rate_limited",),
    500: ("internal_error",),
    502: ("upstream_error", "upstream_misconfigured", "upstream_quota_exhausted")
    + ("upstream_unavailable", "upstream_bad_output"),
    503: ("upstream_busy",),
    504: ("upstream_timeout",),
}
# Codes of the `warnings` a report or an extraction carries: advice, never an error status.
WARNING_CODES = (
    "hidden_text",
    "prompt_injection",
    "keyword_stuffing",
    "job_text_copied",
    "unverified_evidence",
    "score_capped",
    "truncated",
    "llm_unavailable",
)
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
            "/healthz": {"get": {"responses": {"200": health}}},
            "/": {"get": {"responses": {"200": page}}},
            "/openapi.json": {"get": {"responses": {"200": document}}},
        },
        "components": {"schemas": _schemas(max_chars)},
    }
