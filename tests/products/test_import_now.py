"""`livestudio products import` previews and writes at once (`import_now`): the rows the preview
accepts go to the store on a writer thread while the rest are previewed. The store must end up
exactly as preview-then-apply leaves it, and a failure on either side must leave it untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from livestudio.core.db import Store, open_store
from livestudio.core.excel import ImportSummary, apply_import, prepare_import
from livestudio.core.excel import product_import as pi
from livestudio.core.excel.errors import ImportFailed
from livestudio.core.products import ProductData, ProductService

COLUMNS = "sku, name, category, list_price, cost, stock, selling_points, notes"


def _catalog(store: Store) -> list[tuple[object, ...]]:
    with store.session() as s:
        return [tuple(r) for r in s.execute(text(f"SELECT id, {COLUMNS} FROM product ORDER BY id"))]  # noqa: S608


def _sheet(tmp_path: Path, rows: int = 7000) -> Path:
    """Adds over several chunks, two updates of stored products, a duplicate, a rejected row and
    cells left empty."""
    lines = ["SKU,Name,Category,Price,Stock,Notes"]
    for i in range(rows):
        price = "abc" if i % 997 == 0 else f"{(i % 500) + 0.5}"
        lines.append(f"N-{i:05d},Item {i},{'护肤' if i % 2 else '彩妆'},{price},{i % 40},")
    lines += [
        "OLD-1,Old lipstick renamed,彩妆,88,3,",
        "OLD-2,,,19.9,,",
        "N-00010,Again,,1,1,",
        ",No SKU,,1,1,",
    ]
    path = tmp_path / "catalog.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _seed(store: Store) -> None:
    service = ProductService(store)
    service.add(ProductData(id=None, sku="OLD-1", name="Old lipstick", list_price=9900, stock=1))
    service.add(ProductData(id=None, sku="OLD-2", name="Old cream", list_price=1000, stock=2))


def test_writing_while_previewing_stores_what_preview_then_apply_stores(tmp_path: Path) -> None:
    a, b = open_store(tmp_path / "a.sqlite3"), open_store(tmp_path / "b.sqlite3")
    try:
        _seed(a)
        _seed(b)
        path = _sheet(tmp_path)
        applied = apply_import(a, prepare_import(a, path))
        at_once = ImportSummary.of(pi.import_now(b, path))
        assert at_once == applied
        assert (applied.added, applied.updated, len(applied.rejected)) == (7000, 2, 2)
        assert len(applied.warnings) == 8  # the 'abc' prices, left empty
        assert _catalog(b) == _catalog(a)
    finally:
        a.close()
        b.close()


def test_a_write_failing_halfway_leaves_the_store_as_it_was(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(store)
    before = _catalog(store)
    write = pi._write_adds
    calls = []

    def full_disk(s, adds, now, step):  # type: ignore[no-untyped-def]
        calls.append(len(adds))
        if len(calls) == 2:
            raise OperationalError("INSERT", {}, Exception("database or disk is full"))
        write(s, adds, now, step)

    monkeypatch.setattr(pi, "_write_adds", full_disk)
    with pytest.raises(ImportFailed, match="database or disk is full"):
        pi.import_now(store, _sheet(tmp_path))
    assert len(calls) >= 2
    assert _catalog(store) == before


def test_a_preview_failing_halfway_writes_nothing_and_says_why(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(store)
    before = _catalog(store)
    made = 0
    real = pi.RowChange

    def row_change(*args: object) -> object:
        nonlocal made
        made += 1
        if made == 5000:  # after two chunks have gone to the writer
            raise MemoryError
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(pi, "RowChange", row_change)
    with pytest.raises(MemoryError):
        pi.import_now(store, _sheet(tmp_path))
    assert _catalog(store) == before
