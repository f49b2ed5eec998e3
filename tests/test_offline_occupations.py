"""The occupation model: which occupation each side is in, and how near two occupations are."""

from __future__ import annotations

import math
import random
from collections import Counter

import pytest

from jobfit import tuning
from jobfit.offline import abbreviations
from jobfit.offline import occupations as occupations_module
from jobfit.offline.job import build_job
from jobfit.offline.occupations import (
    nearness,
    occupation_vector,
    occupations,
    relation,
    similarity,
    top_of,
)
from jobfit.offline.profile import _with_field, build_resume
from jobfit.offline.text import tokenize


def vector(head: str, body: str = ""):
    return occupation_vector(tokenize(head), tokenize(head + "\n" + body))


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ("Registered Nurse", "Patient care, medication administration, Epic.", "nursing"),
        ("LPN", "Medication administration for residents in long term care.", "nursing_lpn"),
        ("Sous Chef", "Menu planning, food cost, ServSafe, line cooks.", "culinary"),
        ("Diesel Mechanic", "Brakes, transmissions, DOT inspections on trucks.", "automotive"),
        ("Paralegal", "E-filing, discovery, subpoenas for a litigation firm.", "legal_support"),
        ("Java Developer", "Spring, Hibernate, REST APIs.", "software_dev"),
        ("Warehouse Associate", "Forklift, picking, packing, cycle counts.", "logistics"),
        ("Restaurant General Manager", "Staff, food cost, guest service.", "restaurant_mgmt"),
        ("UX Engineer", "Prototypes in JavaScript, usability studies.", "design_ux"),
        ("Design Verification Engineer", "UVM testbenches for ASIC blocks.", "engineering"),
        ("Solutions Architect", "AWS, Terraform, Kubernetes.", "devops"),
        ("Business Process Analyst", "Process maps, requirements, Visio.", "business_analysis"),
        ("Certified Nurse Assistant", "Bathing, feeding, vital signs, ADLs.", "cna"),
        ("Nurses Aide", "Bathing, feeding, vital signs, ADLs.", "cna"),
    ],
)
def test_the_headline_names_the_occupation(head, body, expected):
    assert vector(head, body).most_common(1)[0][0] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("nursing", "nursing", 1.0),
        ("nursing", "nursing_lpn", 0.5),  # a different licence level
        ("nursing", "pharmacist", 0.3),  # one domain, not neighbours
        ("nursing", "teaching", 0.12),  # bordering domains (health, education)
        ("nursing", "attorney", 0.0),
        # Building pipelines is one domain with business analysis, not its neighbour: both lists
        # say so now (business analysis never named data engineering among its neighbours).
        ("data_eng", "business_analysis", 0.3),
        ("data_science", "business_analysis", 0.5),
    ],
)
def test_nearness(a, b, expected):
    assert nearness(a, b) == nearness(b, a) == pytest.approx(expected)


def test_same_adjacent_and_different():
    job = vector("Registered Nurse", "Patient care on a medical-surgical unit.")
    assert relation(job, vector("Charge Nurse", "Patient care, IV, telemetry.")) == "same"
    assert relation(job, vector("Certified Nursing Assistant", "Bathing, feeding, ADLs.")) == (
        "adjacent"
    )
    assert relation(job, vector("Executive Chef", "Menus, kitchen staff, food cost.")) == (
        "different"
    )
    assert relation(job, vector("")) is None


def test_a_strong_second_occupation_is_a_neighbour():
    job = vector("Buyer", "Purchase orders, vendors, sourcing, RFQs, procurement.")
    # A supply-chain manager who also buys: procurement at 65% of logistics.
    assert relation(job, Counter({"logistics": 10.0, "procurement": 6.5})) == "adjacent"
    assert relation(job, Counter({"logistics": 10.0, "procurement": 7.5})) == "same"


def test_a_headline_naming_other_occupations_is_not_the_same_field():
    job = vector("Restaurant Manager", "Staff, scheduling, food cost, guest service.")
    chef = Counter({"culinary": 10.0, "restaurant_mgmt": 9.0})  # a chef who runs the room
    assert relation(job, chef) == "same"  # on the words alone
    assert relation(job, chef, frozenset({"culinary"})) == "adjacent"
    assert relation(job, chef, frozenset({"restaurant_mgmt"})) == "same"


def test_the_resume_profile_keeps_its_headline_occupations():
    job = build_job("Restaurant Manager\n\nRequirements:\nFood cost control.\n")
    resume = build_resume("Executive Chef\nMenus and food cost.", job.words, job.keywords)
    assert resume.headline == {"culinary"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("IT Intern (Test Automation Engineer)", "qa_testing"),  # not "test automation" + ...
        ("Information Technology Specialist", "it_support"),
        ("QA / QC Manager", "quality"),
        ("HR Associate", "hr"),
        ("Medical Scribe", "healthcare_admin"),
        ("Communications Coordinator", "marketing"),
        ("Sales Supervisor", "sales"),
        ("Hadoop/Big Data Developer", "data_eng"),  # not "big data" + a bare "developer"
        ("Blockchain Engineer", "software_dev"),
    ],
)
def test_resume_titles_name_their_occupation(title, expected):
    assert build_resume(f"{title}\nSummary\nFive years.", [], set()).headline == {expected}


SITE_PM = (
    "Senior Project Manager\nExperience\nRan commercial construction projects on the job site: "
    "subcontractors, change orders, submittals, permits, punch lists, concrete and framing."
)


def test_a_headline_naming_a_function_leaves_the_field_to_the_work():
    job = build_job("Construction Superintendent\n\nRequirements:\nOSHA 30, job site safety.\n")
    resume = build_resume(SITE_PM, job.words, job.keywords)
    # "Project Manager" is a function of every field: the work says construction.
    assert resume.headline == {"project_mgmt", "construction_mgmt"}
    assert relation(job.occupation, resume.occupation, resume.headline) == "same"
    # A headline naming a field still decides: the chef who runs the room stays a chef.
    chef = Counter({"culinary": 10.0, "restaurant_mgmt": 9.0})
    assert _with_field(frozenset({"culinary"}), chef) == {"culinary"}
    assert _with_field(frozenset({"operations"}), chef) == {
        "operations",
        "culinary",
        "restaurant_mgmt",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe\n221 Baker Street, London\nHR Generalist\nRecruiting and onboarding.",
        # In capitals the first line reads as a name, in lower case it does not: the title on
        # the third line is in the headline either way.
        "POST-DOCTORAL FELLOW\nProfessional Overview\nHR Generalist\nRecruiting.",
    ],
)
def test_the_headline_is_the_same_in_any_case(text):
    job = build_job("HR Manager\n\nRequirements:\nRecruiting.\n")
    heads = {
        build_resume(t, job.words, job.keywords).headline
        for t in (text, text.lower(), text.upper())
    }
    assert heads == {frozenset({"hr"})}  # never "baker" from the address


def test_similarity_orders_same_over_adjacent_over_different():
    job = vector("Registered Nurse", "Patient care on a medical-surgical unit.")
    same = similarity(job, vector("Registered Nurse", "Patient care, IV, telemetry."))
    near = similarity(job, vector("LPN", "Medication administration to residents."))
    other = similarity(job, vector("Executive Chef", "Menus, kitchen staff, food cost."))
    assert same > near > other
    assert similarity(job, vector("")) == 0.0


def test_job_and_resume_profiles_carry_their_occupations():
    job = build_job("Line Cook\n\nRequirements:\nServSafe certification.\n")
    resume = build_resume("Line Cook\nGrill and saute station, 4 years.", job.words, job.keywords)
    assert job.occupation.most_common(1)[0][0] == "culinary"
    assert resume.occupation.most_common(1)[0][0] == "culinary"


def test_a_headline_in_capitals_is_a_job_not_a_name():
    resume = build_resume("CONSTRUCTION WORKER\nSummary\nFraming and drywall.", [], set())
    assert resume.segments[0].text == "CONSTRUCTION WORKER"
    assert resume.occupation.most_common(1)[0][0] == "construction_trades"
    named = build_resume("Alfred Pennyworth\nProduct Manager", [], set())
    assert [s.text for s in named.segments] == ["Product Manager"]


def test_lower_case_lines_of_a_lower_case_resume_are_not_joined():
    lower = build_resume("sous chef\nsummary\nmenu planning", [], set())
    assert [s.text for s in lower.segments] == ["sous chef", "summary", "menu planning"]


@pytest.mark.parametrize(
    "text",
    [
        # Another sense of the word: students of any school, "oral communication", Windows.
        "President of the Students Association; high school; oral and written skills.",
        "Windows, digital tools, training, client reporting, strategic relationships.",
        # Words every posting and resume uses, whatever the field.
        "Performance, staff, employee policies, requirements to be met, models, metrics.",
    ],
)
def test_words_every_field_uses_name_no_occupation(text):
    assert vector("", text) == Counter()


def test_a_mechanical_engineering_student_reads_as_engineering():
    student = vector("", "President of the Mechanical Engineering Students Association.")
    assert set(student) == {"engineering", "maintenance"}


def test_a_job_leaning_to_two_occupations_is_in_either_field():
    # A posting whose title names no occupation, its words shared by engineering and buying.
    job = Counter({"procurement": 3.7, "engineering": 3.0, "project_mgmt": 2.5})
    engineer = Counter({"engineering": 12.0, "electrician": 9.0})
    assert relation(job, engineer) == "same"  # engineering at 81% of procurement: its field too
    assert relation(Counter({"procurement": 3.7, "engineering": 2.5}), engineer) == "different"
    assert relation(job, Counter({"attorney": 10.0})) == "different"


def _old_phrases_in(keys: list[str]) -> list[tuple[str, ...]]:
    """_phrases_in as it was, every length tried at every word that starts a phrase."""
    index = occupations_module.occupations().index
    lengths: dict[str, set[int]] = {}
    for key in index:
        lengths.setdefault(key[0], set()).add(len(key))
    out, after = [], 0
    for i, word in enumerate(keys):
        if i < after:
            continue
        if word in occupations_module._SHORT_FORMS:
            title = abbreviations.role(keys, i)
            out += [title] if title in index else []
            continue
        for n in sorted(lengths.get(word, ()), reverse=True):
            if n <= len(keys) - i and tuple(keys[i : i + n]) in index:
                out.append(tuple(keys[i : i + n]))
                after = i + n
                break
    return out


def test_phrases_tried_where_their_first_words_are_are_all_the_phrases():
    rng = random.Random(15)
    index = occupations_module.occupations().index
    # Words of the model's phrases, the short forms and plain words, in any order.
    words = sorted({w for key in index for w in key}) + ["pm", "ba", "senior", "9", "in", "x"]
    phrases = [list(key) for key in index]
    for _ in range(3000):
        keys: list[str] = []
        for _ in range(rng.randint(0, 12)):
            keys += (
                rng.choice(phrases)[: rng.randint(1, 4)]
                if rng.random() < 0.6
                else [rng.choice(words)]
            )
        assert occupations_module._phrases_in(keys) == _old_phrases_in(keys), keys


def _similarity_as_before(job, resume):
    """similarity() as it was before top_of."""
    top, dot = occupations_module._top, occupations_module._dot
    a, b = top(job, tuning.OCC_KEEP), top(resume, tuning.OCC_KEEP)
    norm = math.sqrt(dot(a, a) * dot(b, b))
    return min(1.0, dot(a, b) / norm) if norm else 0.0


def test_similarity_with_the_job_side_read_before_is_the_same():
    """top_of(job), what a prepared job keeps, gives similarity() bit for bit."""
    rng = random.Random(5)
    names = rng.sample(sorted(occupations().title), 12)  # few: the two sides share some
    for _ in range(200):
        job = Counter({n: rng.random() * 3 for n in rng.sample(names, rng.randint(0, 9))})
        resume = Counter({n: rng.random() * 3 for n in rng.sample(names, rng.randint(0, 9))})
        expected = _similarity_as_before(job, resume)
        assert similarity(job, resume, top_of(job)) == similarity(job, resume) == expected
