"""Regressions of issue 9 for the offline analyzer: crashes, odd characters, the time budget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jobfit import analyze
from jobfit.errors import AnalysisTimeout, ConfigError
from jobfit.offline import OfflineEngine, budget
from jobfit.offline.clean import normalise
from jobfit.offline.matching import find_mentions
from jobfit.offline.options import option_groups
from jobfit.report import Report
from tests.hostile import CRAFTED, JOB, RESUME

PATIENT = OfflineEngine(seconds=600)  # a loaded machine must not turn into a timeout here
DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev.jsonl"


def _names(text: str) -> list[list[str]]:
    return [[s.name for s in g] for g in option_groups(text, find_mentions(text))]


def test_a_skill_named_twice_before_its_examples_is_one_group():
    # IndexError before: one group for "Python, Python" but an end for each mention.
    assert _names("Python, Python (e.g. Django)") == [["Python", "Django"]]
    assert _names("Python, SQL, Python (e.g. PostgreSQL)") == [["Python", "PostgreSQL"], ["SQL"]]
    report = analyze(RESUME, "Backend Engineer\nPython, Python (e.g. Django)")
    assert [r.text for r in report.requirements] == ["Python, Python (e.g. Django)"]


@pytest.mark.skipif(not DEV.exists(), reason="the shared dev data is not here")
def test_dev_resumes_as_postings_and_postings_as_resumes():
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == 60
    for row in rows:
        # Each text in the other's place: a pasted resume must not crash the job parser.
        assert isinstance(analyze(row["job"], row["resume"], engine=PATIENT), Report)


def test_normalise_keeps_one_break_one_space_and_no_lone_surrogate():
    text = "a\r\nb\u2029c\u2028d  e\t\tf\x00g\ud83dh\n\n\n \n\ni\u200bj\u200fk"
    assert normalise(text) == "a\nb\nc\nd e f g\ufffdh\n\ni\u200bj\u200fk"
    assert normalise("award" + "\n" * 400) == "award\n\n"
    assert normalise("give" + " " * 1000 + "x") == "give x"


@pytest.mark.parametrize(
    "odd", ["\ud83d", "\udc00", "\x00", "\u200b", "\u200f", "\u202e", "\u2066", "\ufeff", "\x7f"]
)
def test_odd_characters_in_either_text_never_crash(odd):
    resume = RESUME.replace("Django", f"Dja{odd}ngo{odd}")
    for pair in ((resume, JOB), (RESUME, JOB.replace("SQL", f"S{odd}QL{odd}"))):
        report = analyze(*pair)
        # The report leaves the process as UTF-8 JSON: a lone surrogate would fail here.
        assert report.model_dump_json().encode("utf-8")
        assert "\ud83d" not in report.model_dump_json()


def test_hidden_characters_are_still_reported_after_normalising():
    report = analyze(RESUME + "Python\u200b\u202e expert\n", JOB)
    assert "hidden_text" in [w.code for w in report.warnings]


def test_the_budget_stops_an_analysis_that_runs_over():
    with pytest.raises(AnalysisTimeout) as caught:
        OfflineEngine(seconds=1e-9).analyze(CRAFTED["option_list"](10_000), JOB)
    assert (caught.value.code, caught.value.status) == ("analysis_timeout", 422)
    assert "took too long" in caught.value.message
    # Outside an analysis nothing is limited, and the same engine answers a normal pair.
    budget.check()
    assert isinstance(OfflineEngine(seconds=30).analyze(RESUME, JOB), Report)


@pytest.mark.parametrize(("raw", "seconds"), [(None, 5.0), ("", 5.0), ("2.5", 2.5), (" 30 ", 30)])
def test_budget_setting(raw, seconds):
    env = {} if raw is None else {"JOBFIT_ANALYSIS_SECONDS": raw}
    assert budget.seconds_from_env(env) == seconds


@pytest.mark.parametrize("raw", ["abc", "0", "-1", "nan", "inf"])
def test_budget_setting_refuses_nonsense(raw):
    with pytest.raises(ConfigError, match="JOBFIT_ANALYSIS_SECONDS"):
        budget.seconds_from_env({"JOBFIT_ANALYSIS_SECONDS": raw})


def test_engine_reads_the_budget_from_the_environment(monkeypatch):
    monkeypatch.setenv("JOBFIT_ANALYSIS_SECONDS", "7")
    assert OfflineEngine().seconds == 7.0
