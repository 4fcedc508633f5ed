"""Risks tab: sorted by priority, coloured level, spin boxes and in-place text edits, all undoable."""

from __future__ import annotations

from PySide6.QtGui import QColor, QUndoStack

from livestudio.core.models import Risk, Show
from livestudio.core.plan.defaults import apply_default_tasks_and_risks
from livestudio.ui.plan.risks_page import COL_LEVEL, COL_RESPONSE, RisksPage
from tests.plan.planb_factory import make_show


def _setup(main_window, qtbot):  # type: ignore[no-untyped-def]
    with main_window.ctx.store.transaction() as s:
        show = make_show(s)
        apply_default_tasks_and_risks(s, show, "en")
        sid = show.id
    stack = QUndoStack(main_window)
    page = RisksPage(main_window.ctx, stack)
    qtbot.addWidget(page)
    page.set_show(sid)
    page.show()
    return page, stack, sid


def _priorities(page) -> list[int]:  # type: ignore[no-untyped-def]
    return [
        int(page.table.item(r, COL_LEVEL).text().split()[0]) for r in range(page.table.rowCount())
    ]


def _risk(store, rid):  # type: ignore[no-untyped-def]
    with store.session() as s:
        r = s.get(Risk, rid)
        return (r.likelihood, r.impact, r.category, r.response)


def test_sorted_by_priority_with_coloured_levels(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, _stack, _sid = _setup(main_window, qtbot)
    prios = _priorities(page)
    assert prios == sorted(prios, reverse=True) and len(prios) >= 7
    top = page.table.item(0, COL_LEVEL)
    assert "Critical" in top.text() and top.background().color() == QColor("crimson")
    assert "Network drop" in page.table.item(0, 2).text()


def test_raising_likelihood_resorts_and_undo_restores(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, stack, _sid = _setup(main_window, qtbot)
    store = main_window.ctx.store
    last = page.row_ids()[-1]
    before = _risk(store, last)
    with qtbot.waitSignal(page.plan_edited):
        page.spin(last, "likelihood").setValue(5)
    page.spin(last, "impact").setValue(5)
    assert _risk(store, last)[:2] == (5, 5)
    assert page.row_ids()[0] == last  # now the top risk
    assert page.table.item(0, COL_LEVEL).text().startswith("25")
    stack.undo()
    stack.undo()
    assert _risk(store, last) == before
    assert page.row_ids()[-1] == last


def test_edit_response_in_place_category_add_delete(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, stack, sid = _setup(main_window, qtbot)
    store = main_window.ctx.store
    rid = page.row_ids()[0]
    with qtbot.waitSignal(page.plan_edited):
        page.table.item(0, COL_RESPONSE).setText("Switch to the 5G hotspot taped under the desk")
    assert _risk(store, rid)[3] == "Switch to the 5G hotspot taped under the desk"
    combo = page.category_combo(0)
    combo.setCurrentIndex(combo.findData("platform"))
    combo.activated.emit(combo.currentIndex())
    assert _risk(store, rid)[2] == "platform"
    n = page.table.rowCount()
    new = page.add_risk("Courier strike on show day", category="supply")
    assert new in page.row_ids() and page.table.rowCount() == n + 1
    page.delete_button.click()
    assert page.table.rowCount() == n
    stack.undo()
    assert new in page.row_ids()
    while stack.canUndo():
        stack.undo()
    with store.session() as s:
        show = s.get(Show, sid)
        assert all(
            r.response != "Switch to the 5G hotspot taped under the desk" for r in show.risks
        )
        assert len(show.risks) == n
