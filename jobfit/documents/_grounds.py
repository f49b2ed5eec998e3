"""The areas painted on a PDF page, bucketed by place, to find what lies under a piece of text."""

from __future__ import annotations

from collections import deque

RGB = tuple[float, float, float]
Box = tuple[float, float, float, float]
WHITE: RGB = (1.0, 1.0, 1.0)
# Every text operator asks what lies under it. Scanning all fills each time made a page of many
# small fills and many words quadratic (8,000 of each took 3.7 s); a bucket holds the latest
# fills that touch it, so one question reads at most DEPTH of them.
GRID = 8
DEPTH = 64
OUTSIDE = GRID * GRID  # one more bucket, for points off the page and fills that reach past it


class Grounds:
    """Fills in drawing order; under(x, y) is the colour of the topmost one holding the point."""

    def __init__(self, box: Box) -> None:
        self.box = box
        self.buckets = [deque(maxlen=DEPTH) for _ in range(OUTSIDE + 1)]
        # A bucket that has dropped fills can no longer say "nothing is painted here".
        self.dropped = [False] * (OUTSIDE + 1)

    def paint(self, box: Box, colour: RGB | None) -> None:
        """Record a fill over `box` (None: an image or a colour we cannot judge)."""
        x0, y0, x1, y1 = box
        if not (_inside(self.box, x0, y0) and _inside(self.box, x1, y1)):
            self._add(OUTSIDE, box, colour, False)
        cols = range(self._cell(x0, 0), self._cell(x1, 0) + 1)
        for row in range(self._cell(y0, 1), self._cell(y1, 1) + 1):
            for col in cols:
                self._add(row * GRID + col, box, colour, self._covers(box, col, row))

    def under(self, x: float, y: float) -> RGB | None:
        """The colour under (x, y): the latest fill holding it, else the white page, else None."""
        index = OUTSIDE
        if _inside(self.box, x, y):
            index = self._cell(y, 1) * GRID + self._cell(x, 0)
        for (x0, y0, x1, y1), colour in reversed(self.buckets[index]):
            if x0 <= x <= x1 and y0 <= y <= y1:
                return colour
        # Fills were dropped here: what lies under the point is unknown, as under an image.
        return None if self.dropped[index] else WHITE

    def _add(self, index: int, box: Box, colour: RGB | None, covers: bool) -> None:
        bucket = self.buckets[index]
        if covers:  # nothing older can show through anywhere in this bucket
            bucket.clear()
            self.dropped[index] = False
        elif len(bucket) == DEPTH:
            self.dropped[index] = True
        bucket.append((box, colour))

    def _cell(self, value: float, axis: int) -> int:
        """The bucket of `value` along an axis (0: x, 1: y), clamped; safe for NaN and inf."""
        start, end = self.box[axis], self.box[axis + 2]
        where = (value - start) * GRID / (end - start) if end > start else 0.0
        if not where >= 0:
            return 0
        return GRID - 1 if where >= GRID else int(where)

    def _covers(self, box: Box, col: int, row: int) -> bool:
        # Judged with _cell itself, so float rounding can never put a point in a bucket that a
        # fill "covers" without holding the point. A NaN edge holds no point at all.
        if not all(v == v for v in box):
            return False
        return self._spans(box[0], box[2], col, 0) and self._spans(box[1], box[3], row, 1)

    def _spans(self, low: float, high: float, index: int, axis: int) -> bool:
        """Whether [low, high] holds every page point whose bucket along `axis` is `index`."""
        # _cell never decreases as the value grows: a bound in an earlier bucket is below them all.
        below = low <= self.box[axis] if index == 0 else self._cell(low, axis) < index
        last = index == GRID - 1
        above = high >= self.box[axis + 2] if last else self._cell(high, axis) > index
        return below and above


def _inside(box: Box, x: float, y: float) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]
