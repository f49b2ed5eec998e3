"""POST /rank on the offline engine: JSON and multipart, order, per-item errors, limits."""

from __future__ import annotations

import io

import pytest

from app import create_app
from jobfit import analyze
from jobfit.config import Settings
from jobfit.offline import OfflineEngine
from tests.hostile import slow_pdf
from tests.pdf_factory import line, make_pdf

JOB = "Backend Engineer\nRequirements:\n- 3+ years of Python\n- Experience with PostgreSQL\n"
STRONG = "Backend developer.\nBuilt Python services for 5 years on PostgreSQL.\n"
MIDDLE = "Developer.\nWrote Python scripts.\n"
WEAK = "Pastry chef.\nBaked bread and cakes for 8 years.\n"
NURSE_JOB = "Registered Nurse\nRequirements:\n- Current RN license\n- 2+ years of patient care\n"


def make_client(**settings):
    app = create_app(
        {"TESTING": True, "JOBFIT_SETTINGS": Settings(**settings), "ENGINE": OfflineEngine()}
    )
    return app.test_client()


@pytest.fixture
def client():
    return make_client()


def resumes(*texts):
    return [{"id": name, "text": text} for name, text in texts]


def test_resumes_for_a_job_best_first_with_full_reports(client):
    body = {"job": JOB, "resumes": resumes(("w", WEAK), ("s", STRONG), ("m", MIDDLE))}
    response = client.post("/rank", json=body)
    assert response.status_code == 200
    data = response.get_json()
    assert (data["direction"], data["engine"], data["count"], data["failed"]) == (
        "resumes",
        "offline",
        3,
        0,
    )
    assert [i["id"] for i in data["items"]] == ["s", "m", "w"]
    assert [i["rank"] for i in data["items"]] == [1, 2, 3]
    for item, text in zip(data["items"], (STRONG, MIDDLE, WEAK), strict=True):
        assert item["report"] == analyze(text, JOB).model_dump(mode="json")
        assert item["score"] == item["report"]["score"]
        assert item["verdict"] == item["report"]["verdict"]
        assert item["judged_by_model"] is False
    assert data["items"][2]["missing"] == ["3+ years of Python", "Experience with PostgreSQL"]
    assert "model" not in data


def test_jobs_for_a_resume(client):
    body = {"resume": STRONG, "jobs": [{"id": "nurse", "text": NURSE_JOB}, {"text": JOB}]}
    data = client.post("/rank", json=body).get_json()
    assert [i["id"] for i in data["items"]] == ["2", "nurse"]  # a missing id is the position
    assert data["direction"] == "jobs"


def test_a_failed_item_carries_its_error_and_the_batch_answers(client):
    items = [{"id": "blank", "text": "  "}, {"id": "n", "text": 7}, {"id": "ok", "text": STRONG}]
    response = client.post("/rank", json={"job": JOB, "resumes": items})
    assert response.status_code == 200
    data = response.get_json()
    assert [i["id"] for i in data["items"]] == ["ok", "blank", "n"]
    assert data["failed"] == 2
    blank, number = data["items"][1], data["items"][2]
    assert blank["error"] == {"error": "blank_field", "message": "The field 'resume' is blank."}
    assert blank["rank"] is None and blank["report"] is None
    assert number["error"]["error"] == "missing_field"


def test_repeated_ids_stay_apart(client):
    body = {"job": JOB, "resumes": resumes(("cv", STRONG), ("cv", WEAK))}
    data = client.post("/rank", json=body).get_json()
    assert [i["id"] for i in data["items"]] == ["cv", "cv #2"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ([1, 2], "invalid_json"),
        ({"resumes": [{"text": STRONG}]}, "invalid_rank_request"),
        ({"job": JOB, "resume": STRONG, "resumes": []}, "invalid_rank_request"),
        ({"job": JOB, "resumes": []}, "invalid_rank_request"),
        ({"job": JOB, "resumes": "text"}, "invalid_rank_request"),
        ({"job": "  ", "resumes": [{"text": STRONG}]}, "blank_field"),
    ],
)
def test_bad_requests_are_400(client, body, code):
    response = client.post("/rank", json=body)
    assert response.status_code == 400
    assert response.get_json()["error"] == code


def test_too_many_items_is_413():
    client = make_client(rank_max_items=2)
    body = {"job": JOB, "resumes": resumes(("a", STRONG), ("b", WEAK), ("c", MIDDLE))}
    response = client.post("/rank", json=body)
    assert response.status_code == 413
    assert response.get_json() == {
        "error": "too_many_items",
        "message": "The batch has 3 items; the limit is 2.",
    }


def test_too_many_bytes_is_413():
    client = make_client(rank_max_bytes=len(JOB) + len(STRONG) + 10)
    body = {"job": JOB, "resumes": resumes(("a", STRONG), ("b", WEAK))}
    response = client.post("/rank", json=body)
    assert response.status_code == 413
    assert response.get_json()["error"] == "batch_too_large"


def test_over_the_time_budget_is_413():
    client = make_client(rank_budget_seconds=-1.0)  # spent before the first item
    body = {"job": JOB, "resumes": resumes(("a", STRONG), ("b", WEAK))}
    response = client.post("/rank", json=body)
    assert response.status_code == 413
    assert response.get_json() == {
        "error": "batch_too_slow",
        "message": "The batch takes longer than the time allowed; send fewer or shorter items.",
    }


def _pdf(text: str) -> bytes:
    return make_pdf([line(72, 700, text)])


def test_multipart_files_with_a_bad_one(client):
    data = {
        "job": JOB,
        "resume_files": [
            (io.BytesIO(b"Pastry chef. Baked bread for 8 years."), "weak.txt"),
            (io.BytesIO(_pdf("Built Python services for 5 years on PostgreSQL")), "strong.pdf"),
            (io.BytesIO(b"%PDF-1.4 broken"), "broken.pdf"),
        ],
    }
    response = client.post("/rank", data=data, content_type="multipart/form-data")
    assert response.status_code == 200
    items = response.get_json()["items"]
    assert [i["id"] for i in items] == ["strong.pdf", "weak.txt", "broken.pdf"]
    assert items[2]["error"]["error"] == "corrupt_pdf"
    assert items[0]["report"]["score"] > items[1]["report"]["score"]


def test_multipart_a_job_file_and_jobs_for_a_resume(client):
    data = {
        "resume": STRONG,
        "job_files": [
            (io.BytesIO(NURSE_JOB.encode()), "n.txt"),
            (io.BytesIO(JOB.encode()), "b.txt"),
        ],
    }
    response = client.post("/rank", data=data, content_type="multipart/form-data")
    assert [i["id"] for i in response.get_json()["items"]] == ["b.txt", "n.txt"]
    data = {
        "job_file": (io.BytesIO(JOB.encode()), "job.txt"),
        "resume_files": [(io.BytesIO(STRONG.encode()), "s.txt")],
    }
    response = client.post("/rank", data=data, content_type="multipart/form-data")
    assert response.get_json()["items"][0]["score"] == analyze(STRONG, JOB).score


def test_multipart_without_files_is_400(client):
    response = client.post("/rank", data={"job": JOB}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert response.get_json()["message"] == "Attach the files to rank as 'resume_files'."


def test_reading_the_files_spends_the_batch_budget():
    # Session 8: each file had its own 5 s to be read before the batch's budget even began, so
    # 51 files built to use it up held a worker for minutes. Now the first file that runs out
    # of the batch's time fails the whole batch, with the code ranking uses past its budget.
    client = make_client(rank_budget_seconds=1.0)
    files = [(io.BytesIO(slow_pdf()), f"cv{i}.pdf") for i in range(3)]
    data = {"job": JOB, "resume_files": files}
    response = client.post("/rank", data=data, content_type="multipart/form-data")
    assert response.status_code == 413
    assert response.get_json()["error"] == "batch_too_slow"
