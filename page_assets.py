"""How the page's files are served: fingerprinted static URLs and templates without indentation."""

from __future__ import annotations

import hashlib
from pathlib import Path

from flask import Flask, request
from jinja2 import BaseLoader


def fingerprint_static(app: Flask) -> None:
    """Static URLs carry a hash of their content, so browsers keep them a year without asking."""
    # Hashed once at startup: the files ship with the code and change only with a deploy.
    root = Path(app.static_folder)
    versions = {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        for path in root.rglob("*")
        if path.is_file()
    }

    @app.url_defaults
    def add_version(endpoint, values):
        if endpoint == "static" and values.get("filename") in versions:
            values.setdefault("v", versions[values["filename"]])

    @app.after_request
    def cache_control(response):
        # Behind API Gateway each revalidation is a Lambda call; a current hash needs none.
        filename = (request.view_args or {}).get("filename")
        version = versions.get(filename)
        if request.endpoint == "static" and version and request.args.get("v") == version:
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        elif response.mimetype == "text/html":
            response.headers.setdefault("Cache-Control", "no-cache")
        return response


def compact_templates(app: Flask) -> None:
    """Templates lose their indentation as they load (once): the page's first load is smaller."""
    loader = app.jinja_env.loader

    class Compact(BaseLoader):
        def get_source(self, environment, template):
            source, path, uptodate = loader.get_source(environment, template)
            # Safe while no template holds <pre> or <textarea> content, where spaces show.
            lines = (line.lstrip() for line in source.splitlines())
            return "\n".join(line for line in lines if line), path, uptodate

    app.jinja_env.loader = Compact()
