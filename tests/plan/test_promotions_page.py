"""Promotions tab on the real main window's store: edits are saved as made, flagged, and undoable."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from livestudio.core.models import Promotion, Show
from livestudio.ui.plan.promotions_page import PromotionsPage
from tests.plan.planb_factory import MIN, make_show


def _setup(main_window, qtbot):  # type: ignore[no-untyped-def]
    with main_window.ctx.store.transaction() as s:
        sid = make_show(s, start=datetime(2026, 12, 4, 12, 0, tzinfo=UTC)).id
    stack = QUndoStack(main_window)
    page = PromotionsPage(main_window.ctx, stack)
    qtbot.addWidget(page)
    page.set_show(sid)
    page.show()
    return page, stack, sid


def _promos(store, sid):  # type: ignore[no-untyped-def]
    with store.session() as s:
        return [
            (
                p.kind,
                p.title,
                p.lineup_item_id,
                p.price,
                p.start_segment_id,
                p.start_offset_ms,
                p.duration_ms,
            )
            for p in s.get(Show, sid).promotions
        ]


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_add_flash_sale_edit_it_and_see_the_flags(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, stack, sid = _setup(main_window, qtbot)
    store = main_window.ctx.store
    with qtbot.waitSignal(page.plan_edited):
        page.add_promotion("flash_sale")
    assert page.table.rowCount() == 1
    assert _promos(store, sid)[0][:2] == ("flash_sale", "Flash sale")
    # a flash sale needs a product: flagged on the row with the reason
    assert "needs a product" in page.table.item(0, 8).text()
    assert "needs a product" in page.table.item(0, 0).toolTip()

    serum_index = page.product_combo.findText(
        "Niacinamide serum 30 ml", Qt.MatchFlag.MatchStartsWith
    )
    page.product_combo.setCurrentIndex(serum_index)
    page.product_combo.activated.emit(serum_index)
    _type(qtbot, page.title_edit, "Serum 99 flash")
    _type(qtbot, page.price_edit, "139")  # above the live price of 129
    assert "above the live price" in page.table.item(0, 8).text()
    _type(qtbot, page.price_edit, "99")
    assert page.table.item(0, 8).text() == ""
    # start with the "Serum deep-dive" segment (starts at 20:25 local? clock shown from scheduled start)
    seg_index = page.segment_combo.findText("Serum deep-dive", Qt.MatchFlag.MatchContains)
    page.start_segment_radio.click()
    page.segment_combo.setCurrentIndex(seg_index)
    page.segment_combo.activated.emit(seg_index)
    _type(qtbot, page.duration_edit, "3:00")
    kind, title, item, price, seg, off, dur = _promos(store, sid)[0]
    assert (kind, title, price, dur, off) == ("flash_sale", "Serum 99 flash", 9900, 3 * MIN, None)
    assert seg is not None and item is not None

    # undo walks back through each edit; redo restores it
    while stack.canUndo():
        stack.undo()
    assert _promos(store, sid) == [] and page.table.rowCount() == 0
    while stack.canRedo():
        stack.redo()
    assert _promos(store, sid)[0][1:4] == ("Serum 99 flash", item, 9900)
    assert page.table.item(0, 4).text() == "Serum 99 flash"


def test_offset_start_outside_the_show_and_bad_input(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, stack, sid = _setup(main_window, qtbot)
    page.add_promotion("coupon")
    page.start_offset_radio.click()
    _type(qtbot, page.offset_edit, "58:00")
    _type(qtbot, page.duration_edit, "5:00")
    assert "outside the show" in page.table.item(0, 8).text()
    assert page.table.item(0, 0).toolTip().startswith("Runs")
    before = _promos(main_window.ctx.store, sid)
    _type(qtbot, page.duration_edit, "soon")
    assert page.message.isVisible() and "not a duration" in page.message.text()
    _type(qtbot, page.price_edit, "-5")
    assert _promos(main_window.ctx.store, sid) == before  # nothing stored
    assert before[0][5] == 58 * MIN


def test_delete_and_undo_restores_the_row(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, stack, sid = _setup(main_window, qtbot)
    page.add_promotion("lottery")
    page.add_promotion("gift")
    assert page.table.rowCount() == 2
    page.table.selectRow(0)
    with main_window.ctx.store.session() as s:
        ids = sorted(p.id for p in s.query(Promotion))
    page.delete_button.click()
    assert page.table.rowCount() == 1
    stack.undo()
    assert page.table.rowCount() == 2
    with main_window.ctx.store.session() as s:
        assert sorted(p.id for p in s.query(Promotion)) == ids  # same ids back


def test_delete_key_on_the_table(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page, stack, _sid = _setup(main_window, qtbot)
    page.add_promotion("coupon")
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.table.rowCount() == 0
    stack.undo()
    assert page.table.rowCount() == 1
