"""The screening's early exits: a resume they let through whole is one the checks keep whole."""

from __future__ import annotations

import random

import pytest

from jobfit.offline import mirroring, screening, stuffing
from jobfit.offline.gaming import holds_run, may_reword, shingles
from jobfit.offline.job import build_job
from jobfit.offline.profile import build_resume
from jobfit.offline.reading import read_resume

JOB = """Platform Engineer
Requirements:
Experience designing and operating large scale Kubernetes clusters for global payments
Strong knowledge of Terraform modules and AWS networking
Hands-on experience with Prometheus monitoring and alerting
Python, Go, SQL
Nice to have:
Kafka streaming systems at scale
"""
OWN = [
    "Maria Lopez",
    "Site Reliability Engineer",
    "Ran Kubernetes clusters on AWS for a retail bank, 2019 - 2024",
    "Built Terraform modules and monitoring with Prometheus",
    "Taught Python and Go to new hires",
    "B.Sc. Computer Science, 2015",
    "Skills: Python, SQL, Kafka",
]
SWAPS = {"and": "or", "for": "in", "of": "with", "with": "of", "at": "for"}
FILLERS = ["clearly", "notably", "really", "successfully", "hands", "on"]


def _gamed(rng: random.Random, job_lines: list[str]) -> str:
    """A line that may copy, restate, reorder, pad, repeat or list the job's words."""
    line = rng.choice(job_lines)
    words = line.split()
    kind = rng.randrange(7)
    if kind == 0:
        return line  # pasted
    if kind == 6:  # a stretch of the job's words, across its lines, small words swapped
        words = " ".join(job_lines).split()
        start = rng.randrange(len(words) - 6)
        words = words[start : start + rng.randint(6, 12)]
        return " ".join(SWAPS.get(w, w) for w in words)
    if kind == 1:  # padded with fillers
        for _ in range(rng.randint(1, 3)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(FILLERS))
    elif kind == 2:
        rng.shuffle(words)  # reordered
    elif kind == 3:
        words = words[: rng.randint(2, len(words))]  # a part
    elif kind == 4:
        words = [rng.choice(words) for _ in range(rng.randint(4, 40))]  # repeated
    else:
        pool = " ".join(job_lines).replace(",", "").split()
        return "Skills: " + ", ".join(rng.sample(pool, rng.randint(3, 16)))  # a list of them
    return " ".join(words)


def _resumes(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    job_lines = [ln for ln in JOB.splitlines() if len(ln.split()) > 1]
    out = []
    for _ in range(count):
        lines = list(OWN)
        for _ in range(rng.randint(0, 6)):
            lines.insert(rng.randint(1, len(lines)), _gamed(rng, job_lines))
        # Some lines run on into the next (a wrapped piece), some stand alone.
        out.append("".join(ln + rng.choice(["\n", "\n", " "]) for ln in lines))
    return out


def _force(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every check reads the pieces, as it did before the exits."""
    monkeypatch.setattr(screening, "_may_restate", lambda *a: True)
    monkeypatch.setattr(stuffing, "_may_stuff", lambda *a: True)
    monkeypatch.setattr(mirroring, "_may_mirror", lambda *a: True)
    monkeypatch.setattr(
        screening, "_rewording", lambda ps, job, w: [may_reword(p.stems, job.index) for p in ps]
    )


def test_the_exits_change_no_profile(monkeypatch):
    job = build_job(JOB)
    args = (job.words, job.keywords, [ln.stems for ln in job.lines])
    resumes = _resumes(12, 150)
    fast = [build_resume(r, *args) for r in resumes]
    _force(monkeypatch)
    full = [build_resume(r, *args) for r in resumes]
    assert fast == full
    codes = {w.code for p in full for w in p.warnings}
    # The resumes meet every check, and some pass it: both sides of each exit are taken.
    assert codes == {"job_text_copied", "keyword_stuffing", "skills_mirror_job"}
    assert any(not p.warnings for p in full)


def test_a_resume_that_copies_nothing_is_read_whole(monkeypatch):
    job = build_job(JOB).screen
    read = read_resume("\n".join(OWN) + "\n")
    for name in ("line_reads", "counted", "alpha_stems"):
        monkeypatch.setattr(screening.Piece, name, property(lambda p: pytest.fail("read")))
    assert screening.screen(read.pieces, job, []) is read.pieces


def test_a_restated_run_needs_all_its_words_in_one_stretch():
    runs = shingles("design build operate large distributed data".split(), 5)
    assert holds_run({"large", "design", "build", "operate", "distributed", "acme"}, runs)
    assert not holds_run({"design", "build", "operate", "data", "acme"}, runs)
    assert not holds_run(set(), runs)


KEYWORDS = "Kubernetes clusters Terraform modules AWS networking Prometheus Python Kafka SQL"
KEYWORDS = KEYWORDS.split() + ["cluster", "module"]  # two words of one stem add up
PLAIN = "built ran team service weekly data reports customers the and for".split()


def _repeating(rng: random.Random) -> str:
    """Lines of keywords and plain words, as dense and as many as chance makes them."""
    keys = KEYWORDS[: rng.randint(1, len(KEYWORDS))]
    density = rng.random()
    lines = []
    for _ in range(rng.randint(1, 14)):
        words = [
            rng.choice(keys) if rng.random() < density else rng.choice(PLAIN)
            for _ in range(rng.randint(1, 16))
        ]
        lines.append(" ".join(words))
    return "Site Reliability Engineer\n" + "\n".join(lines) + "\n"


def test_the_stuffing_exit_lets_through_the_resumes_the_check_flags(monkeypatch):
    # Exact: _may_stuff is True where drop_stuffed, reading every piece, leaves one out.
    job = build_job(JOB).screen
    rng = random.Random(3)
    flagged = 0
    for _ in range(600):
        pieces = read_resume(_repeating(rng)).pieces
        may = stuffing._may_stuff(screening.Words(pieces, job), job)
        with monkeypatch.context() as m:
            m.setattr(stuffing, "_may_stuff", lambda *a: True)
            stuffed = stuffing.drop_stuffed(pieces, job, []) is not pieces
        assert may == stuffed
        flagged += stuffed
    assert 50 < flagged < 550  # both answers, many times
