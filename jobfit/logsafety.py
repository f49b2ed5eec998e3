"""Log filters that keep request bodies, and so resume text, out of libraries' debug logs."""

from __future__ import annotations

import logging

# Records that carry a whole request, by logger and message prefix. Zappa logs the raw API
# Gateway event (body included) when its `debug` setting is on; its handler module is
# `handler` inside the Lambda package and `zappa.handler` when imported from site-packages.
# openai 1.x logged "Request options" with the JSON body at DEBUG (3.x no longer does).
BODY_RECORDS = {
    "handler": ("Zappa Event:",),
    "zappa.handler": ("Zappa Event:",),
    "openai._base_client": ("Request options:",),
}


class DropBodies(logging.Filter):
    """Drop the records that would print a request body."""

    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith(self.prefixes))


def install() -> None:
    """Attach the filters to their loggers, once per process (calling again changes nothing)."""
    for name, prefixes in BODY_RECORDS.items():
        logger = logging.getLogger(name)
        if not any(isinstance(f, DropBodies) for f in logger.filters):
            logger.addFilter(DropBodies(prefixes))
