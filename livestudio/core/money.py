"""Money as integer minor units (cents / fen): parse what real sheets contain, format for people."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from livestudio.core.i18n import translate

CURRENCY_SYMBOLS = "¥￥$€£₩₫฿₱RMBrmbCNYUSDcnyusd元块圆HK$NT$RM"
_SYMBOL_RE = re.compile(r"(?i)(rmb|cny|usd|hkd|twd|myr|php|sgd|idr|thb|vnd|hk\$|nt\$|rm|元|块|圆|[¥￥$€£₩₫฿₱])")
MINOR_DIGITS = {"JPY": 0, "KRW": 0, "VND": 0, "IDR": 0}
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$", "TWD": "NT$",
           "SGD": "S$", "MYR": "RM", "THB": "฿", "PHP": "₱", "VND": "₫", "IDR": "Rp", "KRW": "₩"}


class MoneyError(ValueError):
    """`str()` says what is wrong with the value, for the user."""


def normalise_text(value: str) -> str:
    """Full-width digits and punctuation to ASCII (NFKC), trimmed, no-break spaces removed."""
    return unicodedata.normalize("NFKC", value).replace("\u00a0", " ").replace("\u202f", " ").strip()


def parse_decimal(raw: object) -> Decimal:
    """A number from a cell: numbers, numbers stored as text, currency symbols, thousands
    separators in either convention ("1,299.00", "1 299,00", "1.299,00"), full-width digits."""
    if isinstance(raw, bool):
        raise MoneyError(translate("Money", "'{value}' is not a number").format(value=raw))
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        return Decimal(repr(raw))
    if isinstance(raw, Decimal):
        return raw
    text = normalise_text(str(raw))
    original = text
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    text = _SYMBOL_RE.sub("", text).strip()
    if text.startswith("-"):
        negative, text = not negative, text[1:].strip()
    text = text.replace(" ", "").replace("'", "")
    if not text or not re.fullmatch(r"[0-9.,]+", text):
        raise MoneyError(translate("Money", "'{value}' is not a number").format(value=original))
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
            raise MoneyError(translate("Money", "'{value}' is not a number").format(value=original))
    elif text.count(".") > 1:
        if re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", text):
            text = text.replace(".", "")
        else:
            raise MoneyError(translate("Money", "'{value}' is not a number").format(value=original))
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise MoneyError(translate("Money", "'{value}' is not a number").format(value=original)) from exc
    return -value if negative else value


def parse_money(raw: object, currency: str = "CNY", allow_negative: bool = False) -> int:
    """Minor units from a cell; refuses negatives (unless allowed) and more decimals than the currency has."""
    value = parse_decimal(raw)
    digits = MINOR_DIGITS.get(currency.upper(), 2)
    if not allow_negative and value < 0:
        raise MoneyError(translate("Money", "{value} is negative; a price must be 0 or more").format(value=raw))
    quant = Decimal(1).scaleb(-digits)
    if isinstance(raw, float):  # binary floats from Excel: 12.5 may come as 12.499999999
        value = value.quantize(Decimal("0.000001"))
    if value != value.quantize(quant):
        raise MoneyError(
            translate("Money", "{value} has more than {digits} decimals").format(value=raw, digits=digits)
        )
    return int((value * (10**digits)).to_integral_value(ROUND_HALF_UP))


def to_decimal(minor: int, currency: str = "CNY") -> Decimal:
    digits = MINOR_DIGITS.get(currency.upper(), 2)
    return Decimal(minor).scaleb(-digits)


def format_plain(minor: int | None, currency: str = "CNY") -> str:
    """'1299.00' (no symbol, no grouping): for editing and CSV."""
    if minor is None:
        return ""
    digits = MINOR_DIGITS.get(currency.upper(), 2)
    return f"{to_decimal(minor, currency):.{digits}f}"


def format_money(minor: int | None, currency: str = "CNY", symbol: bool = True) -> str:
    """'¥1,299.00' for display ('—' for a missing value). The UI may use QLocale instead."""
    if minor is None:
        return "—"
    digits = MINOR_DIGITS.get(currency.upper(), 2)
    value = to_decimal(minor, currency)
    sign = "-" if value < 0 else ""
    text = f"{abs(value):,.{digits}f}"
    sym = SYMBOLS.get(currency.upper(), currency.upper() + " ") if symbol else ""
    return f"{sign}{sym}{text}"
