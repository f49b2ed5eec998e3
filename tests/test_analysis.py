"""The library entry point: input checks and engine hand-off."""

from __future__ import annotations

import pytest

from jobfit import InputTooLarge, InvalidInput, analyze
from jobfit.analysis import check_text
from tests.conftest import ScriptedEngine, make_report


@pytest.mark.parametrize(
    ("value", "code"),
    [(None, "missing_field"), (3, "invalid_type"), (b"x", "invalid_type"), (" \n", "blank_field")],
)
def test_check_text_rejects(value, code):
    with pytest.raises(InvalidInput) as caught:
        check_text(value, "resume")
    assert caught.value.code == code
    assert caught.value.field == "resume"


def test_check_text_limit():
    assert check_text("abc", "resume", max_chars=3) == "abc"
    with pytest.raises(InputTooLarge):
        check_text("abcd", "resume", max_chars=3)


def test_analyze_hands_both_texts_to_the_engine():
    engine = ScriptedEngine()
    assert analyze("resume text", "job text", engine=engine) == make_report()
    assert engine.calls == [("resume text", "job text")]


def test_analyze_defaults_to_the_offline_engine():
    report = analyze("Python developer with Flask.", "We need a Python developer.")
    assert report.engine.name == "offline"
    assert 0 <= report.score <= 100
