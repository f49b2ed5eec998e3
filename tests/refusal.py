"""One check for every bad upload: the right refusal, fast, in bounded memory."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from jobfit.documents import extract_document
from jobfit.errors import UnreadableFile

SECONDS = 10  # far above the 5 s budget: this only catches hangs
PEAK_BYTES = 64 * 2**20


def assert_refused(data: bytes, code: str, *, filename: str | None = None) -> None:
    """extract_document raises UnreadableFile with `code`, within SECONDS and PEAK_BYTES."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(UnreadableFile) as caught:
            extract_document(data, filename=filename)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.code == code
    assert time.monotonic() - started < SECONDS
    assert peak < PEAK_BYTES
