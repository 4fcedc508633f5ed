"""Which column holds which product field, from the intake's one header dictionary (English,
Simplified and Traditional Chinese, platform exports), and a signature for remembering a mapping
the user confirmed."""

from __future__ import annotations

from collections.abc import Sequence

from livestudio.core.intake.headers import (
    PRODUCT_HEADERS,
    detect,
    header_signature,
    lookup,
    normalise_header,
)

REQUIRED_FIELDS: tuple[str, ...] = ("sku",)
SYNONYMS = PRODUCT_HEADERS
_LOOKUP = lookup(PRODUCT_HEADERS)


def match_header(text: object) -> str | None:
    """The product field a header names, or None."""
    hit = _LOOKUP.get(normalise_header(text))
    return hit[0] if hit else None


def detect_mapping(headers: Sequence[object]) -> dict[str, int]:
    """field -> 0-based column index; the best-ranked name wins, then the leftmost column."""
    return detect(headers, PRODUCT_HEADERS, _LOOKUP)


def header_score(row: Sequence[object]) -> int:
    """How many distinct product fields a row's cells name (header-row detection)."""
    return len({f for f in (match_header(c) for c in row if isinstance(c, str)) if f})


__all__ = [
    "REQUIRED_FIELDS",
    "SYNONYMS",
    "detect_mapping",
    "header_score",
    "header_signature",
    "match_header",
    "normalise_header",
]
