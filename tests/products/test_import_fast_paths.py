"""The import's fast paths give what the plain ones gave: rows written many to one INSERT, the
paused garbage collector, the text-cell shortcut in the preview, and the products-only parser of
`livestudio products import`."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from livestudio.cli import main
from livestudio.core.db import Store
from livestudio.core.excel import apply_import, prepare_import, product_import
from livestudio.core.intake.reader import gc_paused
from livestudio.core.products import ProductService
from tests.products.sheets import make_xlsx


def test_gc_paused_restores_the_collector_as_it_found_it() -> None:
    was = gc.isenabled()
    try:
        gc.enable()
        with gc_paused():
            assert not gc.isenabled()
            with gc_paused():  # nested: still paused after the inner one ends
                pass
            assert not gc.isenabled()
        assert gc.isenabled()
        with pytest.raises(RuntimeError), gc_paused():
            raise RuntimeError("boom")
        assert gc.isenabled()
        gc.disable()  # the app switches automatic collection off (tasks.py): it stays off
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_rows_written_in_many_statements_are_stored_as_one_by_one(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 25 `?` per statement: two rows of ten columns each, so 7 rows take four INSERTs
    monkeypatch.setattr(product_import, "_variable_limit", lambda _conn: 25)
    rows: list[list[Any]] = [["SKU", "Name", "Price", "Cost", "Stock", "Notes"]]
    rows += [[f"S-{i}", f"  Item {i} ", 1.5 + i, None, i, "" if i % 2 else "n"] for i in range(7)]
    sheet = make_xlsx(tmp_path / "p.xlsx", rows)
    summary = apply_import(store, prepare_import(store, sheet))
    assert summary.line() == "added 7, updated 0, unchanged 0, rejected 0"
    got = {p.sku: p for p in ProductService(store).products()}
    assert sorted(got) == [f"S-{i}" for i in range(7)]
    assert got["S-3"].name == "Item 3"  # trimmed, as before
    assert got["S-3"].list_price == 450 and got["S-3"].cost is None and got["S-3"].stock == 3
    assert got["S-2"].notes == "n" and got["S-1"].notes == ""
    # importing the same file again finds every row unchanged: what was written reads back
    again = prepare_import(store, sheet)
    assert (len(again.to_add), len(again.to_update), len(again.unchanged)) == (0, 0, 7)


def test_text_cells_with_a_cr_or_an_apostrophe_still_go_through_the_full_parser(
    store: Store, tmp_path: Path
) -> None:
    sheet = make_xlsx(
        tmp_path / "p.xlsx",
        [
            ["SKU", "Name", "Notes"],
            ["A", "'=cmd", "line one\r\nline two"],
            ["B", "   ", "plain"],
        ],
    )
    preview = prepare_import(store, sheet)
    assert [c.values for c in preview.to_add] == [{"name": "=cmd", "notes": "line one\nline two"}]
    assert [r.sku for r in preview.rejected] == ["B"]  # a blank name is no name


def test_products_import_loads_only_the_products_commands(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    sheet = make_xlsx(tmp_path / "p.xlsx", [["SKU", "Name"], ["A-1", "Lipstick"]])
    code = (
        "import sys\n"
        "from livestudio.cli import main\n"
        f"rc = main(['--db', {str(db)!r}, 'products', 'import', {str(sheet)!r}])\n"
        "print(rc, 'livestudio.cli.live' in sys.modules, 'livestudio.cli.review' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["added 1, updated 0, unchanged 0, rejected 0", "0 False False"]


def test_the_full_parser_still_serves_every_other_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "products" in out and "review" in out and "live" in out
