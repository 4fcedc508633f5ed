"""Small shared helper for ordered plan rows (tasks, risks)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def renumber(rows: Sequence[Any]) -> None:
    """Positions 0..n-1 in list order."""
    for i, row in enumerate(rows):
        row.position = i
