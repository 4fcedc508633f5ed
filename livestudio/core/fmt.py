"""Numbers, money, percentages, dates and durations for display, in the UI language (QLocale).

The store keeps integers (minor units, milliseconds) and UTC; these turn them into what a
seller reads — `¥1,299.00` / `1,299.00 US$`, `2026/11/25 20:00`, `1:05:30` — following the
language chosen in Settings (QLocale.setDefault is set at start-up). A missing value is "—".
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from livestudio.core.durations import format_duration
from livestudio.core.money import MINOR_DIGITS, SYMBOLS

MISSING = "—"


def locale() -> QLocale:
    return QLocale()


def number(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return MISSING
    if decimals == 0 and isinstance(value, int):
        return locale().toString(value)
    return locale().toString(float(value), "f", decimals)


def money(minor: int | None, currency: str = "CNY", symbol: bool = True) -> str:
    """Minor units -> localized currency text (CNY shows ¥ in every language)."""
    if minor is None:
        return MISSING
    code = currency.upper()
    digits = MINOR_DIGITS.get(code, 2)
    value = minor / (10**digits)
    loc = locale()
    if not symbol:
        return loc.toString(value, "f", digits)
    sym = SYMBOLS.get(code, code + " ")
    return loc.toCurrencyString(value, sym, digits)


def percent(fraction: float | None, decimals: int = 1) -> str:
    """0.0523 -> '5.2%' (QLocale's percent sign and decimal point)."""
    if fraction is None:
        return MISSING
    loc = locale()
    return loc.toString(fraction * 100, "f", decimals) + loc.percent()


def _local(dt: datetime) -> QDateTime:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)  # the store keeps UTC
    q = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()), QTimeZone.systemTimeZone())
    return q


def datetime_text(dt: datetime | None, long: bool = False) -> str:
    """A UTC (or aware) datetime shown in local time, in the locale's short or long format."""
    if dt is None:
        return MISSING
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale().toString(_local(dt), fmt)


def date_text(dt: datetime | None, long: bool = False) -> str:
    if dt is None:
        return MISSING
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale().toString(_local(dt).date(), fmt)


def duration(ms: int | None, always_hours: bool = False) -> str:
    """Milliseconds -> 'm:ss' or 'h:mm:ss' (digits are the same in every language we ship)."""
    return format_duration(ms, always_hours)


def file_stamp(dt: datetime | None = None) -> str:
    """Local date and time for a suggested file name: '20261125-2005' (sorts, no separators
    a file system refuses); now when `dt` is None."""
    q = _local(dt) if dt is not None else QDateTime.currentDateTime()
    return q.toString("yyyyMMdd-HHmm")


def clock_time(dt: datetime | None, since: datetime | None = None, seconds: bool = False) -> str:
    """Local time of day of a UTC (or aware) datetime in the locale's short time format
    ('20:15', '8:15 PM'); with `seconds`, seconds too. When `since` is given and `dt` falls on a
    later local day, ' +N' says how many days later (a show that runs past midnight)."""
    if dt is None:
        return MISSING
    loc = locale()
    pattern = loc.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    at = _local(dt)
    text = loc.toString(at.time(), pattern)
    if since is not None:
        days = _local(since).date().daysTo(at.date())
        if days:
            text += f" +{days}"
    return text


def utc_offset(dt: datetime | None = None) -> str:
    """'UTC+08:00': the computer's offset from UTC at `dt` (now when None); unambiguous, unlike
    zone abbreviations such as CST."""
    at = _local(dt or datetime.now(UTC))
    minutes = at.offsetFromUtc() // 60
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
