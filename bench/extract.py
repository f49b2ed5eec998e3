"""Benchmark PDF extraction on the sample resumes: jobfit's reader against the plain libraries.

For each sample and candidate: median time over --runs, peak Python memory of one run
(tracemalloc), junk left in the text (icon-font names, private-use glyphs, (cid:) codes,
ligatures), and whether the section headings come out in reading order after the contact
block. Also the installed size of each candidate with its dependencies (what Lambda would carry).

    .venv/bin/python bench/extract.py [--runs 20] [--samples /work/shared/samples]
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Section headings of each sample, top to bottom as the page shows them (read by eye).
HEADINGS = {
    "alfred_pennyworth_pm": [
        "Professional Summary",
        "Skills",
        "Experience",
        "Education",
        "Projects",
    ],
    "barry_allen_fe": ["Objective", "Education", "Skills", "Experience", "Projects"],
    "harvey_dent_mle": ["Professional Summary", "Skills", "Experience", "Education", "Projects"],
}
JUNK = re.compile(r"obile-alt|linkedin-in|/github|\(cid:\d+\)|[\ue000-\uf8ff♂¶✉§]|[ﬀ-ﬆ]")
DISTRIBUTIONS = {
    "jobfit (pypdf + hidden-text scan)": ["pypdf"],
    "pypdf extract_text": ["pypdf"],
    "pdfminer.six extract_text": [
        "pdfminer.six",
        "charset-normalizer",
        "cryptography",
        "cffi",
        "pycparser",
    ],
    "python-docx (DOCX, not used)": ["python-docx", "lxml", "typing_extensions"],
}


def jobfit_extract(data: bytes) -> str:
    from jobfit.documents import extract_document

    return extract_document(data, filename="resume.pdf").text


def pypdf_extract(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pdfminer_extract(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


CANDIDATES: dict[str, Callable[[bytes], str]] = {
    "jobfit (pypdf + hidden-text scan)": jobfit_extract,
    "pypdf extract_text": pypdf_extract,
    "pdfminer.six extract_text": pdfminer_extract,
}


def headings_in_order(text: str, expected: list[str]) -> bool:
    """Each heading is found on its own line, in the expected order, after the e-mail line."""
    lines = [line.strip() for line in text.splitlines()]
    try:
        places = [lines.index(heading) for heading in expected]
        email = next(i for i, line in enumerate(lines) if "@" in line)
    except (ValueError, StopIteration):
        return False
    return places == sorted(places) and email < places[0]


def measure(extract: Callable[[bytes], str], data: bytes, runs: int) -> tuple[float, float, str]:
    text = extract(data)  # warm-up: imports and caches do not count
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        extract(data)
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    extract(data)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times) * 1000, peak / 2**20, text


def installed_mib(distributions: list[str]) -> float:
    total = 0
    for name in distributions:
        for file in metadata.distribution(name).files or []:
            if "__pycache__" not in str(file) and file.size:
                total += file.size
    return total / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--samples", type=Path, default=Path("/work/shared/samples"))
    args = parser.parse_args()
    print("| sample | pages | candidate | median ms | peak MiB | junk | headings in order |")
    print("|---|---|---|---|---|---|---|")
    for path in sorted(args.samples.glob("*.pdf")):
        data = path.read_bytes()
        key = next((k for k in HEADINGS if k in path.name), None)
        from pypdf import PdfReader

        pages = len(PdfReader(io.BytesIO(data)).pages)
        for name, extract in CANDIDATES.items():
            ms, peak, text = measure(extract, data, args.runs)
            order = headings_in_order(text, HEADINGS[key]) if key else "n/a"
            junk = len(JUNK.findall(text))
            print(f"| {path.stem} | {pages} | {name} | {ms:.1f} | {peak:.1f} | {junk} | {order} |")
    print("\n| candidate | installed MiB with dependencies (no __pycache__) |")
    print("|---|---|")
    for name, distributions in DISTRIBUTIONS.items():
        print(f"| {name} | {installed_mib(distributions):.1f} |")


if __name__ == "__main__":
    main()
