"""A bounded load run: the Procfile's gunicorn, 50 clients, a 1 s fake upstream with 5% faults.

    .venv/bin/python bench/load.py ../shared/data/dev.jsonl [--clients 50] [--requests 1000]
        [--max-seconds 180] [--rounds 2]

Everything runs on 127.0.0.1. The app runs the OpenAI engine against tests/fake_openai.py, whose
every answer takes 1 s; 5% of the calls fail instead (a 500, a 429, a non-JSON answer, or a hang
past the 3 s deadline set here), and the offline fallback must answer those. `--rounds` rounds
of `--requests` each; RSS (master + workers) is read after a warm-up and after each round. An
unexpected answer is anything but a 200 JSON report. The cache is off and the rate limit raised
so every request reaches the model.
"""

from __future__ import annotations

import argparse
import collections
import http.client
import json
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from fake_openai import FakeOpenAI, Reply, answer, error  # noqa: E402
from gunicorn_server import Gunicorn  # noqa: E402

ANSWER = {
    "score": 70,
    "summary": "A fair fit.",
    "requirements": [
        {
            "text": "Relevant experience",
            "importance": "required",
            "status": "partial",
            "evidence": [],
        }
    ],
    "suggestions": ["Quantify the results."],
}
FAULTS = [
    error(500, delay=1.0),
    error(429, "rate_limit_exceeded", headers={"Retry-After": "1"}),
    Reply(text="this is not JSON", delay=1.0),
    Reply(text="{}", delay=10.0),  # past the deadline: the fallback answers at 3 s
]


class MixedFake(FakeOpenAI):
    """The fake upstream, answering each request with a seeded draw: 95% fine, 5% a fault."""

    def __init__(self, seed: int = 9) -> None:
        super().__init__()
        self.rng = random.Random(seed)
        self.faults = collections.Counter()

    def _next(self) -> Reply:
        with self._lock:
            if self.rng.random() >= 0.05:
                return answer(ANSWER, delay=1.0)
            fault = self.rng.randrange(len(FAULTS))
            self.faults[fault] += 1
            return FAULTS[fault]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run_round(port: int, rows: list[dict], clients: int, total: int, max_seconds: float) -> dict:
    """`total` POST /compare from `clients` threads on keep-alive connections; what came back."""
    statuses, latencies, fallbacks = collections.Counter(), [], collections.Counter()
    lock, counter = threading.Lock(), iter(range(total))
    stop_at = time.monotonic() + max_seconds

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop_at:
            with lock:
                n = next(counter, None)
            if n is None:
                break
            row = rows[n % len(rows)]
            body = json.dumps({"resume": row["resume"], "jobDesc": row["job"]})
            started = time.perf_counter()
            try:
                connection.request("POST", "/compare", body, {"Content-Type": "application/json"})
                response = connection.getresponse()
                data = response.read()
                status = response.status
                report = json.loads(data) if status == 200 else {}
                codes = {w["code"] for w in report.get("warnings", [])}
                kind = "200 report" if status == 200 and "score" in report else str(status)
            except (OSError, http.client.HTTPException, ValueError) as exc:
                kind, codes = type(exc).__name__, set()
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with lock:
                latencies.append(time.perf_counter() - started)
                statuses[kind] += 1
                fallbacks["llm_unavailable" in codes] += 1
        connection.close()

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "requests": sum(statuses.values()),
        "seconds": round(time.monotonic() - started, 1),
        "statuses": dict(statuses),
        "fallback_answers": fallbacks[True],
        "p50_s": round(percentile(latencies, 0.50), 3),
        "p95_s": round(percentile(latencies, 0.95), 3),
        "max_s": round(max(latencies), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--max-seconds", type=float, default=180)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    log = Path(tempfile.mkdtemp()) / "gunicorn.log"
    with MixedFake() as fake:
        env = {
            "JOBFIT_ENGINE": "openai",
            "OPENAI_API_KEY": "sk-load-test",
            "OPENAI_BASE_URL": fake.url,
            "JOBFIT_TIMEOUT": "3",
            "JOBFIT_CACHE_SIZE": "0",
            "JOBFIT_RATE_LIMIT": "1000000/minute",
        }
        with Gunicorn(env, log) as server:
            warm = run_round(server.port, rows, args.clients, 2 * args.clients, args.max_seconds)
            rss = [server.rss_kib()]
            rounds = []
            for _ in range(args.rounds):
                rounds.append(
                    run_round(server.port, rows, args.clients, args.requests, args.max_seconds)
                )
                rss.append(server.rss_kib())
        upstream = {"calls": fake.hits, "faults": sum(fake.faults.values())}
    unexpected = sum(n for r in rounds for kind, n in r["statuses"].items() if kind != "200 report")
    print(
        json.dumps(
            {
                "command": " ".join(server.command[3:]),
                "warm_up": warm,
                "rounds": rounds,
                "rss_mib_after_warm_up_and_each_round": [round(k / 1024, 1) for k in rss],
                "upstream": upstream,
                "unexpected_answers": unexpected,
                "tracebacks_in_server_log": log.read_text().count("Traceback"),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
