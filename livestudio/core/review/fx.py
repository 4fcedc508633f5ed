"""Exchange rates the user enters (never fetched): stored with the day they are valid from, used
only when the user asks to compare shows sold in different currencies, and always named beside
the converted figure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from livestudio.core.i18n import translate
from livestudio.core.models import FxRate
from livestudio.core.money import MINOR_DIGITS

MICROS = 1_000_000


@dataclass(frozen=True)
class Rate:
    base: str
    quote: str
    rate: Decimal  # 1 base = rate quote
    valid_on: date

    def text(self) -> str:
        return translate("ReviewKpi", "1 {base} = {rate} {quote} (rate of {day})").format(
            base=self.base, rate=f"{self.rate:.4f}", quote=self.quote, day=self.valid_on.isoformat()
        )


def set_rate(
    session: Session, base: str, quote: str, rate: Decimal | float | str, valid_on: date
) -> None:
    value = Decimal(str(rate))
    if value <= 0:
        raise ValueError(translate("ReviewKpi", "An exchange rate must be above zero."))
    base, quote = base.upper(), quote.upper()
    if base == quote:
        raise ValueError(translate("ReviewKpi", "Pick two different currencies."))
    session.add(FxRate(base=base, quote=quote, rate_micros=int(value * MICROS), valid_on=valid_on))


def rates(session: Session) -> list[Rate]:
    rows = session.scalars(select(FxRate).order_by(FxRate.valid_on.desc(), FxRate.id.desc())).all()
    return [Rate(r.base, r.quote, Decimal(r.rate_micros) / MICROS, r.valid_on) for r in rows]


def rate_for(table: list[Rate], base: str, quote: str, on: date | None = None) -> Rate | None:
    """The newest rate valid on `on` (or the newest at all), either way round."""
    for r in table:  # newest first
        if on is not None and r.valid_on > on:
            continue
        if (r.base, r.quote) == (base, quote):
            return r
        if (r.base, r.quote) == (quote, base):
            return Rate(base, quote, Decimal(1) / r.rate, r.valid_on)
    return None


def convert_minor(minor: float, rate: Rate) -> float:
    """Minor units of rate.base -> minor units of rate.quote (minor digits of each respected)."""
    major = Decimal(str(minor)) / (10 ** MINOR_DIGITS.get(rate.base, 2))
    return float(major * rate.rate * (10 ** MINOR_DIGITS.get(rate.quote, 2)))
