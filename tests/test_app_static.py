"""Fingerprinted static files: URLs carry a content hash, cached a year; the page revalidates."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[1] / "static"
IMMUTABLE = "public, max-age=31536000, immutable"


def version(filename: str) -> str:
    return hashlib.sha256((STATIC / filename).read_bytes()).hexdigest()[:12]


def test_page_links_each_asset_by_its_content_hash_and_is_not_cached(client):
    response = client.get("/")
    assert response.headers["Cache-Control"] == "no-cache"
    html = response.get_data(as_text=True)
    linked = re.findall(r'(?:href|src|data-[a-z]+-url)="/static/([^"?]+)\?v=([0-9a-f]{12})"', html)
    assert sorted(linked) == sorted(
        (name, version(name))
        for name in [
            "favicon.svg",
            "favicon.svg",
            "app.css",
            "app.js",
            "vendor/alpine-csp.min.js",
            "example.json",
            "later.js",
        ]
    )
    assert re.findall(r'"/static/[^"?]+"', html) == []  # no asset left unversioned


ASSETS = ["app.css", "app.js", "later.js", "vendor/alpine-csp.min.js", "example.json"]


@pytest.mark.parametrize("name", ASSETS)
def test_current_hash_is_cached_for_a_year(client, name):
    response = client.get(f"/static/{name}?v={version(name)}")
    assert (response.status_code, response.headers["Cache-Control"]) == (200, IMMUTABLE)
    response.close()


@pytest.mark.parametrize("query", ["", "?v=0123456789ab", "?v="])
def test_unversioned_or_stale_urls_are_not_kept(client, query):
    response = client.get(f"/static/app.css{query}")
    assert response.status_code == 200
    assert "immutable" not in response.headers.get("Cache-Control", "")
    response.close()


def test_missing_file_is_not_cached(client):
    response = client.get("/static/nope.js?v=")
    assert response.status_code == 404
    assert "immutable" not in response.headers.get("Cache-Control", "")


def test_page_is_served_without_indentation(client):
    lines = client.get("/").get_data(as_text=True).splitlines()
    assert len(lines) > 50
    assert [line for line in lines if line[:1].isspace()] == []
