"""The candidate's name found at the head of a resume, and found again in any text."""

from __future__ import annotations

import pytest

from jobfit.names import detect_name, name_spans, name_words


@pytest.mark.parametrize(
    ("resume", "name"),
    [
        ("Jane Doe\nBackend engineer at Acme.", "Jane Doe"),
        ("\n\n  Jane Doe  \nBackend engineer.", "Jane Doe"),
        ("PRIYA SHARMA\nData analyst.", "PRIYA SHARMA"),
        ("José Álvarez\nChef.", "José Álvarez"),
        ("Mary-Ann O'Neil\nNurse.", "Mary-Ann O'Neil"),
        ("Jane A. Doe\nNurse.", "Jane A. Doe"),
        ("Ronald McDonald\nCook.", "Ronald McDonald"),
        ("Jane Page\nEditor.", "Jane Page"),
        ("Maria Lopez, RN\nNurse.", "Maria Lopez"),
        ("Jane Doe | jane.doe@example.com | 555 010 2030", "Jane Doe"),
        ("Jane Doe - Paris\nChef.", "Jane Doe"),
        ("MATH TEACHER\nJane Doe\nProfessional Summary", "Jane Doe"),
        ("Objective\nBuild things.\nSkills\nPython\nName: Jane Doe", "Jane Doe"),
        ("Jane Cook\nBackend engineer at Acme.", "Jane Cook"),  # a trade as a surname
        ("TOM BAKER\nData analyst.", "TOM BAKER"),
    ],
)
def test_names_are_found(resume, name):
    assert detect_name(resume) == name


@pytest.mark.parametrize(
    "resume",
    [
        "",
        "Software Engineer\nPython Developer\nSkills",
        "Career Focus\nBuilding teams.",
        "Microsoft Excel\nPivot tables.",
        "SALES ASSOCIATE\nSold things.",
        "DENTAL HYGIENIST\nCleaned teeth as a dental hygienist.",
        "Education Details\nHSC Pune\nBCA Mumbai University",
        "H.S.C. Board\nB.Sc. Physics",
        "Physical Therapists\nTeam Rehab is hiring.",  # a plural role word
        "Part TimeBrookdale Evansville\nCook",  # words run together by the extraction
        "jane doe\nlower case is not a heading",
        "Led migration to AWS in 2019\nand more",
        "Summary\nExperience\nEducation\nJane Doe",  # a name is in the first three lines
        "Head Baker\nBaked bread.",
        "Line Cook\nPrepared meals.",
        "Tom Cook\nI cook meals for 200 guests.",  # the surname is a word of the resume's prose
    ],
)
def test_headings_titles_and_skills_are_not_names(resume):
    assert detect_name(resume) is None


def test_name_spans_cover_the_full_name_and_rare_words_alone():
    text = "Jane  Doe wrote it; jane-doe reviewed; Jane did; DOE too; doe is a deer."
    spans = name_spans(text, name_words("Jane Doe"))
    assert sorted({text[a:b] for a, b, _ in spans}) == [
        "DOE",
        "Doe",
        "Jane",
        "Jane  Doe",
        "jane-doe",
    ]


def test_name_words_are_capped():
    assert name_words("A B C D E F G H") == ["A", "B", "C", "D", "E", "F"]
    assert name_words(None) == []
