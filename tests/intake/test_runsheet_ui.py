"""The run-of-show import dialog: segments, rejected rows and cells left empty as the host sees
them; add vs replace; Accept gives one Plan edit that Plan's undo takes back whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from sqlalchemy import select

from livestudio.core.db import Store
from livestudio.core.models import LineupItem, Segment, Show
from livestudio.core.plan.service import PlanService
from livestudio.ui.plan.runsheet_import import RunsheetImportDialog
from livestudio.ui.theme import LEFT_EMPTY_BG
from tests.intake.conftest import CASES


def _show(store: Store) -> int:
    with store.transaction() as s:
        show = Show(title="Lipstick night", planned_duration_ms=3_600_000)
        s.add(show)
        s.flush()
        s.add(LineupItem(show_id=show.id, sku="LS-001", name="丝绒口红", position=0))
        s.add(Segment(show_id=show.id, position=0, kind="opening", title="Old opening"))
        return show.id


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _titles(store: Store, show_id: int) -> list[str]:
    with store.session() as s:
        return list(
            s.scalars(
                select(Segment.title).where(Segment.show_id == show_id).order_by(Segment.position)
            )
        )


def test_preview_add_then_replace_and_undo(qtbot, store: Store) -> None:
    show_id = _show(store)
    dlg = RunsheetImportDialog(store, show_id)
    qtbot.addWidget(dlg)
    dlg.show()
    with qtbot.waitSignal(dlg.preview_ready, timeout=10000):
        dlg.load(CASES / "runsheet-zh.csv")
    table = dlg.table
    assert [_cell(table, r, 1).text() for r in range(table.rowCount())] == [
        "开场暖场",
        "口红试色",
        "抽奖",
        "下播",
    ]
    assert _cell(table, 1, 4).text() == "LS-001"  # matched to the lineup
    assert _cell(table, 2, 4).background().color() == QColor(LEFT_EMPTY_BG)
    assert "not in this show's lineup" in _cell(table, 2, 4).toolTip()
    lines = [dlg.problems.item(i).text() for i in range(dlg.problems.count())]
    assert lines[0].startswith("Rejected: runsheet-zh.csv, row 4, column 时长: 'abc' is not")
    assert lines[1].startswith("Left empty: runsheet-zh.csv, row 6, column 商品")
    assert dlg.ok_button.text() == "Add 4 segments"
    with qtbot.waitSignal(dlg.preview_ready, timeout=10000):
        qtbot.mouseClick(dlg.replace_radio, Qt.MouseButton.LeftButton)
    assert dlg.ok_button.text() == "Replace with 4 segments"
    assert _titles(store, show_id) == ["Old opening"]  # nothing written by the preview
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == RunsheetImportDialog.DialogCode.Accepted
    op = dlg.op
    assert op is not None
    plan = PlanService(store)
    change = op(plan)  # what Plan's edit(text, op) runs, then pushes as one undo step
    assert _titles(store, show_id) == ["开场暖场", "口红试色", "抽奖", "下播"]
    plan.restore(show_id, change.before)  # undo
    assert _titles(store, show_id) == ["Old opening"]


def test_a_refused_file_says_why_and_cannot_be_imported(qtbot, store: Store, tmp_path) -> None:
    show_id = _show(store)
    bad = tmp_path / "photo.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    dlg = RunsheetImportDialog(store, show_id)
    qtbot.addWidget(dlg)
    dlg.load(bad)
    qtbot.waitUntil(lambda: not dlg.busy(), timeout=10000)
    assert dlg.status.text().startswith("photo.xlsx is not a spreadsheet or a text table.")
    assert not dlg.ok_button.isEnabled() and dlg.op is None


def test_file_menu_imports_a_run_of_show_as_one_undo_step(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    store = main_window.ctx.store
    show_id = _show(store)
    main_window.ctx.set_current_show(show_id)
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    ws.select_show(show_id)
    main_window.plan_runsheet_import_action.trigger()
    dlg = next(w for w in main_window.findChildren(RunsheetImportDialog) if w.isVisible())
    with qtbot.waitSignal(dlg.preview_ready, timeout=10000):
        dlg.load(CASES / "runsheet-zh.csv")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _titles(store, show_id)[-1] == "下播", timeout=5000)
    assert _titles(store, show_id) == ["Old opening", "开场暖场", "口红试色", "抽奖", "下播"]
    assert ws.run_of_show.model.rowCount() == 5
    ws.action_undo.trigger()
    assert _titles(store, show_id) == ["Old opening"]
