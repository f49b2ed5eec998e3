"""Choose and build the analysis engine from settings, once per process."""

from __future__ import annotations

from jobfit.analysis import Engine
from jobfit.config import Settings
from jobfit.offline import OfflineEngine


def build_engine(settings: Settings) -> Engine:
    """Return the engine the settings ask for: OpenAI when configured, else offline."""
    if settings.engine == "openai":
        # Imported here so that the offline path never pays for the openai SDK.
        from jobfit.llm import OpenAIEngine

        return OpenAIEngine.from_settings(settings)
    return OfflineEngine()
