"""Every error and warning code jobfit answers with, in one list.

Errors carry the HTTP status the API answers them with; warnings carry the title the page and the
CLI show above their message. The API, the CLI, the page (rendered into it by the server) and the
README's tables all read these; tests/test_codes.py keeps the README and the code in step.
"""

from __future__ import annotations

ERRORS: dict[str, int] = {
    # The request: a body that is not a JSON object, a field missing, of the wrong type or blank.
    "invalid_json": 400,
    "missing_field": 400,
    "invalid_type": 400,
    "blank_field": 400,
    "invalid_input": 400,
    "bad_request": 400,  # a body the web server itself cannot parse
    "invalid_rank_request": 400,  # /rank without its one side or its list of items
    "not_found": 404,
    "method_not_allowed": 405,
    # One cause, one code: a text, a file or a whole body over its size limit.
    "too_large": 413,
    "too_many_pages": 413,
    "too_many_tokens": 413,
    # A batch for /rank over its item, byte or time limit.
    "too_many_items": 413,
    "batch_too_large": 413,
    "batch_too_slow": 413,
    # Files of a type jobfit does not read.
    "unsupported_media_type": 415,
    "unsupported_type": 415,
    "type_mismatch": 415,
    # Files jobfit reads but cannot read safely, and a model that refused.
    "unreadable_file": 422,
    "encrypted": 422,
    "corrupt_pdf": 422,
    "corrupt_docx": 422,
    "zip_bomb": 422,
    "xml_dtd": 422,
    "too_complex": 422,
    "too_slow": 422,
    "empty_file": 422,
    "no_text": 422,
    "all_text_hidden": 422,
    "model_refused": 422,
    # Texts the offline analysis cannot finish in its time budget, a DOCX nested too deep.
    "analysis_timeout": 422,
    "too_deep": 422,
    # One client sent more requests than JOBFIT_RATE_LIMIT allows.
    "rate_limited": 429,
    # The LLM service failed (only with JOBFIT_FALLBACK=none).
    "upstream_error": 502,
    "upstream_misconfigured": 502,
    "upstream_quota_exhausted": 502,
    "upstream_unavailable": 502,
    "upstream_bad_output": 502,
    "upstream_busy": 503,
    "upstream_timeout": 504,
    # Ours: a bug, or settings that stop the app from starting (the CLI prints them).
    "internal_error": 500,
    "analysis_failed": 500,  # one /rank item the analyzer failed on (the batch still answers)
    "jobfit_error": 500,
    "invalid_config": 500,
    "secret_unavailable": 500,
}

WARNINGS: dict[str, str] = {
    "hidden_text": "Hidden text in the file.",
    "keyword_stuffing": "Repeated keywords.",
    "job_text_copied": "Job text copied into the resume.",
    "prompt_injection": "Instructions aimed at the screener.",
    "llm_unavailable": "Offline fallback.",
    "truncated": "Text was shortened.",
    "unverified_evidence": "Unverified quotes removed.",
    "score_capped": "Score capped.",
    "redacted": "Personal details withheld from the AI.",
    "texts_swapped": "Texts may be swapped.",
    "not_a_resume": "This may not be a resume.",
    "not_a_posting": "This may not be a job posting.",
    "unsupported_skills": "Skills listed, not shown in work.",
    "skills_mirror_job": "Skills list copied from the job ad.",
}


def status_for(code: str) -> int:
    """The HTTP status of an error code; 500 for one missing from the list (a bug)."""
    return ERRORS.get(code, 500)


def title_for(code: str) -> str:
    """The title shown above a warning's message."""
    return WARNINGS.get(code, "Note.")
