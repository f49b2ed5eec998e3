"""Walk the paragraphs of document.xml, judging each run's visibility from its properties."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jobfit.documents._docxml import MIN_HALF_POINTS, SAME_COLOUR, SKIP, Styles, W, run_prop


@dataclass
class _Paragraph:
    style: str | None = None
    bullet: bool = False
    shading: str | None = None
    runs: list[tuple[str, str | None]] = field(default_factory=list)


def _rgb(value: Any) -> tuple[int, int, int] | None:
    if not isinstance(value, str) or len(value) != 6:
        return None  # "auto", theme-only or named colours we cannot judge: count as visible
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        return None


class Walker:
    """Collects visible lines and hidden runs while expat streams through a part."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.lines: list[str] = []
        self.hidden: list[tuple[str, str]] = []
        self.page_colour = "FFFFFF"
        self._paragraphs: list[_Paragraph] = []
        self._cells: list[str | None] = []
        self._skip = 0
        self._in_rpr = False
        self._in_ppr = False
        self._in_text = False
        self._run_style: str | None = None
        self._direct: dict[str, Any] = {}
        self._text: list[str] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if self._skip or name in SKIP:
            self._skip += 1
            return
        tag = name[len(W) :] if name.startswith(W) else ""
        para = self._paragraphs[-1] if self._paragraphs else None
        if tag == "p":
            self._paragraphs.append(_Paragraph())
        elif tag == "r":
            self._run_style, self._direct = None, {}
        elif tag == "rPr":
            self._in_rpr = not self._in_ppr  # a paragraph mark's rPr formats no text
        elif tag == "pPr":
            self._in_ppr = True
        elif tag == "pStyle" and para is not None:
            para.style = attrs.get(W + "val")
        elif tag == "numPr" and para is not None:
            para.bullet = True
        elif tag == "rStyle":
            self._run_style = attrs.get(W + "val")
        elif tag == "tc":
            self._cells.append(None)
        elif tag == "shd" and not self._in_rpr:
            fill = attrs.get(W + "fill", "auto")
            if self._in_ppr and para is not None:
                para.shading = fill
            elif self._cells:
                self._cells[-1] = fill
        elif tag == "background":
            self.page_colour = attrs.get(W + "color", self.page_colour)
        elif tag == "t":
            self._in_text, self._text = True, []
        elif tag == "tab" and not self._in_ppr:
            self._add("\t")
        elif tag in ("br", "cr"):
            self._add("\n")
        elif tag == "noBreakHyphen":
            self._add("-")
        elif self._in_rpr and (prop := run_prop(name, attrs)):
            self._direct[prop[0]] = prop[1]

    def end(self, name: str) -> None:
        if self._skip:
            self._skip -= 1
            return
        tag = name[len(W) :] if name.startswith(W) else ""
        if tag == "t":
            self._in_text = False
            self._add("".join(self._text))
        elif tag == "rPr":
            self._in_rpr = False
        elif tag == "pPr":
            self._in_ppr = False
        elif tag == "tc" and self._cells:
            self._cells.pop()
        elif tag == "p" and self._paragraphs:
            self._finish(self._paragraphs.pop())

    def chars(self, data: str) -> None:
        if self._in_text and not self._skip:
            self._text.append(data)

    def _add(self, text: str) -> None:
        if self._paragraphs and text:
            para = self._paragraphs[-1]
            para.runs.append((text, self._why_hidden(para) if text.strip() else None))

    def _why_hidden(self, para: _Paragraph) -> str | None:
        props = dict(self.styles.defaults)
        props.update(self.styles.resolve(para.style))
        props.update(self.styles.resolve(self._run_style))
        props.update(self._direct)
        if props.get("vanish"):
            return "hidden"
        size = props.get("sz")
        if size is not None and size < MIN_HALF_POINTS:
            return "tiny"
        colour = _rgb(props.get("color"))
        ground = _rgb(self._ground(props, para))
        if (
            colour
            and ground
            and max(abs(a - b) for a, b in zip(colour, ground, strict=True)) < SAME_COLOUR
        ):
            return "background"
        return None

    def _ground(self, props: dict[str, Any], para: _Paragraph) -> str:
        # The nearest painted layer decides: run shading, highlight, paragraph, cell, then page.
        layers = [props.get("shd"), props.get("highlight"), para.shading, *reversed(self._cells)]
        for layer in layers:
            if layer and layer not in ("auto", "none"):
                return layer
        return self.page_colour

    def _finish(self, para: _Paragraph) -> None:
        visible: list[str] = []
        for text, reason in para.runs:
            if reason is None:
                visible.append(text)
            else:
                self.hidden.append((text, reason))
                visible.append(" ")
        line = "".join(visible)
        if not line.strip():
            return  # spacing paragraphs and text-box anchors carry no text
        bullet = para.bullet or self.styles.is_list(para.style)
        self.lines.append(f"• {line}" if bullet else line)
