"""Shows: list and search, create (blank / from a payload / duplicate), overview fields, local time.

THE ONE SHOW ORDER for every show picker (Plan, Check, Live, Review): `picker_order(rows, now)`
over anything with `id`, `scheduled_start`, `planned_duration_ms` (and optionally `created_at`),
or `ShowService(store).picker()` / `list_shows(session)` which return shows in that order:

1. shows on air or still to come (their planned end is not past), soonest start first;
2. shows with no date yet (being set up), newest first;
3. past shows, most recent first.

So the show a host is about to run is at the top, and the one just finished follows the upcoming
ones. `now` is injectable (tests); it defaults to the current UTC time.

A *payload* is a plain JSON-able dict of everything in a show's plan (overview, lineup, segments,
promotions, tasks, risks) with references between rows made relative (list indexes), so it can
be stored as a template or turned into a new show with fresh ids.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from livestudio.core.db import Store
from livestudio.core.i18n import translate
from livestudio.core.models import (
    LineupItem,
    PrepTask,
    Product,
    Promotion,
    Risk,
    Segment,
    Show,
)
from livestudio.core.models.plan import SHOW_FORMATS, SHOW_STATUSES
from livestudio.core.plan.defaults import apply_default_tasks_and_risks

log = logging.getLogger("livestudio.plan")

PAYLOAD_VERSION = 1
AGE_BANDS = ("<18", "18-24", "25-30", "31-40", "41-50", "50+")
PRICE_SENSITIVITIES = ("", "low", "medium", "high")
LIST_FIELDS = ("audience_age_bands", "audience_regions", "audience_interests")

# Overview fields a user may edit (and a payload carries).
OVERVIEW_FIELDS = (
    "title",
    "theme",
    "platform",
    "planned_duration_ms",
    "hosts",
    "guests",
    "format",
    "currency",
    "goal_gmv",
    "goal_orders",
    "goal_peak_viewers",
    "goal_conversion_pct",
    "audience_age_bands",
    "audience_female_pct",
    "audience_regions",
    "audience_interests",
    "audience_price_sensitivity",
    "notes",
)
_LINEUP_FIELDS = (
    "sku",
    "name",
    "list_price",
    "cost",
    "live_price",
    "allocated_stock",
    "role",
    "talking_points",
)
_SEGMENT_FIELDS = (
    "kind",
    "title",
    "planned_duration_ms",
    "script",
    "warning_lead_ms",
    "obs_scene",
)
_PROMO_FIELDS = (
    "kind",
    "title",
    "price",
    "discount_pct",
    "quantity_limit",
    "start_offset_ms",
    "duration_ms",
)
_TASK_FIELDS = ("phase", "title", "owner", "due_days_before", "source")
_RISK_FIELDS = ("category", "description", "likelihood", "impact", "response", "owner")


class ShowError(ValueError):
    """`str()` is a message for the user."""


# ---- time ---------------------------------------------------------------------------------
def local_to_utc(value: datetime) -> datetime:
    """A naive datetime is read as the computer's local time (DST-aware); aware ones are converted."""
    return value.astimezone(UTC)


def utc_to_local(value: datetime) -> datetime:
    return value.astimezone()


def parse_local_start(text: str) -> datetime:
    """'YYYY-MM-DD HH:MM' in local time -> aware UTC datetime."""
    try:
        naive = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError as exc:
        raise ShowError(
            translate("Plan", "'{value}' is not a start time; use YYYY-MM-DD HH:MM").format(
                value=text
            )
        ) from exc
    return local_to_utc(naive)


def show_end(show: Show) -> datetime | None:
    if show.scheduled_start is None:
        return None
    return show.scheduled_start + timedelta(milliseconds=show.planned_duration_ms or 0)


# ---- reading and the one picker order ---------------------------------------------------
class _Dated(Protocol):
    id: int
    scheduled_start: datetime | None
    planned_duration_ms: int


_D = TypeVar("_D", bound=_Dated)


def picker_order(rows: Iterable[_D], now: datetime | None = None) -> list[_D]:
    """Upcoming (or on air) soonest first, then undated newest first, then past newest first."""
    now = now or datetime.now(UTC)

    def key(row: _D) -> tuple[int, float, int]:
        start = row.scheduled_start
        if start is None:
            created = getattr(row, "created_at", None)
            return (1, -created.timestamp() if created is not None else 0.0, -row.id)
        end = start + timedelta(milliseconds=max(0, row.planned_duration_ms or 0))
        if end >= now:
            return (0, start.timestamp(), row.id)
        return (2, -start.timestamp(), -row.id)

    return sorted(rows, key=key)


@dataclass(frozen=True)
class ShowSummary:
    """One line of a show picker."""

    id: int
    title: str
    scheduled_start: datetime | None  # UTC
    planned_duration_ms: int
    status: str
    platform: str
    currency: str
    created_at: datetime | None = None


def _summary(show: Show) -> ShowSummary:
    return ShowSummary(
        id=show.id,
        title=show.title,
        scheduled_start=show.scheduled_start,
        planned_duration_ms=show.planned_duration_ms,
        status=show.status,
        platform=show.platform or "",
        currency=show.currency or "CNY",
        created_at=show.created_at,
    )


def list_shows(session: Session, search: str = "", now: datetime | None = None) -> list[Show]:
    """Shows matching `search` (title, theme, platform, hosts, guests, status), in `picker_order`."""
    stmt = select(Show)
    text = search.strip()
    if text:
        like = f"%{text}%"
        stmt = stmt.where(
            or_(
                Show.title.ilike(like),
                Show.theme.ilike(like),
                Show.platform.ilike(like),
                Show.hosts.ilike(like),
                Show.guests.ilike(like),
                Show.status.ilike(like),
            )
        )
    return picker_order(session.scalars(stmt), now)


class ShowService:
    """Show pickers for every workspace: plain `ShowSummary` rows in the one order."""

    def __init__(self, store: Store, clock: Callable[[], datetime] | None = None) -> None:
        self.store = store
        self.clock = clock or (lambda: datetime.now(UTC))

    def picker(self, search: str = "") -> list[ShowSummary]:
        with self.store.session() as s:
            return [_summary(sh) for sh in list_shows(s, search, self.clock())]

    def get(self, show_id: int) -> ShowSummary | None:
        with self.store.session() as s:
            show = s.get(Show, show_id)
            return _summary(show) if show is not None else None


def get_list(show: Show, field: str) -> list[str]:
    try:
        value = json.loads(getattr(show, field) or "[]")
    except json.JSONDecodeError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def shows_using_product(session: Session, product_id: int) -> list[Show]:
    """Shows whose lineup holds this product (ask before deleting it; their copy stays)."""
    stmt = (
        select(Show)
        .join(LineupItem, LineupItem.show_id == Show.id)
        .where(LineupItem.product_id == product_id)
        .distinct()
        .order_by(Show.id)
    )
    return list(session.scalars(stmt))


# ---- editing ------------------------------------------------------------------------------
def _check_field(key: str, value: Any) -> Any:
    if key not in OVERVIEW_FIELDS and key not in ("scheduled_start", "status"):
        raise ShowError(f"cannot set show field {key!r}")
    if key == "title" and not str(value).strip():
        raise ShowError(translate("Plan", "A show needs a title."))
    if key == "status" and value not in SHOW_STATUSES:
        raise ShowError(f"unknown status {value!r}")
    if key == "format" and value not in SHOW_FORMATS:
        raise ShowError(f"unknown format {value!r}")
    if key == "audience_price_sensitivity" and value not in PRICE_SENSITIVITIES:
        raise ShowError(f"unknown price sensitivity {value!r}")
    if key == "planned_duration_ms" and (value is None or int(value) <= 0):
        raise ShowError(translate("Plan", "The planned duration must be more than zero."))
    if key == "audience_female_pct" and value is not None and not 0 <= int(value) <= 100:
        raise ShowError(translate("Plan", "The female share must be between 0 and 100 %."))
    if key in ("goal_gmv", "goal_orders", "goal_peak_viewers", "goal_conversion_pct"):
        if value is not None and value < 0:
            raise ShowError(translate("Plan", "A goal cannot be negative."))
    if key == "scheduled_start" and value is not None and value.tzinfo is None:
        raise ShowError("scheduled_start must be timezone-aware")
    if key in LIST_FIELDS:
        if isinstance(value, str):
            return value
        return json.dumps([str(v).strip() for v in value if str(v).strip()], ensure_ascii=False)
    return value


def update_show(session: Session, show_id: int, **fields: Any) -> Show:
    show = session.get(Show, show_id)
    if show is None:
        raise LookupError(f"show {show_id} not found")
    for key, value in fields.items():
        value = _check_field(key, value)
        if getattr(show, key) != value:
            setattr(show, key, value)
    session.flush()
    return show


def create_show(
    session: Session,
    title: str,
    scheduled_start: datetime | None = None,
    *,
    planned_duration_ms: int = 60 * 60 * 1000,
    currency: str = "CNY",
    language: str | None = None,
    with_defaults: bool = True,
) -> Show:
    """A blank show (status draft), with the default task list and risks in `language`."""
    _check_field("title", title)
    _check_field("planned_duration_ms", planned_duration_ms)
    _check_field("scheduled_start", scheduled_start)
    show = Show(
        title=title.strip(),
        scheduled_start=scheduled_start,
        planned_duration_ms=planned_duration_ms,
        currency=currency,
        status="draft",
    )
    session.add(show)
    session.flush()
    if with_defaults:
        if language is None:
            from livestudio.core.i18n import ui_language

            language = ui_language()
        apply_default_tasks_and_risks(session, show, language)
        session.flush()
    return show


def delete_show(session: Session, show_id: int) -> None:
    show = session.get(Show, show_id)
    if show is not None:
        session.delete(show)
        session.flush()


# ---- payloads (templates and duplicates) --------------------------------------------------
def _pick(obj: Any, fields: Sequence[str]) -> dict[str, Any]:
    return {f: getattr(obj, f) for f in fields}


def show_payload(session: Session, show_id: int, keep_product_links: bool = True) -> dict[str, Any]:
    """Everything in a show's plan, with relative references; no results, no status, no dates."""
    show = session.get(Show, show_id)
    if show is None:
        raise LookupError(f"show {show_id} not found")
    lineup = list(show.lineup)
    segments = list(show.segments)
    lineup_ix = {item.id: i for i, item in enumerate(lineup)}
    segment_ix = {seg.id: i for i, seg in enumerate(segments)}
    overview = _pick(show, OVERVIEW_FIELDS)
    for f in LIST_FIELDS:
        overview[f] = get_list(show, f)
    payload: dict[str, Any] = {"version": PAYLOAD_VERSION, "show": overview}
    payload["lineup"] = [
        {
            **_pick(item, _LINEUP_FIELDS),
            "product_id": item.product_id if keep_product_links else None,
        }
        for item in lineup
    ]
    payload["segments"] = [
        {**_pick(seg, _SEGMENT_FIELDS), "lineup_ref": lineup_ix.get(seg.lineup_item_id or -1)}
        for seg in segments
    ]
    payload["promotions"] = [
        {
            **_pick(p, _PROMO_FIELDS),
            "lineup_ref": lineup_ix.get(p.lineup_item_id or -1),
            "segment_ref": segment_ix.get(p.start_segment_id or -1),
        }
        for p in show.promotions
    ]
    tasks = []
    for t in show.tasks:
        row = _pick(t, _TASK_FIELDS)
        # an absolute due date travels as "so long before / after the start"
        row["due_offset_s"] = (
            int((t.due_at - show.scheduled_start).total_seconds())
            if t.due_at is not None
            and show.scheduled_start is not None
            and t.due_days_before is None
            else None
        )
        tasks.append(row)
    payload["tasks"] = tasks
    payload["risks"] = [_pick(r, _RISK_FIELDS) for r in show.risks]
    return payload


def create_from_payload(
    session: Session,
    payload: dict[str, Any],
    *,
    title: str | None = None,
    scheduled_start: datetime | None = None,
) -> Show:
    """A new draft show from a payload; every reference is remapped to the new rows' ids."""
    overview = dict(payload.get("show") or {})
    if title is not None:
        overview["title"] = title
    if not str(overview.get("title") or "").strip():
        raise ShowError(translate("Plan", "A show needs a title."))
    values = {k: _check_field(k, overview[k]) for k in OVERVIEW_FIELDS if k in overview}
    _check_field("scheduled_start", scheduled_start)
    show = Show(**values, scheduled_start=scheduled_start, status="draft")
    session.add(show)
    session.flush()

    lineup: list[LineupItem] = []
    for i, row in enumerate(payload.get("lineup") or []):
        product_id = row.get("product_id")
        if product_id is not None and session.get(Product, product_id) is None:
            product_id = None
        item = LineupItem(
            show_id=show.id,
            position=i,
            product_id=product_id,
            **{f: row[f] for f in _LINEUP_FIELDS if f in row},
        )
        session.add(item)
        lineup.append(item)
    session.flush()

    def lineup_id(ref: Any) -> int | None:
        return lineup[ref].id if isinstance(ref, int) and 0 <= ref < len(lineup) else None

    segments: list[Segment] = []
    for i, row in enumerate(payload.get("segments") or []):
        seg = Segment(
            show_id=show.id,
            position=i,
            lineup_item_id=lineup_id(row.get("lineup_ref")),
            **{f: row[f] for f in _SEGMENT_FIELDS if f in row},
        )
        session.add(seg)
        segments.append(seg)
    session.flush()

    for row in payload.get("promotions") or []:
        ref = row.get("segment_ref")
        seg_id = segments[ref].id if isinstance(ref, int) and 0 <= ref < len(segments) else None
        session.add(
            Promotion(
                show_id=show.id,
                lineup_item_id=lineup_id(row.get("lineup_ref")),
                start_segment_id=seg_id,
                **{f: row[f] for f in _PROMO_FIELDS if f in row},
            )
        )
    for i, row in enumerate(payload.get("tasks") or []):
        offset = row.get("due_offset_s")
        due_at = None
        days = row.get("due_days_before")
        # a relative due date ("N days before") is computed from the start when read
        if scheduled_start is not None and days is None and offset is not None:
            due_at = scheduled_start + timedelta(seconds=int(offset))
        session.add(
            PrepTask(
                show_id=show.id,
                position=i,
                due_at=due_at,
                done=False,
                **{f: row[f] for f in _TASK_FIELDS if f in row},
            )
        )
    for i, row in enumerate(payload.get("risks") or []):
        session.add(
            Risk(show_id=show.id, position=i, **{f: row[f] for f in _RISK_FIELDS if f in row})
        )
    session.flush()
    session.refresh(show)
    return show


def duplicate_show(
    session: Session,
    show_id: int,
    *,
    title: str | None = None,
    scheduled_start: datetime | None = None,
) -> Show:
    """A copy of a past show's plan (lineup, segments, promotions, tasks, risks) as a new draft.

    Results (live runs, review data) stay with the original; tasks come back not done.
    """
    src = session.get(Show, show_id)
    if src is None:
        raise LookupError(f"show {show_id} not found")
    payload = show_payload(session, show_id)
    if title is None:
        title = translate("Plan", "Copy of {title}").format(title=src.title)
    return create_from_payload(session, payload, title=title, scheduled_start=scheduled_start)
