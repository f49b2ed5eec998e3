"""Templates filled with the job's skills, and lists of them down the page or in lower case."""

from __future__ import annotations

from jobfit.offline import mirroring, templates
from jobfit.offline.job import build_job
from jobfit.offline.reading import read_resume

JOB = """Platform Engineer
Requirements:
Experience with Kubernetes, Terraform, Prometheus, Python, SQL, Kafka and Docker
Knowledge of AWS networking and Linux administration
"""
OWN = [
    "Maria Lopez",
    "Pastry Chef",
    "Baked bread and pastries for a busy hotel kitchen",
    "Planned weekly menus with the head chef",
    "Trained four new cooks in food safety",
]


def _screen(lines: list[str]) -> tuple[list[str], list[str]]:
    """The pieces' texts kept by the template check, and the codes it flags."""
    job = build_job(JOB).screen
    notes: list = []
    kept = templates.drop_templated(read_resume("\n".join(lines) + "\n").pieces, job, notes)
    return [p.text for p in kept], [n.code for n in notes]


def test_a_skill_in_each_of_three_made_up_bullets_is_left_out():
    bullets = [f"Used {s} daily to deliver results" for s in ("Kubernetes", "Terraform", "Kafka")]
    kept, codes = _screen(OWN + bullets)
    assert codes == ["skills_mirror_job"]
    assert kept == OWN[1:]  # the name is a contact line, read apart


def test_two_made_up_bullets_are_no_template():
    bullets = [f"Used {s} daily to deliver results" for s in ("Kubernetes", "Terraform")]
    kept, codes = _screen(OWN + bullets)
    assert codes == []
    assert kept == OWN[1:] + bullets


def test_skills_added_to_the_resumes_own_lines_are_cut_off_them():
    lines = OWN[:2] + [
        OWN[2] + ", using Kubernetes",
        OWN[3] + ", using Terraform",
        OWN[4] + ", using Kafka",
    ]
    kept, codes = _screen(lines)
    assert codes == ["skills_mirror_job"]
    assert "\n".join(kept) == "\n".join(OWN[1:])


def test_a_skills_table_with_durations_is_no_template():
    table = [
        f"{s}- Experience - {n} months" for s, n in (("Python", 31), ("SQL", 12), ("Kafka", 6))
    ]
    kept, codes = _screen(OWN + table)
    assert codes == []


def test_one_skill_written_with_more_words_is_no_template():
    lines = ["Ran AWS daily", "Ran AWS networking daily", "Ran Linux administration daily"]
    assert _screen(OWN + lines)[1] == []


def _mirrored(lines: list[str]) -> tuple[list[str], list[str]]:
    job = build_job(JOB).screen
    notes: list = []
    kept = mirroring.drop_mirrored(read_resume("\n".join(lines) + "\n").pieces, job, notes)
    return [p.text for p in kept], [n.code for n in notes]


SKILLS = ["Kubernetes", "Terraform", "Prometheus", "Python", "SQL", "Kafka", "Docker"]


def test_a_list_of_the_jobs_skills_one_per_line_mirrors_it():
    kept, codes = _mirrored(OWN + ["Keywords"] + SKILLS)
    assert codes == ["skills_mirror_job"]
    # The heading is no part of the list: it stays, and so would the line above it.
    assert "\n".join(kept) == "\n".join(OWN[1:] + ["Keywords"])


def test_seven_skills_of_the_job_in_lower_case_mirror_it():
    kept, codes = _mirrored(OWN + [", ".join(s.lower() for s in SKILLS)])
    assert codes == ["skills_mirror_job"]
    assert kept == OWN[1:]


def test_five_skills_of_the_job_are_a_plain_list():
    line = ", ".join(s.lower() for s in SKILLS[:5])
    assert _mirrored(OWN + [line]) == (OWN[1:] + [line], [])


def test_sentences_of_skills_in_one_frame_are_left_out_with_their_lists():
    lines = [
        "Proficient in Kubernetes, Terraform and SQL.",
        "Proficient in Kafka, Docker and Python.",
        "Proficient in AWS and networking.",
    ]
    kept, codes = _screen(OWN + lines)
    assert codes == ["skills_mirror_job"]
    assert "\n".join(kept) == "\n".join(OWN[1:])


def test_a_template_found_takes_every_clause_of_it():
    # "AWS" alone and "AWS networking" share a word: still in the template.
    names = ("Kubernetes", "Terraform", "SQL", "AWS", "AWS networking")
    kept, codes = _screen(OWN + [f"Used {s} daily to deliver results" for s in names])
    assert codes == ["skills_mirror_job"]
    assert kept == OWN[1:]


def test_short_lines_above_a_list_of_the_jobs_skills_are_no_part_of_it():
    above = ["company - Acme bakery", "description - Line cook", "ATS"]
    kept, codes = _mirrored(OWN + above + SKILLS)
    assert codes == ["skills_mirror_job"]
    assert "\n".join(kept) == "\n".join(OWN[1:] + above)
