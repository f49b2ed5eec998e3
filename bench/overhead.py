"""Server overhead of POST /compare on the OpenAI engine, and prompt tokens per dev pair.

Usage: python bench/overhead.py ../shared/data/dev.jsonl [--requests 300]
The upstream is tests/fake_openai.py answering at once on 127.0.0.1, so the time measured is
ours: offline analysis, prompt, SDK round trip over loopback, validation, grounding, JSON. The
cache is off so every request makes the full trip. Token counts: the run-time estimate
(UTF-8 bytes / 3), and the exact o200k count when the optional `bpe-openai` package is installed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_openai import FakeOpenAI, answer  # noqa: E402

from app import create_app  # noqa: E402
from jobfit.config import Settings  # noqa: E402
from jobfit.llm.prompts import estimate_tokens, render  # noqa: E402
from jobfit.offline import OfflineEngine  # noqa: E402

ANSWER = {
    "score": 60,
    "summary": "A partial fit.",
    "requirements": [
        {"text": "A requirement", "importance": "required", "status": "partial", "evidence": []}
    ],
    "suggestions": ["Quantify results."],
}


# Machine-made strings where bytes / 3 is known to under-count; reported, not used for the cap.
SYNTHETIC = {
    "digits": "1234567890 " * 300,
    "cjk": "\u4f60\u597d\u4e16\u754c\uff0c\u6211\u662f\u5de5\u7a0b\u5e08\u3002" * 200,
    "emoji": "\U0001f600\U0001f389\U0001f680" * 300,
    "punctuation": "a.b,c;d:e!f?" * 300,
    "random_letters": "ZxQwPl" * 400,
    "letters_digits": "x1y2z3" * 500,
    "brackets": "{}[]()<>" * 300,
    "accented": "\u00dcn\u00efc\u00f6d\u00e9 fa\u00e7ade na\u00efve " * 200,
}


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of `values` fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def overhead(rows: list[dict], requests: int) -> dict:
    """Median and p95 milliseconds of /compare against a zero-latency fake upstream."""
    with FakeOpenAI() as fake:
        fake.script(answer(ANSWER))
        settings = Settings(
            engine="openai", openai_api_key="sk-bench", openai_base_url=fake.url, cache_size=0
        )
        # The rate limit is off: every request here comes from one client on purpose.
        config = {"TESTING": True, "JOBFIT_SETTINGS": settings, "RATELIMIT_ENABLED": False}
        client = create_app(config).test_client()
        times = []
        for i in range(requests + 20):
            row = rows[i % len(rows)]
            started = time.perf_counter()
            response = client.post(
                "/compare", json={"resume": row["resume"], "jobDesc": row["job"]}
            )
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, response.get_json()
            assert response.get_json()["engine"]["name"] == "openai"
            if i >= 20:  # the first requests warm up imports and connections
                times.append(elapsed)
        hits = fake.hits
    offline = OfflineEngine()
    alone = []
    for row in rows:
        started = time.perf_counter()
        offline.analyze(row["resume"], row["job"])
        alone.append((time.perf_counter() - started) * 1000)
    return {
        "requests": len(times),
        "upstream_hits": hits,
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(percentile(times, 0.95), 2),
        "offline_analysis_median_ms": round(statistics.median(alone), 2),
    }


def tokens(rows: list[dict]) -> dict:
    """Prompt tokens per pair: the run-time estimate and, if available, the exact count."""
    offline = OfflineEngine()
    prompts = [render(r["resume"], r["job"], offline.analyze(r["resume"], r["job"])) for r in rows]
    estimated = [estimate_tokens(s) + estimate_tokens(u) for s, u in prompts]
    result = {"pairs": len(rows), "estimated_median": statistics.median(estimated)}
    try:
        import bpe_openai
    except ImportError:
        result["exact_o200k"] = "bpe-openai not installed"
        return result
    encoding = bpe_openai.get_encoding("o200k_base")
    exact = [len(encoding.encode(s)) + len(encoding.encode(u)) for s, u in prompts]
    ratios = [e / x for e, x in zip(estimated, exact, strict=True)]
    synthetic = {
        name: round(estimate_tokens(text) / len(encoding.encode(text)), 2)
        for name, text in SYNTHETIC.items()
    }
    result.update(
        exact_o200k_median=statistics.median(exact),
        estimate_over_exact_min=round(min(ratios), 2),
        estimate_over_exact_max=round(max(ratios), 2),
        synthetic_estimate_over_exact=synthetic,
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    lines = Path(args.path).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line]
    print(json.dumps({"overhead": overhead(rows, args.requests), "tokens": tokens(rows)}, indent=2))


if __name__ == "__main__":
    main()
