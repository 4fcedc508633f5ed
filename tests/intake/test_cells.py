"""Cell parsers: money written with any symbol from the currency table (and the app's own
formatting reads back), durations the way platforms and people write them."""

from __future__ import annotations

import pytest

from livestudio.core import fmt
from livestudio.core.durations import DurationError, parse_duration
from livestudio.core.money import CURRENCIES, MoneyError, format_money, parse_money


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("¥1,299.00", "CNY", 129900),
        ("￥99", "CNY", 9900),
        ("99元", "CNY", 9900),
        ("RMB 12.5", "CNY", 1250),
        ("CNY 8", "CNY", 800),
        ("$12.50", "USD", 1250),
        ("US$5", "USD", 500),
        ("S$12", "SGD", 1200),
        ("NT$300", "TWD", 30000),
        ("HK$88.80", "HKD", 8880),
        ("R$ 9,90", "BRL", 990),
        ("Rp 15.000", "IDR", 15000),
        ("Rp15,000", "IDR", 15000),
        ("₱1,000", "PHP", 100000),
        ("฿99", "THB", 9900),
        ("₫50.000", "VND", 50000),
        ("RM12.90", "MYR", 1290),
        ("₩12,000", "KRW", 12000),
        ("1,299円", "JPY", 1299),
        ("12,50 €", "EUR", 1250),
        ("£14.00", "GBP", 1400),
    ],
)
def test_money_with_symbols_from_the_currency_table(text: str, currency: str, minor: int) -> None:
    assert parse_money(text, currency) == minor


@pytest.mark.parametrize("currency", sorted(CURRENCIES))
def test_the_apps_own_money_formatting_reads_back(currency: str) -> None:
    for minor in (0, 5, 1_234_567, 150_000_000):
        assert parse_money(format_money(minor, currency), currency) == minor
        assert parse_money(fmt.money(minor, currency), currency) == minor


def test_amounts_past_the_store_and_non_finite_numbers_are_refused() -> None:
    for bad in (1e17, "100000000000000000", float("nan"), float("inf")):
        with pytest.raises(MoneyError):
            parse_money(bad, "CNY")


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("1min 42s", 102_000),
        ("1h 3m 30s", 3_810_000),
        ("90 min", 5_400_000),
        ("2 hours", 7_200_000),
        ("1hr", 3_600_000),
        ("72min", 4_320_000),
        ("3分20秒", 200_000),
        ("1小时5分", 3_900_000),
        ("1 小時 5 分鐘", 3_900_000),
        ("12:34", 754_000),
        ("1:02:03", 3_723_000),
        ("95", 95_000),
        (95, 95_000),
    ],
)
def test_durations(text: object, ms: int) -> None:
    assert parse_duration(text) == ms


def test_bad_durations_say_why() -> None:
    with pytest.raises(DurationError, match="not a duration"):
        parse_duration("soon")
    with pytest.raises(DurationError, match="not a duration"):
        parse_duration(float("nan"))
    with pytest.raises(DurationError, match="longer than LiveStudio can store"):
        parse_duration(1e30)
