"""`python -m jobfit rank`: both directions, folders and globs, table/JSON/CSV, per-file errors."""

from __future__ import annotations

import csv
import io
import json

import pytest

from jobfit import analyze
from jobfit.batch import Ranked
from jobfit.cli import cli
from jobfit.errors import JobfitError
from jobfit.ranking import to_csv
from tests import test_cli
from tests.conftest import make_report

JOB = "Backend Engineer\nRequirements:\n- 3+ years of Python\n- Experience with PostgreSQL\n"
STRONG = "Backend developer.\nBuilt Python services for 5 years on PostgreSQL.\n"
WEAK = "Pastry chef.\nBaked bread and cakes for 8 years.\n"
runner = test_cli.runner  # the same fixture: the CLI kept on the offline engine
NURSE_JOB = "Registered Nurse\nRequirements:\n- Current RN license\n- 2+ years of patient care\n"


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "job.txt").write_text(JOB, encoding="utf-8")
    (tmp_path / "nurse.txt").write_text(NURSE_JOB, encoding="utf-8")
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "a-weak.txt").write_text(WEAK, encoding="utf-8")
    (folder / "b-strong.txt").write_text(STRONG, encoding="utf-8")
    (folder / "notes.log").write_text(STRONG, encoding="utf-8")  # not a resume type: skipped
    return tmp_path


def strong_score() -> str:
    """The strong resume's score as analyze() gives it: the CLI must show the same."""
    return str(analyze(STRONG, JOB).score)


def test_ranks_a_folder_of_resumes_as_a_table(runner, tree):
    result = runner.invoke(cli, ["rank", "--job", str(tree / "job.txt"), str(tree / "resumes")])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["#", "score", "verdict", "item", "top", "gaps"]
    assert lines[1].split()[:4] == [
        "1",
        strong_score(),
        "strong",
        str(tree / "resumes" / "b-strong.txt"),
    ]
    assert lines[2].split()[0] == "2" and "a-weak.txt" in lines[2]
    assert "3+ years of Python; Experience with PostgreSQL" in lines[2]
    assert len(lines) == 3
    assert result.stderr == ""


def test_a_glob_and_json(runner, tree):
    pattern = str(tree / "resumes" / "*.txt")
    result = runner.invoke(cli, ["rank", "--job", str(tree / "job.txt"), pattern, "--json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [i["id"].rsplit("/", 1)[1] for i in items] == ["b-strong.txt", "a-weak.txt"]
    assert [i["rank"] for i in items] == [1, 2]
    assert items[0]["score"] == items[0]["report"]["score"] == int(strong_score())
    assert items[1]["missing"] == ["3+ years of Python", "Experience with PostgreSQL"]


def test_jobs_for_one_resume_as_csv(runner, tree):
    resume = tree / "resumes" / "b-strong.txt"
    args = ["rank", "--resume", str(resume), str(tree / "nurse.txt"), str(tree / "job.txt")]
    result = runner.invoke(cli, [*args, "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"].rsplit("/", 1)[1] for r in rows] == ["job.txt", "nurse.txt"]
    assert rows[0]["rank"] == "1" and rows[0]["score"] == strong_score() and rows[0]["error"] == ""


def test_per_file_errors_are_reported_and_do_not_fail_the_run(runner, tree):
    (tree / "resumes" / "c-blank.txt").write_text("  \n", encoding="utf-8")
    missing = str(tree / "nope.txt")
    result = runner.invoke(
        cli, ["rank", "--job", str(tree / "job.txt"), str(tree / "resumes"), missing, "--csv"]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["rank"] for r in rows] == ["1", "2", "", ""]
    assert rows[3]["id"] == missing and rows[3]["error"] == "No such file."
    assert result.stderr.splitlines() == [
        f"error: {tree / 'resumes' / 'c-blank.txt'}: {rows[2]['error']}",
        f"error: {missing}: No such file.",
    ]


def test_exit_status_1_only_when_nothing_could_be_ranked(runner, tree):
    result = runner.invoke(cli, ["rank", "--job", str(tree / "job.txt"), str(tree / "nope.txt")])
    assert result.exit_code == 1
    assert "No such file." in result.stderr


def test_no_progress_bar_when_piped(runner, tree):
    result = runner.invoke(cli, ["rank", "--job", str(tree / "job.txt"), str(tree / "resumes")])
    assert "Ranking" not in result.stdout + result.stderr


def test_a_progress_bar_on_a_terminal(runner, tree, monkeypatch):
    monkeypatch.setattr("jobfit.cli._on_terminal", lambda: True)
    calls = []
    monkeypatch.setattr("click.progressbar", lambda **kw: calls.append(kw) or _Bar())
    result = runner.invoke(cli, ["rank", "--job", str(tree / "job.txt"), str(tree / "resumes")])
    assert result.exit_code == 0, result.output
    assert calls and calls[0]["length"] == 2 and calls[0]["label"] == "Ranking"
    assert _Bar.steps == 2


class _Bar:
    steps = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n):
        _Bar.steps += n


@pytest.mark.parametrize(
    "args, message",
    [
        (["x.txt"], "exactly one of --job and --resume"),
        (["--job", "j", "--resume", "r", "x.txt"], "exactly one of --job and --resume"),
        (["--job", "JOB", "x.txt", "--json", "--csv"], "at most one of --json and --csv"),
    ],
)
def test_usage_errors(runner, args, message):
    result = runner.invoke(cli, ["rank", *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_bad_prepared_side_fails_the_run(runner, tree):
    blank = tree / "blank.txt"
    blank.write_text("  ", encoding="utf-8")
    result = runner.invoke(cli, ["rank", "--job", str(blank), str(tree / "resumes")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: No text was found in this file.")


def test_csv_cells_never_start_a_formula():
    failed = Ranked("@x", error=JobfitError("no"))
    ranked = [Ranked("=HYPERLINK(1)", report=make_report(70)), failed]
    rows = list(csv.reader(io.StringIO(to_csv(ranked))))
    assert rows[1][:4] == ["1", "'=HYPERLINK(1)", "70", "strong"]
    assert rows[2] == ["", "'@x", "", "", "", "no", ""]


def test_workers_give_the_same_ranking(runner, tmp_path):
    (tmp_path / "job.txt").write_text(JOB, encoding="utf-8")
    for i in range(20):
        body = STRONG if i % 2 else WEAK
        (tmp_path / f"r{i:02}.txt").write_text(body.replace("5 years", f"{i % 6 + 1} years"))
    args = ["rank", "--job", str(tmp_path / "job.txt"), str(tmp_path / "r*.txt"), "--json"]
    one = runner.invoke(cli, [*args, "--workers", "1"])
    two = runner.invoke(cli, [*args, "--workers", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert json.loads(two.stdout) == json.loads(one.stdout)
    assert len(json.loads(one.stdout)) == 20


def test_workers_cannot_be_negative(runner, tree):
    result = runner.invoke(cli, ["rank", "--job", str(tree / "job.txt"), "x", "--workers", "-1"])
    assert result.exit_code == 2
    assert "--workers" in result.output
