"""PlanService: what each Plan tab reads, as plain data, and edits that carry their undo snapshots."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from livestudio.core.db import Store
from livestudio.core.plan import shows
from livestudio.core.plan.service import PlanService
from livestudio.core.plan.tasks import TaskError
from tests.plan.planb_factory import MIN, make_show


@pytest.fixture
def planned(store: Store) -> int:
    with store.transaction() as s:
        return make_show(s).id


def test_run_of_show_view_has_clock_times_markers_and_totals(store: Store, planned: int) -> None:
    plan = PlanService(store)
    seg_id = plan.run_of_show(planned).rows[2].id
    plan.add_promotion(
        planned, kind="coupon", title="Serum coupon", start_segment_id=seg_id, duration_ms=MIN
    )
    view = plan.run_of_show(planned)
    assert [r.start_ms for r in view.rows] == [0, 10 * MIN, 25 * MIN, 40 * MIN, 55 * MIN]
    assert view.rows[0].start_at == datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    assert [m.title for m in view.rows[2].markers] == ["Serum coupon"]
    assert view.rows[1].product_name == "Hyaluronic sheet mask x10"
    assert view.totals.state == "exact" and view.zero_length == 0
    assert [name for _id, name in view.lineup_choices][0] == "Hyaluronic sheet mask x10"


def test_an_edit_returns_its_snapshots_and_a_no_op_changes_nothing(
    store: Store, planned: int
) -> None:
    plan = PlanService(store)
    change = plan.update_show(planned, title="Renamed")
    assert change.changed and change.before["show"]["title"] == "Friday skincare show"
    assert plan.overview(planned).title == "Renamed"  # type: ignore[union-attr]
    same = plan.update_show(planned, title="Renamed")
    assert not same.changed
    plan.restore(planned, change.before)
    assert plan.overview(planned).title == "Friday skincare show"  # type: ignore[union-attr]


def test_a_refused_edit_raises_the_reason_and_stores_nothing(store: Store, planned: int) -> None:
    plan = PlanService(store)
    before = plan.tasks(planned, datetime(2026, 12, 1, tzinfo=UTC)).tasks
    with pytest.raises(TaskError, match="needs a title"):
        plan.add_task(planned, "  ")
    with pytest.raises(shows.ShowError):
        plan.update_show(planned, planned_duration_ms=0)
    assert plan.tasks(planned, datetime(2026, 12, 1, tzinfo=UTC)).tasks == before
    assert plan.overview(planned).planned_duration_ms == 60 * MIN  # type: ignore[union-attr]


def test_tasks_view_is_overdue_against_the_injected_now(store: Store, planned: int) -> None:
    plan = PlanService(store)
    task_id = plan.add_task(planned, "Print price cards", due_days_before=2).result
    start = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    early = {t.id: t for t in plan.tasks(planned, start - timedelta(days=3)).tasks}[task_id]
    late = {t.id: t for t in plan.tasks(planned, start - timedelta(days=1)).tasks}[task_id]
    assert early.due_at == start - timedelta(days=2) and not early.overdue
    assert late.overdue and late.relative_text == "2 day(s) before the show"


def test_risks_come_highest_priority_first_with_their_level(store: Store, planned: int) -> None:
    plan = PlanService(store)
    plan.add_risk(planned, "Power cut", likelihood=1, impact=5)
    plan.add_risk(planned, "Network drop", likelihood=4, impact=5)
    risks = plan.risks(planned)
    assert [(r.description, r.priority, r.level.key) for r in risks] == [
        ("Network drop", 20, "critical"),
        ("Power cut", 5, "medium"),
    ]


def test_a_deleted_show_reads_as_none(store: Store, planned: int) -> None:
    plan = PlanService(store)
    plan.delete_show(planned)
    assert plan.overview(planned) is None
    with pytest.raises(LookupError):
        plan.lineup(planned)


def test_a_segment_keeps_its_obs_scene_through_edit_duplicate_and_show_copy(
    store: Store, planned: int
) -> None:
    plan = PlanService(store)
    seg_id = plan.run_of_show(planned).rows[1].id
    plan.update_segment(planned, seg_id, obs_scene="Close-up cam")
    copy_id = plan.duplicate_segment(planned, seg_id).result
    rows = {r.id: r for r in plan.run_of_show(planned).rows}
    assert rows[seg_id].obs_scene == rows[copy_id].obs_scene == "Close-up cam"
    dup = plan.duplicate_show(planned, title="Next week")
    assert [r.obs_scene for r in plan.run_of_show(dup).rows][1:3] == ["Close-up cam"] * 2
