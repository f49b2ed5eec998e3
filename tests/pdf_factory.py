"""Build small PDFs byte by byte for the document tests: Helvetica text, any content stream."""

from __future__ import annotations

import zlib

FONTS = {
    "F1": b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "FA": b"<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+FontAwesome5Free-Solid >>",
}
# ExtGState /Clear paints at zero opacity; /Im1 is a one-pixel grey image.
EXTGSTATE = b"<< /Clear << /Type /ExtGState /ca 0 >> >>"
IMAGE = (
    b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray"
    b" /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
)


def escape(text: str) -> bytes:
    """A PDF literal string for `text` in WinAnsi encoding."""
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def line(
    x: float, y: float, text: str, *, size: float = 11, font: str = "F1", pre: str = ""
) -> str:
    """Operators that show `text` at (x, y); `pre` sets colour or render mode for it alone."""
    shown = escape(text).decode("latin-1")
    return f"q BT {pre} /{font} {size} Tf {x} {y} Td {shown} Tj ET Q\n"


def stream(data: bytes, *, compress: bool = False, extra: bytes = b"") -> bytes:
    """A stream object around `data`, deflated if asked."""
    if compress:
        data = zlib.compress(data)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def make_pdf(
    pages: list[str | bytes],
    *,
    compress: bool = False,
    raw_streams: list[bytes] | None = None,
    media: tuple[float, float, float, float] = (0, 0, 612, 792),
) -> bytes:
    """A PDF with one page per content string; `raw_streams` replaces the content objects."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    fonts = []
    for name, font in FONTS.items():
        objects.append(font)
        fonts.append(b"/%s %d 0 R" % (name.encode(), len(objects)))
    objects.append(IMAGE)
    image = len(objects)
    resources = b"<< /Font << %s >> /ExtGState %s /XObject << /Im1 %d 0 R >> >>" % (
        b" ".join(fonts),
        EXTGSTATE,
        image,
    )
    kids = []
    contents = raw_streams or [
        stream(p.encode("latin-1") if isinstance(p, str) else p, compress=compress) for p in pages
    ]
    box = " ".join(str(v) for v in media).encode()
    for content in contents:
        objects.append(content)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Resources %s /Contents %d 0 R >>"
            % (box, resources, len(objects))
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    return _serialise(objects)


def _serialise(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
