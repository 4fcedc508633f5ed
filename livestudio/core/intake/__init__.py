"""The one reader for every spreadsheet and text table the app accepts: sniffing by content,
decoding, limits checked before allocating, header search, the header dictionary, cell parsers
and remembered column mappings. Products, platform data and run-of-show imports are thin kinds
on top of it."""

from livestudio.core.intake.errors import ImportCancelled, ImportFailed, LimitError, SheetError
from livestudio.core.intake.reader import CellProblem, Table, list_sheets, read_table, where
from livestudio.core.intake.sniff import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, sniff

__all__ = [
    "CellProblem",
    "ImportCancelled",
    "ImportFailed",
    "LimitError",
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "SheetError",
    "Table",
    "list_sheets",
    "read_table",
    "sniff",
    "where",
]
