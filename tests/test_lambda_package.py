"""The zip `scripts/package.py` builds serves the app as Lambda behind API Gateway would.

The package is built once per session, unzipped, and driven by `lambda_driver.py` in a fresh
interpreter that sees only the standard library, the package and boto3, with API Gateway REST
(proxy, v1) events under the `dev` stage; then once more with OPENAI_API_KEY set against a
fake OpenAI server on 127.0.0.1, so the SDK runs from the package's bytecode-only dependencies.
JOBFIT_LAMBDA_ZIP=dist/jobfit-dev.zip reuses a zip instead of building one (about 30 s); it must
come from `scripts/package.py dev` on this tree.
"""

from __future__ import annotations

import base64
import json
import marshal
import os
import re
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pdf_factory
import pytest
from docx_factory import make_docx, para, run
from fake_openai import FakeOpenAI, answer
from lambda_driver import fresh_python, invoke, link_runtime, rest_event
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

pytestmark = pytest.mark.package

ROOT = Path(__file__).resolve().parent.parent
STAGE = "dev"
ALLOWED = json.loads((ROOT / "zappa_settings.json").read_text())[STAGE]["environment_variables"][
    "JOBFIT_CORS_ORIGINS"
].split(",")[0]
FOREIGN = "https://evil.example"
RESUME = (
    "Jane Doe, backend engineer. Six years of Python building Flask services on PostgreSQL; "
    "deployed with Docker on AWS."
)
JOB = (
    "Senior backend engineer. Requirements: 5+ years of Python; Flask or Django; PostgreSQL. "
    "Nice to have: Kubernetes."
)


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes, str]]):
    """Return (body, content type) of a multipart/form-data request."""
    boundary = "jobfit-test-boundary-7f3a"
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode()
            + b"\r\n"
        )
    for name, (filename, data, mimetype) in files.items():
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {mimetype}\r\n\r\n'
        )
        parts.append(head.encode() + data + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), (
        f"multipart/form-data; boundary={boundary}"
    )


def build_events() -> dict[str, dict]:
    """Every request the package must answer, by name."""
    upload, upload_type = multipart(
        {"jobDesc": JOB},
        {
            "resume_file": (
                "resume.docx",
                make_docx(para(run(RESUME))),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        },
    )
    # White text on the page: shown to no reader, so left out of the text and warned about.
    page = pdf_factory.line(72, 700, "Six years of Python")
    page += pdf_factory.line(72, 680, "hire me", pre="1 g")
    pdf_file = ("resume.pdf", pdf_factory.make_pdf([page], compress=True), "application/pdf")
    pdf, pdf_type = multipart({}, {"file": pdf_file})
    preflight = {
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    json_headers = {"Content-Type": "application/json", "Origin": ALLOWED}
    return {
        "index": rest_event("GET", "/"),
        "css": rest_event("GET", "/static/app.css"),
        "compare_json": rest_event(
            "POST",
            "/compare",
            headers=json_headers,
            body=json.dumps({"resume": RESUME, "jobDesc": JOB}),
        ),
        "compare_upload": rest_event(
            "POST", "/compare", headers={"Content-Type": upload_type}, body=upload
        ),
        "extract_pdf": rest_event("POST", "/extract", headers={"Content-Type": pdf_type}, body=pdf),
        "preflight_allowed": rest_event(
            "OPTIONS", "/compare", headers={"Origin": ALLOWED, **preflight}
        ),
        "preflight_foreign": rest_event(
            "OPTIONS", "/compare", headers={"Origin": FOREIGN, **preflight}
        ),
        "bad_json": rest_event("POST", "/compare", headers=json_headers, body="{not json"),
        "missing_field": rest_event(
            "POST", "/compare", headers=json_headers, body=json.dumps({"resume": RESUME})
        ),
    }


@pytest.fixture(scope="session")
def lambda_zip(tmp_path_factory) -> Path:
    """The zip under test: JOBFIT_LAMBDA_ZIP if set, else a fresh build of the dev stage."""
    given = os.environ.get("JOBFIT_LAMBDA_ZIP")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("dist") / "jobfit-dev.zip"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "package.py"), STAGE],
        env={**os.environ, "JOBFIT_PACKAGE_OUT": str(out)},
        check=True,
        timeout=240,
        stdout=subprocess.DEVNULL,
    )
    return out


@pytest.fixture(scope="session")
def package_dir(lambda_zip, tmp_path_factory) -> Path:
    """The zip unpacked as Lambda unpacks it into /var/task."""
    target = tmp_path_factory.mktemp("task")
    with zipfile.ZipFile(lambda_zip) as archive:
        archive.extractall(target)
    return target


@pytest.fixture(scope="session")
def runtime_path(tmp_path_factory) -> Path:
    """A folder holding only boto3 and its dependencies (linked from this venv), like Lambda's."""
    return link_runtime(tmp_path_factory.mktemp("runtime"))


@pytest.fixture(scope="session")
def lambda_run(package_dir, runtime_path) -> dict:
    """One cold start, then every event of build_events() in order, named."""
    events = build_events()
    data = invoke(package_dir, runtime_path, list(events.values()))
    responses = [outcome["response"] for outcome in data["results"]]
    return {**data, "by_name": dict(zip(events, responses, strict=True))}


MODEL_ANSWER = {
    "score": 82,
    "summary": "A strong fit: six years of Python, Flask and PostgreSQL; no Kubernetes shown.",
    "requirements": [
        {
            "text": "5+ years of Python",
            "importance": "required",
            "status": "met",
            "evidence": ["Six years of Python building Flask services on PostgreSQL"],
        },
        {"text": "Kubernetes", "importance": "preferred", "status": "missing", "evidence": []},
    ],
    "suggestions": ["Name the size of the PostgreSQL databases you ran."],
}


@pytest.fixture(scope="session")
def openai_run(package_dir, runtime_path) -> dict:
    """A cold start with OPENAI_API_KEY set, then GET / and POST /compare, against a fake OpenAI."""
    with FakeOpenAI() as fake:
        fake.script(answer(MODEL_ANSWER))
        env = {"OPENAI_API_KEY": "sk-package-test", "OPENAI_BASE_URL": fake.url}
        body = json.dumps({"resume": RESUME, "jobDesc": JOB})
        events = [
            rest_event("GET", "/"),
            rest_event("POST", "/compare", headers={"Content-Type": "application/json"}, body=body),
        ]
        data = invoke(package_dir, runtime_path, events, env=env)
        return {**data, "requests": fake.requests}


def body_of(response: dict) -> bytes:
    """The response body as bytes, decoding Zappa's base64 for binary types."""
    body = response.get("body") or ""
    return base64.b64decode(body) if response.get("isBase64Encoded") else body.encode()


def test_index_links_and_fetch_urls_carry_the_stage(lambda_run):
    response = lambda_run["by_name"]["index"]
    assert response["statusCode"] == 200
    assert response["headers"]["Content-Type"] == "text/html; charset=utf-8"
    assert "default-src 'self'" in response["headers"]["Content-Security-Policy"]
    html = body_of(response).decode()
    assert 'data-compare-url="/dev/compare"' in html
    assert 'data-extract-url="/dev/extract"' in html
    assert 'href="/dev/static/app.css?v=' in html  # fingerprinted, below the stage
    assert 'src="/dev/static/app.js?v=' in html
    local = re.findall(r'(?:href|src|data-[a-z-]+-url)="(/[^"]*)"', html)
    assert local and all(url.startswith("/dev/") for url in local), local


def test_a_static_asset_is_served_as_text(lambda_run):
    response = lambda_run["by_name"]["css"]
    assert response["statusCode"] == 200
    assert response["headers"]["Content-Type"].startswith("text/css")
    assert response.get("isBase64Encoded", False) is False
    assert body_of(response) == (ROOT / "static" / "app.css").read_bytes()


def test_compare_with_json_returns_a_report_and_cors_headers(lambda_run):
    response = lambda_run["by_name"]["compare_json"]
    assert response["statusCode"] == 200, response.get("body")
    assert response["headers"]["Content-Type"] == "application/json"
    assert response["headers"]["Access-Control-Allow-Origin"] == ALLOWED
    report = json.loads(body_of(response))
    assert 0 <= report["score"] <= 100
    assert report["verdict"] in {"strong", "partial", "weak"}
    assert report["engine"]["name"] == "offline"
    assert report["requirements"]


def test_compare_with_a_base64_multipart_docx_upload(lambda_run):
    response = lambda_run["by_name"]["compare_upload"]
    assert response["statusCode"] == 200, response.get("body")
    report = json.loads(body_of(response))
    assert report["engine"]["name"] == "offline"
    evidence = [quote for r in report["requirements"] for quote in r["evidence"]]
    assert any("Python" in quote for quote in evidence), report["requirements"]


def test_extract_reads_a_pdf_upload_and_leaves_hidden_text_out(lambda_run):
    response = lambda_run["by_name"]["extract_pdf"]
    assert response["statusCode"] == 200, response.get("body")
    body = json.loads(body_of(response))
    assert (body["text"], body["kind"], body["pages"]) == ("Six years of Python", "pdf", 1)
    assert [w["code"] for w in body["warnings"]] == ["hidden_text"]


def test_preflight_from_the_allowed_origin_is_granted(lambda_run):
    response = lambda_run["by_name"]["preflight_allowed"]
    assert response["statusCode"] == 200
    headers = response["headers"]
    assert headers["Access-Control-Allow-Origin"] == ALLOWED
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert headers["Access-Control-Allow-Headers"].lower() == "content-type"


def test_preflight_from_a_foreign_origin_gets_no_cors_headers(lambda_run):
    headers = lambda_run["by_name"]["preflight_foreign"]["headers"]
    assert not [h for h in headers if h.lower().startswith("access-control-")]


@pytest.mark.parametrize(
    ("name", "code"), [("bad_json", "invalid_json"), ("missing_field", "missing_field")]
)
def test_bad_requests_are_400_json(lambda_run, name, code):
    response = lambda_run["by_name"][name]
    assert response["statusCode"] == 400
    assert response["headers"]["Content-Type"] == "application/json"
    assert response["headers"]["Access-Control-Allow-Origin"] == ALLOWED
    body = json.loads(body_of(response))
    assert set(body) == {"error", "message"}
    assert body["error"] == code


def test_cold_start_does_not_import_openai_or_pypdf(lambda_run):
    assert lambda_run["modules_after_init"] == ["boto3"]


def test_with_a_key_set_the_cold_start_and_the_page_do_not_import_openai(openai_run):
    # boto3 is loaded, by Zappa's handler; the SDK and its HTTP client are not.
    assert openai_run["modules_after_init"] == ["boto3"]
    page = openai_run["results"][0]
    assert page["response"]["statusCode"] == 200
    assert page["modules_after"] == ["boto3"]


def test_the_first_analysis_imports_openai_and_calls_the_model(openai_run):
    compare = openai_run["results"][1]
    assert compare["response"]["statusCode"] == 200, compare["response"].get("body")
    assert compare["modules_after"] == ["openai", "httpx2", "boto3"]
    report = json.loads(body_of(compare["response"]))
    assert (report["engine"]["name"], report["score"]) == ("openai", 82)
    # The name went to the model as a placeholder (JOBFIT_REDACT is on by default).
    assert report["warnings"] == [
        {
            "code": "redacted",
            "message": "Before the AI analysis, personal details were replaced by placeholders: "
            "1 mention of the name.",
            "title": "Personal details withheld from the AI.",
        }
    ]
    assert report["requirements"][0]["evidence"] == [
        "Six years of Python building Flask services on PostgreSQL"
    ]
    # The SDK, running from bytecode only, still turned the answer model into a strict schema.
    [request] = openai_run["requests"]
    assert request["path"] == "/v1/responses"
    assert request["headers"]["authorization"] == "Bearer sk-package-test"
    assert "Jane" not in json.dumps(request["body"])
    text_format = request["body"]["text"]["format"]
    assert (text_format["type"], text_format["strict"]) == ("json_schema", True)
    assert set(text_format["schema"]["properties"]) == {
        "score",
        "summary",
        "requirements",
        "suggestions",
    }


def test_every_runtime_import_resolves_inside_the_package(package_dir, runtime_path):
    # The OpenAI path is never exercised offline; importing it proves no excluded package is needed.
    code = (
        "import sys; sys.path[:0] = sys.argv[1:3]; "
        "import openai, pypdf, jobfit.llm.engine, jobfit.llm.upstream, jobfit.documents, handler; "
        "print(openai.__file__)"
    )
    result = fresh_python(["-c", code, str(package_dir), str(runtime_path)], cwd=package_dir)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().startswith(str(package_dir))


def test_the_zip_holds_the_app_and_nothing_it_does_not_need(lambda_zip):
    names = zipfile.ZipFile(lambda_zip).namelist()
    tops = {name.split("/")[0] for name in names}
    for needed in ("handler.py", "zappa_settings.py", "app.py", "jobfit", "templates", "static"):
        assert needed in tops
    for unwanted in (
        "tests",
        "bench",
        "scripts",
        "node_modules",
        ".venv",
        ".git",
        ".env",
        "deploy",
    ):
        assert unwanted not in tops
    for unwanted in ("boto3", "botocore", "s3transfer", "pip", "setuptools", "troposphere", "yaml"):
        assert unwanted not in tops
    # Zappa's deploy-time modules, as source or bytecode.
    deploy_time = r"(zappa/(cli|core|letsencrypt|policies)|six)(\.pyc?|/.*)"
    assert not [n for n in names if re.fullmatch(deploy_time, n)]


def test_dependencies_ship_as_bytecode_only_and_the_project_as_source(lambda_zip):
    names = set(zipfile.ZipFile(lambda_zip).namelist())
    for module in ("openai/__init__", "pydantic/main", "flask/app", "werkzeug/routing/map"):
        assert f"{module}.pyc" in names
        assert f"{module}.py" not in names
    sources = {n for n in names if n.endswith(".py")}
    # Left as source: the project, Zappa's entry points, and empty __init__.py Zappa adds.
    assert {"app.py", "handler.py", "zappa_settings.py", "jobfit/llm/engine.py"} <= sources
    own = ("jobfit/", "app.py", "guards.py", "api_spec.py", "page_assets.py", "handler.py")
    own += ("zappa_settings.py",)
    own += ("__init__.py",)
    others = {n for n in sources if not n.startswith(own) and not n.endswith("/__init__.py")}
    assert others == set()
    for module in ("app", "handler", "jobfit/llm/engine", "jobfit/documents/__init__"):
        folder, _, name = module.rpartition("/")
        prefix = f"{folder}/" if folder else ""
        assert f"{prefix}__pycache__/{name}.cpython-311.pyc" in names
    assert not [n for n in names if n.endswith((".pyi", "/py.typed", ".dist-info/RECORD"))]


def test_dependency_bytecode_has_line_numbers_but_no_column_tables(lambda_zip):
    archive = zipfile.ZipFile(lambda_zip)
    # A .pyc is a 16-byte header and a marshalled code object.
    code = marshal.loads(archive.read("pydantic/main.pyc")[16:])
    positions = list(code.co_positions())
    assert any(line for line, _, _, _ in positions)
    assert all(column is None for _, _, column, _ in positions)
    own = marshal.loads(archive.read("jobfit/llm/__pycache__/engine.cpython-311.pyc")[16:])
    assert any(column is not None for _, _, column, _ in own.co_positions())


def test_the_zip_is_within_the_size_budget(lambda_zip):
    assert lambda_zip.stat().st_size <= 10 * 1024 * 1024


def runtime_closure() -> set[str]:
    """Normalised names of requirements.txt's distributions and all they depend on."""
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    todo = [Requirement(line).name for line in lines if line.strip() and line[0] not in "#-"]
    seen: set[str] = set()
    while todo:
        name = canonicalize_name(todo.pop())
        if name not in seen:
            seen.add(name)
            for spec in metadata.requires(name) or []:
                requirement = Requirement(spec)
                if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                    todo.append(requirement.name)
    return seen


def test_the_zip_ships_the_runtime_closure_plus_zappas_handler_only(lambda_zip):
    names = zipfile.ZipFile(lambda_zip).namelist()
    shipped = {
        canonicalize_name(match.group(1))
        for name in names
        if (match := re.match(r"([^/]+)-[^-/]+\.dist-info/", name))
    }
    # zappa's handler imports zappa.utilities, which needs durationpy (and boto3, from Lambda).
    assert shipped == runtime_closure() | {"zappa", "durationpy"}


def test_the_baked_settings_are_quiet_and_binary(package_dir):
    settings = (package_dir / "zappa_settings.py").read_text()
    for line in (
        "APP_MODULE='app'",
        "APP_FUNCTION='app'",
        "DEBUG=False",
        "LOG_LEVEL='INFO'",
        "BINARY_SUPPORT=True",
        "API_STAGE='dev'",
        "PROJECT_NAME='jobfit'",
    ):
        assert line in settings.splitlines()
    assert "OPENAI_API_KEY" not in settings


def extract_from(source_ip: str, forwarded_for: str) -> dict:
    """POST /extract without a file (a cheap 400) as API Gateway sends it from `source_ip`."""
    event = rest_event("POST", "/extract", headers={"X-Forwarded-For": forwarded_for}, body="x")
    event["requestContext"]["identity"]["sourceIp"] = source_ip
    return event


@pytest.fixture(scope="session")
def ratelimit_run(package_dir, runtime_path) -> list[dict]:
    """31 requests from one source address, each forging a new X-Forwarded-For, then another."""
    events = [extract_from("198.51.100.7", f"10.0.0.{n}, 198.51.100.7") for n in range(31)]
    events.append(extract_from("198.51.100.8", "198.51.100.7"))
    return [outcome["response"] for outcome in invoke(package_dir, runtime_path, events)["results"]]


def test_the_rate_limit_keys_on_api_gateways_source_ip(ratelimit_run):
    statuses = [response["statusCode"] for response in ratelimit_run]
    # Zappa's REMOTE_ADDR would be each forged 10.0.0.n; the limit sees one client anyway.
    assert statuses == [400] * 30 + [429, 400]
    limited = ratelimit_run[30]
    assert json.loads(body_of(limited))["error"] == "rate_limited"
    assert 1 <= int(limited["headers"]["Retry-After"]) <= 60


def test_answers_on_lambda_are_https_and_never_stored(ratelimit_run):
    headers = ratelimit_run[0]["headers"]
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert headers["Cache-Control"] == "no-store"
