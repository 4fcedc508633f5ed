"""Display formatting follows the UI language (QLocale)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from livestudio.core import fmt


@pytest.fixture
def locale_named() -> Iterator[object]:
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_money_and_numbers_follow_the_locale(locale_named) -> None:  # type: ignore[no-untyped-def]
    locale_named("de_DE")
    assert fmt.money(129900, "EUR").replace("\xa0", " ") == "1.299,00 €"
    assert fmt.number(1234567) == "1.234.567"
    locale_named("zh_CN")
    assert fmt.money(129900, "CNY") == "¥1,299.00"
    assert fmt.money(5000, "JPY") == "¥5,000"  # no minor digits
    assert fmt.percent(0.0523) == "5.2%"


def test_missing_values_show_a_dash(locale_named) -> None:  # type: ignore[no-untyped-def]
    locale_named("en_US")
    assert fmt.money(None) == fmt.number(None) == fmt.percent(None) == fmt.duration(None) == "—"
    assert fmt.datetime_text(None) == "—"


def test_durations_and_dates(locale_named) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    locale_named("zh_CN")
    assert fmt.duration(3_930_000) == "1:05:30"
    assert fmt.duration(90_000) == "1:30"
    assert "2026" in fmt.date_text(datetime(2026, 11, 25, 12, tzinfo=UTC), long=True)
    assert "年" in fmt.date_text(datetime(2026, 11, 25, 12, tzinfo=UTC), long=True)
