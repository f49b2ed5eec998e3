"""The deterministic offline analyzer: rules and a skills vocabulary, no network."""

from jobfit.offline.engine import VERSION, OfflineEngine, analyze_parts

__all__ = ["VERSION", "OfflineEngine", "analyze_parts"]
