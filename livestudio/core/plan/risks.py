"""Risk register (应急预案): what could go wrong in a show, how likely, how bad, and what to do.

priority = likelihood x impact (1-25) on the usual 5x5 matrix: 1-4 low, 5-9 medium,
10-14 high, 15-25 critical.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from livestudio.core.i18n import translate
from livestudio.core.models.plan import RISK_CATEGORIES, Risk, Show
from livestudio.core.plan.rowstate import renumber

EDITABLE_FIELDS = ("category", "description", "likelihood", "impact", "response", "owner")


class RiskError(ValueError):
    """`str()` says what is wrong, for the user."""


@dataclass(frozen=True)
class RiskLevel:
    key: str  # low / medium / high / critical
    label: str  # translated
    colour: str  # a colour name (SVG / Qt / CSS name)
    text_colour: str  # readable on `colour`


def priority(likelihood: int, impact: int) -> int:
    return int(likelihood) * int(impact)


def risk_level(prio: int) -> RiskLevel:
    if prio >= 15:
        return RiskLevel("critical", translate("Risks", "Critical"), "crimson", "white")
    if prio >= 10:
        return RiskLevel("high", translate("Risks", "High"), "darkorange", "black")
    if prio >= 5:
        return RiskLevel("medium", translate("Risks", "Medium"), "gold", "black")
    return RiskLevel("low", translate("Risks", "Low"), "mediumseagreen", "black")


def sorted_risks(show: Show) -> list[Risk]:
    """Highest priority first; equal priorities keep the order they were entered in."""
    return sorted(show.risks, key=lambda r: (-r.priority, r.position, r.id or 0))


def top_risks(show: Show, n: int = 5) -> list[Risk]:
    return sorted_risks(show)[:n]


def _check(values: dict[str, Any]) -> None:
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise RiskError(f"unknown risk fields: {sorted(unknown)}")
    cat = values.get("category")
    if cat is not None and cat not in RISK_CATEGORIES:
        raise RiskError(
            translate("Risks", "'{category}' is not a risk category").format(category=cat)
        )
    for key, name in (
        ("likelihood", translate("Risks", "Likelihood")),
        ("impact", translate("Risks", "Impact")),
    ):
        if key in values:
            v = values[key]
            if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 5:
                raise RiskError(
                    translate(
                        "Risks", "{name} must be a whole number from 1 to 5 (got {value})"
                    ).format(name=name, value=v)
                )


def add_risk(
    session: Session, show_id: int, description: str, category: str = "technical", **values: Any
) -> Risk:
    values.update(description=description, category=category)
    _check(values)
    show = session.get(Show, show_id)
    if show is None:
        raise RiskError(translate("Risks", "That show no longer exists"))
    risk = Risk(position=len(show.risks), **values)
    show.risks.append(risk)  # keeps a loaded show's list current
    session.flush()
    return risk


def update_risk(session: Session, risk_id: int, **values: Any) -> Risk:
    _check(values)
    risk = session.get(Risk, risk_id)
    if risk is None:
        raise RiskError(translate("Risks", "That risk no longer exists"))
    for key, value in values.items():
        setattr(risk, key, value)
    session.flush()
    return risk


def delete_risk(session: Session, risk_id: int) -> None:
    risk = session.get(Risk, risk_id)
    if risk is not None:
        show = risk.show
        show.risks.remove(risk)  # delete-orphan: removed from the store too
        renumber(sorted(show.risks, key=lambda r: r.position))
        session.flush()
