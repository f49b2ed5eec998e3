"""Signs that a resume games a screener: repeated keywords, job text pasted in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain

from jobfit import tuning
from jobfit.offline.text import stem

SHINGLE = tuning.SHINGLE
STUFF_TOTAL = tuning.STUFF_TOTAL
STUFF_SHARE = tuning.STUFF_SHARE
STUFF_LINE = tuning.STUFF_LINE
STUFF_LINE_SHARE = tuning.STUFF_LINE_SHARE
STUFF_BLOCK_SHARE = tuning.STUFF_BLOCK_SHARE
# Words that pad a pasted line so it no longer matches word for word.
FILLERS = frozenset(
    stem(w)
    for w in """really truly very indeed highly quite extremely actually basically also
    experienced skilled proficient expert strong solid deep hands on""".split()
)


@dataclass(frozen=True)
class Shingles:
    """Every run of `size` words of the job, and the words that start one."""

    # Built on first use: most resumes copy no stretch of the job, and copied_words says so from
    # `words` alone (holds_run reads `seq`), so the set of runs of a long ad is rarely needed.
    seq: tuple[str, ...]
    size: int = SHINGLE

    @cached_property
    def grams(self) -> frozenset[tuple[str, ...]]:
        """Every run of `size` words, as a tuple."""
        seq, size = self.seq, self.size
        return frozenset(seq[i : i + size] for i in range(len(seq) - size + 1))

    @cached_property
    def firsts(self) -> frozenset[str]:
        """The words that start a run."""
        return frozenset(self.seq[: max(0, len(self.seq) - self.size + 1)])

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of a run: no other word can be copied."""
        return frozenset(self.seq) if len(self.seq) >= self.size else frozenset()


def shingles(job: Sequence[str], size: int = SHINGLE) -> Shingles:
    """The runs of `size` words in `job` (lower-case words), for copied_fractions."""
    return Shingles(tuple(job), size)


# Words ending in "-ly" that are things, not manners: the rest pad a line ("clearly", "notably").
_LY_NOUNS = frozenset("supply assembly family anomaly multiply comply apply reply italy".split())


def is_filler(word_stem: str) -> bool:
    """True for a word that pads a line and says nothing: a listed filler or an adverb."""
    return word_stem in FILLERS or (
        word_stem.endswith("ly") and len(word_stem) > 5 and word_stem not in _LY_NOUNS
    )


def copied_fractions(
    segments: Sequence[Sequence[str]],
    job: Sequence[str],
    size: int = SHINGLE,
    runs: Shingles | None = None,
) -> list[float]:
    """For each resume segment (as lower-case words), the share of words copied from `job`.

    A run of `size` words in the job's order is copied; runs cross segment boundaries, so a
    posting's line split into bullets is still one copied run. `runs`: shingles(job, size),
    computed once per posting.
    """
    runs = shingles(job, size) if runs is None else runs
    copied = copied_words(list(chain.from_iterable(segments)), runs)
    return shares(copied, [len(ws) for ws in segments])


def copied_words(words: Sequence[str], runs: Shingles) -> list[bool]:
    """For each word, whether it is part of a run of `runs` (see copied_fractions)."""
    grams, size = runs.grams, runs.size
    copied = [False] * len(words)
    # A copied run is `size` words in a row that are all the job's. Most texts hold no such
    # stretch: one byte per word (1: a job's word), searched in C, says so without a tuple.
    if b"\x01" * size not in bytes(map(runs.words.__contains__, words)):
        return copied
    # Only a word that starts some run of the job can start a copied run: most words don't.
    last = len(words) - size
    starts = [i for i, w in enumerate(words) if w in runs.firsts and i <= last]
    for i in starts:
        if tuple(words[i : i + size]) in grams:
            copied[i : i + size] = [True] * size
    return copied


def holds_run(words: set[str], runs: Shingles) -> bool:
    """True when `words` hold every word of some run of `runs`, in any order.

    A text holds every word of each run copied from it: when `words` (all a text's words, or
    more) hold none whole, no run of the text is copied (copied_words finds nothing).
    """
    # A run is `size` words in a row of the job: one byte per job word (1: in `words`), searched
    # in C, finds one without building the set of each run.
    return b"\x01" * runs.size in bytes(map(words.__contains__, runs.seq))


def shares(copied: list[bool], sizes: Sequence[int]) -> list[float]:
    """The share of copied words in each segment of `sizes` words, end to end in `copied`."""
    if True not in copied:
        return [0.0] * len(sizes)  # nothing copied (most resumes): no segment to count
    out, start = [], 0
    for n in sizes:
        end = start + n
        out.append(sum(copied[start:end]) / n if n else 0.0)
        start = end
    return out


def content_run(stems: Sequence[str], content: frozenset[str]) -> list[str]:
    """The content stems of a text in their order, fillers left out: what a restatement keeps
    of the line it restates, however it pads it or swaps its small words."""
    keep = {s for s in content if not is_filler(s)}  # a test per distinct word, not per word
    return [s for s in stems if s in keep]


def stuffed_keywords(
    per_segment: Sequence[Counter[str]],
    sizes: Sequence[int],
    keywords: set[str],
    total: Counter[str] | None = None,
) -> set[str]:
    """Keywords of the job that the resume repeats far more than prose ever does.

    `total`: the segments' counts added up, when counted before.
    """
    total = _total(per_segment) if total is None else total
    words = max(1, sum(sizes))
    stuffed = {
        k
        for k, n in total.items()
        if k in keywords and n >= STUFF_TOTAL and n / words >= STUFF_SHARE
    }
    for counts, size in zip(per_segment, sizes, strict=True):
        if max(counts.values(), default=0) < STUFF_LINE:
            continue  # no word of the line is repeated enough for either test below
        keys = counts.keys() & keywords
        stuffed.update(k for k in keys if line_is_stuffed(counts[k], size))
        # A few keywords repeated together ("attorney law legal" x 40) fill a line though none
        # takes a third of it alone.
        heavy = {k for k in keys if counts[k] >= STUFF_LINE}
        if heavy and sum(counts[k] for k in heavy) >= STUFF_BLOCK_SHARE * size:
            stuffed |= heavy
    return stuffed


def _total(pieces: Sequence[Counter[str]]) -> Counter[str]:
    """The pieces' counts added up (counted in one pass, not one key at a time)."""
    return Counter(chain.from_iterable(counts.elements() for counts in pieces))


def line_is_stuffed(mentions: int, words: int) -> bool:
    """True when one keyword takes up much of a line, several times over."""
    return mentions >= STUFF_LINE and mentions / max(1, words) >= STUFF_LINE_SHARE


@dataclass(frozen=True)
class LineIndex:
    """The job's lines (content stems) of two or more words, and which lines hold each stem."""

    lines: list[frozenset[str]]
    holding: dict[str, list[int]]
    # How many of each line's stems a text must hold to restate it (may_reword): read once.
    need: list[float] = field(default_factory=list)


def line_index(job_lines: Sequence[frozenset[str]]) -> LineIndex:
    """Index the job's lines for reworded_lines, once per posting."""
    # Fillers are no content on either side ("Hands-on experience with ..." in the job too).
    # Each distinct stem is tested once, then taken out of every line in C.
    fillers = {w for w in frozenset().union(*job_lines) if is_filler(w)}
    job_lines = [j - fillers for j in job_lines]
    # Each distinct line once: 2,000 copies of one line made every piece count all of them.
    lines = list(dict.fromkeys(j for j in job_lines if len(j) >= 2))
    # Which lines hold each word, so a piece is compared only with lines it shares words with.
    holding: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        for s in line:
            holding.setdefault(s, []).append(i)
    # A short line is restated whole: no text holds more of its stems than it has.
    need = [
        tuning.REWORD_COVER * len(line) if len(line) >= tuning.REWORD_MIN_STEMS else len(line)
        for line in lines
    ]
    return LineIndex(lines, holding, need)


def reworded_lines(
    pieces: Sequence[frozenset[str]],
    job_lines: Sequence[frozenset[str]],
    index: LineIndex | None = None,
) -> list[bool]:
    """For each resume piece (content stems), whether it restates one line of the job.

    Order and filler words do not matter: a piece that holds most of a job line's content words
    and little else is that line, however it is worded or padded. `index`: line_index(job_lines).
    may_reword bounds this test for every part of a text: change the two together.
    """
    index = line_index(job_lines) if index is None else index
    lines, holding = index.lines, index.holding
    long = []
    short = []
    known: dict[frozenset[str], tuple[bool, bool]] = {}  # a piece repeated is judged once
    for stems in pieces:
        if stems in known:
            long.append(known[stems][0])
            short.append(known[stems][1])
            continue
        piece = stems
        if holding.keys().isdisjoint(stems):  # no word of any line (most pieces): no hit
            long.append(False)
            short.append(False)
            continue
        stems = frozenset(w for w in stems if not is_filler(w))
        hit_long = hit_short = False
        counts = Counter(i for s in holding.keys() & stems for i in holding[s])
        for i, shared in counts.items():
            line = lines[i]
            if shared < tuning.REWORD_OWN * len(stems):
                continue
            if len(line) >= tuning.REWORD_MIN_STEMS:
                hit_long = hit_long or shared >= tuning.REWORD_COVER * len(line)
            else:
                hit_short = hit_short or shared == len(line)
        long.append(hit_long)
        short.append(hit_short and not hit_long)
        known[piece] = (long[-1], short[-1])
    # One line restated ("Differentiated lessons for students") is how people write; several
    # restated lines are the posting pasted in other words.
    hits = [a or b for a, b in zip(long, short, strict=True)]
    return hits if sum(hits) >= tuning.REWORD_LINES else [False] * len(hits)


def may_reword(stems: frozenset[str], index: LineIndex) -> bool:
    """False when no part of a text with these content stems can restate a line of the job.

    A part holds no more of a job line's words than the whole does: when the whole holds too
    few of every line's words (reworded_lines, its own share left aside), so does each part.
    """
    holding = index.holding
    if holding.keys().isdisjoint(stems):
        return False
    # The lines of each shared stem, counted in C (this runs on the resume and its pieces).
    counts = Counter(chain.from_iterable(map(holding.__getitem__, holding.keys() & stems)))
    need = index.need
    return any(shared >= need[i] for i, shared in counts.items())


def mirrored_lines(
    pieces: Sequence[frozenset[str]],
    job_stems: frozenset[str],
    least: Sequence[int] | None = None,
) -> list[bool]:
    """For each piece, whether it is a list of the job's own words that the resume uses nowhere
    else (a "Skills:" line built from the posting).

    `least`: how many of the job's words each piece needs (MIRROR_MIN_STEMS unless given).
    """
    from_jobs = [stems & job_stems for stems in pieces]
    least = [tuning.MIRROR_MIN_STEMS] * len(pieces) if least is None else least
    # How many pieces hold each of the job's words (no other word is asked about).
    seen = Counter(s for from_job in from_jobs for s in from_job)
    out = []
    for stems, from_job, need in zip(pieces, from_jobs, least, strict=True):
        alone = [s for s in from_job if seen[s] == 1]
        out.append(
            len(from_job) >= need
            and len(from_job) >= tuning.MIRROR_FROM_JOB * len(stems)
            and len(alone) >= tuning.MIRROR_ALONE * len(from_job)
        )
    return out


def repeated_words(
    pieces: Sequence[Counter[str]], keywords: set[str], total: Counter[str] | None = None
) -> set[str]:
    """Job keywords that the resume repeats together, many of them, far beyond prose.

    One word repeated is caught by stuffed_keywords; fifteen words repeated 25 times each stay
    under its share per word, but together they make up much of the resume. `total`: the
    pieces' counts added up, when counted before.
    """
    total = _total(pieces) if total is None else total
    words = max(1, sum(total.values()))
    heavy = {k for k, n in total.items() if k in keywords and n >= tuning.REPEAT_MIN}
    share = sum(total[k] for k in heavy) / words
    if len(heavy) >= tuning.REPEAT_WORDS and share >= tuning.REPEAT_SHARE:
        return heavy
    return set()
