"""Choose and build the analysis engine from settings, once per process."""

from __future__ import annotations

from jobfit.analysis import Engine
from jobfit.config import Settings
from jobfit.offline import OfflineEngine


def build_engine(settings: Settings) -> Engine:
    """Return the engine the settings ask for: OpenAI when configured, else offline."""
    if settings.engine == "openai":
        # Imported here: the offline path needs no prompts or grounding. The openai SDK itself
        # waits for the first analysis (OpenAIEngine.client), so GET / never pays for it.
        from jobfit.llm import OpenAIEngine

        return OpenAIEngine.from_settings(settings)
    return OfflineEngine()
