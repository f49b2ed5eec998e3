"""Run the CLI with `python -m jobfit`."""

from jobfit.cli import cli

cli(prog_name="jobfit")
