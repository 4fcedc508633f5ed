"""Spreadsheets in and out: read .xlsx / .csv safely, find the header row, map columns by name in
English and Chinese, preview an import, apply it in one transaction, and export the catalog."""

from livestudio.core.excel.errors import ImportCancelled, SheetError
from livestudio.core.excel.mapping import (
    REQUIRED_FIELDS,
    detect_mapping,
    header_signature,
    match_header,
)
from livestudio.core.excel.product_export import export_products
from livestudio.core.excel.product_import import (
    ImportPreview,
    ImportSummary,
    Rejection,
    RowChange,
    apply_import,
    build_preview,
    load_for_import,
    prepare_import,
    remember_mapping,
)
from livestudio.core.excel.reader import SheetData, list_sheets, read_sheet

__all__ = [
    "ImportCancelled",
    "SheetError",
    "REQUIRED_FIELDS",
    "detect_mapping",
    "header_signature",
    "match_header",
    "export_products",
    "ImportPreview",
    "ImportSummary",
    "Rejection",
    "RowChange",
    "apply_import",
    "build_preview",
    "load_for_import",
    "prepare_import",
    "remember_mapping",
    "SheetData",
    "list_sheets",
    "read_sheet",
]
