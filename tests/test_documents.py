"""extract_document: type by content, size limit, text encodings, clean-up, warnings."""

from __future__ import annotations

import random

import pytest
from docx_factory import make_docx, para, run
from pdf_factory import line, make_pdf

from jobfit.documents import MAX_FILE_BYTES, extract_document, sniff
from jobfit.documents._text import clean_text
from jobfit.errors import InputTooLarge, UnreadableFile, UnsupportedFile

RESUME = "Zoë Müller – Café owner\nSkills: Python, “SQL”, naïve Bayes"


@pytest.mark.parametrize(
    "data",
    [
        RESUME.encode("utf-8"),
        RESUME.encode("utf-8-sig"),
        RESUME.encode("utf-16"),  # with its BOM, little-endian here
        b"\xfe\xff" + RESUME.encode("utf-16-be"),
        RESUME.encode("cp1252"),
        RESUME.replace("\n", "\r\n").encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "cp1252-crlf"],
)
def test_text_files_decode_in_each_encoding(data):
    result = extract_document(data, filename="resume.txt")
    assert result.text == RESUME
    assert (result.kind, result.pages, result.warnings) == ("txt", None, [])


def test_latin1_bytes_undefined_in_cp1252_still_decode():
    data = b"Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e and a stray control byte: \x81 ok"
    assert extract_document(data).text == "Café au lait, crème brûlée and a stray control byte: ok"


@pytest.mark.parametrize(
    "data",
    [
        random.Random(4).randbytes(4096),
        b"\x00\x01\x02\x03" * 100,
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"Old Word document" * 10,
        b"{\\rtf1\\ansi Resume}",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 50,
    ],
    ids=["random", "nul-bytes", "ole-doc", "rtf", "png"],
)
def test_unknown_content_is_unsupported(data):
    with pytest.raises(UnsupportedFile) as caught:
        extract_document(data)
    assert caught.value.code == "unsupported_type"


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (make_docx(para(run("Jane"))), "resume.pdf"),
        (make_pdf([line(72, 700, "Jane")]), "resume.docx"),
        (b"Jane Doe, engineer", "resume.pdf"),
        (make_pdf([line(72, 700, "Jane")]), "resume.txt"),
    ],
    ids=["docx-named-pdf", "pdf-named-docx", "text-named-pdf", "pdf-named-txt"],
)
def test_name_and_content_must_agree(data, filename):
    with pytest.raises(UnsupportedFile) as caught:
        extract_document(data, filename=filename)
    assert caught.value.code == "type_mismatch"


@pytest.mark.parametrize("filename", ["resume.exe", "resume.doc", "resume.rtf"])
def test_unknown_extension_is_unsupported(filename):
    with pytest.raises(UnsupportedFile) as caught:
        extract_document(b"Jane Doe, engineer", filename=filename)
    assert caught.value.code == "unsupported_type"


@pytest.mark.parametrize("filename", [None, "", "resume", "RESUME.TXT", "notes.md"])
def test_names_without_a_contrary_claim_are_fine(filename):
    assert extract_document(b"Jane Doe", filename=filename).text == "Jane Doe"


def test_size_limit_comes_before_anything_else():
    with pytest.raises(InputTooLarge) as caught:
        extract_document(b"\x00" * (MAX_FILE_BYTES + 1))
    assert caught.value.code == "too_large"
    assert "4 MiB" in caught.value.message
    assert extract_document(b"a" * 10, max_bytes=10).text == "a" * 10
    with pytest.raises(InputTooLarge):
        extract_document(b"a" * 11, max_bytes=10)


@pytest.mark.parametrize(("data", "code"), [(b"", "empty_file"), (b"  \n\t ", "no_text")])
def test_empty_files_are_unreadable(data, code):
    with pytest.raises(UnreadableFile) as caught:
        extract_document(data)
    assert caught.value.code == code


def test_sniff_reads_magic_bytes():
    assert sniff(b"%PDF-1.4 ...") == "pdf"
    assert sniff(b"\xef\xbb\xbf junk %PDF-1.7") == "pdf"  # a header within the first KiB counts
    assert sniff(make_docx(para(run("x")))) == "docx"
    assert sniff(b"PK\x03\x04 not office") is None
    assert sniff(b"plain") == "txt"


def test_long_text_is_cut_at_a_line_with_a_warning():
    data = ("line of text\n" * 10).encode()
    result = extract_document(data, max_chars=30)
    assert result.text == "line of text\nline of text"
    assert [w.code for w in result.warnings] == ["truncated"]
    assert result.warnings[0].message == "Only the first 30 characters were kept."


def test_clean_text_fixes_ligatures_icons_bullets_and_spaces():
    raw = "Pro\ufb01cient in\u00a0work\ufb02ow   tools \ue900\n"
    raw += "\uf0b7 Led a team\r\n● Shipped\u200b it\n\n\n\nEnd"
    assert clean_text(raw) == "Proficient in workflow tools\n• Led a team\n• Shipped it\n\nEnd"


def test_clean_text_rejoins_words_hyphenated_at_line_ends_when_asked():
    raw = "Devel-\noping products\nfront-end"
    assert clean_text(raw, dehyphenate=True) == "Developing products\nfront-end"
    assert clean_text(raw) == raw


def test_clean_text_replaces_half_an_emoji():
    # A PDF string can decode to a lone surrogate; JSON encoding of /extract would fail on it.
    assert clean_text("Jane \ud83d Doe \udc00") == "Jane \ufffd Doe \ufffd"
