"""Money as integer minor units (cents / fen): parse what real sheets contain, format for people.

The currency table below is the one place that knows a currency's minor digits and the symbols
people and platforms write for it; the parser's symbol list is built from it."""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from livestudio.core.i18n import translate

# code -> (minor digits, the symbol we print, other ways sheets write it)
CURRENCIES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    "CNY": (2, "¥", ("￥", "元", "块", "圆", "RMB", "CNY", "CN¥")),
    "USD": (2, "$", ("US$", "USD")),
    "EUR": (2, "€", ("EUR",)),
    "GBP": (2, "£", ("GBP",)),
    "JPY": (0, "¥", ("円", "JPY", "JP¥")),
    "KRW": (0, "₩", ("원", "KRW")),
    "HKD": (2, "HK$", ("HKD",)),
    "TWD": (2, "NT$", ("TWD", "NTD")),
    "SGD": (2, "S$", ("SGD",)),
    "MYR": (2, "RM", ("MYR",)),
    "THB": (2, "฿", ("THB", "บาท")),
    "PHP": (2, "₱", ("PHP",)),
    "VND": (0, "₫", ("VND", "đ")),
    "IDR": (0, "Rp", ("IDR",)),
    "BRL": (2, "R$", ("BRL",)),
    "AUD": (2, "A$", ("AUD", "AU$")),
    "CAD": (2, "C$", ("CAD", "CA$")),
    "INR": (2, "₹", ("INR", "Rs")),
    "MXN": (2, "MX$", ("MXN",)),
}
MINOR_DIGITS = {code: d for code, (d, _s, _o) in CURRENCIES.items() if d != 2}
SYMBOLS = {code: sym for code, (_d, sym, _o) in CURRENCIES.items()}
_ALL_SYMBOLS = sorted(
    {s for code, (_d, sym, other) in CURRENCIES.items() for s in (sym, code, *other)},
    key=len,
    reverse=True,
)
_SYMBOL_RE = re.compile("(?i)(" + "|".join(re.escape(s) for s in _ALL_SYMBOLS) + ")")
# kept for older imports: every symbol the parser strips, as one string
CURRENCY_SYMBOLS = "".join(_ALL_SYMBOLS)
# the largest amount the store holds: SQLite's INTEGER is a signed 64-bit number
STORE_MAX = 2**63 - 1


class MoneyError(ValueError):
    """`str()` says what is wrong with the value, for the user."""


def normalise_text(value: str) -> str:
    """Full-width digits and punctuation to ASCII (NFKC), trimmed, no-break spaces removed."""
    return (
        unicodedata.normalize("NFKC", value).replace("\u00a0", " ").replace("\u202f", " ").strip()
    )


def _not_a_number(value: object) -> MoneyError:
    return MoneyError(translate("Money", "'{value}' is not a number").format(value=value))


def parse_decimal(raw: object, digits: int | None = None) -> Decimal:
    """A number from a cell: numbers, numbers stored as text, currency symbols, thousands
    separators in either convention ("1,299.00", "1 299,00", "1.299,00"), full-width digits.

    `digits` (the currency's minor digits) settles "15.000": thousands for a currency without
    decimals (Rp 15.000), fifteen otherwise."""
    if isinstance(raw, bool):
        raise _not_a_number(raw)
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise MoneyError(
                translate("Money", "'{value}' is not a finite number").format(value=raw)
            )
        return Decimal(repr(raw))
    if isinstance(raw, Decimal):
        if not raw.is_finite():
            raise MoneyError(
                translate("Money", "'{value}' is not a finite number").format(value=raw)
            )
        return raw
    text = normalise_text(str(raw))
    original = text
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    text = _SYMBOL_RE.sub("", text).strip()
    if text.startswith("-"):
        negative, text = not negative, text[1:].strip()
    if text.endswith("-"):  # "12.50-" (some accounting exports)
        negative, text = not negative, text[:-1].strip()
    text = text.replace(" ", "").replace("'", "").replace("_", "")
    if not text or not re.fullmatch(r"[0-9.,]+", text) or len(text) > 40:
        raise _not_a_number(original)
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):  # 1.299,00
            text = text.replace(".", "").replace(",", ".")
        else:  # 1,299.00
            text = text.replace(",", "")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        # "1,299" is thousands; "1299,5" / "12,50" is a decimal comma
        if len(tail) == 3 and re.fullmatch(r"[0-9]{1,3}(,[0-9]{3})*", text):
            text = text.replace(",", "")
        elif text.count(",") == 1:
            text = head + "." + tail
        else:
            raise _not_a_number(original)
    elif text.count(".") > 1 or (digits == 0 and re.fullmatch(r"[0-9]{1,3}\.[0-9]{3}", text)):
        if re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", text):
            text = text.replace(".", "")
        else:
            raise _not_a_number(original)
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise _not_a_number(original) from exc
    return -value if negative else value


def minor_digits(currency: str) -> int:
    return MINOR_DIGITS.get(currency.upper(), 2)


def check_storable(value: Decimal, raw: object, digits: int = 0) -> None:
    """MoneyError when `value` (in units with `digits` decimals to store) is past what the store
    holds, so a write can never overflow."""
    if value.adjusted() + digits >= 18:
        raise MoneyError(
            translate("Money", "{value} is larger than LiveStudio can store").format(value=raw)
        )


def parse_money(raw: object, currency: str = "CNY", allow_negative: bool = False) -> int:
    """Minor units from a cell; refuses negatives (unless allowed), more decimals than the
    currency has, and amounts past what the store holds."""
    digits = minor_digits(currency)
    value = parse_decimal(raw, digits)
    if not allow_negative and value < 0:
        raise MoneyError(
            translate("Money", "{value} is negative; a price must be 0 or more").format(value=raw)
        )
    check_storable(value, raw, digits)
    quant = Decimal(1).scaleb(-digits)
    if isinstance(raw, float):  # binary floats from Excel: 12.5 may come as 12.499999999
        value = value.quantize(Decimal("0.000001"))
    if value != value.quantize(quant):
        raise MoneyError(
            translate("Money", "{value} has more than {digits} decimals").format(
                value=raw, digits=digits
            )
        )
    return int((value * (10**digits)).to_integral_value(ROUND_HALF_UP))


def to_decimal(minor: int, currency: str = "CNY") -> Decimal:
    return Decimal(minor).scaleb(-minor_digits(currency))


def format_plain(minor: int | None, currency: str = "CNY") -> str:
    """'1299.00' (no symbol, no grouping): for editing and CSV."""
    if minor is None:
        return ""
    digits = minor_digits(currency)
    return f"{to_decimal(minor, currency):.{digits}f}"


def format_money(minor: int | None, currency: str = "CNY", symbol: bool = True) -> str:
    """'¥1,299.00' for display ('—' for a missing value). The UI may use QLocale instead."""
    if minor is None:
        return "—"
    digits = minor_digits(currency)
    value = to_decimal(minor, currency)
    sign = "-" if value < 0 else ""
    text = f"{abs(value):,.{digits}f}"
    sym = SYMBOLS.get(currency.upper(), currency.upper() + " ") if symbol else ""
    return f"{sign}{sym}{text}"
