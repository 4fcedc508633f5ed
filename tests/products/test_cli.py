"""`livestudio products import|export` headless: summary line, rejected reasons, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from livestudio.cli import main
from livestudio.core.db import open_store
from livestudio.core.products import ProductService
from tests.products.sheets import make_xlsx


def skus(db: Path) -> list[str]:
    store = open_store(db)
    try:
        return [p.sku for p in ProductService(store).products()]
    finally:
        store.close()


def test_import_prints_summary_and_each_cell_left_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.sqlite3"
    sheet = make_xlsx(
        tmp_path / "p.xlsx",
        [
            ["商品编码", "商品名称", "售价"],
            ["A-1", "口红", 99],
            ["A-2", "面霜", "abc"],
            ["A-3", "保温杯", "¥89"],
        ],
    )
    assert main(["products", "import", str(sheet), "--db", str(db), "--dry-run"]) == 1
    out = capsys.readouterr().out.splitlines()
    # a bad price is an optional cell: the product is added without a price, with a warning
    assert out == [
        "added 3, updated 0, unchanged 0, rejected 0, 1 cells left empty "
        "(dry run: nothing was written)",
        "p.xlsx, sheet Sheet1, row 3, column 售价: 'abc' is not a number; left empty "
        "(the cell holds 'abc')",
    ]
    assert skus(db) == []
    assert main(["products", "import", str(sheet), "--db", str(db)]) == 1
    real = capsys.readouterr().out.splitlines()
    assert real == [out[0].replace(" (dry run: nothing was written)", ""), out[1]]
    assert skus(db) == ["A-1", "A-2", "A-3"]


def test_export_then_import_exits_0_with_nothing_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.sqlite3"
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample" / "products_zh.xlsx"
    assert main(["products", "import", str(sample), "--db", str(db)]) == 0
    assert main(["products", "export", str(tmp_path / "out.xlsx"), "--db", str(db)]) == 0
    assert main(["products", "import", str(tmp_path / "out.xlsx"), "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "added 30, updated 0, unchanged 0, rejected 0"
    assert out[1] == f"exported 30 products to {tmp_path / 'out.xlsx'}"
    assert out[2] == "added 0, updated 0, unchanged 30, rejected 0"


def test_unreadable_file_exits_2_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.sqlite3"
    photo = tmp_path / "photo.xlsx"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert main(["products", "import", str(photo), "--db", str(db)]) == 2
    assert "photo.xlsx is not a spreadsheet or a text table" in capsys.readouterr().err
    assert main(["products", "import", str(tmp_path / "missing.xlsx"), "--db", str(db)]) == 2
    assert "missing.xlsx cannot be read" in capsys.readouterr().err


def test_sheet_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite3"
    sheet = make_xlsx(tmp_path / "p.xlsx", [["SKU", "Name"], ["S-1", "Scarf"]], sheet="Winter")
    assert main(["products", "import", str(sheet), "--sheet", "Summer", "--db", str(db)]) == 2
    assert "has no sheet named 'Summer'" in capsys.readouterr().err
    assert main(["products", "import", str(sheet), "--sheet", "Winter", "--db", str(db)]) == 0


def test_export_to_an_extension_it_cannot_write_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "s.sqlite3"
    assert main(["products", "export", str(tmp_path / "x.ods"), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "x.ods: LiveStudio cannot write .ods files; choose a name ending in .xlsx or .csv" in err
    assert not (tmp_path / "x.ods").exists()
