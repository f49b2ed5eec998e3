"""The deterministic offline analyzer: rules and a skills vocabulary, no network."""

from jobfit.offline.engine import VERSION, Analysis, OfflineEngine, analyze_parts

__all__ = ["VERSION", "Analysis", "OfflineEngine", "analyze_parts"]
