"""Risk register: priority = likelihood x impact, its level, ordering, and the default lists."""

from __future__ import annotations

import pytest

from livestudio.core.plan import risks
from livestudio.core.plan.defaults import (
    DEFAULT_RISKS,
    DEFAULT_TASKS,
    apply_default_tasks_and_risks,
)
from livestudio.core.plan.tasks import due_at
from tests.plan.planb_factory import make_show


@pytest.mark.parametrize(
    ("l", "i", "level"),
    [
        (1, 1, "low"),
        (2, 2, "low"),
        (1, 5, "medium"),
        (3, 3, "medium"),
        (2, 5, "high"),
        (3, 4, "high"),
        (4, 4, "critical"),
        (3, 5, "critical"),
        (5, 5, "critical"),
    ],
)
def test_priority_and_level(l: int, i: int, level: str) -> None:  # noqa: E741
    assert risks.priority(l, i) == l * i
    lvl = risks.risk_level(l * i)
    assert lvl.key == level and lvl.label and lvl.colour


def test_levels_get_warmer_colours() -> None:
    assert [risks.risk_level(p).colour for p in (1, 6, 12, 20)] == [
        "mediumseagreen",
        "gold",
        "darkorange",
        "crimson",
    ]


def test_sorted_by_priority_then_entry_order(store) -> None:
    with store.transaction() as s:
        show = make_show(s)
        a = risks.add_risk(s, show.id, "Rain leaks on the set", likelihood=1, impact=2)
        b = risks.add_risk(s, show.id, "Network drop", likelihood=3, impact=5)
        c = risks.add_risk(s, show.id, "Courier strike", category="supply", likelihood=2, impact=1)
        s.refresh(show)
        assert [r.id for r in risks.sorted_risks(show)] == [b.id, a.id, c.id]
        risks.update_risk(s, a.id, likelihood=5, impact=5)
        assert [r.id for r in risks.sorted_risks(show)][0] == a.id
        assert a.priority == 25


@pytest.mark.parametrize(
    "values", [{"likelihood": 0}, {"impact": 6}, {"likelihood": 2.5}, {"category": "weather"}]
)
def test_out_of_range_refused(store, values) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        show = make_show(s)
        with pytest.raises(risks.RiskError) as err:
            risks.add_risk(s, show.id, "x", **values)
        assert str(err.value)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_defaults_in_both_languages(store, language: str) -> None:
    with store.transaction() as s:
        show = make_show(s, zh=language == "zh")
        added_tasks, added_risks = apply_default_tasks_and_risks(s, show, language)
        s.refresh(show)
        assert len(show.tasks) == len(DEFAULT_TASKS) and len(show.risks) == len(DEFAULT_RISKS)
        titles = " ".join(t.title for t in show.tasks)
        descs = " ".join(r.description for r in show.risks)
        if language == "zh":
            for word in ("选品", "库存", "彩排", "预告", "设备测试", "优惠券", "复盘"):
                assert word in titles
            for word in (
                "网络中断",
                "推流软件",
                "缺货",
                "物流延迟",
                "主播身体不适",
                "恶意评论",
                "平台故障",
            ):
                assert word in descs
        else:
            for word in (
                "Select products",
                "Stock check",
                "rehearsal",
                "preview post",
                "Device test",
                "coupons",
                "review",
            ):
                assert word in titles
            for word in (
                "Network drop",
                "Streaming software",
                "out of stock",
                "Logistics delay",
                "Host unwell",
                "Hostile comments",
                "Platform outage",
            ):
                assert word in descs
        assert all(r.response for r in show.risks)
        # every before-task is due before the show; after-tasks after it
        for t in show.tasks:
            d = due_at(t, show)
            assert d is not None
            assert (d <= show.scheduled_start) if t.phase != "after" else (d > show.scheduled_start)
        # the highest-priority default is a network drop
        assert risks.sorted_risks(show)[0].category == "technical"


def test_applying_defaults_twice_adds_nothing_new(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        show = make_show(s)
        apply_default_tasks_and_risks(s, show, "en")
        show.tasks[0].title = "Pick the products (my wording)"
        again_tasks, again_risks = apply_default_tasks_and_risks(s, show, "en")
        assert [t.title for t in again_tasks] == [DEFAULT_TASKS[0].en] and again_risks == []
        assert len(show.risks) == len(DEFAULT_RISKS)
