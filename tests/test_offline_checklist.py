"""Requirement lines judged against a resume."""

from __future__ import annotations

import random
from collections import Counter
from types import SimpleNamespace

import pytest

from jobfit.offline.checklist import credit, judge, skill_cover
from jobfit.offline.job import build_job
from jobfit.offline.profile import build_resume


def judged(resume: str, requirement: str, heading: str = "Requirements:"):
    job = build_job(f"Engineer\n\n{heading}\n{requirement}\n")
    profile = build_resume(resume, job.words, job.keywords)
    [judgement] = judge(job, profile)
    return judgement, job, profile


@pytest.mark.parametrize(
    ("resume", "status"),
    [
        ("Built services in Java and Python.", "met"),
        ("Built services in Ruby.", "missing"),
    ],
)
def test_one_option_of_a_list_is_enough(resume, status):
    judgement, _, _ = judged(resume, "Experience in C++, Java, Go or Python.")
    assert judgement.status == status


def test_all_skills_of_an_and_list_count():
    judgement, job, profile = judged(
        "Ran Docker in production.", "Experience with Docker and Kubernetes."
    )
    assert skill_cover(job.lines[0], profile) == 0.5
    assert judgement.status == "partial"
    assert judgement.evidence == ("Ran Docker in production.",)


def test_content_words_judge_lines_without_known_skills():
    resume = "Negotiated supplier contracts for adhesives and coatings across three plants."
    judgement, _, _ = judged(resume, "Experience working with adhesives and coatings.")
    assert judgement.status == "met"
    assert judgement.evidence == (resume,)


def test_a_role_shows_its_core_skill():
    # A software engineer's years are software development years, though no line says so.
    resume = "Senior Software Engineer, Acme, 2016 - 2024\nBuilt payment APIs in Go."
    judgement, _, _ = judged(resume, "5+ years of professional software development experience.")
    assert judgement.status == "met"


def test_a_licence_is_met_without_the_word_valid():
    resume = "Class A CDL with Hazmat endorsement; 1.2 million accident-free miles."
    judgement, _, _ = judged(resume, "Valid Class A CDL.")
    assert judgement.status == "met"


@pytest.mark.parametrize(
    ("resume", "status"),
    [
        ("B.Sc. Computer Science, 2015", "met"),
        ("Bachelor of Commerce, 2015", "partial"),
        ("Worked as a developer 2012 - 2020.", "met"),
        ("Worked as a developer 2019 - 2020.", "partial"),
        ("Self-taught developer.", "missing"),
    ],
)
def test_degree_requirement(resume, status):
    judgement, _, _ = judged(resume, "BS in Computer Science or equivalent practical experience.")
    assert judgement.status == status


@pytest.mark.parametrize(
    ("resume", "status"),
    [
        ("Python developer, 2012 - 2020.", "met"),
        ("Python developer, 2019 - 2020.", "partial"),
    ],
)
def test_years_requirement(resume, status):
    judgement, _, _ = judged(resume, "5+ years of experience with Python.")
    assert judgement.status == status


def test_duties_stand_in_when_the_job_lists_no_requirements():
    job = build_job("Engineer\n\nResponsibilities:\nOperate Kubernetes clusters.\n")
    profile = build_resume("Operated Kubernetes clusters.", job.words, job.keywords)
    assert [(j.line.importance, j.status) for j in judge(job, profile)] == [("duty", "met")]


def test_missing_has_no_evidence():
    judgement, _, _ = judged("Sold insurance policies.", "Experience with Kubernetes.")
    assert (judgement.status, judgement.evidence) == ("missing", ())


def _status(job_text: str, resume_text: str) -> list[str]:
    job = build_job(job_text)
    resume = build_resume(resume_text, job.words, job.keywords)
    return [j.status for j in judge(job, resume)]


@pytest.mark.parametrize(
    ("resume", "expected"),
    [
        ("Education: B.Sc. in Computer Science, 2015", "met"),
        ("Education: B.Sc. in Electrical Engineering, 2015", "met"),
        ("Education: Master of Science in Physics, 2012", "met"),  # a master's meets a bachelor's
        ("Education: B.A. in History, 2015", "partial"),
    ],
)
def test_a_technical_discipline_is_a_family_of_subjects(resume, expected):
    job = "Analyst\n\nRequirements:\n- Bachelor's degree in a technical discipline\n"
    assert _status(job, resume) == [expected]


def test_years_alone_are_met_by_a_stated_total():
    job = "Manager\n\nRequirements:\n- 8 years of relevant work experience.\n"
    assert _status(job, "Product manager with over 20 years of experience.") == ["met"]
    assert _status(job, "Product manager with 3 years of experience.") == ["partial"]
    assert _status(job, "Product manager with 1 year of experience.") == ["missing"]


def test_letter_case_does_not_change_a_judgement():
    job = (
        "Analyst\n\nRequirements:\n- Bachelor's degree in Computer Science\n- Experience with SQL\n"
    )
    resume = "Data Analyst, 2016 - 2024\nWrote SQL reports.\nEducation: B.S. in Computer Science\n"
    assert _status(job, resume) == _status(job, resume.lower()) == _status(job, resume.upper())


def test_covers_read_once_judge_as_skill_cover_does():
    """judge() given line_covers() (as analyze_parts reads them once a pair) judges the same."""
    from jobfit.offline.scoring import line_covers

    job = build_job(
        "Engineer\n\nRequirements:\n- Docker and Kubernetes.\n- C++, Java or Python.\n"
        "- Clear writing.\n\nPreferred:\n- Terraform.\n\nDuties:\n- Run Kafka.\n"
    )
    profile = build_resume(
        "Ran Docker and Kafka.\nSkills: Java, Terraform", job.words, job.keywords
    )
    covers = line_covers(job, profile)
    # Docker of two; Java and Terraform only listed; Kafka shown in the work.
    assert [c for _, c in covers] == [0.5, 0.6, 0.6, 1.0]
    assert judge(job, profile, covers) == judge(job, profile)
    # The covers given are the ones read: a wrong one changes the judgement.
    wrong = [(w, 0.0) for w, _ in covers]
    assert judge(job, profile, wrong)[0].status != judge(job, profile)[0].status


def test_skill_cover_reads_the_groups_names_as_credit_reads_the_groups():
    job = build_job(
        "Engineer\n\nRequirements:\n- Python, Go or Rust, and SQL\n- Docker and Kubernetes\n"
        "- Flask, Django or FastAPI\n- AWS or GCP\n"
    )
    names = sorted({s.name for ln in job.lines for g in ln.groups for s in g})
    assert len(names) >= 8
    rng = random.Random(3)
    for _ in range(500):
        shown = Counter({n: rng.choice([0, 1, 2]) for n in rng.sample(names, rng.randint(0, 8))})
        demonstrated = frozenset(rng.sample(names, rng.randint(0, 4)))
        resume = SimpleNamespace(shown=shown, demonstrated=demonstrated)
        for line in job.lines:
            weights = line.group_weights
            have = [w * credit(g, resume) for w, g in zip(weights, line.groups, strict=True)]
            expected = sum(have) / sum(weights) if weights else 0.0
            assert skill_cover(line, resume) == expected


@pytest.mark.parametrize(
    ("requirement", "resume", "expected"),
    [
        # Degrees named for their subject, on either side.
        ("BSN required", "Bachelor of Science in Nursing, 2012", "met"),
        ("Bachelor's degree in Nursing", "BSN, 2012", "met"),
        ("Master of Science in Nursing (MSN)", "MSN, Family Nurse Practitioner, 2016", "met"),
        ("Master's degree in Nursing", "DNP, 2019", "met"),
        ("Master's degree in Education", "M.Ed. Curriculum and Instruction, 2015", "met"),
        ("Doctorate in Education", "Ed.D. Educational Leadership, 2018", "met"),
        ("Bachelor's degree in Business", "MBA, 2012", "met"),
        ("Bachelor's degree in Business Administration", "BBA Marketing, 2012", "met"),
        ("Bachelor's degree in Engineering", "BTech Electronics and Communication, 2014", "met"),
        ("Bachelor's degree in Nursing", "B.A. History, 2012", "partial"),
        # Associate degrees, high school and the GED.
        ("Associate degree in Electronics", "A.A.S. Electronics Technology, 2012", "met"),
        ("BSN required", "Associate of Applied Science in Nursing, 2014", "partial"),
        ("High school diploma or GED", "GED, 2010", "met"),
        ("High school diploma or GED", "B.S. Biology, 2012", "met"),
        ("High school diploma or GED; typing at 35 wpm", "GED, 2010", "met"),
        ("Bachelor's degree required", "High School Diploma, 2010", "missing"),
        # Subject families.
        ("Bachelor's degree in a STEM field", "B.S. Biology, 2012", "met"),
        ("Bachelor's degree in a STEM field", "B.A. History, 2012", "partial"),
        ("Bachelor's degree in a health-related field", "BSN, 2012", "met"),
        ("Bachelor's degree in a health-related field", "B.A. History, 2012", "partial"),
        ("Bachelor's degree in life sciences", "B.S. Microbiology, 2012", "met"),
        ("Bachelor's degree in life sciences", "B.S. Accounting, 2012", "partial"),
        # One subject of a list will do, with all of its words.
        (
            "BA/BS with coursework of a quantitative nature (e.g., Statistics, Engineering)",
            "B.Sc. Maths, Kakatiya University",
            "met",
        ),
        (
            "BS in Optical, Physics or Electrical Engineering",
            "B.E. Mechanical Engineering",
            "partial",
        ),
        ("BS in Optical, Physics or Electrical Engineering", "B.Sc. Physics, 2012", "met"),
        ("BS in Statistics, Economics, Mathematics or Finance", "B.A. Maths, 2012", "met"),
        (
            "MBA or advanced graduate degree in a technical field",
            "B.Tech Computer Science",
            "partial",
        ),
        ("MBA or advanced graduate degree in a technical field", "MCA, Pune University", "met"),
    ],
)
def test_degrees_by_name_level_and_family(requirement, resume, expected):
    # Before: BSN, MSN, DNP, M.Ed., Ed.D., A.A.S. and the GED named no degree, "High School
    # Diploma" was a start on a bachelor's, "BTech" no engineering, Biology no STEM subject and
    # "a health-related field" any subject at all.
    job = f"Nurse\n\nRequirements:\n- {requirement}\n"
    assert _status(job, f"Pat Doe\nEducation\n{resume}") == [expected]
