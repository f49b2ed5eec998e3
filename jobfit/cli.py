"""The command line: `python -m jobfit compare RESUME JOB`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from jobfit.analysis import analyze
from jobfit.config import Settings
from jobfit.engines import build_engine
from jobfit.errors import JobfitError
from jobfit.inputs import read_upload, with_notices
from jobfit.report import Notice, Report

MARKS = {"met": "[x]", "partial": "[~]", "missing": "[ ]", "unknown": "[?]"}


def _read_source(source: str) -> tuple[str, list[Notice]]:
    """Read text from a path (.txt, .pdf, .docx) or from stdin when `source` is '-'."""
    if source == "-":
        return sys.stdin.read(), []
    path = Path(source)
    if not path.is_file():
        raise click.ClickException(f"No such file: {source}")
    with path.open("rb") as stream:
        extracted = read_upload(stream, path.name)
    return extracted.text, list(extracted.warnings)


def render_text(report: Report) -> str:
    """Format a report for a terminal."""
    lines = [f"Fit score: {report.score}/100 ({report.verdict})", "", report.summary, ""]
    if report.requirements:
        lines.append("Requirements:")
        for req in report.requirements:
            note = ", confirm with the employer" if req.status == "unknown" else ""
            lines.append(f"  {MARKS[req.status]} {req.text} ({req.importance}{note})")
            lines.extend(f'        "{quote}"' for quote in req.evidence)
        lines.append("")
    matched = ", ".join(s.name for s in report.skills.matched) or "none"
    missing = ", ".join(s.name for s in report.skills.missing) or "none"
    lines += [f"Matched skills: {matched}", f"Missing skills: {missing}", ""]
    if report.suggestions:
        lines.append("Suggestions:")
        lines.extend(f"  - {s}" for s in report.suggestions)
        lines.append("")
    for warning in report.warnings:
        lines.append(f"Warning ({warning.code}): {warning.message}")
    lines.append(f"Engine: {report.engine.name} {report.engine.version}")
    return "\n".join(lines)


@click.group()
def cli() -> None:
    """jobfit: how well does a resume fit a job?"""


@cli.command()
@click.argument("resume")
@click.argument("job")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def compare(resume: str, job: str, as_json: bool) -> None:
    """Compare RESUME with JOB (paths to .txt, .pdf or .docx files, or - for stdin)."""
    if resume == "-" and job == "-":
        raise click.ClickException("Only one of RESUME and JOB can be read from stdin.")
    try:
        settings = Settings.from_env()
        resume_text, resume_notes = _read_source(resume)
        job_text, job_notes = _read_source(job)
        report = analyze(
            resume_text, job_text, engine=build_engine(settings), max_chars=settings.max_text_chars
        )
    except JobfitError as error:
        raise click.ClickException(error.message) from None
    report = with_notices(report, resume_notes + job_notes)
    if as_json:
        click.echo(json.dumps(report.model_dump(mode="json"), indent=2))
    else:
        click.echo(render_text(report))
