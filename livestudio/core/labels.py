"""The words people see for the plan's stored codes, declared once for every screen and report:
segment kinds, lineup roles, promotion kinds, show statuses and formats, task phases, risk
categories and price sensitivity.

    from livestudio.core import labels
    labels.segment_kind("flash_sale")      # "Flash sale" / "秒杀"
    labels.SEGMENT_KINDS                   # {"opening": "Opening", ...} (English sources)
    labels.segment_kinds()                 # {"opening": "开场", ...} in the UI language

An unknown code reads as itself, so a value from a newer file is still shown. The English texts
are declared with QT_TRANSLATE_NOOP (lupdate extracts them) and translated when asked for, so
the language can change after import.
"""

from __future__ import annotations

from livestudio.core.i18n import translate

CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks `text` for extraction (pyside6-lupdate reads calls by this name); returns it as is."""
    return text


SEGMENT_KINDS: dict[str, str] = {
    "opening": QT_TRANSLATE_NOOP("Labels", "Opening"),
    "showcase": QT_TRANSLATE_NOOP("Labels", "Showcase"),
    "interaction": QT_TRANSLATE_NOOP("Labels", "Interaction"),
    "lottery": QT_TRANSLATE_NOOP("Labels", "Lottery"),
    "flash_sale": QT_TRANSLATE_NOOP("Labels", "Flash sale"),
    "brand_story": QT_TRANSLATE_NOOP("Labels", "Brand story"),
    "qa": QT_TRANSLATE_NOOP("Labels", "Q&A"),
    "break": QT_TRANSLATE_NOOP("Labels", "Break"),
    "closing": QT_TRANSLATE_NOOP("Labels", "Closing"),
    "custom": QT_TRANSLATE_NOOP("Labels", "Custom"),
}

LINEUP_ROLES: dict[str, str] = {
    "traffic": QT_TRANSLATE_NOOP("Labels", "Traffic driver"),
    "hero": QT_TRANSLATE_NOOP("Labels", "Hero"),
    "profit": QT_TRANSLATE_NOOP("Labels", "Profit"),
    "giveaway": QT_TRANSLATE_NOOP("Labels", "Giveaway"),
}

PROMOTION_KINDS: dict[str, str] = {
    "flash_sale": QT_TRANSLATE_NOOP("Labels", "Flash sale"),
    "coupon": QT_TRANSLATE_NOOP("Labels", "Coupon"),
    "discount": QT_TRANSLATE_NOOP("Labels", "Discount"),
    "lottery": QT_TRANSLATE_NOOP("Labels", "Lottery"),
    "gift": QT_TRANSLATE_NOOP("Labels", "Gift"),
}

SHOW_STATUSES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "ready": QT_TRANSLATE_NOOP("Labels", "Ready"),
    "live": QT_TRANSLATE_NOOP("Labels", "Live"),
    "ended": QT_TRANSLATE_NOOP("Labels", "Ended"),
    "reviewed": QT_TRANSLATE_NOOP("Labels", "Reviewed"),
}

SHOW_FORMATS: dict[str, str] = {
    "solo": QT_TRANSLATE_NOOP("Labels", "Solo"),
    "duo": QT_TRANSLATE_NOOP("Labels", "Duo / with a guest"),
    "scenario": QT_TRANSLATE_NOOP("Labels", "Scenario"),
    "game": QT_TRANSLATE_NOOP("Labels", "Game"),
}

TASK_PHASES: dict[str, str] = {
    "before": QT_TRANSLATE_NOOP("Labels", "Before the show"),
    "during": QT_TRANSLATE_NOOP("Labels", "During the show"),
    "after": QT_TRANSLATE_NOOP("Labels", "After the show"),
}

RISK_CATEGORIES: dict[str, str] = {
    "technical": QT_TRANSLATE_NOOP("Labels", "Technical"),
    "supply": QT_TRANSLATE_NOOP("Labels", "Supply"),
    "host": QT_TRANSLATE_NOOP("Labels", "Host"),
    "audience": QT_TRANSLATE_NOOP("Labels", "Audience"),
    "platform": QT_TRANSLATE_NOOP("Labels", "Platform"),
}

PRICE_SENSITIVITIES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Labels", "not set"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
}


def _one(table: dict[str, str], code: str) -> str:
    text = table.get(code)
    return translate(CONTEXT, text) if text is not None else code


def _all(table: dict[str, str]) -> dict[str, str]:
    """Every code -> its label in the UI language, in the declared order (for pickers)."""
    return {code: translate(CONTEXT, text) for code, text in table.items()}


def segment_kind(code: str) -> str:
    return _one(SEGMENT_KINDS, code)


def segment_kinds() -> dict[str, str]:
    return _all(SEGMENT_KINDS)


def lineup_role(code: str) -> str:
    return _one(LINEUP_ROLES, code)


def lineup_roles() -> dict[str, str]:
    return _all(LINEUP_ROLES)


def promotion_kind(code: str) -> str:
    return _one(PROMOTION_KINDS, code)


def promotion_kinds() -> dict[str, str]:
    return _all(PROMOTION_KINDS)


def show_status(code: str) -> str:
    return _one(SHOW_STATUSES, code)


def show_statuses() -> dict[str, str]:
    return _all(SHOW_STATUSES)


def show_format(code: str) -> str:
    return _one(SHOW_FORMATS, code)


def show_formats() -> dict[str, str]:
    return _all(SHOW_FORMATS)


def task_phase(code: str) -> str:
    return _one(TASK_PHASES, code)


def task_phases() -> dict[str, str]:
    return _all(TASK_PHASES)


def risk_category(code: str) -> str:
    return _one(RISK_CATEGORIES, code)


def risk_categories() -> dict[str, str]:
    return _all(RISK_CATEGORIES)


def price_sensitivity(code: str) -> str:
    return _one(PRICE_SENSITIVITIES, code)


def price_sensitivities() -> dict[str, str]:
    return _all(PRICE_SENSITIVITIES)
