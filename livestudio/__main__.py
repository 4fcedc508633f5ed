"""`python -m livestudio`."""

from livestudio.cli import run

run()
