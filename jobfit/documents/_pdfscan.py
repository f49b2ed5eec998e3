"""Follow one PDF page's drawing state to tell text a reader sees from text hidden from them."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from pypdf.generic import NumberObject

from jobfit.documents._grounds import Grounds

RGB = tuple[float, float, float]
MIN_FONT_PT = 4.0
# Channels closer than this to the background are unreadable (white on white, grey on grey).
SAME_COLOUR = 0.08
SHOW_OPS = {b"Tj", b"TJ", b"'", b'"'}
FILL_OPS = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
ICON_FONT = re.compile(
    r"awesome|icomoon|glyphicon|material.?(icons|symbols)|ionicons|feather|wingdings|webdings"
    r"|dingbats|academicons|fontello|bootstrap.?icons|remixicon|tabler",
    re.IGNORECASE,
)
IDENTITY_CM = ([NumberObject(v) for v in (1, 0, 0, 1, 0, 0)], b"cm")


@dataclass(frozen=True)
class _State:
    fill: RGB | None = (0.0, 0.0, 0.0)  # None: a colour we cannot judge (pattern, spot colour)
    stroke: RGB | None = (0.0, 0.0, 0.0)
    fill_space: str | None = "gray"
    stroke_space: str | None = "gray"
    render: int = 0
    alpha: float = 1.0
    font_size: float = 0.0
    hscale: float = 1.0


def _rgb(space: str | None, values: list[Any]) -> RGB | None:
    try:
        nums = [float(v) for v in values]
    except (TypeError, ValueError):
        return None
    if space == "gray" and len(nums) == 1:
        return (nums[0],) * 3
    if space == "rgb" and len(nums) == 3:
        return (nums[0], nums[1], nums[2])
    if space == "cmyk" and len(nums) == 4:
        c, m, y, k = nums
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def _apply(m: list[float], x: float, y: float) -> tuple[float, float]:
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def _mult(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


class PageScan:
    """Visitor pair for pypdf's extract_text that sorts each piece of text into shown or hidden."""

    def __init__(self, box: tuple[float, float, float, float], resources: Any, tick: Callable):
        self.box = box
        self.resources = resources
        self.tick = tick  # raises when the time budget is spent
        self.state = _State()
        self.stack: list[_State] = []
        self.path: list[tuple[float, float]] = []
        # Painted areas in drawing order: bounding box and colour (None: an image, unknown colour).
        self.grounds = Grounds(box)
        self.forms: list[list[float]] = []  # the page matrix at each enclosing form XObject
        self.reason: str | None = None
        self.pieces: list[tuple[str, str | None]] = []  # (text, why hidden or None)
        self.has_image = False

    # pypdf calls this before it runs each operator, with its current matrices.
    def before(self, op: bytes, operands: list[Any], cm: list[float], tm: list[float]) -> None:
        self.tick()
        if self.forms:
            cm = _mult(cm, self.forms[-1])
        s = self.state
        if op == b"q":
            self.stack.append(s)
        elif op == b"Q":
            self.state = self.stack.pop() if self.stack else _State()
        elif op in (b"g", b"rg", b"k"):
            space = {b"g": "gray", b"rg": "rgb", b"k": "cmyk"}[op]
            self.state = replace(s, fill=_rgb(space, operands), fill_space=space)
        elif op in (b"G", b"RG", b"K"):
            space = {b"G": "gray", b"RG": "rgb", b"K": "cmyk"}[op]
            self.state = replace(s, stroke=_rgb(space, operands), stroke_space=space)
        elif op in (b"cs", b"CS") and operands:
            space = self._space(operands[0])
            if op == b"cs":
                self.state = replace(s, fill_space=space, fill=(0.0, 0.0, 0.0) if space else None)
            else:
                self.state = replace(
                    s, stroke_space=space, stroke=(0.0, 0.0, 0.0) if space else None
                )
        elif op in (b"sc", b"scn"):
            self.state = replace(s, fill=_rgb(s.fill_space, operands))
        elif op in (b"SC", b"SCN"):
            self.state = replace(s, stroke=_rgb(s.stroke_space, operands))
        elif op == b"Tr" and operands:
            self.state = replace(s, render=int(_num(operands[0])))
        elif op == b"Tf" and len(operands) >= 2:
            self.state = replace(s, font_size=_num(operands[1]))
        elif op == b"Tz" and operands:
            self.state = replace(s, hscale=_num(operands[0], 100.0) / 100)
        elif op == b"gs" and operands:
            self.state = replace(s, alpha=self._alpha(operands[0], s.alpha))
        elif op == b"re" and len(operands) == 4:
            x, y, w, h = (_num(v) for v in operands)
            self.path += [_apply(cm, x, y), _apply(cm, x + w, y + h)]
            self.path += [_apply(cm, x + w, y), _apply(cm, x, y + h)]
        elif op in (b"m", b"l", b"c", b"v", b"y") and len(operands) >= 2:
            self.path.append(_apply(cm, _num(operands[-2]), _num(operands[-1])))
        elif op in FILL_OPS:
            self._paint(s.fill if s.alpha >= 0.9 else None)
        elif op in (b"n", b"S", b"s"):
            self.path = []
        elif op == b"Do" and operands:
            self._do(operands[0], cm)
        elif op == b"INLINE IMAGE":
            self._image(cm)
        elif op == b"sh":
            self.grounds.paint(self.box, None)
        elif op in SHOW_OPS:
            self.reason = self._why_hidden(_mult(tm, cm))

    def after(self, op: bytes, operands: list[Any], cm: list[float], tm: list[float]) -> None:
        """Leave an XObject once pypdf has extracted it."""
        if op == b"Do" and self.forms:
            self.forms.pop()

    def text(self, text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        """Collect one piece of text with the verdict of the operator that showed it."""
        if not text:
            return
        if text.strip() and font is not None and ICON_FONT.search(str(font.get("/BaseFont", ""))):
            text = " " if text[-1:] != "\n" else "\n"
        self.pieces.append((text, self.reason if text.strip() else None))

    def _why_hidden(self, m: list[float]) -> str | None:
        s = self.state
        if s.render in (3, 7):
            return "invisible"
        if s.alpha < 0.1:
            return "transparent"
        scale = math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))
        if 0 < s.font_size * scale * min(s.hscale, 1.0) < MIN_FONT_PT or s.hscale < 0.05:
            return "tiny"
        x, y = m[4], m[5]
        x0, y0, x1, y1 = self.box
        if not (x0 - 2 <= x <= x1 + 2 and y0 - 2 <= y <= y1 + 2):
            return "off_page"
        colour = s.stroke if s.render in (1, 5) else s.fill
        ground = self.grounds.under(x, y)
        if colour is not None and ground is not None:
            if max(abs(a - b) for a, b in zip(colour, ground, strict=True)) < SAME_COLOUR:
                return "background"
        return None

    def _paint(self, colour: RGB | None) -> None:
        if self.path:
            xs, ys = [p[0] for p in self.path], [p[1] for p in self.path]
            self.grounds.paint((min(xs), min(ys), max(xs), max(ys)), colour)
        self.path = []

    def _image(self, cm: list[float]) -> None:
        self.has_image = True
        self.path = [_apply(cm, 0, 0), _apply(cm, 1, 1), _apply(cm, 1, 0), _apply(cm, 0, 1)]
        self._paint(None)

    def _do(self, name: Any, cm: list[float]) -> None:
        xobject = _lookup(self.resources, "/XObject", name)
        if xobject is not None and xobject.get("/Subtype") == "/Image":
            self._image(cm)
        # pypdf extracts a form with fresh matrices: remember where it sits until after().
        self.forms.append(cm)

    def _space(self, name: Any) -> str | None:
        device = {"/DeviceGray": "gray", "/DeviceRGB": "rgb", "/DeviceCMYK": "cmyk"}
        if name in device:
            return device[name]
        entry = _lookup(self.resources, "/ColorSpace", name)
        try:
            if entry[0] == "/ICCBased":
                return {1: "gray", 3: "rgb", 4: "cmyk"}.get(int(entry[1].get_object()["/N"]))
        except (KeyError, IndexError, TypeError, ValueError):
            pass
        return None

    def _alpha(self, name: Any, current: float) -> float:
        entry = _lookup(self.resources, "/ExtGState", name)
        try:
            return float(entry["/ca"]) if entry is not None and "/ca" in entry else current
        except (TypeError, ValueError):
            return current


def _lookup(resources: Any, kind: str, name: Any) -> Any:
    try:
        return resources[kind].get_object()[name].get_object()
    except (KeyError, TypeError, AttributeError):
        return None


def _num(value: Any, default: float = 0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default
