"""Preparation tab: grouped by phase, overdue in red, ticks and due dates saved and undoable."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from livestudio.core.models import PrepTask, Show
from livestudio.core.plan.defaults import DEFAULT_TASKS, apply_default_tasks_and_risks
from livestudio.ui.plan.tables import tone
from livestudio.ui.plan.tasks_page import TasksPage
from tests.plan.planb_factory import make_show

SHOW_AT = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def _setup(main_window, qtbot, now=datetime(2026, 12, 2, 9, 0, tzinfo=UTC)):  # type: ignore[no-untyped-def]
    with main_window.ctx.store.transaction() as s:
        show = make_show(s, start=SHOW_AT)
        apply_default_tasks_and_risks(s, show, "en")
        sid = show.id
    stack = QUndoStack(main_window)
    page = TasksPage(main_window.ctx, stack)
    page.clock = lambda: now
    qtbot.addWidget(page)
    page.set_show(sid)
    page.show()
    return page, stack, sid


def _task_items(page):  # type: ignore[no-untyped-def]
    out = {}
    for i in range(page.tree.topLevelItemCount()):
        head = page.tree.topLevelItem(i)
        for j in range(head.childCount()):
            out[head.child(j).text(0)] = head.child(j)
    return out


def _tasks(store, sid):  # type: ignore[no-untyped-def]
    with store.session() as s:
        return {t.title: t for t in s.get(Show, sid).tasks}


def test_grouped_by_phase_with_overdue_in_red(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, _stack, _sid = _setup(main_window, qtbot)
    assert page.tree.topLevelItemCount() == 3
    heads = [page.tree.topLevelItem(i).text(0) for i in range(3)]
    assert heads[0].startswith("Before the show") and heads[2].startswith("After the show")
    assert page.tree.topLevelItem(0).childCount() == sum(
        1 for d in DEFAULT_TASKS if d.phase == "before"
    )
    items = _task_items(page)
    stock = next(
        v for k, v in items.items() if k.startswith("Stock check")
    )  # 3 days before: overdue on 12-02
    rehearsal = next(
        v for k, v in items.items() if k.startswith("Host rehearsal")
    )  # 1 day before: not yet
    assert stock.text(3) == "Overdue" and stock.foreground(0).color() == tone("bad")
    assert rehearsal.text(3) == "" and rehearsal.foreground(0).color() != tone("bad")
    assert "3 day(s) before the show" in stock.text(2) and "01/12/2026" in stock.text(2)
    assert "overdue" in page.summary.text()


def test_tick_done_in_the_tree_then_undo(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, stack, sid = _setup(main_window, qtbot)
    store = main_window.ctx.store
    title = next(k for k in _task_items(page) if k.startswith("Stock check"))
    with qtbot.waitSignal(page.plan_edited):
        _task_items(page)[title].setCheckState(0, Qt.CheckState.Checked)
    assert _tasks(store, sid)[title].done
    item = _task_items(page)[title]
    assert item.text(3) == "Done" and item.foreground(0).color() != tone("bad")
    stack.undo()
    assert not _tasks(store, sid)[title].done
    assert _task_items(page)[title].text(3) == "Overdue"


def test_add_rename_relative_due_and_move(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, stack, sid = _setup(main_window, qtbot)
    store = main_window.ctx.store
    page.add_task(phase="before")
    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Print price cards")
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)
    page.relative_radio.click()
    page.days_spin.setValue(5)
    page.days_spin.editingFinished.emit()
    t = _tasks(store, sid)["Print price cards"]
    assert t.due_days_before == 5 and t.phase == "before"
    # the show moves a week later: the due date follows
    with store.transaction() as s:
        s.get(Show, sid).scheduled_start = datetime(2026, 12, 11, 12, 0, tzinfo=UTC)  # type: ignore[union-attr]
    page.refresh()
    assert "06/12/2026" in _task_items(page)["Print price cards"].text(2)
    # it was appended at the end of "before"; move it up one place
    before = page.tree.topLevelItem(0)
    n = before.childCount()
    assert before.child(n - 1).text(0) == "Print price cards"
    page.move_selected(-1)
    assert page.tree.topLevelItem(0).child(n - 2).text(0) == "Print price cards"
    stack.undo()
    assert page.tree.topLevelItem(0).child(n - 1).text(0) == "Print price cards"
    # delete, then undo brings the same row back
    page.delete_button.click()
    assert "Print price cards" not in _tasks(store, sid)
    stack.undo()
    assert "Print price cards" in _tasks(store, sid)


def test_fixed_date_and_empty_title_refused(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, _stack, sid = _setup(main_window, qtbot)
    store = main_window.ctx.store
    page.add_task("Order ring light", phase="before")
    page.fixed_radio.click()
    with store.session() as s:
        t = s.query(PrepTask).filter_by(title="Order ring light").one()
        assert t.due_at is not None and t.due_days_before is None
    page.title_edit.clear()
    page.title_edit.editingFinished.emit()
    assert page.message.isVisible() and "title" in page.message.text()
    assert "Order ring light" in _tasks(store, sid)
