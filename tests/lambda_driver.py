"""Play Lambda and API Gateway for an unzipped Zappa package, with the standard library only.

The test and bench/package.py import this module for `rest_event`, `link_runtime` and `invoke`;
`invoke` runs this same file in a fresh interpreter (`-I -S -B`: no site-packages, no PYTHON*
variables, no bytecode written, as on Lambda's read-only /var/task) that sees only the standard
library, the package and a folder holding boto3, as Lambda's Python runtime does.
"""

import base64
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HOST = "abc123defg.execute-api.us-east-1.amazonaws.com"
# What Lambda's Python runtime provides besides the standard library.
RUNTIME_MODULES = ("boto3", "botocore", "s3transfer", "jmespath", "dateutil", "six", "urllib3")
# Probed after the cold start and each event: openai and httpx2 wait for the first analysis.
HEAVY_MODULES = ("openai", "httpx2", "boto3", "lxml", "pypdf", "docx")


def rest_event(method, path, *, stage="dev", headers=None, body=None, base64_body=True):
    """An API Gateway REST proxy (v1) event; with binary media types `*/*` bodies come base64."""
    headers = {
        "Host": HOST,
        "User-Agent": "jobfit-test",
        "X-Forwarded-Proto": "https",
        **(headers or {}),
    }
    if isinstance(body, str):
        body = body.encode()
    encoded = body is not None and base64_body
    resource = "/" if path == "/" else "/{proxy+}"
    return {
        "resource": resource,
        "path": path,
        "httpMethod": method,
        "headers": headers,
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": None,
        "multiValueQueryStringParameters": None,
        "pathParameters": None if path == "/" else {"proxy": path.lstrip("/")},
        "stageVariables": None,
        "requestContext": {
            "resourcePath": resource,
            "httpMethod": method,
            "path": f"/{stage}{path}",
            "stage": stage,
            "domainName": HOST,
            "apiId": HOST.split(".")[0],
            "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
            "identity": {"sourceIp": "203.0.113.7", "userAgent": "jobfit-test"},
        },
        "body": None
        if body is None
        else (base64.b64encode(body).decode() if encoded else body.decode()),
        "isBase64Encoded": encoded,
    }


def link_runtime(folder):
    """Fill `folder` with links to boto3 and its dependencies from the calling interpreter."""
    folder = Path(folder)
    for name in RUNTIME_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.origin:
            raise RuntimeError(f"{name} is not installed: install requirements-dev.txt")
        source = Path(spec.origin)
        source = source.parent if source.name == "__init__.py" else source
        (folder / source.name).symlink_to(source)
    return folder


def fresh_python(args, *, cwd, python=sys.executable, timeout=120, env=None):
    """Run the stdlib-only interpreter with Lambda-like environment variables plus `env`."""
    env = {
        **(env or {}),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_LAMBDA_FUNCTION_NAME": "jobfit-dev",
    }
    return subprocess.run(
        [python, "-I", "-S", "-B", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def invoke(package_dir, runtime_dir, events, *, python=sys.executable, env=None):
    """One cold start of the package, then each event in order; return the driver's result."""
    with tempfile.TemporaryDirectory() as work:
        events_path, result_path = Path(work, "events.json"), Path(work, "result.json")
        events_path.write_text(json.dumps(events))
        args = [__file__, str(package_dir), str(runtime_dir), str(events_path), str(result_path)]
        done = fresh_python(args, cwd=work, python=python, env=env)
        if done.returncode != 0:
            raise RuntimeError(f"the driver failed:\n{done.stderr[-3000:]}")
        return json.loads(result_path.read_text())


class Context:
    """The few attributes of Lambda's context object that a handler may read."""

    function_name = "jobfit-dev"
    function_version = "$LATEST"
    memory_limit_in_mb = "1024"
    aws_request_id = "00000000-0000-4000-8000-000000000000"
    log_group_name = "/aws/lambda/jobfit-dev"

    def get_remaining_time_in_millis(self):
        return 25_000


def main(package_dir, runtime_dir, events_path, result_path):
    """In the child: import the handler as Lambda would, invoke it per event, record times."""
    # Lambda's order: the task folder first, then the runtime's own boto3.
    sys.path[:0] = [package_dir, runtime_dir]
    os.chdir(package_dir)
    events = json.loads(Path(events_path).read_text())

    started = time.perf_counter()
    import handler

    imported = time.perf_counter()
    handler.LambdaHandler()  # Zappa's cold-start init: reads zappa_settings, imports app.app
    initialised = time.perf_counter()
    loaded = [name for name in HEAVY_MODULES if name in sys.modules]

    results = []
    for event in events:
        before = time.perf_counter()
        response = handler.lambda_handler(event, Context())
        seconds = time.perf_counter() - before
        modules = [name for name in HEAVY_MODULES if name in sys.modules]
        results.append({"response": response, "seconds": seconds, "modules_after": modules})

    Path(result_path).write_text(
        json.dumps(
            {
                "import_handler_seconds": imported - started,
                "init_app_seconds": initialised - imported,
                "modules_after_init": loaded,
                "results": results,
            }
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:5])
