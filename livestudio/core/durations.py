"""Durations people type or platforms export -> integer milliseconds, and back to text."""

from __future__ import annotations

import math
import re

from livestudio.core.i18n import translate
from livestudio.core.money import normalise_text


class DurationError(ValueError):
    """`str()` says what is wrong, for the user."""


_UNITS = (
    "hours",
    "hour",
    "hrs",
    "hr",
    "h",
    "小时",
    "小時",
    "钟头",
    "鐘頭",
    "時",
    "时",
    "minutes",
    "minute",
    "mins",
    "min",
    "m",
    "分钟",
    "分鐘",
    "分",
    "seconds",
    "second",
    "secs",
    "sec",
    "s",
    "秒",
)
_UNIT_RE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")(?![a-z])\s*,?\s*",
    re.IGNORECASE,
)
# the longest duration the store holds (a signed 64-bit count of milliseconds, with room)
MAX_MS = 10**15
_UNIT_MS = {"h": 3_600_000, "m": 60_000, "s": 1000}


def _unit_kind(unit: str) -> str:
    u = unit.lower()
    if u.startswith("h") or u in ("小时", "小時", "钟头", "鐘頭", "時", "时"):
        return "h"
    if u.startswith("m") or u.startswith("分"):
        return "m"
    return "s"


def parse_duration(raw: object, bare_number_unit: str = "s") -> int:
    """Accepts 90, "90", "1:30", "1:02:03", "1m30s", "1min 42s", "1h 3m 30s", "90 min", "2 hours",
    "1hr", "72min", "3分20秒", "1小时5分", "1 小时 5 分".

    A bare number is seconds by default (`bare_number_unit="m"` for minutes). Negative values and
    text that is not a duration raise DurationError with the reason.
    """
    if isinstance(raw, bool):
        raise DurationError(translate("Duration", "'{value}' is not a duration").format(value=raw))
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise DurationError(
                translate("Duration", "'{value}' is not a duration").format(value=raw)
            )
        if abs(raw) * _UNIT_MS[bare_number_unit] > MAX_MS:
            raise DurationError(
                translate("Duration", "'{value}' is longer than LiveStudio can store").format(
                    value=raw
                )
            )
        if raw < 0:
            raise DurationError(
                translate("Duration", "'{value}' is negative; a duration must be 0 or more").format(
                    value=raw
                )
            )
        return int(round(float(raw) * _UNIT_MS[bare_number_unit]))
    text = normalise_text(str(raw)).lower()
    if not text:
        raise DurationError(translate("Duration", "a duration is required"))
    if text.startswith("-"):
        raise DurationError(
            translate("Duration", "'{value}' is negative; a duration must be 0 or more").format(
                value=raw
            )
        )
    if re.fullmatch(r"\d+(\.\d+)?", text):
        if len(text) > 15:
            raise DurationError(
                translate("Duration", "'{value}' is longer than LiveStudio can store").format(
                    value=raw
                )
            )
        return int(round(float(text) * _UNIT_MS[bare_number_unit]))
    m = re.fullmatch(r"(\d+):(\d{1,2})(?::(\d{1,2}))?(\.\d+)?", text)
    if m:
        a, b, c, frac = m.groups()
        if c is None:  # mm:ss
            mins, secs = int(a), int(b)
            if secs >= 60:
                raise DurationError(
                    translate("Duration", "'{value}': seconds must be below 60").format(value=raw)
                )
            total = mins * 60 + secs
        else:  # h:mm:ss
            if int(b) >= 60 or int(c) >= 60:
                raise DurationError(
                    translate("Duration", "'{value}': minutes and seconds must be below 60").format(
                        value=raw
                    )
                )
            total = int(a) * 3600 + int(b) * 60 + int(c)
        ms = total * 1000 + (int(round(float(frac) * 1000)) if frac else 0)
        return ms
    pos = 0
    total_ms = 0.0
    found = False
    for match in _UNIT_RE.finditer(text):
        if text[pos : match.start()].strip():
            break
        total_ms += float(match.group("num")) * _UNIT_MS[_unit_kind(match.group("unit"))]
        pos = match.end()
        found = True
    if found and not text[pos:].strip():
        if total_ms > MAX_MS:
            raise DurationError(
                translate("Duration", "'{value}' is longer than LiveStudio can store").format(
                    value=raw
                )
            )
        return int(round(total_ms))
    raise DurationError(
        translate("Duration", "'{value}' is not a duration (try 90, 1:30 or 1m30s)").format(
            value=raw
        )
    )


def format_duration(ms: int | None, always_hours: bool = False) -> str:
    """'4:05', '1:02:03'; negative as '-0:45'; None as '—'."""
    if ms is None:
        return "—"
    sign = "-" if ms < 0 else ""
    total = abs(int(ms)) // 1000
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    if h or always_hours:
        return f"{sign}{h}:{m:02d}:{s:02d}"
    return f"{sign}{m}:{s:02d}"
