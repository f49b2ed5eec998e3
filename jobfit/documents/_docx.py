"""Read a DOCX with zipfile and expat under size and time limits, leaving hidden runs out."""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable
from io import BytesIO

from jobfit.documents._docxml import Styles, parse_xml
from jobfit.documents._docxwalk import Walker
from jobfit.errors import UnreadableFile

MAX_MEMBERS = 1_000  # a resume has about 20 parts; thousands of members is a bomb
MAX_PART_BYTES = 8_000_000  # uncompressed, per part we read
MAX_TOTAL_BYTES = 64_000_000  # uncompressed, as the zip directory declares it
_CHUNK = 1 << 16
_HEADER = re.compile(r"word/header\d*\.xml")


def read_docx(data: bytes, *, tick: Callable[[], None]) -> tuple[str, list[tuple[str, str]]]:
    """Return the visible text of a DOCX and its hidden runs as (text, reason) pairs."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise _damaged() from exc
    if len(members) > MAX_MEMBERS:
        raise UnreadableFile("This DOCX has too many parts to be a resume.", code="zip_bomb")
    if sum(member.file_size for member in members) > MAX_TOTAL_BYTES:
        raise UnreadableFile("This DOCX unpacks to far too much data.", code="zip_bomb")
    names = {member.filename for member in members}
    if "word/document.xml" not in names:
        raise _damaged()
    styles = Styles()
    if "word/styles.xml" in names:
        parse_xml(_read_part(archive, "word/styles.xml", tick), styles, tick)
    walker = Walker(styles)
    # Headers first: that is where many templates put the name and contact details.
    for name in sorted(n for n in names if _HEADER.fullmatch(n)):
        parse_xml(_read_part(archive, name, tick), walker, tick)
    parse_xml(_read_part(archive, "word/document.xml", tick), walker, tick)
    return "\n".join(walker.lines), walker.hidden


def _read_part(archive: zipfile.ZipFile, name: str, tick: Callable[[], None]) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise UnreadableFile("This DOCX holds an oversized part.", code="zip_bomb")
    chunks: list[bytes] = []
    size = 0
    try:
        # zipfile stops at the declared size and checks the CRC, so a part that lies about
        # its size fails here instead of inflating without bound.
        with archive.open(info) as part:
            while chunk := part.read(_CHUNK):
                tick()
                size += len(chunk)
                if size > MAX_PART_BYTES:
                    raise UnreadableFile("This DOCX holds an oversized part.", code="zip_bomb")
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, ValueError, OSError, EOFError, RuntimeError) as exc:
        # RuntimeError: an encrypted member; NotImplementedError (a RuntimeError): odd compression.
        raise _damaged() from exc
    return b"".join(chunks)


def _damaged() -> UnreadableFile:
    return UnreadableFile(
        "This DOCX could not be read; it may be damaged. Try saving it again.", code="corrupt_docx"
    )
