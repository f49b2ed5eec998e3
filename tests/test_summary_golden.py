"""The prose of whole reports on real texts: the sample PDFs and dev pairs across fields.

Properties, not exact strings: no digits in the summary, 25-110 words, no phrase or quote cut
on "or", "and", "such as" or a comma, no evidence line quoted twice, the field relation named.
The texts are read by path from ../shared beside the repo (never copied into it).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from jobfit.documents import extract_document
from jobfit.offline import OfflineEngine
from jobfit.offline.prose import RELATION_PHRASES, report_problems
from jobfit.report import Report

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CUT_ENDINGS = (" or", " and", " such as", ",")

FRONT_END_JOB = """\
Front-end Developer
Requirements
- 3+ years building web applications with React and TypeScript
- Strong HTML, CSS and accessibility skills
- Experience with REST APIs and Git
Nice to have
- Experience with Next.js or Tailwind CSS
"""
PRODUCT_JOB = """\
Product Manager
Requirements
- 4+ years of product management experience
- Experience writing product requirements and user stories
- Experience working with engineering and design teams using Agile
Preferred
- Experience with SQL and data analysis
"""
ML_JOB = """\
Machine Learning Engineer
Requirements
- MS or PhD in Computer Science or a related field
- Experience with Python, PyTorch or TensorFlow
- Experience deploying models to production (MLOps, Docker, Kubernetes)
Preferred
- Experience with NLP or computer vision
"""
SAMPLES = {
    "resume-matcher_barry_allen_fe.pdf": (FRONT_END_JOB, ML_JOB),
    "resume-matcher_alfred_pennyworth_pm.pdf": (PRODUCT_JOB, FRONT_END_JOB),
    "resume-matcher_harvey_dent_mle.pdf": (ML_JOB, PRODUCT_JOB),
}
# Dev pairs across fields: same field, adjacent field, unrelated, and a thin resume.
PAIRS = {
    "dev-001": "strong: business analyst",
    "dev-ext-123": "strong: accounting",
    "dev-ext-228": "strong: legal support",
    "dev-ext-172": "strong: construction",
    "dev-015": "adjacent: DevOps resume, software job",
    "dev-ext-053": "adjacent: sales resume, marketing job",
    "dev-ext-039": "adjacent: health care administration resume, nursing job",
    "dev-036": "unrelated: electrical engineering resume, legal job",
    "dev-ext-165": "unrelated: teaching resume, accounting job",
    "dev-ext-242": "unrelated: culinary resume, QA job",
    "dev-008": "thin: a few lines of Python",
}


@cache
def rows() -> dict[str, dict]:
    lines = []
    for name in ("dev.jsonl", "dev-external.jsonl"):
        lines += (SHARED / "data" / name).read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, lines)}


def sample_text(name: str) -> str:
    return extract_document((SHARED / "samples" / name).read_bytes(), filename=name).text


def assert_sound(report: Report) -> None:
    """The properties of the issue, checked here in plain code and by report_problems."""
    summary = report.summary
    assert not any(c.isdigit() for c in summary), summary
    assert 25 <= len(summary.split()) <= 110, summary
    assert any(p in summary for p in RELATION_PHRASES), summary
    for sentence in summary.split(". "):
        assert not sentence.rstrip(".").endswith(CUT_ENDINGS), sentence
    quotes = [q for r in report.requirements for q in r.evidence]
    assert len(quotes) == len(set(quotes)), quotes
    fragments = quotes + [p for s in report.suggestions for p in s.split('"')[1::2]]
    assert not any(f.rstrip(".").endswith(CUT_ENDINGS) for f in fragments), fragments
    assert report_problems(report) == []


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_pdfs_against_their_own_field_and_another(name):
    resume = sample_text(name)
    own, other = SAMPLES[name]
    for job in (own, other):
        assert_sound(OfflineEngine().analyze(resume, job))


def test_a_sample_pdf_in_its_own_field_says_so():
    report = OfflineEngine().analyze(sample_text("resume-matcher_harvey_dent_mle.pdf"), ML_JOB)
    assert "same field" in report.summary or "adjacent field" in report.summary


@pytest.mark.parametrize("pair", PAIRS, ids=list(PAIRS.values()))
def test_dev_pairs_across_fields(pair):
    row = rows()[pair]
    assert_sound(OfflineEngine().analyze(row["resume"], row["job"]))


def test_unrelated_pairs_name_a_different_field():
    for pair in ("dev-036", "dev-ext-165", "dev-ext-242"):
        row = rows()[pair]
        assert "different field" in OfflineEngine().analyze(row["resume"], row["job"]).summary


def test_a_thin_resume_still_gets_a_sound_summary():
    resume = rows()["dev-036"]["resume"].splitlines()[0][:60]
    assert_sound(OfflineEngine().analyze(resume, rows()["dev-036"]["job"]))


def test_a_resume_that_copies_the_job_says_that_part_was_set_aside():
    row = rows()["dev-050"]
    report = OfflineEngine().analyze(row["resume"] + "\n" + row["job"], row["job"])
    assert "job_text_copied" in {w.code for w in report.warnings}
    assert "The judgement leaves out text copied from the job ad" in report.summary
    assert_sound(report)


def test_a_keyword_stuffed_resume_keeps_its_prose_sound():
    row = rows()["dev-ext-137"]
    stuffed = row["resume"] + "\n" + " ".join(["attorney law legal"] * 40)
    report = OfflineEngine().analyze(stuffed, row["job"])
    assert "keyword_stuffing" in {w.code for w in report.warnings}
    assert "The judgement leaves out lines of repeated keywords" in report.summary
    assert_sound(report)
