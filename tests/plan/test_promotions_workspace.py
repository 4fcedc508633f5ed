"""Plan-B's tabs inside the real Plan workspace: a new show gets the default tasks and risks, a flash
sale and a lottery added on the Promotions tab, Ctrl+Z / Ctrl+Y through the workspace's own actions."""

from __future__ import annotations

from datetime import UTC, datetime

from livestudio.core.models import Show
from livestudio.core.plan import shows as shows_core
from livestudio.core.plan.defaults import DEFAULT_RISKS, DEFAULT_TASKS
from livestudio.ui.plan.promotions_page import PromotionsPage
from livestudio.ui.plan.risks_page import RisksPage
from livestudio.ui.plan.tasks_page import TasksPage


def _tab(ws, cls):  # type: ignore[no-untyped-def]
    """The page of that class in the workspace's tabs (a page from the previous show may linger)."""
    return next(
        (ws.tabs.widget(i) for i in range(ws.tabs.count()) if isinstance(ws.tabs.widget(i), cls)),
        None,
    )


def test_pages_in_the_workspace_share_its_undo(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    store = main_window.ctx.store
    with store.transaction() as s:
        sid = shows_core.create_show(
            s, "周五护肤专场", datetime(2026, 12, 4, 12, 0, tzinfo=UTC), language="zh"
        ).id
    main_window.ctx.shows_changed.emit()
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    main_window.ctx.set_current_show(sid)
    qtbot.waitUntil(
        lambda: _tab(ws, PromotionsPage) is not None and _tab(ws, PromotionsPage).show_id == sid
    )
    qtbot.waitUntil(ws.tabs.isVisible)  # hidden tabs re-read the store when they are shown
    promos = _tab(ws, PromotionsPage)
    tasks = _tab(ws, TasksPage)
    risks = _tab(ws, RisksPage)
    assert promos.show_id == sid and tasks.show_id == sid and risks.show_id == sid
    # the new show came with the default lists, in Chinese
    ws.tabs.setCurrentWidget(risks)
    assert risks.table.rowCount() == len(DEFAULT_RISKS)
    assert "网络中断" in risks.table.item(0, 2).text()
    ws.tabs.setCurrentWidget(tasks)
    n_tasks = sum(tasks.tree.topLevelItem(i).childCount() for i in range(3))
    assert n_tasks == len(DEFAULT_TASKS)

    ws.tabs.setCurrentWidget(promos)
    promos.add_promotion("flash_sale")
    promos.add_promotion("lottery")
    assert promos.table.rowCount() == 2
    assert ws.action_undo.isEnabled()
    ws.action_undo.trigger()
    assert promos.table.rowCount() == 1
    with store.session() as s:
        assert [p.kind for p in s.get(Show, sid).promotions] == ["flash_sale"]
    ws.action_redo.trigger()
    assert promos.table.rowCount() == 2
    with store.session() as s:
        assert sorted(p.kind for p in s.get(Show, sid).promotions) == ["flash_sale", "lottery"]
