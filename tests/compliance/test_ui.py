"""The marks where the host's text is written (Plan, Products), the Compliance tab's jump, the
word-list dialog, and the Check item — on the real main window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from livestudio.core.db import Store
from livestudio.ui.compliance.dialog import ComplianceWordsDialog
from tests.compliance.conftest import Planned, plan_show

DECO = Qt.ItemDataRole.DecorationRole
TIP = Qt.ItemDataRole.ToolTipRole


def _plan(main_window: Any, qtbot: Any, show_id: int) -> Any:
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)
    ws.select_show(show_id)
    return ws


def _cell(model: Any, row: int, column: str, role: int) -> Any:
    return model.index(row, model.COLUMNS.index(column)).data(role)


def _listed(model: Any, row: int, column: str) -> str:
    """The phrases the cell's tooltip lists (after the cell's own text)."""
    tip = _cell(model, row, column, TIP) or ""
    return tip.split("Say differently:", 1)[1] if "Say differently:" in tip else ""


def _marked(model: Any, row: int, column: str) -> bool:
    icon = _cell(model, row, column, DECO)
    return isinstance(icon, QIcon) and not icon.isNull()


def test_plan_marks_the_cues_and_talking_points_with_their_phrases(
    main_window: Any, qtbot: Any, planned: Planned
) -> None:
    ws = _plan(main_window, qtbot, planned.show_id)
    ros = ws.run_of_show.model
    # 最近 / 第一次 (row 1) and a plain closing line (row 4) carry no mark
    assert [_marked(ros, r, "script") for r in range(4)] == [False, True, True, False]
    tip = _cell(ros, 1, "script", TIP)
    assert tip.startswith("这是全网最低价") and "Say differently:" in tip
    assert "“全网最低价” — Price or urgency claim" in tip and "“根治” — Medical" in tip
    assert "“最近”" not in _cell(ros, 0, "script", TIP)
    lineup = ws.lineup.model
    # 100%纯棉 / 最后一件 allowed; 'a miracle serum' is not
    assert [_marked(lineup, r, "talking_points") for r in range(2)] == [False, True]
    assert "“miracle” — Medical or efficacy claim" in _cell(lineup, 1, "talking_points", TIP)

    # the cue box under the table names them for the selected segment
    page = ws.run_of_show
    ws.tabs.setCurrentWidget(page)
    page.view.selectRow(1)
    assert page.cue_claims.isVisible()
    assert "“全网最低价” (Price or urgency claim)" in page.cue_claims.text()
    page.view.selectRow(0)
    assert not page.cue_claims.isVisible()

    # the host rewrites the cue in the cell: the mark goes
    index = ros.index(1, ros.COLUMNS.index("script"))
    assert ros.setData(index, "今天的价格很划算，用了皮肤更舒服")
    assert not _marked(ws.run_of_show.model, 1, "script")


def test_the_compliance_tab_lists_every_hit_and_jumps_to_its_row(
    main_window: Any, qtbot: Any, planned: Planned
) -> None:
    ws = _plan(main_window, qtbot, planned.show_id)
    page = ws._extra_pages["compliance"]
    titles = [ws.tabs.tabText(i) for i in range(ws.tabs.count())]
    assert "Compliance" in titles
    ws.tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.isVisible)
    assert page.tree.topLevelItemCount() == 9
    assert "9 phrase(s) to say differently" in page.summary.text()
    assert "Douyin" in page.summary.text()
    row = next(i for i in range(9) if page.tree.topLevelItem(i).text(0) == "guaranteed results")
    item = page.tree.topLevelItem(row)
    assert item.text(2) == "segment 3 “Part 3” cue"
    assert "«guaranteed results»" in item.text(3)
    page.tree.setCurrentItem(item)
    qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    assert ws.tabs.currentWidget() is ws.run_of_show
    current = ws.run_of_show.view.currentIndex()
    assert current.row() == 2
    assert ws.run_of_show.model.COLUMNS[current.column()] == "script"

    # a product's selling points open Products on that product
    prod = next(
        i for i in range(9) if page.tree.topLevelItem(i).text(2).startswith("product TEE-1")
    )
    ws.tabs.setCurrentWidget(page)
    page.tree.setCurrentItem(page.tree.topLevelItem(prod))
    qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    products = main_window.workspace("products")
    qtbot.waitUntil(products.isVisible)
    assert products.selected_ids() == [planned.product_ids[0]]


def test_a_clean_show_says_nothing_to_change(main_window: Any, qtbot: Any, store: Store) -> None:
    from livestudio.core.plan.service import PlanService

    plan = PlanService(store)
    sid = plan.create_show("Clean show", None)
    seg = plan.insert_segment(sid, None, "opening", "Hello").result
    plan.update_segment(sid, seg, script="最近天冷，第一次见面的朋友点点关注")
    ws = _plan(main_window, qtbot, sid)
    page = ws._extra_pages["compliance"]
    ws.tabs.setCurrentWidget(page)
    qtbot.waitUntil(page.isVisible)
    assert page.tree.topLevelItemCount() == 0
    assert page.summary.text().startswith("Nothing to say differently")


def test_the_words_dialog_edits_apply_to_the_marks_at_once(
    main_window: Any, qtbot: Any, planned: Planned
) -> None:
    ws = _plan(main_window, qtbot, planned.show_id)
    ros = ws.run_of_show.model
    assert not _marked(ros, 3, "script")
    main_window.compliance_action.trigger()
    dialog = main_window.findChild(ComplianceWordsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.platform_combo.currentText() == "Douyin"  # the current show's platform
    qtbot.keyClicks(dialog.avoid_edit, "xiaqi jian")
    dialog.avoid_edit.setText("下期见")  # QTest types ASCII only
    qtbot.mouseClick(dialog.add_avoid_button, Qt.MouseButton.LeftButton)
    assert "“下期见” added." in dialog.message.text()
    assert _marked(ws.run_of_show.model, 3, "script")
    assert "“下期见” — Your own list" in _cell(ws.run_of_show.model, 3, "script", TIP)

    # Find narrows both lists
    dialog.find_edit.setText("最后")
    shown = [
        dialog.allow_tree.topLevelItem(i).text(0)
        for i in range(dialog.allow_tree.topLevelItemCount())
        if not dialog.allow_tree.topLevelItem(i).isHidden()
    ]
    assert shown == ["最后", "最后一件", "最后一天", "最后一波"]
    dialog.find_edit.clear()

    # switching a default off: 根治 is no longer listed for segment 2
    assert dialog.select("根治")
    qtbot.mouseClick(dialog.remove_avoid_button, Qt.MouseButton.LeftButton)
    assert "根治" not in _listed(ws.run_of_show.model, 1, "script")
    assert "全网最低价" in _listed(ws.run_of_show.model, 1, "script")
    assert dialog.select("根治") and dialog.remove_avoid_button.text() == "Switch &on"

    # reset: back to the defaults
    dialog.confirm_reset = lambda _name: True
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert "2 change(s) dropped" in dialog.message.text()
    assert not _marked(ws.run_of_show.model, 3, "script")
    assert "根治" in _listed(ws.run_of_show.model, 1, "script")
    dialog.close()


def test_the_product_table_marks_selling_points_and_notes(
    main_window: Any, qtbot: Any, planned: Planned
) -> None:
    main_window.show_workspace("products")
    ws = main_window.workspace("products")
    qtbot.waitUntil(ws.isVisible)
    from livestudio.core.products import FIELDS

    model = ws.model
    tee, serum = (model.row_of(pid) for pid in planned.product_ids)

    def marked(row: int, field: str) -> bool:
        icon = model.index(row, FIELDS.index(field)).data(DECO)
        return isinstance(icon, QIcon) and not icon.isNull()

    assert marked(tee, "selling_points") and not marked(tee, "notes")
    assert marked(serum, "notes") and not marked(serum, "selling_points")
    tip = model.index(tee, FIELDS.index("selling_points")).data(TIP)
    assert "“最” — Absolute claim" in tip and "100%" not in tip.split("Say differently:")[1]

    # a phrase added for every platform marks the catalog at once
    main_window.compliance_action.trigger()
    dialog = main_window.findChild(ComplianceWordsDialog)
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData(""))
    dialog.avoid_edit.setText("soft on skin")
    qtbot.mouseClick(dialog.add_avoid_button, Qt.MouseButton.LeftButton)
    assert marked(serum, "selling_points")
    dialog.close()


@pytest.mark.qt_log_ignore("PulseAudioService")  # the device list asks for audio devices
def test_check_workspace_warns_with_each_phrase_and_where_it_stands(
    main_window: Any, qtbot: Any, store: Store, planned: Planned
) -> None:
    from livestudio.ui.check.checklist import COL_NOTE, COL_STATUS, COL_VALUE

    main_window.show_workspace("check")
    ws = main_window.workspace("check")
    qtbot.waitUntil(ws.isVisible)
    ws.select_show(planned.show_id)
    assert ws.checklist.row_text("script", 0) == "Script compliance"
    with qtbot.waitSignal(ws.run_finished, timeout=20000):
        ws.run_probes(["script"])
    assert ws.checklist.row_text("script", COL_STATUS) == "warning"
    assert ws.checklist.row_text("script", COL_VALUE) == "9 phrase(s) to say differently"
    note = ws.checklist.row_text("script", COL_NOTE)
    assert "“全网最低价” (Price or urgency claim) — segment 2 “Part 2” cue" in note
    assert "“cure” (Medical or efficacy claim) — product SER-1 “Repair serum” notes" in note
    # a warning, never a block: with every manual item ticked only the script item warns
    for key in ws.checklist.manual_keys():
        ws.tick(key.removeprefix("manual:"))
    summary = ws.controller.summary()
    assert [r.key for r in summary.blockers] == []
    assert [r.key for r in summary.warnings] == ["script"]
    assert summary.verdict.value == "go_with_warnings"


def test_a_show_on_another_platform_gets_its_own_list(
    main_window: Any, qtbot: Any, store: Store
) -> None:
    tiktok = plan_show(store, "TikTok Shop", "TikTok show", "T")
    with store.transaction() as s:
        from livestudio.core.models import Segment

        seg = s.get(Segment, tiktok.segment_ids[3])
        assert seg is not None
        seg.script = "Not on 淘宝 — only here"
    ws = _plan(main_window, qtbot, tiktok.show_id)
    assert not _marked(ws.run_of_show.model, 3, "script")
