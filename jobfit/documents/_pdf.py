"""Read a PDF with pypdf under size, page and time limits, leaving hidden text out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from pypdf import PdfReader, apply_configuration
from pypdf.generic import ArrayObject, ContentStream, NameObject

from jobfit.documents._pages import drop_page_furniture
from jobfit.documents._pdfdepth import too_deep
from jobfit.documents._pdfscan import IDENTITY_CM, SHOW_OPS, PageScan
from jobfit.errors import InputTooLarge, JobfitError, UnreadableFile

# A resume page's content stream is a few kilobytes to a few hundred; anything near these caps
# is a bomb or not a resume. pypdf enforces them while decoding, before memory is spent.
# pypdf parses a content stream whole before any budget check can run, at about 1 s per MB.
MAX_STREAM_BYTES = 1_000_000
MAX_CONTENT_PARTS = 32
# Real ToUnicode maps are under 100 KB; a huge one is a way to burn time and memory in pypdf.
MAX_FONTS_PER_PAGE = 64
# pypdf reads the maps of all a page's fonts before its first operator, where no budget check
# runs, at about 1 s per MB: 64 fonts with 240 KB maps took 10 s against a 5 s budget.
MAX_MAP_BYTES_PER_PAGE = MAX_STREAM_BYTES
LIMITS = {
    "zlib_maximum_output_length": MAX_STREAM_BYTES,
    "lzw_maximum_output_length": MAX_STREAM_BYTES,
    "run_length_maximum_output_length": MAX_STREAM_BYTES,
    "brotli_maximum_output_length": MAX_STREAM_BYTES,
    "array_based_stream_maximum_output_length": MAX_STREAM_BYTES,
    "stream_decoding_work_maximum_length": 8 * MAX_STREAM_BYTES,
    "stream_parsing_work_maximum_count": 400_000,
    "xform_maximum_invocations_per_extraction": 200,
    "page_tree_maximum_entries": 1_000,
    "jbig2dec_binary": None,  # never start a decoder process for images we do not read
}


@dataclass
class PdfText:
    """What a PDF yields: visible text, its page count, and the hidden pieces with reasons."""

    text: str
    pages: int
    hidden: list[tuple[str, str]] = field(default_factory=list)


def read_pdf(data: bytes, *, max_pages: int, tick: Callable[[], None]) -> PdfText:
    """Extract the visible text of a PDF; raise UnreadableFile or InputTooLarge."""
    with apply_configuration(**LIMITS):
        try:
            return _read(data, max_pages, tick)
        except JobfitError:
            raise
        except Exception as exc:  # RecursionError and MemoryError included
            # pypdf signals damage and broken limits with many exception types: all mean one thing.
            # The budget's own error is a JobfitError and was re-raised above.
            raise UnreadableFile(
                "This PDF could not be read; it may be damaged. Try exporting it again.",
                code="corrupt_pdf",
            ) from exc


def _read(data: bytes, max_pages: int, tick: Callable[[], None]) -> PdfText:
    if too_deep(data):
        raise UnreadableFile(
            "This PDF nests its objects far deeper than any document.", code="too_deep"
        )
    reader = PdfReader(BytesIO(data), strict=False)
    if reader.is_encrypted and not _open_without_password(reader):
        raise UnreadableFile(
            "This PDF is password-protected. Remove the password or upload another copy.",
            code="encrypted",
        )
    count = len(reader.pages)
    if count > max_pages:
        raise InputTooLarge(
            f"This PDF has {count} pages; the limit is {max_pages}.", code="too_many_pages"
        )
    texts: list[str] = []
    hidden: list[tuple[str, str]] = []
    for page in reader.pages:
        tick()
        visible, page_hidden = _page_text(page, tick)
        texts.append(visible)
        hidden += page_hidden
    texts = drop_page_furniture(texts)
    return PdfText("\n\n".join(texts), count, hidden)


def _open_without_password(reader: PdfReader) -> bool:
    # Many exports only restrict printing or copying: the user password is empty.
    try:
        return bool(reader.decrypt(""))
    except Exception:
        return False


def _page_text(page: Any, tick: Callable[[], None]) -> tuple[str, list[tuple[str, str]]]:
    raw = page.get("/Contents")
    if raw is None:
        return "", []
    if isinstance(raw.get_object(), ArrayObject) and len(raw.get_object()) > MAX_CONTENT_PARTS:
        raise UnreadableFile("A page of this PDF is built in an unusual way.", code="corrupt_pdf")
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else {}
    _check_fonts(resources, tick)
    # "bytes" keeps strings undecoded, so pypdf decodes them with the font's own map.
    contents = ContentStream(raw.get_object(), page.pdf, "bytes")
    if len(contents.get_data()) > MAX_STREAM_BYTES:
        raise UnreadableFile("A page of this PDF is far too complex.", code="too_complex")
    tick()
    # An identity `cm` before each text operator makes pypdf hand each one's text to the
    # visitor separately, so white and black text on one line are judged apart.
    ops: list[tuple[Any, bytes]] = []
    for operands, op in contents.operations:
        if op in SHOW_OPS:
            ops.append(IDENTITY_CM)
        ops.append((operands, op))
    contents.operations = ops
    page[NameObject("/Contents")] = contents
    box = _box(page)
    scan = PageScan(box, resources, tick)
    page.extract_text(
        visitor_operand_before=scan.before,
        visitor_operand_after=scan.after,
        visitor_text=scan.text,
    )
    return _split(scan)


def _check_fonts(resources: Any, tick: Callable[[], None]) -> None:
    try:
        fonts = resources["/Font"].get_object()
    except (KeyError, TypeError, AttributeError):
        return
    if len(fonts) > MAX_FONTS_PER_PAGE:
        raise UnreadableFile("A page of this PDF uses too many fonts.", code="corrupt_pdf")
    total = 0
    for ref in fonts.values():
        tick()
        to_unicode = ref.get_object().get("/ToUnicode")
        if to_unicode is not None and hasattr(to_unicode.get_object(), "get_data"):
            size = len(to_unicode.get_object().get_data())
            if size > MAX_STREAM_BYTES // 4:
                raise UnreadableFile("A font in this PDF is malformed.", code="corrupt_pdf")
            total += size  # a map shared by many fonts is read once for each of them
            if total > MAX_MAP_BYTES_PER_PAGE:
                raise UnreadableFile("A page of this PDF is far too complex.", code="too_complex")


def _box(page: Any) -> tuple[float, float, float, float]:
    media, crop = page.mediabox, page.cropbox
    return (
        max(float(media.left), float(crop.left)),
        max(float(media.bottom), float(crop.bottom)),
        min(float(media.right), float(crop.right)),
        min(float(media.top), float(crop.top)),
    )


def _split(scan: PageScan) -> tuple[str, list[tuple[str, str]]]:
    chars = Counter()
    for text, reason in scan.pieces:
        chars[reason] += len(text.strip())
    # A scanned page with an OCR layer draws its text invisibly over the image: that is the text.
    ocr = scan.has_image and chars["invisible"] >= 0.9 * sum(chars.values())
    visible: list[str] = []
    hidden: list[tuple[str, str]] = []
    for text, reason in scan.pieces:
        if reason is None or (ocr and reason == "invisible"):
            visible.append(text)
        else:
            hidden.append((text.strip(), reason))
            visible.append("\n" if "\n" in text else " ")
    return "".join(visible), hidden
