"""The page's script sources: components over shared Alpine.store state, no DOM lookups by id."""

from __future__ import annotations

import re
from pathlib import Path

ASSETS = Path(__file__).resolve().parents[1] / "assets"
SOURCES = sorted([ASSETS / "app.js", *(ASSETS / "lib").glob("*.js")])


def test_components_use_refs_and_template_expressions():
    for path in SOURCES:
        code = path.read_text(encoding="utf-8")
        assert "getElementById" not in code, path.name  # $refs reach elements
        # The CSP build evaluates simple expressions: templates no longer need one-line getters.
        assert re.findall(r"^\s*get \w+\(\)", code, re.MULTILINE) == [], path.name


def test_app_registers_one_store_and_four_components():
    code = "".join(path.read_text(encoding="utf-8") for path in SOURCES)
    assert re.findall(r'Alpine\.store\("(\w+)", ', code) == ["jobfit"]
    assert re.findall(r'Alpine\.data\("(\w+)"', code) == ["page", "field", "report", "rank"]
