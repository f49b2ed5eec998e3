"""The command line: readable and JSON output, and one-line errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from jobfit.cli import cli
from jobfit.report import Report

RESUME = (
    "Jane Roe\nBackend engineer.\n- Built REST APIs in Python and Flask for 6 years.\n"
    "- PostgreSQL.\n"
)
JOB = "Requirements:\n- 5+ years of Python\n- Experience with PostgreSQL\n- Kubernetes\n"


@pytest.fixture
def runner(monkeypatch):
    # The CLI reads its engine from the environment; keep it on the offline analyzer.
    for name in ("OPENAI_API_KEY", "JOBFIT_ENGINE"):
        monkeypatch.delenv(name, raising=False)
    return CliRunner()


@pytest.fixture
def files(tmp_path):
    resume, job = tmp_path / "resume.txt", tmp_path / "job.txt"
    resume.write_text(RESUME, encoding="utf-8")
    job.write_text(JOB, encoding="utf-8")
    return resume, job


def test_compare_prints_a_readable_report(runner, files):
    result = runner.invoke(cli, ["compare", str(files[0]), str(files[1])])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Fit score: ")
    assert "Requirements:" in result.output
    assert "Engine: offline" in result.output


def test_compare_json_is_a_valid_report(runner, files):
    result = runner.invoke(cli, ["compare", "--json", str(files[0]), str(files[1])])
    assert result.exit_code == 0, result.output
    report = Report.model_validate(json.loads(result.output))
    assert report.engine.name == "offline"


def test_compare_reads_stdin(runner, files):
    result = runner.invoke(cli, ["compare", "--json", "-", str(files[1])], input=RESUME)
    assert result.exit_code == 0, result.output
    direct = runner.invoke(cli, ["compare", "--json", str(files[0]), str(files[1])])
    assert json.loads(result.output) == json.loads(direct.output)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "missing.txt", "job"], "No such file: missing.txt"),
        (["compare", "-", "-"], "Only one of RESUME and JOB can be read from stdin."),
    ],
)
def test_compare_usage_errors(runner, args, message):
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {message}"


def test_compare_blank_file_is_a_one_line_error(runner, files, tmp_path):
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n\n", encoding="utf-8")
    result = runner.invoke(cli, ["compare", str(blank), str(files[1])])
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: No text was found in this file.")


def test_compare_rejects_a_binary_file(runner, files, tmp_path):
    junk = tmp_path / "resume.txt"
    junk.write_bytes(bytes(range(256)) * 8)
    result = runner.invoke(cli, ["compare", str(junk), str(files[1])])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert len(result.output.strip().splitlines()) == 1


def test_compare_reads_a_pdf_and_reports_hidden_text(runner, files, tmp_path):
    from tests.pdf_factory import line, make_pdf

    pdf = tmp_path / "resume.pdf"
    content = line(72, 700, "Built REST APIs in Python") + line(72, 680, "secret", pre="3 Tr")
    pdf.write_bytes(make_pdf([content]))
    result = runner.invoke(cli, ["compare", "--json", str(pdf), str(files[1])])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["warnings"][0]["code"] == "hidden_text"
    assert any("Python" in s["name"] for s in report["skills"]["matched"])


def test_a_bad_setting_is_a_one_line_error(runner, files, monkeypatch):
    monkeypatch.setenv("JOBFIT_MAX_CHARS", "lots")
    result = runner.invoke(cli, ["compare", str(files[0]), str(files[1])])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: JOBFIT_MAX_CHARS must be a number; it is 'lots'."


def test_max_chars_limits_text_read_from_a_file(runner, files, monkeypatch):
    monkeypatch.setenv("JOBFIT_MAX_CHARS", "40")
    files[1].write_text(JOB[:40], encoding="utf-8")
    result = runner.invoke(cli, ["compare", "--json", str(files[0]), str(files[1])])
    assert result.exit_code == 0, result.output
    warnings = Report.model_validate(json.loads(result.output)).warnings
    assert (warnings[0].code, warnings[0].message) == (
        "truncated",
        "Only the first 40 characters were kept.",
    )


def test_max_chars_limits_text_from_stdin(runner, files, monkeypatch):
    monkeypatch.setenv("JOBFIT_MAX_CHARS", "40")
    result = runner.invoke(cli, ["compare", "-", str(files[1])], input=RESUME)
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: The field 'resume' has {len(RESUME)} characters; the limit is 40."
    )


def test_render_text_marks_unknown_items_to_confirm():
    from jobfit.cli import render_text
    from jobfit.report import EngineInfo, Requirement, Skills

    report = Report(
        score=50,
        verdict="partial",
        summary="s",
        requirements=[
            Requirement(
                text="Ability to travel", importance="required", status="unknown", evidence=[]
            )
        ],
        skills=Skills(matched=[], missing=[]),
        suggestions=[],
        engine=EngineInfo(name="offline", version="x"),
    )
    assert "  [?] Ability to travel (required, confirm with the employer)" in render_text(report)
