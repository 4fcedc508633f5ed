"""`products import --dry-run` prints exactly what the real import then prints and does; a
refused file exits 2 and leaves the store as it was."""

from __future__ import annotations

import pytest

from livestudio.cli import main
from livestudio.core.db import Store
from livestudio.core.products import ProductService
from tests.intake.conftest import CASES

DRY = " (dry run: nothing was written)"


@pytest.mark.parametrize(
    "name",
    [
        "stray-quote.csv",
        "huge-numbers.csv",
        "control-chars.csv",
        "nan-inf.xlsx",
        "products-big5.csv",
        "products-libreoffice.xls",
        "shopee-products.csv",
    ],
)
def test_dry_run_says_exactly_what_the_import_does(
    store: Store, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(store.path)
    code = main(["products", "import", str(CASES / name), "--dry-run", "--db", db])
    dry = capsys.readouterr().out.splitlines()
    assert ProductService(store).count() == 0
    assert main(["products", "import", str(CASES / name), "--db", db]) == code
    real = capsys.readouterr().out.splitlines()
    assert dry[0] == real[0] + DRY and dry[1:] == real[1:]
    added = int(real[0].split("added ")[1].split(",")[0])
    assert ProductService(store).count() == added


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("dimension-bomb.xlsx", "it has more than 200,000 rows"),
        ("products-garbage-bytes.csv", "the text encoding could not be told apart"),
    ],
)
def test_a_refused_file_exits_2_and_changes_nothing(
    store: Store, name: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(store.path)
    assert main(["products", "import", str(CASES / "products-en.csv"), "--db", db]) == 0
    before = [(p.sku, p.name, p.list_price) for p in ProductService(store).products()]
    capsys.readouterr()
    assert main(["products", "import", str(CASES / name), "--db", db]) == 2
    out = capsys.readouterr()
    assert message in out.err and "Traceback" not in out.err and out.out == ""
    assert [(p.sku, p.name, p.list_price) for p in ProductService(store).products()] == before
