"""The live log as the Review sees it: `livestudio.core.live.summary.run_summary` when it is there.

The dataclasses below mirror that module's interface (same field names) so tests and the review
code can build a run directly; anything with the same attributes works.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session


@dataclass
class SegmentActual:
    segment_id: int | None
    position: int
    title: str
    kind: str
    planned_ms: int
    start_ms: int
    end_ms: int


@dataclass
class SaleLog:
    offset_ms: int
    lineup_item_id: int | None
    units: int
    promotion_key: str | None = None


@dataclass
class PromoActual:
    key: str
    promotion_id: int | None
    title: str
    start_ms: int
    end_ms: int | None
    quantity_limit: int | None
    units_sold: int


@dataclass
class LogEntry:
    offset_ms: int
    kind: str
    text: str


@dataclass
class RunSummary:
    run_id: int
    show_id: int
    started_utc: datetime | None
    ended_utc: datetime | None
    total_ms: int
    segments: list[SegmentActual] = field(default_factory=list)
    sales: list[SaleLog] = field(default_factory=list)
    promotions: list[PromoActual] = field(default_factory=list)
    viewers: list[tuple[int, int]] = field(default_factory=list)
    entries: list[LogEntry] = field(default_factory=list)


def load_run(session: Session, show_id: int) -> Any | None:
    """The finished (or latest) run of a show from the Live area, None when there is none."""
    try:
        module = importlib.import_module("livestudio.core.live.summary")
    except ModuleNotFoundError:
        return None
    fn = getattr(module, "run_summary", None)
    if fn is None:
        return None
    return fn(session, show_id)
