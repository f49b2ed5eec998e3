"""Stream WordprocessingML through expat: styles, then paragraphs with hidden runs set apart."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.parsers import expat

from jobfit.errors import UnreadableFile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MIN_HALF_POINTS = 8  # w:sz counts half-points: under 4 pt nobody reads it
SAME_COLOUR = 20  # per channel, of 255
_CHUNK = 1 << 16
# A resume nests a text box in a table cell at most: some 30 elements deep. Each run looks up
# its enclosing cells, so thousands of nested cells made every run slow (issue 9).
MAX_DEPTH = 256
_TICK_EVERY = 1 << 10  # elements between two looks at the clock inside one chunk
# Text outside the reading flow: deleted revisions, field codes, the duplicate of a text box.
SKIP = {W + "delText", W + "instrText", MC_FALLBACK}
_HIGHLIGHTS = {"white": "FFFFFF", "black": "000000", "yellow": "FFFF00", "lightGray": "C0C0C0"}


def parse_xml(data: bytes, handler: Any, tick: Callable[[], None]) -> None:
    """Feed `data` to `handler` (start/end/chars), refusing DTDs so no entity is ever expanded."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartDoctypeDeclHandler = _refuse  # WordprocessingML never carries a DTD
    parser.EntityDeclHandler = _refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    depth = count = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal depth, count
        depth, count = depth + 1, count + 1
        if depth > MAX_DEPTH:
            raise UnreadableFile(
                "This DOCX nests its content far deeper than any resume.", code="too_deep"
            )
        if not count % _TICK_EVERY:
            tick()
        handler.start(name, attrs)

    def end(name: str) -> None:
        nonlocal depth
        depth -= 1
        handler.end(name)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = handler.chars
    parser.buffer_text = True
    try:
        for offset in range(0, len(data), _CHUNK):
            tick()
            parser.Parse(data[offset : offset + _CHUNK], False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise UnreadableFile("This DOCX holds malformed XML.", code="corrupt_docx") from exc


def _refuse(*_args: Any) -> None:
    raise UnreadableFile("This DOCX declares XML entities, which Word never does.", code="xml_dtd")


def run_prop(name: str, attrs: dict[str, str]) -> tuple[str, Any] | None:
    """The run property an rPr child element sets, as (name, value), or None."""
    key = name[len(W) :]
    if key == "vanish":
        return key, attrs.get(W + "val", "true") not in ("0", "false", "off")
    if key in ("color", "highlight"):
        value = attrs.get(W + "val", "auto")
        return key, _HIGHLIGHTS.get(value, value)
    if key == "sz":
        return key, _int(attrs.get(W + "val"))
    if key == "shd":
        return key, attrs.get(W + "fill", "auto")
    return None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Styles:
    """Run properties of each style and the document defaults, read from styles.xml."""

    def __init__(self) -> None:
        self.own: dict[str, dict[str, Any]] = {}
        self.based_on: dict[str, str] = {}
        self.lists: set[str] = set()
        self.defaults: dict[str, Any] = {}
        self._current: dict[str, Any] | None = None
        self._id = ""
        # Every run asks for its styles' properties: a chain of 20 links, walked once per style.
        self._resolved: dict[str, dict[str, Any]] = {}

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == W + "style":
            self._id = attrs.get(W + "styleId", "")
            self._current = self.own.setdefault(self._id, {})
        elif name == W + "rPrDefault":
            self._current = self.defaults
        elif name == W + "basedOn" and self._current is not None and self._id:
            self.based_on[self._id] = attrs.get(W + "val", "")
        elif name == W + "numPr" and self._id:
            self.lists.add(self._id)
        elif self._current is not None and (prop := run_prop(name, attrs)):
            self._current[prop[0]] = prop[1]

    def end(self, name: str) -> None:
        if name in (W + "style", W + "rPrDefault"):
            self._current, self._id = None, ""
            self._resolved.clear()

    def chars(self, _data: str) -> None:
        pass

    def resolve(self, style: str | None) -> dict[str, Any]:
        """Properties a style sets, with those it inherits (20 links at most: chains can loop)."""
        if not style:
            return {}
        if style in self._resolved:
            return self._resolved[style]
        key, chain = style, []
        while style and style not in chain and len(chain) < 20:
            chain.append(style)
            style = self.based_on.get(style)
        merged: dict[str, Any] = {}
        for name in reversed(chain):
            merged.update(self.own.get(name, {}))
        self._resolved[key] = merged
        return merged

    def is_list(self, style: str | None) -> bool:
        """Whether a paragraph style makes a list (its paragraphs show a bullet or number)."""
        return bool(style) and (style in self.lists or style.lower().startswith("list"))
