"""Errors the intake raises; `str()` is a message for the user naming the file (and sheet, row,
column where there is one)."""

from __future__ import annotations


class SheetError(Exception):
    """A file or sheet that cannot be imported (not a table, encrypted, damaged, too big...)."""


class LimitError(SheetError):
    """A file refused before it is read because it goes past a named limit (rows, columns, cell
    length, sheet dimension, inflated size)."""


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


class ImportFailed(Exception):
    """The write failed part-way and was rolled back; the store is exactly as before."""
