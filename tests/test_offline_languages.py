"""A resume written in English shows written English, named or not."""

from collections import Counter

import pytest

from jobfit.offline import OfflineEngine
from jobfit.offline.languages import english_prose
from jobfit.offline.reading import read_resume

ENGLISH = """Maria Lopez
Registered Nurse
Experience
Staff Nurse, City Hospital, 2016 - 2024
- Provided patient care on a 30-bed telemetry unit and administered medications.
- Documented care in Epic and trained new nurses on the unit's protocols.
- Worked with physicians and families to plan discharges for patients with heart failure.
Education
BSN, State University, 2015
"""
GERMAN = """Maria Lopez
Krankenschwester
Berufserfahrung
Krankenschwester, Stadtklinik, 2016 - 2024
- Versorgung von Patienten auf einer Station mit 30 Betten und Gabe von Medikamenten.
- Dokumentation der Pflege und Einarbeitung neuer Kolleginnen auf der Station.
- Zusammenarbeit mit Ärzten und Angehörigen bei der Planung von Entlassungen.
Ausbildung
Pflegeexamen, Universität, 2015
"""
LIST = "Skills\n" + ", ".join(["Python", "SQL", "Excel", "Tableau", "Java", "Go"] * 8)
JOB = """Registered Nurse
Requirements:
- Current RN license.
- Fluent in English.
"""


@pytest.mark.parametrize(("resume", "english"), [(ENGLISH, True), (GERMAN, False), (LIST, False)])
def test_english_prose(resume, english):
    pieces = read_resume(resume).pieces
    assert english_prose(pieces) is english
    # The screening's word counts, handed in, read the same.
    counts = Counter(w for p in pieces for w in p.words)
    assert english_prose(pieces, counts) is english


@pytest.mark.parametrize(("resume", "status"), [(ENGLISH, "met"), (GERMAN, "missing")])
def test_fluent_english_is_met_by_a_resume_written_in_it(resume, status):
    report = OfflineEngine().analyze(resume, JOB)
    item = next(i for i in report.requirements if "English" in i.text)
    assert item.status == status


@pytest.mark.parametrize(
    ("extra", "status"), [("", "missing"), ("Languages: English, Spanish (fluent)\n", "met")]
)
def test_bilingual_asks_for_both_languages(extra, status):
    job = "Teacher\nRequirements:\n- Bilingual (English/Spanish) preferred.\n"
    report = OfflineEngine().analyze(ENGLISH + extra, job)
    assert report.requirements[0].status == status
