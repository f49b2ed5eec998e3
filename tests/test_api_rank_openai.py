"""POST /rank on the OpenAI engine: the offline pass ranks all, the model judges only the top K."""

from __future__ import annotations

import time

from fake_openai import answer, error

from jobfit import analyze
from tests import test_api_openai
from tests.test_api_openai import GOOD

JOB = "Backend Engineer\nRequirements:\n- 3+ years of Python\n- PostgreSQL\n"
STRONG = "Backend engineer.\nBuilt Python services on PostgreSQL for 6 years.\n"
MIDDLE = "Developer.\nWrote Python scripts.\n"
WEAK = "Pastry chef.\nBaked bread and cakes for 8 years.\n"
BODY = {
    "job": JOB,
    "resumes": [
        {"id": "weak", "text": WEAK},
        {"id": "strong", "text": STRONG},
        {"id": "middle", "text": MIDDLE},
    ],
}


fake = test_api_openai.fake  # the same fake OpenAI server fixture


def make_client(base_url: str, **overrides):
    options = {"max_retries": 0, "rank_model_top": 2, "rank_model_parallel": 2}
    return test_api_openai.make_client(base_url, **{**options, **overrides})


def test_only_the_offline_top_k_go_to_the_model(fake):
    fake.script(answer({**GOOD, "score": 70}))
    data = make_client(fake.url).post("/rank", json=BODY).get_json()
    assert fake.hits == 2
    assert data["engine"] == "openai"
    assert sorted(data["model"]["judged"]) == ["middle", "strong"]
    assert data["model"]["not_judged"] == {}
    assert data["model"]["top"] == 2
    rows = {i["id"]: i for i in data["items"]}
    assert rows["strong"]["judged_by_model"] and rows["middle"]["judged_by_model"]
    assert rows["strong"]["report"]["engine"]["name"] == "openai"
    assert rows["weak"]["judged_by_model"] is False
    assert rows["weak"]["report"] == analyze(WEAK, JOB).model_dump(mode="json")
    assert data["items"][-1]["id"] == "weak"
    prompts = [r["body"] for r in fake.requests]
    assert not any(WEAK.strip().splitlines()[1] in str(p) for p in prompts)


def test_model_failures_keep_the_offline_rows_and_say_why(fake):
    fake.script(error(400, "invalid_request_error"))
    data = make_client(fake.url).post("/rank", json=BODY).get_json()
    assert data["model"]["judged"] == []
    assert set(data["model"]["not_judged"]) == {"strong", "middle"}
    assert [i["id"] for i in data["items"]] == ["strong", "middle", "weak"]
    assert not any(i["judged_by_model"] for i in data["items"])
    assert data["items"][0]["report"] == analyze(STRONG, JOB).model_dump(mode="json")


def test_calls_past_the_budget_are_not_waited_for(fake):
    fake.script(answer(GOOD, delay=4.0))
    client = make_client(fake.url, rank_budget_seconds=2.5)
    start = time.monotonic()
    data = client.post("/rank", json=BODY).get_json()
    assert time.monotonic() - start < 4.0
    assert data["model"]["not_judged"] == {"strong": "timeout", "middle": "timeout"}
    assert [i["id"] for i in data["items"]] == ["strong", "middle", "weak"]


def test_no_model_call_when_top_is_zero(fake):
    fake.script(answer(GOOD))
    data = make_client(fake.url, rank_model_top=0).post("/rank", json=BODY).get_json()
    assert fake.hits == 0
    assert data["model"]["judged"] == []
