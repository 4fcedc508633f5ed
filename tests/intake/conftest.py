"""Intake fixtures: the committed case files and a helper to import one as products."""

from __future__ import annotations

from pathlib import Path

import pytest

from livestudio.core.db import Store
from livestudio.core.excel import prepare_import
from livestudio.core.excel.product_import import ImportPreview

CASES = Path(__file__).resolve().parents[1] / "data" / "intake"


@pytest.fixture
def preview_of(store: Store):
    def read(name: str, currency: str = "CNY") -> ImportPreview:
        return prepare_import(store, CASES / name, currency=currency)

    return read


def rows(preview: ImportPreview) -> list[tuple[str, object, object, object]]:
    """(sku, name, price, stock) of the rows the import would add."""
    return [
        (c.sku, c.values.get("name"), c.values.get("list_price"), c.values.get("stock"))
        for c in preview.to_add
    ]
