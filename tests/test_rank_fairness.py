"""Who someone is never moves them in a ranking: names, pronouns, addresses, photo captions."""

from __future__ import annotations

from itertools import permutations

import pytest

from jobfit.batch import rank_resumes

JOB = (
    "Backend Engineer\nRequirements:\n- 3+ years of Python\n- Experience with PostgreSQL\n"
    "- Docker and AWS\nNice to have:\n- Kubernetes\n"
)
# Bodies of different strength; {they} / {their} take each identity's pronouns.
BODIES = {
    "strong": "Backend engineer.\n{they} built Python services on PostgreSQL for 6 years.\n"
    "{their} services ran in Docker on AWS, with Kubernetes in production.",
    "good": "Software developer.\n{they} wrote Python APIs for 4 years and tuned PostgreSQL.",
    "some": "Data analyst.\n{they} wrote Python scripts and SQL reports for {their} team.",
    "weak": "Pastry chef.\n{they} baked bread and cakes for 8 years; {their} shop won prizes.",
}
IDENTITIES = [
    ("Maria Lopez", ("She", "her"), "12 Oak Street, Springfield, IL 62704", "Photo: Maria smiling"),
    # A surname that names a trade ("Cook") is a name, never a cook's headline.
    ("James Cook", ("He", "his"), "48 Elm Avenue, Austin, TX 73301", "[photo of James at work]"),
    ("Alex Kim", ("They", "their"), "7 Birch Road, Pune - 411001", "Photo caption: Alex Kim"),
    ("Aisha Bello", ("She", "her"), "221 Baker Street, London", "Picture: Aisha in a blue shirt"),
]


def _resume(body: str, identity) -> str:
    name, (they, their), address, caption = identity
    return f"{name}\n{address}\n{caption}\n" + body.format(they=they, their=their)


def _ranking(identities) -> list[tuple[str, int]]:
    items = [
        (key, _resume(body, who))
        for (key, body), who in zip(BODIES.items(), identities, strict=True)
    ]
    return [(r.id, r.report.score) for r in rank_resumes(JOB, items)]


def test_the_bodies_rank_apart():
    order = _ranking(IDENTITIES)
    assert [key for key, _ in order] == ["strong", "good", "some", "weak"]
    assert order[0][1] > order[-1][1]


@pytest.mark.parametrize("identities", list(permutations(IDENTITIES)))
def test_swapping_identities_never_changes_the_order_or_a_score(identities):
    assert _ranking(identities) == _ranking(IDENTITIES)


def test_a_caption_naming_skills_changes_no_score():
    skilled = (*IDENTITIES[:3], ("Julia Rust", ("She", "her"), "5 Go Lane", "Photo: Julia Rust"))
    assert _ranking(skilled) == _ranking(tuple(reversed(skilled)))
