"""Turn uploads into text and attach their findings to a report."""

from __future__ import annotations

from typing import BinaryIO

from jobfit.documents import MAX_FILE_BYTES, Extracted, extract_document
from jobfit.errors import InputTooLarge
from jobfit.report import Notice, Report


def read_upload(stream: BinaryIO, filename: str | None) -> Extracted:
    """Read at most the size cap from `stream` and extract its text."""
    # One byte past the cap is enough to know it is too large without reading it all.
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputTooLarge(f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB.")
    return extract_document(data, filename=filename)


def with_notices(report: Report, notices: list[Notice]) -> Report:
    """Return `report` with `notices` (e.g. hidden text found in an upload) added first."""
    if not notices:
        return report
    return report.model_copy(update={"warnings": [*notices, *report.warnings]})
