"""The packaged skills vocabulary."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from jobfit.offline.vocabulary import KIND_WEIGHT, skill_named, vocabulary


def raw() -> dict:
    path = resources.files("jobfit.offline").joinpath("skills.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_loaded_once():
    assert vocabulary() is vocabulary()


def test_states_its_source():
    assert "curated by the jobfit authors" in vocabulary().source.lower()


def test_no_alias_names_two_skills():
    assert vocabulary().collisions == ()


def test_fields_are_known_and_related_fields_exist():
    fields = {f for g in raw()["groups"] for f in g["fields"]}
    related = raw()["related_fields"]
    assert set(related) <= fields
    assert {f for others in related.values() for f in others} <= fields
    assert ("networking", "security") in vocabulary().related
    assert ("security", "networking") in vocabulary().related


@pytest.mark.parametrize(
    "field",
    [
        "software",
        "data_science",
        "cloud",
        "devops",
        "security",
        "networking",
        "testing",
        "blockchain",
        "hr",
        "sales",
        "marketing",
        "finance",
        "operations",
        "health",
        "legal",
        "design",
        "mechanical",
        "civil",
        "electrical",
        "education",
        "business_analysis",
        "project_mgmt",
        "culinary",
        "hospitality",
        "trades",
        "mechanics",
        "logistics",
        "retail",
        "banking",
        "protective",
        "landscaping",
        "social_services",
    ],
)
def test_covers_field(field):
    assert sum(field in s.fields for s in vocabulary().skills if s.kind == "skill") >= 5


def test_weights_follow_kind_and_marker():
    assert skill_named("Kubernetes").weight == KIND_WEIGHT["skill"]
    assert skill_named("Communication").weight == KIND_WEIGHT["soft"]
    assert skill_named("Operations management").weight < KIND_WEIGHT["skill"]
    # "financial" (goals, results, services) is in postings of half the occupations: weak.
    assert skill_named("Finance").weight < KIND_WEIGHT["skill"]
    assert skill_named("Financial reporting").weight == KIND_WEIGHT["skill"]
    assert skill_named("CISSP").kind == "cert"


def test_a_skill_named_twice_gathers_its_fields():
    assert set(skill_named("Risk management").fields) == {"finance", "project_mgmt"}


def test_implied_skills_are_known_and_transitive():
    implies = vocabulary().implies
    assert implies["PostgreSQL"] == ("SQL",)
    assert set(implies["Next.js"]) == {"React", "JavaScript"}
    assert "Machine learning" in implies["Keras"]
    names = {s.name for s in vocabulary().skills}
    assert {n for k, v in implies.items() for n in (k, *v)} <= names


def test_with_implied_counts_the_source():
    from collections import Counter

    from jobfit.offline.vocabulary import with_implied

    assert with_implied(Counter({"Flask": 2})) == Counter({"Flask": 2, "Python": 2})
    assert with_implied(Counter({"Flask": 2, "Python": 1}))["Python"] == 1


def test_implied_names_are_with_implied_keys():
    from collections import Counter

    from jobfit.offline.vocabulary import implied_names, with_implied

    assert implied_names(["Next.js", "Flask"]) == {
        "Next.js",
        "React",
        "JavaScript",
        "Flask",
        "Python",
    }
    assert implied_names([]) == frozenset()
    for name in vocabulary().implies:
        assert implied_names([name]) == frozenset(with_implied(Counter([name])))
        # One name's set is made once and shared: no piece ever changes it (a frozenset).
        assert implied_names(Counter([name])) is implied_names([name])
    assert implied_names(["Not a skill"]) == {"Not a skill"}


def _names(text: str) -> list[str]:
    from jobfit.offline.matching import find_mentions

    return [m.skill.name for m in find_mentions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Must pass a drug screen. Drugs.",
        "Drug-free workplace; drug testing required.",
        "Interview process: same day interview!",
        "Send resume and salary requirements. Competitive salary.",
        "As required by law and applicable laws, a social security number is required.",
        "Apply on our website. Eligible for a security clearance.",
        "Benefits: health insurance, life insurance, direct deposit.",
        "Our biggest investment is in people; measure return on investment.",
        "Join our busy dental practice and tally the day's receipts.",
    ],
)
def test_posting_boilerplate_names_no_skill(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Line cook: food prep, ServSafe, knife skills",
            ["Cook", "Food preparation", "Food safety", "Knife skills"],
        ),
        (
            "Welder, blueprint reading, forklift certified",
            ["Welding", "Blueprint reading", "Forklift"],
        ),
        (
            "Brake repair, oil changes, ASE certified",
            ["Brake and suspension repair", "Tire and lube service", "ASE certification"],
        ),
        (
            "Bank teller: cash handling, new accounts",
            ["Teller operations", "Cash handling", "Account opening"],
        ),
        (
            "Vital signs, wound care, medication administration",
            ["Vital signs", "Wound care", "Medication administration"],
        ),
        (
            "Preschool lesson plans, early childhood",
            ["Early childhood education", "Curriculum development", "Early childhood education"],
        ),
        (
            "Security officer: patrols, CCTV, incident reports",
            ["Security officer", "Security patrols", "Surveillance", "Incident reports"],
        ),
        ("Lawn care, pruning, irrigation systems", ["Lawn care", "Pruning", "Irrigation systems"]),
        ("Case management, crisis intervention", ["Case management", "Crisis intervention"]),
        ("Conducted interviews and phone screens", ["Interviewing", "Interviewing"]),
        (
            "Network security: firewalls, security events",
            ["Network security", "Firewalls", "Network security"],
        ),
    ],
)
def test_names_skills_of_every_occupation(text, names):
    assert _names(text) == names


def test_appointment_scheduling_is_scheduling():
    assert vocabulary().implies["Appointment scheduling"] == ("Scheduling",)


@pytest.mark.parametrize(
    "text", ["Investment banking analyst", "Managed investment portfolios", "Wealth management"]
)
def test_investment_work_still_names_investments(text):
    assert _names(text) == ["Investment banking"]


@pytest.mark.parametrize("text", ["Tools: Tally ERP 9, MS Excel", "Books kept in tally erp"])
def test_the_accounting_package_tally_is_still_read(text):
    assert "Tally" in _names(text)


def test_hospitality_and_catering_are_the_kitchen_and_dining_room_not_office_services():
    assert _names("Catering for events in the hospitality industry") == [
        "Banquets and catering",
        "Hospitality",
    ]


@pytest.mark.parametrize(
    "text", ["Texas Educator Certificate", "State teacher certification", "Teaching licence"]
)
def test_teaching_certificates_by_their_other_names(text):
    assert _names(text) == ["Teaching certification"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Charting in an EHR is a nurse's daily work; coding and billing are another job.
        ("Documented care in PointClickCare", ["Electronic health records"]),
        ("ICD-10 and CPT", ["Medical coding", "Medical coding"]),
        ("HIPAA compliance", ["HIPAA"]),
        ("Troubleshot faults on the line", ["Troubleshooting"]),
        # An electrician's wiring is electrical work, not electrical engineering.
        ("Troubleshoot electrical controls", ["Troubleshooting", "Electrical work"]),
        ("B.S. in Electrical Engineering", ["Electrical engineering"]),
    ],
)
def test_health_records_and_electrical_work_name_the_right_skill(text, names):
    assert _names(text) == names


def test_fmla_and_flsa_are_employment_law():
    assert _names("FMLA and FLSA") == ["Employment law", "Employment law"]


def test_a_digital_channel_shows_digital_marketing():
    from jobfit.offline.vocabulary import implied_names

    assert implied_names(["Email marketing"]) >= {"Email marketing", "Digital marketing"}
    assert implied_names(["Social media"]) >= {"Digital marketing"}
