"""Plan-A fixtures: a catalog with realistic products, and a fixed local time zone."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from livestudio.core.db import Store
from livestudio.core.models import Product

PRODUCTS = [
    ("SK-001", "玻尿酸保湿精华液 30ml", 19900, 6500, 120, "深层补水\n敏感肌可用"),
    ("SK-002", "Organic cotton crew tee", 12900, 4200, 300, "Soft, pre-shrunk"),
    ("SK-003", "润唇膏 试用装", 990, 1500, 500, "Gift with any order"),
    ("SK-004", "Mulberry silk scarf", 39900, 15000, 20, "22 momme silk"),
    ("SK-005", "竹纤维毛巾三条装", 5990, 2100, 80, "吸水快干"),
]


@pytest.fixture
def catalog(store: Store) -> list[int]:
    with store.transaction() as s:
        rows = [
            Product(sku=sku, name=name, list_price=lp, cost=cost, stock=stock, selling_points=sp)
            for sku, name, lp, cost, stock, sp in PRODUCTS
        ]
        s.add_all(rows)
        s.flush()
        return [p.id for p in rows]


@pytest.fixture
def shanghai_tz(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time = UTC+8 (no DST), so clock times in tests do not depend on the machine."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Numbers, money and clock times as an English (UK) user reads them: ¥1,299.00, 20:15.

    Tests otherwise run in the C locale, where Qt writes money as '1299.00¥'."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)
