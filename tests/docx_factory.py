"""Build small DOCX files with zipfile for the document tests: raw WordprocessingML bodies."""

from __future__ import annotations

import io
import zipfile

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
)
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def para(*runs: str, props: str = "") -> str:
    """A paragraph of runs; `props` goes into its w:pPr."""
    return f"<w:p><w:pPr>{props}</w:pPr>{''.join(runs)}</w:p>"


def run(text: str, props: str = "") -> str:
    """A run of `text`; `props` goes into its w:rPr (e.g. '<w:vanish/>')."""
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def document(body: str, *, prolog: str = "") -> str:
    """document.xml around `body`; `prolog` sits before the root element (a DTD, say)."""
    head = f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document {NS}>'
    return f"{head}<w:body>{body}</w:body></w:document>"


def styles(body: str) -> str:
    """styles.xml holding `body` (w:style and w:docDefaults elements)."""
    return f'<?xml version="1.0" encoding="UTF-8"?><w:styles {NS}>{body}</w:styles>'


def make_docx(
    body: str = "", *, xml: str | None = None, parts: dict[str, bytes | str] | None = None
) -> bytes:
    """A DOCX whose document.xml wraps `body` (or is `xml`), plus any extra `parts`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", xml if xml is not None else document(body))
        for name, data in (parts or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()
