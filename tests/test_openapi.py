"""/openapi.json describes the API truly: schemathesis drives the app in-process against it."""

from __future__ import annotations

import re
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import negative_data_rejection, positive_data_acceptance

from api_spec import ERROR_CODES, WARNING_CODES
from app import create_app
from jobfit.codes import ERRORS
from jobfit.config import Settings

ROOT = Path(__file__).resolve().parent.parent
# The real offline engine, so real reports meet the Report schema; short fields keep it quick.
APP = create_app(
    {
        "TESTING": True,
        "JOBFIT_SETTINGS": Settings(max_text_chars=2_000),
        "RATELIMIT_ENABLED": False,
    }
)
# A body that breaks the schema is rejected with the documented statuses: 413 (over a length)
# among them, which schemathesis does not expect by default.
REJECTED = ["400", "405", "413", "415", "422"]
CONFIG = schemathesis.config.SchemathesisConfig.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": REJECTED}}}
)
SCHEMA = schemathesis.openapi.from_wsgi("/openapi.json", APP, config=CONFIG)


@SCHEMA.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_the_api_answers_as_described(case):
    # Uploads are judged by their content, which no schema can say ("a real PDF"): random bytes
    # are rightly a 415 or 422, and an "integer" sent as a file is the text file "-1007". So for
    # multipart bodies only the answers are checked (status, content type, schema, no 5xx).
    multipart = case.media_type == "multipart/form-data"
    skip = [positive_data_acceptance, negative_data_rejection] if multipart else []
    case.call_and_validate(excluded_checks=skip)


def test_every_route_is_described():
    spec = APP.test_client().get("/openapi.json").get_json()
    routes = {
        (rule.rule, method.lower())
        for rule in APP.url_map.iter_rules()
        if rule.endpoint != "static"
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    described = {(path, method) for path, item in spec["paths"].items() for method in item}
    assert routes == described


def test_every_error_code_jobfit_raises_is_listed():
    listed = set(ERRORS) | set(WARNING_CODES)
    sources = [*ROOT.glob("jobfit/**/*.py"), ROOT / "app.py", ROOT / "guards.py"]
    raised = set()
    for path in sources:
        raised |= set(re.findall(r'\bcode\s*=\s*"([a-z_]+)"', path.read_text()))
    # The base classes' own codes and configuration errors never reach a client.
    raised -= {"jobfit_error", "invalid_config", "secret_unavailable", "upstream_error"}
    assert raised - listed == set()


def test_each_status_lists_its_codes_as_an_enum():
    spec = APP.test_client().get("/openapi.json").get_json()
    responses = spec["paths"]["/compare"]["post"]["responses"]
    for status, codes in ERROR_CODES.items():
        enum = responses[str(status)]["content"]["application/json"]["schema"]["allOf"][1]
        assert enum == {"properties": {"error": {"enum": list(codes)}}}
    assert "Retry-After" in responses["429"]["headers"]


def test_the_servers_url_carries_the_stage_prefix():
    response = APP.test_client().get("/openapi.json", base_url="http://localhost/dev/")
    assert response.get_json()["servers"] == [{"url": "/dev"}]
    assert response.get_json()["openapi"] == "3.1.0"
