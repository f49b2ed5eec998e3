"""Shared fixtures: an app on a scripted engine, its client and CLI runner."""

from __future__ import annotations

import pytest

from app import create_app
from jobfit.config import Settings
from jobfit.report import EngineInfo, Report, Requirement, SkillCount, Skills

ALLOWED_ORIGIN = "https://jobfit.example"


def make_report(score: int = 82) -> Report:
    """A small, valid report for tests that don't exercise an engine."""
    return Report(
        score=score,
        verdict="strong",
        summary="The resume fits the job.",
        requirements=[
            Requirement(
                text="3+ years of Python",
                importance="required",
                status="met",
                evidence=["Built Python services for 5 years"],
            )
        ],
        skills=Skills(
            matched=[SkillCount(name="Python", job_mentions=2, resume_mentions=3)], missing=[]
        ),
        suggestions=["Quantify the impact of the Python services."],
        engine=EngineInfo(name="offline", version="test"),
    )


class ScriptedEngine:
    """An engine that returns a fixed report, or raises, and records its calls."""

    def __init__(self, report: Report | None = None, error: Exception | None = None):
        self.report = report or make_report()
        self.error = error
        self.calls: list[tuple[str, str]] = []

    def analyze(self, resume: str, job: str) -> Report:
        self.calls.append((resume, job))
        if self.error is not None:
            raise self.error
        return self.report


@pytest.fixture(autouse=True)
def _present_is_2026(monkeypatch):
    """ "2019 - present" counts to 2026 in every test, whatever year they run in."""
    monkeypatch.setattr("jobfit.offline.years.this_year", lambda: 2026)


@pytest.fixture
def settings() -> Settings:
    return Settings(cors_origins=(ALLOWED_ORIGIN,))


@pytest.fixture
def engine() -> ScriptedEngine:
    return ScriptedEngine()


@pytest.fixture
def app(settings, engine):
    return create_app({"TESTING": True, "JOBFIT_SETTINGS": settings, "ENGINE": engine})


@pytest.fixture
def client(app):
    return app.test_client()
