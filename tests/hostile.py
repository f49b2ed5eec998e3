"""Crafted texts from issue 9 that made the offline analyzer backtrack, built at any length."""

from __future__ import annotations

from collections.abc import Callable

RESUME = (
    "Jane Doe\nSenior Python Developer\n"
    "Built Django and PostgreSQL services on AWS for 6 years.\n"
    "Led a team of 4 engineers; cut API latency by 40%.\n"
    "B.Sc. Computer Science, 2012 - 2016\n"
)
JOB = (
    "Backend Engineer\nRequirements:\n"
    "- 5+ years of Python (e.g. Django or Flask)\n"
    "- SQL, ideally PostgreSQL\n"
    "Nice to have: Kubernetes, Terraform\n"
)


def fill(head: str, unit: str, tail: str, n: int) -> str:
    """`head`, then `unit` repeated, then `tail`: about `n` characters in all."""
    return head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail


# Each builds a text of about n characters; the examples at their reported sizes.
CRAFTED: dict[str, Callable[[int], str]] = {
    "give_spaces": lambda n: fill("give", " ", "x", n),
    "paragraph_separators": lambda n: fill(RESUME + "award", "\u2029", "x", n),
    "award_blank_lines": lambda n: fill(RESUME + "award", "\n", "", n),
    "number_spaces": lambda n: fill("5", " ", "x", n),
    "preferred": lambda n: fill("Python preferred", " ", "x", n),
    "option_list": lambda n: fill("", "Go, ", "x", n),
    "parentheses": lambda n: fill("SQL ", "(Python) ", "x", n),
    "letter_run": lambda n: fill("", "a", "!", n),
    "post_nominals": lambda n: fill("Maria Lopez", ", RN", "!", n),
}


def _vocabulary(key: str) -> list[str]:
    """Every alias of skills.json (key "skills") or every title of occupations.json."""
    import json
    from pathlib import Path

    offline = Path(__file__).resolve().parent.parent / "jobfit" / "offline"
    if key == "skills":
        groups = json.loads((offline / "skills.json").read_text(encoding="utf-8"))["groups"]
        terms = [t for g in groups for t in g["terms"]]
        return [a.lstrip("=^~") for t in terms for a in t.split("|")]
    data = json.loads((offline / "occupations.json").read_text(encoding="utf-8"))
    return [t for o in data["occupations"].values() for t in o["titles"]]


def cycle(words: list[str], sep: str, n: int, head: str = "") -> str:
    """`head`, then `words` joined by `sep`, cycled to `n` characters (cut in the last word)."""
    out, size, i = [head], len(head), 0
    while size < n:
        piece = words[i % len(words)] + sep
        out.append(piece)
        size += len(piece)
        i += 1
    return "".join(out)[:n]


# Session 8: shapes aimed at every stage of the analysis, each about n characters.
SHAPES: dict[str, Callable[[int], str]] = {
    "no_space_line": lambda n: fill("Python", "xK9_.", "", n),
    "commas": lambda n: fill("Skills: ", "a,", "", n),
    "open_parens": lambda n: fill("Python ", "(", "", n),
    "slashes": lambda n: fill("Python", "/", "", n),
    "or_words": lambda n: fill("Python ", "or ", "", n),
    "eg": lambda n: fill("Python ", "e.g. ", "", n),
    "one_token": lambda n: fill("", "Python ", "", n),
    "bullets": lambda n: fill("Requirements:\n", "- Python\n", "", n),
    "date_lines": lambda n: fill("Experience\n", "Jan 2019 - Mar 2021\n", "", n),
    "title_lines": lambda n: fill("Experience\n", "Senior Software Engineer\n", "", n),
    "and_or": lambda n: fill("Requirements:\n- Python", " and/or Go", "\n", n),
    "nested": lambda n: "(" * (n // 2 - 3) + "Python" + ")" * (n // 2 - 3),
    "skill_aliases": lambda n: cycle(_vocabulary("skills"), ", ", n),
    "skill_alias_lines": lambda n: cycle(_vocabulary("skills"), "\n", n, "Requirements:\n"),
    "titles": lambda n: cycle(_vocabulary("occupations"), "\n", n),
    "combining": lambda n: fill("Python ", "a\u0301\u0302", "", n),
    "rtl_zero_width": lambda n: fill("Python ", "\u202eSQL\u200b\u200d", "", n),
    "fullwidth_digits": lambda n: fill("Python ", "\uff15+ years ", "", n),
    "cr_only": lambda n: fill("Experience\r", "Python developer 2019 - 2021\r", "", n),
    "form_feeds": lambda n: fill("Experience\f", "Python\f", "", n),
    "requirement_lines": lambda n: cycle(
        [f"- {k}+ years of Python, SQL or Go (e.g. Django)" for k in range(1, 9)],
        "\n",
        n,
        "Requirements:\n",
    ),
    "years_lines": lambda n: fill("", "10+ years of experience in Python and AWS. ", "", n),
    "degree_lines": lambda n: fill("Education\n", "B.Sc. in Computer Science, 2012\n", "", n),
}


def slow_pdf(pages: int = 20, page_bytes: int = 150_000) -> bytes:
    """A small file (a few kB) whose pages each take pypdf a fraction of a second to parse."""
    from tests.pdf_factory import make_pdf

    op = "BT /F1 11 Tf 50 700 Td (ab) Tj ET\n"
    return make_pdf([op * (page_bytes // len(op))] * pages, compress=True)


def font_maps_pdf(fonts: int, entries: int) -> bytes:
    """One page whose `fonts` fonts share a ToUnicode map of `entries` codes (~14 bytes each)."""
    from tests.pdf_factory import _serialise, stream

    lines = [f"<{k % 65536:04X}> <{0x41 + k % 26:04X}>\n" for k in range(entries)]
    blocks = [
        f"100 beginbfchar\n{''.join(lines[k : k + 100])}endbfchar\n" for k in range(0, entries, 100)
    ]
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{''.join(blocks)}endcmap CMapName currentdict /CMap defineresource pop end end\n"
    )
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", stream(cmap.encode(), compress=True)]
    refs = []
    for i in range(fonts):
        objects.append(
            b"<< /Type /Font /Subtype /Type0 /BaseFont /F%d /Encoding /Identity-H "
            b"/DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /F%d "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>] "
            b"/ToUnicode 3 0 R >>" % (i, i)
        )
        refs.append(b"/F%d %d 0 R" % (i, len(objects)))
    shows = "".join(f"BT /F{i} 11 Tf 50 {700 - 10 * i} Td <00410042> Tj ET\n" for i in range(fonts))
    objects.append(stream(shows.encode(), compress=True))
    objects.append(
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << %s >> >> "
        b"/Contents %d 0 R >>" % (b" ".join(refs), len(objects))
    )
    objects[1] = b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % len(objects)
    return _serialise(objects)


def fills_and_words(n: int) -> bytes:
    """One page: `n` small fills, then `n` words beside them that no fill holds."""
    from tests.pdf_factory import make_pdf

    fills = "".join(f"{i % 300} {i % 700} 0.5 0.5 re f\n" for i in range(n))
    words = "".join(f"BT /F1 11 Tf 450 {i % 700} Td (w{i}) Tj ET\n" for i in range(n))
    return make_pdf([fills + words], compress=True)


def nested_pdf(n: int) -> bytes:
    """A one-line PDF whose catalog nests `n` dictionaries."""
    from tests.pdf_factory import line, make_pdf

    data = make_pdf([line(72, 700, "Python developer")])
    return data.replace(b"/Type /Catalog", b"/Type /Catalog /X " + b"<< /A " * n, 1)


def styled_docx(n: int) -> bytes:
    """`n` paragraphs, each in one of 20 styles at the end of a 20-link basedOn chain."""
    from tests.docx_factory import make_docx, para, run, styles

    chain = "".join(
        f'<w:style w:styleId="s{i}"><w:basedOn w:val="s{i - 1}"/>'
        f'<w:rPr><w:sz w:val="{20 + i % 3}"/></w:rPr></w:style>'
        for i in range(1, 40)
    )
    body = "".join(
        para(run(f"Python {i}"), props=f'<w:pStyle w:val="s{39 - i % 20}"/>') for i in range(n)
    )
    return make_docx(body, parts={"word/styles.xml": styles(chain)})


# Session 8: crafted files, each built from a count of units (fills, levels, fonts, paragraphs).
FILES: dict[str, tuple[Callable[[int], bytes], str]] = {
    "pdf_fills_and_words": (fills_and_words, "cv.pdf"),
    "pdf_nested_dicts": (nested_pdf, "cv.pdf"),
    "pdf_font_maps": (lambda n: font_maps_pdf(n, 15_000), "cv.pdf"),
    "pdf_slow_pages": (lambda n: slow_pdf(pages=n), "cv.pdf"),
    "docx_styled_paragraphs": (styled_docx, "cv.docx"),
}
