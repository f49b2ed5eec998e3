"""The job side: lines, skills by place, keywords."""

from __future__ import annotations

import pytest

from jobfit.offline.job import PLACE_WEIGHT, build_job
from jobfit.offline.text import stem

JOB = """Site Reliability Engineer

Responsibilities:
Run Kubernetes and Terraform for the payments team.

Minimum qualifications:
Experience with Kubernetes and Python.
Linux

Preferred qualifications:
Experience with Go.
Apply
"""


def test_skills_carry_their_strongest_place():
    job = build_job(JOB)
    weights = {name: weight for name, (_, _, weight) in job.skills.items()}
    assert weights["Kubernetes"] == PLACE_WEIGHT["required"]
    assert weights["Terraform"] == PLACE_WEIGHT["duty"]
    assert weights["Go"] == PLACE_WEIGHT["preferred"]
    assert job.skills["Kubernetes"][1] == 2


def test_title_and_one_word_lines():
    job = build_job(JOB)
    assert job.title == "Site Reliability Engineer"
    assert [s.name for s in job.title_skills] == [
        "Site reliability engineer",
        "Site reliability engineering",
    ]
    assert [ln.text for ln in job.lines if ln.importance != "duty"] == [
        "Experience with Kubernetes and Python.",
        "Linux",
        "Experience with Go.",
    ]


def test_keywords_are_content_stems_of_the_lines():
    keywords = build_job(JOB).keywords
    assert {"kubernet", "python", "payment"} <= keywords
    assert "experience" not in keywords and "with" not in keywords


def test_a_prepared_job_indexes_its_words_for_screening_once(monkeypatch):
    from jobfit.batch import rank_resumes
    from jobfit.offline import gaming

    calls = []
    for name in ("shingles", "line_index"):
        real = getattr(gaming, name)
        monkeypatch.setattr(
            gaming, name, lambda *a, real=real, name=name: calls.append(name) or real(*a)
        )
    resumes = [("a", "SRE. Ran Kubernetes on Linux."), ("b", "Python developer."), ("c", "Cook.")]
    assert len(rank_resumes(JOB, resumes)) == 3
    # The job's word runs, its lines, and the runs of its content words: once for the batch.
    assert calls == ["shingles", "line_index", "shingles"]


def test_screen_indexes_the_words_and_lines_of_the_job():
    job = build_job(JOB)
    screen = job.screen
    assert screen is job.screen  # computed once
    assert screen.words == job.words
    assert (
        "experience",
        "with",
        "kubernetes",
        "and",
        "python",
        "linux",
        "preferred",
        "qualifications",
    ) in screen.shingles.grams
    assert stem("Kubernetes".lower()) in screen.stems


def test_the_job_occupation_is_read_from_words_as_from_tokens():
    # build_job reads the whole job as words and their singular forms, not as tokens.
    from jobfit import tuning
    from jobfit.offline.occupations import occupation_vector
    from jobfit.offline.text import tokenize

    job = "Registered Nurses (ICU), Acme\nNURSES and Nurse Practitioners: patient care, triage.\n"
    want = occupation_vector(tokenize("Registered Nurses"), tokenize(job), tuning.OCC_JOB_TITLE)
    got = build_job(job)
    assert got.occupation == want
    assert got.occupation  # the test reads some occupation, not two empty vectors
    assert got.words == [t.lower for t in tokenize(job)]


def test_a_code_before_the_title_does_not_hide_the_occupation():
    # The head ("TMOBJP") names no occupation: the first title part that names one is the title.
    from jobfit import tuning

    job = build_job("TMOBJP - Construction Project Manager II - Overland Park\nPlan the build.\n")
    # The title weight, and the body's reading of the same words as a title elsewhere.
    want = tuning.OCC_JOB_TITLE + tuning.OCC_BODY_TITLE
    assert job.occupation.most_common(1) == [("construction_mgmt", want)]


def test_a_title_head_that_names_an_occupation_keeps_it():
    # "Nurse" names the occupation; the later part ("Construction Project Manager") does not.
    from jobfit import tuning

    job = build_job("Nurse - Construction Project Manager\nPatient care.\n")
    assert job.occupation["nursing"] >= tuning.OCC_JOB_TITLE
    assert job.occupation["construction_mgmt"] == tuning.OCC_BODY_TITLE  # a title elsewhere


@pytest.mark.parametrize(
    ("job", "field", "other"),
    [
        (
            "Application Engineer, Finance Systems\n"
            "Build internal applications in Java, Spring and JavaScript.\n"
            "Experience with REST APIs and code review.\n",
            "software_dev",
            "engineering",
        ),
        (
            "Applications Engineer\n"
            "Support customers with SolidWorks models, PLC and schematic reviews.\n"
            "Experience with GD&T and FEA.\n",
            "engineering",
            "software_dev",
        ),
        (
            "Systems Engineer\n"
            "Linux, Kubernetes and Terraform for our cloud; on-call for production.\n",
            "devops",
            "engineering",
        ),
        (
            "Case Manager\nRN licence required. Nursing assessment, patient care plans.\n",
            "nursing",
            "social_services",
        ),
        (
            "Dispensing Nurse\nLPN licence required; pass medications to residents.\n",
            "nursing_lpn",
            "nursing",
        ),
        (
            "Instructor - Adjunct\n"
            "Teach nursing students in clinical rotations; MSN and RN required.\n",
            "nursing_education",
            "teaching",
        ),
        (
            "Nurse, Cardiac Unit\nRN licence and BSN required; ICU experience.\n",
            "nursing",
            "nursing_lpn",
        ),
    ],
)
def test_an_ambiguous_title_is_what_the_ad_makes_it(job, field, other):
    # The title names two occupations; the body's words decide which takes the title's weight.
    from jobfit import tuning

    occupation = build_job(job).occupation
    assert occupation.most_common(1)[0][0] == field
    assert occupation[field] >= tuning.OCC_JOB_TITLE
    assert occupation[other] < tuning.OCC_SAME_SHARE * occupation[field]


def test_an_ambiguous_title_with_a_silent_body_names_each_of_its_occupations():
    from jobfit import tuning

    occupation = build_job("Application Engineer\nJoin a friendly team in Austin.\n").occupation
    assert occupation["software_dev"] == occupation["engineering"] >= tuning.OCC_JOB_TITLE


def test_the_body_decides_only_for_a_job():
    # A resume headline keeps each occupation its title names (profile.py reads resumes).
    from jobfit import tuning
    from jobfit.offline.occupations import occupation_vector
    from jobfit.offline.text import tokenize

    head, body = tokenize("Application Engineer"), tokenize("Java, Spring and REST APIs.")
    vec = occupation_vector(head, body)
    assert vec["engineering"] == tuning.OCC_HEAD_TITLE


def test_a_business_development_manager_by_its_short_form():
    job = build_job("BDM - IT Staffing\nFind new clients and grow accounts.\n")
    assert job.occupation.most_common(1)[0][0] == "bizdev"


def test_what_is_read_from_a_job_alone_is_read_once_and_kept_with_it():
    calls = []

    def read(job):
        calls.append(job)
        return len(job.lines)

    first, second = build_job(JOB), build_job(JOB)
    assert first.once(read) == first.once(read) == len(first.lines)
    assert second.once(read) == len(second.lines)
    assert calls == [first, second]  # once per job, each its own
    line = first.lines[0]
    assert line.once(lambda ln: ln.text) == line.text
