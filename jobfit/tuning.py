"""Every tuning number of the analysis in one place, each with why it has its value.

Shared by the offline engine and the OpenAI grounding; no imports, so anything may read it.
"""

from __future__ import annotations

# Occupation model (occupations.py).
OCC_HEAD_TITLE = 6.0  # a title in the headline names the occupation more surely than anything
OCC_JOB_TITLE = 12.0  # a job is what its title says, whatever its ad's words lean to
OCC_BODY_TITLE = 1.5  # a title elsewhere (a past job, "the Nurse will...") says a little less
OCC_TITLE_CAP = 3  # a title repeated on every job of a resume counts three times at most
OCC_TERM_CAP = 3  # so does a work word: repetition says nothing more
OCC_KEEP = 4  # only the strongest few occupations of a side count: the rest is noise
OCC_SAME_SHARE = 0.7  # the job's occupation at 70% of the resume's strongest one is the same field:
# a strong second occupation (procurement in a supply-chain resume) is a neighbour, not the field
OCC_ADJACENT = 0.5  # a neighbouring occupation (licence level, neighbouring function) is half
OCC_SAME_DOMAIN = 0.3  # another occupation of one domain (nursing vs pharmacy) shares less
OCC_NEAR_DOMAIN = 0.12  # bordering domains (health and social services) share little
HEAD_LINES = 2  # a resume's headline: its first lines after the name and contact details
HEADLINE_SCAN = 12  # raw lines read for the headline's first lines: blank lines and contacts above
SHORT_FORM_WINDOW = 8  # words either side of "PM" that may say "product" (a product manager)
FIELD_PREFIX = 4  # "accountant" names the field "accounting": stems sharing 4+ letters meet
TITLE_WORDS = 8  # a job's title above its dates is a few words ("Senior Staff Accountant, Acme")

# Score (scoring.py).
FIELD_POWER = 1.5  # a field only half shared should count well under half
# The field alone gives 70% of the score; skills and requirements the rest, but only within the
# field: naming the job's tools from another field's resume buys little.
FIELD_BASE = 0.7
# Same field keeps its score; an adjacent one keeps 90% and never reads "strong"; a different
# one 70% (the field signal has already cut it). None: a side names no occupation at all, so
# the skills decide, a little discounted.
RELATION_FACTOR = {"same": 1.0, "adjacent": 0.9, "different": 0.7, None: 0.85}
# When the occupations differ, the skills' fields lift the field to at most 3x what the occupations
# see: they confirm a neighbour the occupations half see (0.3 -> 0.9), but shared office and
# tool words do not make an unrelated field (0.1 -> 0.3 at most).
SKILLS_LIFT = 3.0
# Verdict bands, defined once (report.verdict_for, the model's prompt and the page read them).
# Set where the verdicts agree most with the labels of dev, dev-large and dev-external's tune
# split (63% / 62% / 82% of pairs, against 58% / 54% / 76% at the former 70 / 45, where a typical
# same-field resume read "partial" and a typical adjacent one "weak"), and where the strong cap
# below (STRONG_BAND - 1) costs the ranking least (60 / 30 agreed as often and ranked worse).
STRONG_BAND = 65
PARTIAL_BAND = 30
# An adjacent field tops out in the upper half of "partial", below the same field that misses much.
ADJACENT_CAP = 59
# ...reached gradually: the last 10 points below the cap hold everything above them in order, so
# a neighbour that fits well still ranks above one that fits badly (a hard cap tied them at 59).
ADJACENT_SOFT = 10
# ...and never reads below 30, the foot of "partial": a thin resume in a neighbouring field shares
# the work's basics, which an unrelated field's generic overlap (degrees, office words) does not;
# "adjacent field" is what "partial" means (76 of dev-large's 103 adjacent pairs are partial)...
ADJACENT_FLOOR = PARTIAL_BAND
# ...when the occupations themselves show the neighbour (a clean one reads 0.5, noise under 0.2),
# not a headline alone: a job title pasted on top of an unrelated resume earns no floor. Above
# 0.3, since the floor now says "partial": a lawyer's compliance work against an accountant's
# posting reads 0.30 through a strong second occupation, and stays "weak".
ADJACENT_FLOOR_OCCUPATION = 0.35
CHECKLIST_FOR_STRONG = 0.2  # a strong verdict needs more than a fifth of the checklist met

# Gaming (gaming.py).
REWORD_MIN_STEMS = 4  # a job line needs this many content words before a restatement is telling
REWORD_COVER = 0.9  # a resume line holding nearly all of a job line's content words restates it...
REWORD_OWN = 0.5  # ...when half its own words come from that line (fillers pad the rest)
MIRROR_MIN_STEMS = 10  # a list of at least 10 of the job's words...
MIRROR_FROM_JOB = 0.8  # ...that is almost all job words...
MIRROR_ALONE = 0.5  # ...half of which the resume uses nowhere else, mirrors the posting
REPEAT_MIN = 8  # a job keyword used this often is heavy...
REPEAT_WORDS = 5  # ...and five or more heavy keywords...
REPEAT_SHARE = 0.3  # ...making up 30% of the resume's words are repetition, not prose
REWORD_LINES = 3  # three restated job lines, short ones included, are a pasted posting

# Evidence strength (evidence.py).
HEADING_WORDS = 4  # a section heading is a few words ("Technical Skills", "Work History")
LIST_MIN_TOKENS = 4  # a list has a few items at least
LIST_SEPARATORS = 3  # items separated by commas, bars or bullets...
LIST_STOP_SHARE = 0.12  # ...with hardly a small word ("and", "for") between them
LISTED_CREDIT = 0.6  # a skill only listed answers a requirement 60% as well as one shown in work
LISTED_OCCUPATION = 0.8  # the words of a list say a little less about the occupation than work
UNSUPPORTED_SHARE = 0.6  # most matched skills listed only: warn, and no strong verdict
UNSUPPORTED_MIN = 3  # ...when at least this many job skills match

# Moved here from the modules that use them (same names there, read from this module).

# scoring.py
# A required item weighs double a preferred one; a duty in between.
IMPORTANCE_WEIGHT = {"required": 1.0, "preferred": 0.5, "duty": 0.6}
# A partly met item is half of a met one.
STATUS_VALUE = {"met": 1.0, "partial": 0.5, "missing": 0.0}
MENTION_CAP = 5  # beyond a few mentions, repeating a skill says nothing more
RELATED = 0.5  # a neighbouring field is half a match
# Of the rest, the requirement checklist weighs more than the bare skill overlap: a reader
# judges the fit by the checklist.
CHECKLIST_SHARE = 0.65
# 1 - (1 - raw) ** CURVE spreads the middle: the same field meeting about half of what the job
# asks (raw 0.6) reads 75; the right field missing most required items (0.45) reads 59.
CURVE = 1.5
# A resume that names fewer than this many distinct skills (each requirement it meets counting
# half of one) gives too little to judge a fit on: "Python dev" has the right field, no evidence.
EVIDENCE_FULL = 6
MET_EVIDENCE = 0.5  # a requirement met counts as half a named skill toward EVIDENCE_FULL

# checklist.py
# How well (0..1) a requirement must be answered to be met, or partly met.
MET = 0.6
PARTIAL = 0.3
# Quotes per requirement, their length, and requirements judged per job.
MAX_EVIDENCE = 2
MAX_QUOTE = 200
MAX_REQUIREMENTS = 25
EQUIVALENT_YEARS = 4  # years of work that stand in for a degree "or equivalent experience"

# gaming.py
SHINGLE = 8  # eight words in a row shared with the job ad do not happen by chance
STUFF_TOTAL = 12  # mentions of one keyword before density is even considered
STUFF_SHARE = 0.1  # share of all resume words one keyword may take (prose stays well under)
STUFF_LINE = 4  # mentions of one keyword within one line
STUFF_LINE_SHARE = 0.3  # ...taking a third of that line's words
STUFF_BLOCK_SHARE = 0.6  # once a keyword is stuffed, lines mostly made of it are dropped

# profile.py
SHORT_LINE = 80  # a short line with contact details is a contact line: drop it whole
COPIED_WORDS = 20  # words copied from the job before the resume is flagged
COPIED_SHARE = 0.5  # a segment mostly copied from the job is left out of the score

# job.py
# How much a skill counts, by where the job names it.
PLACE_WEIGHT = {"title": 1.0, "required": 1.0, "preferred": 0.5, "duty": 0.6}
# What the employer builds says something about the field, but asks nothing of the candidate.
CONTEXT_WEIGHT = 0.3
TITLE_BOOST = 2.0  # the job title names the field more surely than any line

# vocabulary.py
# How much a term says about fit: soft skills are claimed by everyone, roles name a field.
KIND_WEIGHT = {"skill": 1.0, "cert": 1.2, "role": 0.8, "domain": 0.5, "soft": 0.25, "ignore": 0.0}
WEAK_WEIGHT = 0.4  # terms marked "~": real skills, but words many unrelated texts use too

# grounding.py
# How far above the evidence a model score may go before it is capped: room for the model's
# judgement of partial matches, not for a 100 on a resume that shows none of the requirements.
SCORE_ALLOWANCE = 20

# Case and spacing never change a judgement (text.py): wrapped lines are found without capitals.
WRAP_WIDTH = 0.8  # a line reaching 80% of the text's usual width ran into the margin: it wraps
WRAP_MIN_MARGIN = 40  # below 40 characters a "margin" is a list of short lines, not a page width
WRAP_MARGIN_RANK = 0.9  # the usual width: 90th percentile of line lengths (wrapped ones fill it)
WRAP_LIST_ITEM = 3  # a list item split across lines has a few words on either side of the break
WRAP_LIST_COMMAS = 2  # ...in a list of three items at least ("BLS, AHA" is one credential)

# Gaming, session 3 (gaming.py): the posting restated with fillers or small words swapped.
RESTATE_RUN = 5  # five of the job's content words in its order, nothing but small words between
LISTED_ALONE = 0.3  # a listed occupation the resume's headline and work never name: far less
SHORT_LIST_ITEMS = 6  # a list of up to six items of up to four words is a plain skills list:
SHORT_LIST_WORDS = 4  # it counts as listed evidence, never as a copy or a mirror of the posting

# Gaming, session 8 (templates.py): one frame filled with the job's skills in clause after clause.
TEMPLATE_MIN = 3  # three clauses of one frame, each with other skills of the job, are a template
TEMPLATE_WORDS = 10  # ...each clause a few words: a longer one is a sentence of its own
LIST_BLOCK = 3  # three lines or more of a few words each, one below the other, are one list
MIRROR_LIST_STEMS = 7  # a list of more than SHORT_LIST_ITEMS items needs 7 of the job's words
HEAD_BACKED = 0.25  # a headline's title counts in full where the work gives it 1/4 of its top...
HEAD_BACKED_MIN = 0.1  # ...and is no headline at all below a tenth of the resume's top occupation
