"""Errors the spreadsheet code raises; `str()` is a message for the user."""

from __future__ import annotations


class SheetError(Exception):
    """A file or sheet that cannot be imported (not a spreadsheet, encrypted, damaged, empty...)."""


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


class ImportFailed(Exception):
    """The write failed part-way and was rolled back; the store is exactly as before."""
