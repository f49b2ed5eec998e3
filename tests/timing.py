"""Timing for growth-ratio tests: the least CPU time of a few runs, with no collection."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_seconds(run: Callable[[], object], repeat: int = 3) -> float:
    """The least CPU time of `repeat` runs: other work on a busy machine does not count."""
    best = float("inf")
    # No collection while timing: in the whole suite's large heap one full collection takes
    # milliseconds, which is the collector's growth, not the code's (a ratio failed that way).
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best
