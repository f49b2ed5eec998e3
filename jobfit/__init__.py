"""jobfit: an honest, explained verdict on how well a resume fits a job."""

from jobfit.batch import (
    PreparedJob,
    PreparedResume,
    Ranked,
    prepare_job,
    prepare_resume,
    rank_jobs,
    rank_resumes,
    score,
)
from jobfit.compare import Engine, analyze
from jobfit.config import Settings
from jobfit.errors import (
    ConfigError,
    InputTooLarge,
    InvalidInput,
    JobfitError,
    UnreadableFile,
    UnsupportedFile,
    UpstreamError,
)
from jobfit.report import Report

__all__ = [
    "ConfigError",
    "Engine",
    "InputTooLarge",
    "InvalidInput",
    "JobfitError",
    "PreparedJob",
    "PreparedResume",
    "Ranked",
    "Report",
    "Settings",
    "UnreadableFile",
    "UnsupportedFile",
    "UpstreamError",
    "analyze",
    "prepare_job",
    "prepare_resume",
    "rank_jobs",
    "rank_resumes",
    "score",
]
