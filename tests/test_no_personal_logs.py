"""No log record, at any level and from any library, carries the resume's personal details."""

from __future__ import annotations

import json
import logging
import sys

import pytest
from fake_openai import FakeOpenAI, answer, error
from lambda_driver import rest_event

from app import create_app
from jobfit import logsafety
from jobfit.config import Settings

NAME = "Quillon Vandermeer"
EMAIL = "quillon.canary@example.org"
PHONE = "+1 (555) 017-3344"
# Each canary also in the forms a library might write it in: bare digits, the local part.
CANARIES = (NAME, "Quillon", "Vandermeer", EMAIL, "quillon.canary", PHONE, "017-3344", "5550173344")
RESUME = (
    f"{NAME}\n{EMAIL} | {PHONE}\n"
    "Backend engineer.\nBuilt Python services on PostgreSQL for 6 years.\n"
    f"Deployed them with Docker on AWS. References: ask {NAME}.\n"
)
JOB = "Backend Engineer\nRequirements:\n- 3+ years of Python\n- PostgreSQL\n"
# A model answer that repeats the canaries, as a careless model might.
ANSWER = {
    "score": 80,
    "summary": f"{NAME} ({EMAIL}, {PHONE}) fits well.",
    "requirements": [
        {
            "text": "3+ years of Python",
            "importance": "required",
            "status": "met",
            "evidence": ["Built Python services on PostgreSQL for 6 years."],
        }
    ],
    "suggestions": [f"Call {PHONE}."],
}
LOGGERS = (
    "",
    "openai",
    "httpx",
    "httpx2",
    "httpcore",
    "httpcore2",
    "zappa",
    "werkzeug",
    "flask",
    "jobfit",
    "app",
)


class Collect(logging.Handler):
    """Keep every record it sees, once."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if all(record is not r for r in self.records):
            self.records.append(record)


@pytest.fixture
def records(caplog):
    """Every record of every logger at DEBUG, whether or not the logger propagates."""
    collect = Collect()
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)  # restored by caplog after the test
        logging.getLogger(name).addHandler(collect)
    yield collect.records
    for name in LOGGERS:
        logging.getLogger(name).removeHandler(collect)


def leaks(records: list[logging.LogRecord]) -> list[str]:
    """The loggers whose records hold a canary, in message, arguments or traceback."""
    formatter = logging.Formatter("%(name)s %(message)s")
    found = []
    for record in records:
        text = f"{formatter.format(record)} {record.args!r} {record.__dict__!r}"
        if any(canary in text for canary in CANARIES):
            found.append(record.name)
    return found


def openai_client(url: str, **overrides):
    options = {
        "engine": "openai",
        "openai_api_key": "sk-test-secret-key",
        "openai_base_url": url,
        "fallback": "offline",
        "timeout_seconds": 3.0,
        "max_retries": 1,
    }
    options.update(overrides)
    app = create_app({"TESTING": True, "JOBFIT_SETTINGS": Settings(**options)})
    return app.test_client()


def test_the_check_finds_a_leak(records):
    logging.getLogger("openai").debug("Request options: %s", {"input": RESUME})
    assert leaks(records) == ["openai"]


def test_offline_engine(records):
    client = create_app({"TESTING": True, "JOBFIT_SETTINGS": Settings()}).test_client()
    response = client.post("/compare", json={"resume": RESUME, "jobDesc": JOB})
    assert response.status_code == 200
    assert leaks(records) == []


@pytest.mark.parametrize(
    ("replies", "status", "engine"),
    [
        ([answer(ANSWER)], 200, "openai"),
        ([error(500), error(500)], 200, "offline"),  # retried, then the fallback
        ([error(400, "context_length_exceeded")], 413, None),
        ([answer("{not json")], 200, "offline"),
    ],
)
def test_openai_engine(records, replies, status, engine):
    with FakeOpenAI() as fake:
        fake.script(*replies)
        client = openai_client(fake.url)
        response = client.post("/compare", json={"resume": RESUME, "jobDesc": JOB})
    assert response.status_code == status
    if engine:
        assert response.get_json()["engine"]["name"] == engine
    # The SDK and its HTTP client did log at DEBUG, so the capture works; none of it is personal.
    assert {"openai._base_client", "httpx2", "httpcore2.http11"} <= {r.name for r in records}
    assert leaks(records) == []


def test_invalid_input_is_not_echoed_to_logs(records):
    client = create_app({"TESTING": True, "JOBFIT_SETTINGS": Settings()}).test_client()
    client.post("/compare", json={"resume": RESUME})
    client.post("/compare", data=RESUME, content_type="text/plain")
    assert leaks(records) == []


@pytest.fixture
def zappa_handler(tmp_path, monkeypatch, request):
    """Zappa's own LambdaHandler in this process, log level DEBUG, `debug` as parametrized."""
    handler = pytest.importorskip("zappa.handler")
    (tmp_path / "canary_zappa_settings.py").write_text(
        f"APP_MODULE = 'app'\nAPP_FUNCTION = 'app'\nDEBUG = {request.param}\nLOG_LEVEL = 'DEBUG'\n"
        "BINARY_SUPPORT = True\nCONTEXT_HEADER_MAPPINGS = {}\nAPI_STAGE = 'dev'\n"
        "PROJECT_NAME = 'jobfit'\nENVIRONMENT_VARIABLES = {}\nDJANGO_SETTINGS = None\n"
        "DOMAIN = None\nBASE_PATH = None\nEXCEPTION_HANDLER = None\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("SERVERTYPE", "FRAMEWORK", "PROJECT", "STAGE"):
        # The handler sets these: recorded here (set, then removed) so teardown restores them.
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    # Zappa sets the root and its own logger to LOG_LEVEL: put them back afterwards.
    levels = {name: logging.getLogger(name).level for name in ("", "zappa.handler")}
    cls = handler.LambdaHandler
    saved = (cls._LambdaHandler__instance, cls.settings)
    cls._LambdaHandler__instance, cls.settings = None, None
    yield cls("canary_zappa_settings")
    cls._LambdaHandler__instance, cls.settings = saved
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    sys.modules.pop("canary_zappa_settings", None)


@pytest.fixture
def without_filters():
    """The loggers of logsafety.BODY_RECORDS with no DropBodies filter, restored afterwards."""
    saved = {name: logging.getLogger(name).filters[:] for name in logsafety.BODY_RECORDS}
    for name in saved:
        logging.getLogger(name).filters = [
            f for f in saved[name] if not isinstance(f, logsafety.DropBodies)
        ]
    yield
    for name, filters in saved.items():
        logging.getLogger(name).filters = filters


def compare_event():
    return rest_event(
        "POST",
        "/compare",
        headers={"Content-Type": "application/json"},
        body=json.dumps({"resume": RESUME, "jobDesc": JOB}),
        base64_body=False,
    )


@pytest.mark.parametrize("zappa_handler", [False], indirect=True)
def test_zappa_handler_at_debug(records, zappa_handler, without_filters):
    response = zappa_handler.handler(compare_event(), None)
    assert response["statusCode"] == 200
    assert "zappa.wsgi" in {r.name for r in records}  # its access log line was captured
    assert leaks(records) == []


@pytest.mark.parametrize("zappa_handler", [True], indirect=True)
def test_zappa_debug_setting_logs_the_body_unless_filtered(records, zappa_handler, without_filters):
    # zappa_settings.json keeps "debug": false (test_zappa_settings); if it is ever turned on,
    # Zappa logs the raw event, resume included. logsafety's filter drops that record.
    zappa_handler.handler(compare_event(), None)
    assert leaks(records) == ["zappa.handler"]
    records.clear()
    logsafety.install()
    zappa_handler.handler(compare_event(), None)
    assert leaks(records) == []


def test_old_openai_request_options_are_filtered(records, without_filters):
    logsafety.install()
    logsafety.install()  # once is enough; twice adds nothing
    logger = logging.getLogger("openai._base_client")
    assert sum(isinstance(f, logsafety.DropBodies) for f in logger.filters) == 1
    logger.debug("Request options: %s", {"json_data": {"input": RESUME}})
    logger.debug("Sending HTTP Request: %s", "POST")
    assert [r.getMessage() for r in records] == ["Sending HTTP Request: POST"]


def test_the_app_installs_the_log_filters():
    import logging

    from app import create_app
    from jobfit.logsafety import BODY_RECORDS, DropBodies

    for name in BODY_RECORDS:
        logging.getLogger(name).filters.clear()
    create_app({"TESTING": True})
    for name in BODY_RECORDS:
        assert any(isinstance(f, DropBodies) for f in logging.getLogger(name).filters), name
