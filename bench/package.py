"""Lambda package budgets: zip size, cold-start import time, first-request time.

    .venv/bin/python bench/package.py [--zip dist/jobfit-dev.zip] [--runs 5]

Builds the dev package with scripts/package.py (unless --zip is given), then starts it cold
`--runs` times in a fresh stdlib-only interpreter (tests/lambda_driver.py) and reports medians:
on the offline engine, then with OPENAI_API_KEY set against a fake OpenAI server on 127.0.0.1,
where the first analysis imports openai and builds its client.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from fake_openai import FakeOpenAI, answer  # noqa: E402
from lambda_driver import fresh_python, invoke, link_runtime, rest_event  # noqa: E402

MIB = 1024 * 1024
RESUME = "Backend engineer: six years of Python, Flask and PostgreSQL services on AWS."
JOB = "Requirements: 5+ years of Python; Flask; PostgreSQL. Nice to have: Kubernetes."


def build(out: Path) -> Path:
    """Run scripts/package.py dev into `out`."""
    env = {**os.environ, "JOBFIT_PACKAGE_OUT": str(out)}
    subprocess.run([sys.executable, str(ROOT / "scripts/package.py"), "dev"], env=env, check=True)
    return out


def sizes(zip_path: Path) -> None:
    """Print the zip's size and its biggest top-level entries, compressed."""
    infos = zipfile.ZipFile(zip_path).infolist()
    packed, unpacked, bytecode = (collections.Counter() for _ in range(3))
    kinds = collections.Counter()
    for info in infos:
        top = re.sub(r"-[^-]+\.dist-info$", " (dist-info)", info.filename.split("/")[0])
        packed[top] += info.compress_size
        unpacked[top] += info.file_size
        if info.filename.endswith(".pyc"):
            bytecode[top] += info.compress_size
        kind = re.search(r"\.(pyc|py|so)$|\.dist-info/", info.filename)
        kinds[(kind.group(1) or "dist-info") if kind else "other"] += info.compress_size
    total = zip_path.stat().st_size
    print(
        f"zip: {total / MIB:.2f} MiB ({total} bytes), {len(infos)} files, unpacked "
        f"{sum(unpacked.values()) / MIB:.1f} MiB; compressed MiB by kind: "
        + ", ".join(f"{kind} {size / MIB:.2f}" for kind, size in kinds.most_common())
        + f", zip headers {(total - sum(packed.values())) / MIB:.2f}"
    )
    print(f"{'compressed MiB':>15} {'of it .pyc':>10} {'unpacked MiB':>13}  entry")
    for top, size in packed.most_common(15):
        print(f"{size / MIB:15.2f} {bytecode[top] / MIB:10.2f} {unpacked[top] / MIB:13.2f}  {top}")


# What the fake OpenAI server answers; the evidence quotes RESUME, so grounding keeps it.
MODEL_ANSWER = {
    "score": 80,
    "summary": "A strong fit on Python, Flask and PostgreSQL; Kubernetes is not shown.",
    "requirements": [
        {
            "text": "5+ years of Python",
            "importance": "required",
            "status": "met",
            "evidence": ["six years of Python, Flask and PostgreSQL services on AWS"],
        }
    ],
    "suggestions": ["Say what scale the PostgreSQL services ran at."],
}


def cold_starts(task: Path, runtime: Path, runs: int, env=None) -> dict[str, float]:
    """Median seconds of each cold-start phase over `runs` fresh processes."""
    body = json.dumps({"resume": RESUME, "jobDesc": JOB})
    headers = {"Content-Type": "application/json"}
    events = [rest_event("GET", "/"), rest_event("POST", "/compare", headers=headers, body=body)]
    phases = collections.defaultdict(list)
    for _ in range(runs):
        data = invoke(task, runtime, events, env=env)
        assert [r["response"]["statusCode"] for r in data["results"]] == [200] * len(events)
        engine = json.loads(data["results"][1]["response"]["body"])["engine"]["name"]
        assert engine == ("openai" if env else "offline"), engine
        phases["import handler"].append(data["import_handler_seconds"])
        phases["init (import app)"].append(data["init_app_seconds"])
        phases["first GET /"].append(data["results"][0]["seconds"])
        phases["then first POST /compare"].append(data["results"][1]["seconds"])
        modules = data["results"][0]["modules_after"]
    medians = {name: statistics.median(values) for name, values in phases.items()}
    medians["cold start to first byte of GET /"] = (
        medians["import handler"] + medians["init (import app)"] + medians["first GET /"]
    )
    for name, value in medians.items():
        print(f"  {name:36} {value * 1000:7.1f} ms")
    print(f"  heavy modules loaded by the cold start and GET /: {', '.join(modules) or 'none'}")
    return medians


def openai_cold(task: Path, runtime: Path, runs: int) -> None:
    """Cold starts with OPENAI_API_KEY set, the first analysis answered by a fake server."""
    with FakeOpenAI() as fake:
        fake.script(answer(MODEL_ANSWER))
        env = {"OPENAI_API_KEY": "sk-bench-not-a-key", "OPENAI_BASE_URL": fake.url}
        cold_starts(task, runtime, runs, env=env)
        assert fake.hits == runs
    # What the first analysis adds to an app already started (pydantic and the rest loaded).
    code = (
        "import os, sys, time; sys.path[:0] = sys.argv[1:3]; os.chdir(sys.argv[1]); "
        "import handler; handler.LambdaHandler(); t0 = time.perf_counter(); "
        "import openai; t1 = time.perf_counter(); openai.OpenAI(api_key='k', max_retries=0); "
        "print(t1 - t0, time.perf_counter() - t1)"
    )
    imports, clients = [], []
    for _ in range(runs):
        done = fresh_python(["-c", code, str(task), str(runtime)], cwd=task)
        seconds = [float(value) for value in done.stdout.splitlines()[-1].split()]
        imports.append(seconds[0])
        clients.append(seconds[1])
    print(
        f"  in a started app, `import openai` takes {statistics.median(imports) * 1000:.1f} ms "
        f"and the client {statistics.median(clients) * 1000:.1f} ms (medians)"
    )


def import_breakdown(task: Path, runtime: Path, top: int = 12) -> None:
    """Print the top-level packages that cost the most during handler import + app init."""
    code = (
        "import sys, os; sys.path[:0] = sys.argv[1:3]; os.chdir(sys.argv[1]); "
        "import handler; handler.LambdaHandler()"
    )
    done = fresh_python(["-X", "importtime", "-c", code, str(task), str(runtime)], cwd=task)
    own = collections.Counter()
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \| (\s*)(\S+)", line)
        if match:
            own[match.group(3).split(".")[0]] += int(match.group(1))
    print("  self time by top-level package (-X importtime):")
    for name, micros in own.most_common(top):
        print(f"    {micros / 1000:7.1f} ms  {name}")


def main() -> None:
    """Build or take the zip, then print its sizes and cold-start times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", type=Path, help="measure this zip instead of building one")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        zip_path = args.zip or build(work / "jobfit-dev.zip")
        sizes(zip_path)
        task, runtime = work / "task", work / "runtime"
        runtime.mkdir()
        link_runtime(runtime)
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(task)
        print(f"\ncold start with the shipped bytecode (median of {args.runs}):")
        cold_starts(task, runtime, args.runs)
        import_breakdown(task, runtime)
        print(f"\nsame, OPENAI_API_KEY set, fake OpenAI on 127.0.0.1 (median of {args.runs}):")
        openai_cold(task, runtime, args.runs)


if __name__ == "__main__":
    main()
