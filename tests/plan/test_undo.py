"""Undo / redo of every kind of plan edit: the whole plan returns exactly to before, then after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from livestudio.core.db import Store
from livestudio.core.models import Show
from livestudio.core.plan import draft, lineup, segments, shows
from livestudio.core.plan.service import PlanService
from livestudio.core.plan.snapshot import snapshot_show
from livestudio.core.plan.templates import create_from_template, find_template
from livestudio.ui.plan.undo import push_change


@pytest.fixture
def planned(store: Store, catalog: list[int]) -> int:
    with store.transaction() as s:
        show = create_from_template(
            s,
            find_template(s, "solo60.en"),
            title="Undo show",
            scheduled_start=shows.parse_local_start("2026-12-04 20:00"),
        )
        lineup.add_products(s, show.id, catalog[:3])
        return show.id


def _first_item(s: Session, sid: int) -> int:
    return lineup.ordered_lineup(s, sid)[0].id


def _first_seg(s: Session, sid: int) -> int:
    return segments.ordered_segments(s, sid)[0].id


EDITS: dict[str, Callable[[Session, int], Any]] = {
    "overview field": lambda s, sid: shows.update_show(s, sid, title="Renamed", goal_orders=300),
    "audience": lambda s, sid: shows.update_show(s, sid, audience_regions=["广东", "上海"]),
    "start time": lambda s, sid: shows.update_show(
        s, sid, scheduled_start=shows.parse_local_start("2026-12-05 23:30")
    ),
    "add products": lambda s, sid: lineup.add_products(s, sid, [4, 5]),
    "edit lineup item": lambda s, sid: lineup.update_item(
        s, _first_item(s, sid), live_price=1, role="giveaway"
    ),
    "reorder lineup": lambda s, sid: lineup.move_item(s, sid, 2, 0),
    "remove from lineup": lambda s, sid: lineup.remove_items(s, [_first_item(s, sid)]),
    "insert segment": lambda s, sid: segments.insert_segment(s, sid, 2, title="New"),
    "edit duration": lambda s, sid: segments.update_segment(
        s, _first_seg(s, sid), planned_duration_ms=0
    ),
    "move segment": lambda s, sid: segments.move_segment(s, sid, 0, 5),
    "duplicate segment": lambda s, sid: segments.duplicate_segment(s, _first_seg(s, sid)),
    "delete segments": lambda s, sid: segments.delete_segments(
        s, [x.id for x in segments.ordered_segments(s, sid)[4:8]]
    ),
    "draft from lineup": lambda s, sid: draft.apply_draft(s, sid),
}


def _add_promotion(s: Session, sid: int) -> None:
    from livestudio.core.plan.promotions import add_promotion

    add_promotion(
        s,
        sid,
        kind="flash_sale",
        title="Tee",
        lineup_item_id=_first_item(s, sid),
        price=100,
        start_offset_ms=60_000,
    )


def _add_task_and_risk(s: Session, sid: int) -> None:
    from livestudio.core.plan.risks import add_risk
    from livestudio.core.plan.tasks import add_task

    add_task(s, sid, "Charge the phone")
    add_risk(s, sid, "Power cut", "technical", likelihood=1, impact=5)


EDITS["add promotion"] = _add_promotion
EDITS["add task and risk"] = _add_task_and_risk


@pytest.mark.parametrize("name", list(EDITS))
def test_undo_and_redo_each_kind_of_edit(qapp: Any, store: Store, planned: int, name: str) -> None:
    stack = QUndoStack()
    with store.session() as s:
        before = snapshot_show(s, planned)
    plan = PlanService(store)
    push_change(stack, plan, name, plan.apply(planned, lambda s: EDITS[name](s, planned)))
    assert stack.count() == 1
    with store.session() as s:
        after = snapshot_show(s, planned)
    assert after != before
    stack.undo()
    with store.session() as s:
        assert snapshot_show(s, planned) == before
    stack.redo()
    with store.session() as s:
        assert snapshot_show(s, planned) == after


def test_a_series_of_edits_unwinds_in_order(qapp: Any, store: Store, planned: int) -> None:
    stack = QUndoStack()
    states = []
    for name in (
        "add products",
        "draft from lineup",
        "move segment",
        "delete segments",
        "overview field",
    ):
        with store.session() as s:
            states.append(snapshot_show(s, planned))
        plan = PlanService(store)
        push_change(stack, plan, name, plan.apply(planned, lambda s, n=name: EDITS[n](s, planned)))
    while stack.canUndo():
        stack.undo()
        with store.session() as s:
            assert snapshot_show(s, planned) == states.pop()
    with store.session() as s:
        assert s.get(Show, planned).title == "Undo show"


def test_a_refused_edit_changes_nothing_and_pushes_nothing(
    qapp: Any, store: Store, planned: int
) -> None:
    stack = QUndoStack()
    with store.session() as s:
        before = snapshot_show(s, planned)

    def bad(s: Session) -> None:
        shows.update_show(s, planned, theme="half-written")
        shows.update_show(s, planned, planned_duration_ms=-5)

    plan = PlanService(store)
    with pytest.raises(shows.ShowError):
        push_change(stack, plan, "bad", plan.apply(planned, bad))
    assert stack.count() == 0
    with store.session() as s:
        assert snapshot_show(s, planned) == before
