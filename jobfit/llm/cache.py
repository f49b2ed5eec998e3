"""A small thread-safe LRU of reports, so an identical request costs one upstream call."""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict

from jobfit.report import Report


def cache_key(*parts: str) -> str:
    """sha256 of the parts, unambiguously joined; the texts themselves are never kept as keys."""
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


class ReportCache:
    """Least-recently-used map from key to Report, holding at most `size` entries."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[str, Report] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Report | None:
        """Return a copy of the cached report, or None."""
        with self._lock:
            report = self._items.get(key)
            if report is None:
                return None
            self._items.move_to_end(key)
        # A copy, so a caller that edits its report cannot change the next caller's.
        return report.model_copy(deep=True)

    def put(self, key: str, report: Report) -> None:
        """Store `report`, evicting the least recently used entry when full."""
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = report.model_copy(deep=True)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
