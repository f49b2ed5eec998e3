"""Compact ranking rows: the top gaps a table cell shows."""

from jobfit import analyze
from jobfit.ranking import top_gaps

JOB = """Line Cook
Requirements:
- 2+ years of line cook experience.
- ServSafe food handler card.
- Knife skills and grill station experience.
"""


def test_top_gaps_drop_the_full_stop_a_table_cell_would_join():
    report = analyze("Cashier\nCashier, Shop, 2020 - 2024\n- Cash handling.\n", JOB)
    gaps = top_gaps(report)
    assert gaps[0] == "2+ years of line cook experience"
    assert not any(gap.endswith(".") for gap in gaps)
