"""Errors the spreadsheet code raises (they live in the intake; kept here for older imports)."""

from __future__ import annotations

from livestudio.core.intake.errors import ImportCancelled, ImportFailed, LimitError, SheetError

__all__ = ["ImportCancelled", "ImportFailed", "LimitError", "SheetError"]
