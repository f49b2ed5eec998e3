"""Crafted texts from issue 9 that made the offline analyzer backtrack, built at any length."""

from __future__ import annotations

from collections.abc import Callable

RESUME = (
    "Jane Doe\nSenior Python Developer\n"
    "Built Django and PostgreSQL services on AWS for 6 years.\n"
    "Led a team of 4 engineers; cut API latency by 40%.\n"
    "B.Sc. Computer Science, 2012 - 2016\n"
)
JOB = (
    "Backend Engineer\nRequirements:\n"
    "- 5+ years of Python (e.g. Django or Flask)\n"
    "- SQL, ideally PostgreSQL\n"
    "Nice to have: Kubernetes, Terraform\n"
)


def fill(head: str, unit: str, tail: str, n: int) -> str:
    """`head`, then `unit` repeated, then `tail`: about `n` characters in all."""
    return head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail


# Each builds a text of about n characters; the examples at their reported sizes.
CRAFTED: dict[str, Callable[[int], str]] = {
    "give_spaces": lambda n: fill("give", " ", "x", n),
    "paragraph_separators": lambda n: fill(RESUME + "award", "\u2029", "x", n),
    "award_blank_lines": lambda n: fill(RESUME + "award", "\n", "", n),
    "number_spaces": lambda n: fill("5", " ", "x", n),
    "preferred": lambda n: fill("Python preferred", " ", "x", n),
    "option_list": lambda n: fill("", "Go, ", "x", n),
    "parentheses": lambda n: fill("SQL ", "(Python) ", "x", n),
    "letter_run": lambda n: fill("", "a", "!", n),
    "post_nominals": lambda n: fill("Maria Lopez", ", RN", "!", n),
}
