"""The command line: `python -m jobfit compare RESUME JOB`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from jobfit.codes import title_for
from jobfit.compare import analyze, build_engine
from jobfit.config import Settings
from jobfit.documents import read_upload
from jobfit.errors import JobfitError
from jobfit.report import Notice, Report

MARKS = {"met": "[x]", "partial": "[~]", "missing": "[ ]", "unknown": "[?]"}


def _read_source(source: str, max_chars: int) -> tuple[str, list[Notice]]:
    """Read text from a path (.txt, .pdf, .docx) or from stdin when `source` is '-'."""
    if source == "-":
        return sys.stdin.read(), []
    path = Path(source)
    if not path.is_file():
        raise click.ClickException(f"No such file: {source}")
    with path.open("rb") as stream:
        extracted = read_upload(stream, path.name, max_chars=max_chars)
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
        lines.append(f"Warning ({warning.code}): {title_for(warning.code)} {warning.message}")
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
        resume_text, resume_notes = _read_source(resume, settings.max_text_chars)
        job_text, job_notes = _read_source(job, settings.max_text_chars)
        report = analyze(
            resume_text,
            job_text,
            engine=build_engine(settings),
            max_chars=settings.max_text_chars,
            warnings=resume_notes + job_notes,
        )
    except JobfitError as error:
        raise click.ClickException(error.message) from None
    if as_json:
        click.echo(json.dumps(report.model_dump(mode="json"), indent=2))
    else:
        click.echo(render_text(report))


def _on_terminal() -> bool:
    return sys.stderr.isatty()


@cli.command()
@click.option("--job", "job", help="Rank the given resumes for this posting.")
@click.option("--resume", "resume", help="Rank the given postings for this resume.")
@click.argument("items", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the ranking as JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the ranking as CSV.")
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Processes to score on; 0 means one per core.",
)
def rank(
    job: str | None,
    resume: str | None,
    items: tuple[str, ...],
    as_json: bool,
    as_csv: bool,
    workers: int,
) -> None:
    """Rank resumes for one --job, or jobs for one --resume (files, folders or globs)."""
    from jobfit import ranking
    from jobfit.batch import rank_jobs, rank_resumes

    if (job is None) == (resume is None):
        raise click.UsageError("Give exactly one of --job and --resume.")
    if as_json and as_csv:
        raise click.UsageError("Give at most one of --json and --csv.")
    settings = Settings.from_env()
    try:
        text, fixed_notices = _read_source(job or resume, settings.max_text_chars)
        paths = ranking.expand(items)
        if not paths:
            raise click.ClickException("No files match the given items.")
        read, notices = ranking.read_items(paths, max_chars=settings.max_text_chars)
        run = rank_resumes if job is not None else rank_jobs
        limit = settings.max_text_chars
        if _on_terminal():  # a bar on a terminal only: nothing in a pipe or a log
            with click.progressbar(length=len(read), label="Ranking", file=sys.stderr) as bar:
                tick = lambda: bar.update(1)  # noqa: E731
                ranked = run(text, read, max_chars=limit, progress=tick, workers=workers)
        else:
            ranked = run(text, read, max_chars=limit, workers=workers)
    except JobfitError as error:
        raise click.ClickException(error.message) from None
    ranked = ranking.with_item_notices(ranked, notices, fixed_notices)
    if as_json:
        click.echo(json.dumps(ranking.items_json(ranked, notices), indent=2))
    elif as_csv:
        click.echo(ranking.to_csv(ranked, notices), nl=False)
    else:
        lines = ranking.notes(ranked, notices, (job or resume, fixed_notices))
        click.echo("\n".join([ranking.table(ranked), *lines]))
    for line in ranking.errors(ranked):
        click.echo(line, err=True)
    if not any(item.report for item in ranked):
        raise SystemExit(1)
