"""Errors the library raises; the web layer and the CLI map them by class."""

from __future__ import annotations


class JobfitError(Exception):
    """Base of every error jobfit raises on purpose; `code` is stable, the message is for people."""

    code = "jobfit_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ConfigError(JobfitError):
    """A setting in the environment has a value jobfit cannot use."""

    code = "invalid_config"


class InvalidInput(JobfitError):
    """A field is missing, of the wrong type, or blank."""

    code = "invalid_input"

    def __init__(self, message: str, *, field: str | None = None, code: str | None = None):
        super().__init__(message, code=code)
        self.field = field


class InputTooLarge(JobfitError):
    """Text, a file or a prompt is over a documented limit."""

    code = "too_large"


class UnsupportedFile(JobfitError):
    """A file's content is of a type jobfit does not read, or does not match its name."""

    code = "unsupported_media_type"


class UnreadableFile(JobfitError):
    """A file of a supported type could not be read safely (encrypted, corrupt, a bomb...)."""

    code = "unreadable_file"


class UpstreamError(JobfitError):
    """The LLM service failed; subclasses say how."""

    code = "upstream_error"


class UpstreamTimeout(UpstreamError):
    """The LLM service did not answer in time."""

    code = "upstream_timeout"


class UpstreamBusy(UpstreamError):
    """The LLM service is rate limiting us; try again later."""

    code = "upstream_busy"

    def __init__(self, message: str, *, retry_after: int | None = None, code: str | None = None):
        super().__init__(message, code=code)
        self.retry_after = retry_after


class UpstreamMisconfigured(UpstreamError):
    """The LLM service rejected our credentials or settings."""

    code = "upstream_misconfigured"


class UpstreamUnavailable(UpstreamError):
    """The LLM service could not be reached or failed on its side."""

    code = "upstream_unavailable"


class UpstreamBadOutput(UpstreamError):
    """The LLM answered with something that is not a valid report."""

    code = "upstream_bad_output"


class ModelRefused(UpstreamError):
    """The model refused to analyse the input."""

    code = "model_refused"


class AnalysisTimeout(JobfitError):
    """The offline analysis ran over its time budget (JOBFIT_ANALYSIS_SECONDS); the web maps 422."""

    code = "analysis_timeout"
    status = 422
