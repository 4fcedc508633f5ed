"""Preparation timeline: relative due dates follow the show, overdue detection, reorder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from livestudio.core.models import PrepTask
from livestudio.core.plan import tasks
from tests.plan.planb_factory import make_show

SHOW_AT = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def test_days_before_is_recomputed_when_the_show_moves(store) -> None:
    with store.transaction() as s:
        show = make_show(s, start=SHOW_AT)
        t = tasks.add_task(s, show.id, "Stock check", due_days_before=3)
        after = tasks.add_task(s, show.id, "Post-show review", phase="after", due_days_before=-1)
        fixed = tasks.add_task(
            s, show.id, "Order samples", due_at=datetime(2026, 11, 30, 9, tzinfo=UTC)
        )
        assert tasks.due_at(t, show) == datetime(2026, 12, 1, 12, tzinfo=UTC)
        assert tasks.due_at(after, show) == datetime(2026, 12, 5, 12, tzinfo=UTC)
        show.scheduled_start = SHOW_AT + timedelta(days=7, hours=8)  # moved a week later, to 20:00
        s.flush()
        assert tasks.due_at(t, show) == datetime(2026, 12, 8, 20, tzinfo=UTC)
        assert tasks.due_at(fixed, show) == datetime(2026, 11, 30, 9, tzinfo=UTC)  # fixed stays
        show.scheduled_start = None
        assert tasks.due_at(t, show) is None


def test_overdue_uses_the_injected_now_and_ignores_done_tasks(store) -> None:
    with store.transaction() as s:
        show = make_show(s, start=SHOW_AT)
        t3 = tasks.add_task(s, show.id, "Stock check", due_days_before=3)
        t1 = tasks.add_task(s, show.id, "Rehearsal", due_days_before=1)
        now = datetime(2026, 12, 2, 8, tzinfo=UTC)
        assert [t.id for t in tasks.overdue_tasks(show, now)] == [t3.id]
        assert not tasks.is_overdue(t1, show, now)
        tasks.update_task(s, t3.id, done=True)
        assert tasks.overdue_tasks(show, now) == []
        assert tasks.is_overdue(t1, show, now + timedelta(days=2))


def test_setting_one_due_kind_clears_the_other(store) -> None:
    with store.transaction() as s:
        show = make_show(s, start=SHOW_AT)
        t = tasks.add_task(s, show.id, "Preview video", due_days_before=2)
        tasks.update_task(s, t.id, due_at=datetime(2026, 12, 1, 18, tzinfo=UTC))
        assert t.due_days_before is None
        tasks.update_task(s, t.id, due_days_before=0)
        assert t.due_at is None and tasks.describe_due(t) == "On show day"
        tasks.update_task(s, t.id, due_days_before=2)
        assert tasks.describe_due(t) == "2 day(s) before the show"


def test_grouping_reorder_and_delete(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        a = tasks.add_task(s, show.id, "A")
        b = tasks.add_task(s, show.id, "B", phase="after")
        c = tasks.add_task(s, show.id, "C")
        s.refresh(show)
        groups = tasks.tasks_by_phase(show)
        assert [t.title for t in groups["before"]] == ["A", "C"] and [
            t.title for t in groups["after"]
        ] == ["B"]
        tasks.move_task(s, c.id, 0)
        assert tasks.task_order(s, show.id) == [c.id, a.id, b.id]
        tasks.delete_task(s, a.id)
        assert [t.position for t in s.query(PrepTask).order_by(PrepTask.position)] == [0, 1]
        assert tasks.task_order(s, show.id) == [c.id, b.id]


def test_bad_input_is_refused(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        with pytest.raises(tasks.TaskError):
            tasks.add_task(s, show.id, "   ")
        with pytest.raises(tasks.TaskError):
            tasks.add_task(s, show.id, "x", phase="someday")
