"""A headline counts as far as the work backs it: a posting's title pasted on top buys little."""

from __future__ import annotations

from jobfit.offline.profile import build_resume

CHEF = """Maria Lopez
Pastry Chef
Baked bread and pastries for a busy hotel kitchen as pastry chef and line cook
Planned weekly menus with the head chef and sous chef
Trained four new cooks in food safety and knife skills
"""


def _profile(resume: str):
    return build_resume(resume, [], set())


def test_a_headline_the_work_never_backs_is_no_headline():
    pasted = _profile("Registered Nurse\n" + CHEF)
    assert "nursing" not in pasted.headline
    # Its title counts as a title in the work, not as a headline's.
    assert pasted.occupation["nursing"] < pasted.occupation.most_common(1)[0][1] / 2


def test_a_headline_the_work_backs_counts_in_full():
    own = _profile(CHEF)
    assert "culinary" in own.headline
    assert own.occupation.most_common(1)[0][0] == "culinary"
