"""Turn an uploaded PDF, DOCX or text file into text, safely, and report what was hidden in it."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import BinaryIO, Literal

from jobfit.config import MAX_TEXT_CHARS
from jobfit.documents._docx import read_docx
from jobfit.documents._text import clean_text, decode_text
from jobfit.errors import InputTooLarge, UnreadableFile, UnsupportedFile
from jobfit.report import Notice

# Uploads reach Lambda base64-encoded inside a 6 MB payload: 4 MiB of file is what fits.
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_PAGES = 20
TIME_BUDGET_SECONDS = 5.0
EXCERPT_CHARS = 80

Kind = Literal["pdf", "docx", "txt"]
_EXTENSIONS: dict[str, Kind] = {
    "pdf": "pdf",
    "docx": "docx",
    "txt": "txt",
    "text": "txt",
    "md": "txt",
}
_REASONS = {
    "invisible": "invisible text",
    "transparent": "transparent text",
    "tiny": "text too small to read",
    "off_page": "text outside the page",
    "background": "text in the background colour",
    "hidden": "text marked hidden",
}


@dataclass(frozen=True)
class Extracted:
    """Text taken from a file, what kind of file it was, and what was left out and why."""

    text: str
    kind: Kind
    pages: int | None = None
    warnings: list[Notice] = field(default_factory=list)


class _Budget:
    """A deadline the readers check between pages, operators and chunks."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def tick(self) -> None:
        if time.monotonic() > self.end:
            raise UnreadableFile(
                "This file took too long to read; it may be damaged or built to stall readers.",
                code="too_slow",
            )


def sniff(data: bytes) -> Kind | None:
    """The kind of file `data` is by its content, or None for anything else."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data else None
    if data.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return None  # old .doc, RTF and images can look like legacy text
    return "txt"


def read_upload(
    stream: BinaryIO,
    filename: str | None,
    *,
    max_chars: int,
    seconds: float = TIME_BUDGET_SECONDS,
) -> Extracted:
    """Read at most the size cap from `stream` and extract its text, keeping `max_chars`."""
    # `max_chars` has no default: it is the JOBFIT_MAX_CHARS setting, which pasted text obeys too.
    # One byte past the cap is enough to know it is too large without reading it all.
    data = stream.read(MAX_FILE_BYTES + 1)
    return extract_document(
        data, filename=filename, max_bytes=MAX_FILE_BYTES, max_chars=max_chars, seconds=seconds
    )


def extract_document(
    data: bytes,
    *,
    filename: str | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    max_chars: int = MAX_TEXT_CHARS,
    max_pages: int = MAX_PAGES,
    seconds: float = TIME_BUDGET_SECONDS,
) -> Extracted:
    """Extract the visible text of a PDF, DOCX or text file; hidden text becomes a warning."""
    if len(data) > max_bytes:
        raise InputTooLarge(f"The file is larger than {max_bytes / 2**20:g} MiB.")
    if not data:
        raise UnreadableFile("This file is empty.", code="empty_file")
    kind = sniff(data)
    raw = decode_text(data) if kind == "txt" else None
    if kind == "txt" and raw is None:
        kind = None
    _check_name(filename, kind)
    budget = _Budget(seconds)
    pages = None
    hidden: list[tuple[str, str]] = []
    if kind == "pdf":
        # Imported on the first PDF: pypdf adds ~33 ms to every cold start otherwise.
        from jobfit.documents._pdf import read_pdf

        pdf = read_pdf(data, max_pages=max_pages, tick=budget.tick)
        raw, pages, hidden = pdf.text, pdf.pages, pdf.hidden
    elif kind == "docx":
        raw, hidden = read_docx(data, tick=budget.tick)
    text = clean_text(raw or "", dehyphenate=kind == "pdf")
    if not text and hidden:
        # Not "no text", and never a blank field downstream: the text is there, all of it hidden.
        raise UnreadableFile(
            "All the text in this file is hidden (white, tiny or invisible), "
            "so there is nothing to analyze.",
            code="all_text_hidden",
        )
    if not text:
        raise UnreadableFile(
            "No text was found in this file. If it is a scan, upload a version with text.",
            code="no_text",
        )
    chars = sum(len(piece.strip()) for piece, _ in hidden)
    warnings = _hidden_warnings(hidden, chars)
    if len(text) > max_chars:
        text = text[: text.rfind("\n", 0, max_chars) + 1 or max_chars].rstrip()
        warnings.append(
            Notice(code="truncated", message=f"Only the first {max_chars:,} characters were kept.")
        )
    return Extracted(text=text, kind=kind, pages=pages, warnings=warnings)


def _hidden_warnings(hidden: list[tuple[str, str]], chars: int) -> list[Notice]:
    if not hidden:
        return []
    reasons = sorted({reason for _, reason in hidden})
    excerpt = clean_text(" ".join(piece for piece, _ in hidden)).replace("\n", " ")
    if len(excerpt) > EXCERPT_CHARS:
        excerpt = excerpt[: EXCERPT_CHARS - 1].rstrip() + "…"
    how = ", ".join(_REASONS.get(reason, reason) for reason in reasons)
    return [
        Notice(
            code="hidden_text",
            message=(
                f"{chars:,} characters of hidden text ({how}) were left out of the analysis. "
                f'They begin: "{excerpt}"'
            ),
        )
    ]


def _check_name(filename: str | None, kind: Kind | None) -> None:
    if kind is None:
        raise UnsupportedFile(
            "Upload a PDF, a DOCX or a plain-text file; this file is none of those.",
            code="unsupported_type",
        )
    if not filename or "." not in filename.strip("."):
        return  # no extension claims nothing
    extension = filename.rsplit(".", 1)[1].lower()
    claimed = _EXTENSIONS.get(extension)
    if claimed is None:
        raise UnsupportedFile("Upload a .pdf, .docx or .txt file.", code="unsupported_type")
    if claimed != kind:
        raise UnsupportedFile(
            f"The file is named like a {claimed.upper()} but its content is a {kind.upper()}.",
            code="type_mismatch",
        )
