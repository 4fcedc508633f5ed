"""The Plan workspace on the real main window: template -> lineup -> draft -> drag -> undo, on the store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from livestudio.core.models import Show
from livestudio.core.plan import segments as seg_core
from livestudio.ui.plan.dialogs import DraftDialog, NewShowDialog, ProductPickerDialog
from livestudio.ui.plan.models import SegmentsModel


def _ok(dialog: Any, qtbot: Any) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _kinds(store: Any, sid: int) -> list[str]:
    with store.session() as s:
        return [x.kind for x in seg_core.ordered_segments(s, sid)]


def test_template_lineup_draft_drag_undo(
    main_window: Any, qtbot: Any, store: Any, catalog: list[int]
) -> None:
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)  # the lazy tab shows its new child on the next event loop turn

    # a show from the 60-minute solo template
    dialog = ws.open_new_show_dialog("template")
    assert isinstance(dialog, NewShowDialog)
    row = next(
        i
        for i in range(dialog.template_list.count())
        if dialog.template_list.item(i).data(Qt.ItemDataRole.UserRole).key == "solo60"
        and dialog.template_list.item(i).data(Qt.ItemDataRole.UserRole).language == "en"
    )
    dialog.template_list.setCurrentRow(row)
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Friday skincare ")
    dialog.title_edit.insert("周五护肤")  # QTest types ASCII only; an input method would do this
    with qtbot.waitSignal(main_window.ctx.shows_changed):
        _ok(dialog, qtbot)
    sid = ws.show_id
    assert sid is not None and main_window.ctx.current_show_id == sid
    with store.session() as s:
        show = s.get(Show, sid)
        assert show.title == "Friday skincare 周五护肤" and show.planned_duration_ms == 3_600_000
        assert len(show.segments) == 11 and show.promotions
    assert ws.show_table.rowCount() == 1

    # three products from the catalog, picked with Ctrl+click
    ws.tabs.setCurrentWidget(ws.lineup)
    qtbot.mouseClick(ws.lineup.add_button, Qt.MouseButton.LeftButton)
    picker = ws.findChild(ProductPickerDialog)
    assert picker is not None and picker.table.rowCount() == 5
    qtbot.keyClicks(picker.search, "SK-00")
    for r in (0, 2, 3):
        rect = picker.table.visualRect(picker.table.model().index(r, 0))
        qtbot.mouseClick(
            picker.table.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            rect.center(),
        )
    assert picker.selected_product_ids() == [catalog[0], catalog[2], catalog[3]]
    _ok(picker, qtbot)
    with store.session() as s:
        assert [i.sku for i in s.get(Show, sid).lineup] == ["SK-001", "SK-003", "SK-004"]
    assert ws.lineup.model.rowCount() == 3
    assert "3 items" in ws.lineup.totals_label.text()

    # draft the run-of-show from the lineup
    qtbot.mouseClick(ws.run_of_show.draft_button, Qt.MouseButton.LeftButton)
    draft_dialog = ws.findChild(DraftDialog)
    assert draft_dialog is not None
    _ok(draft_dialog, qtbot)
    drafted = _kinds(store, sid)
    assert drafted[0] == "opening" and drafted[-1] == "closing"
    assert drafted.count("showcase") == 3
    with store.session() as s:
        assert seg_core.totals(s.get(Show, sid)).state == "exact"
    assert "exactly" in ws.run_of_show.footer.text()
    model = ws.run_of_show.model
    assert model.rowCount() == len(drafted)

    # drag the opening down below two segments (the view's drop goes through dropMimeData)
    mime = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    moved = _kinds(store, sid)
    assert moved[2] == "opening" and moved[0] == drafted[1]
    assert model.rows[2].kind == "opening" and model.rows[0].start_ms == 0

    # dropped onto a row, the dragged row takes its place
    assert model.dropMimeData(
        model.mimeData([model.index(4, 0)]), Qt.DropAction.MoveAction, -1, -1, model.index(1, 0)
    )
    assert _kinds(store, sid)[1] == moved[4]
    ws.action_undo.trigger()
    assert _kinds(store, sid) == moved

    # Ctrl+Z puts it back; Ctrl+Y moves it again
    main_window.activateWindow()
    ws.run_of_show.view.setFocus()
    qtbot.keyClick(ws.run_of_show.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _kinds(store, sid) == drafted
    assert model.rows[0].kind == "opening"
    qtbot.keyClick(ws.run_of_show.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _kinds(store, sid) == moved
    ws.action_undo.trigger()
    assert _kinds(store, sid) == drafted

    # undo the draft itself: the template's run-of-show comes back
    ws.action_undo.trigger()
    assert len(_kinds(store, sid)) == 11


def test_duration_entry_accepts_common_forms_and_explains_refusals(
    main_window: Any, qtbot: Any, store: Any
) -> None:
    from livestudio.core.plan.shows import create_show

    with store.transaction() as s:
        sid = create_show(s, "Durations", with_defaults=False).id
        seg_core.insert_segment(s, sid, title="Opening")
        seg_core.insert_segment(s, sid, title="Showcase")
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)  # the lazy tab shows its new child on the next event loop turn
    ws.reload_shows()
    ws.select_show(sid)
    model: SegmentsModel = ws.run_of_show.model
    col = SegmentsModel.COLUMNS.index("duration")
    for text, ms in (
        ("90", 90_000),
        ("1:30", 90_000),
        ("01:30", 90_000),
        ("1m30s", 90_000),
        ("90s", 90_000),
        ("0", 0),
    ):
        assert model.setData(model.index(0, col), text)
        with store.session() as s:
            assert seg_core.ordered_segments(s, sid)[0].planned_duration_ms == ms
    assert "zero length" in model.index(0, col).data()
    for bad in ("-5", "soon", "1:75"):
        assert not model.setData(model.index(1, col), bad)
        assert not ws.run_of_show.message.isHidden() and "Row 2" in ws.run_of_show.message.text()
    with store.session() as s:
        assert seg_core.ordered_segments(s, sid)[1].planned_duration_ms == 5 * 60_000
    QApplication.processEvents()


def test_overview_edits_are_saved_at_once_and_undoable(
    main_window: Any, qtbot: Any, store: Any
) -> None:
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)
    dialog = ws.open_new_show_dialog("blank")
    dialog.title_edit.setText("Weekend tees")
    with qtbot.waitSignal(main_window.ctx.shows_changed):
        _ok(dialog, qtbot)
    sid = ws.show_id
    ov = ws.overview

    ov.theme_edit.setFocus()
    qtbot.keyClicks(ov.theme_edit, "Summer basics")
    qtbot.keyClick(ov.theme_edit, Qt.Key.Key_Return)
    ov.age_boxes["25-30"].setChecked(True)
    ov.female_spin.setValue(65)
    ov.female_spin.editingFinished.emit()
    ov.regions_edit.input.setText("Guangdong, Zhejiang")
    qtbot.keyClick(ov.regions_edit.input, Qt.Key.Key_Return)
    ov.format_combo.setCurrentIndex(ov.format_combo.findData("duo"))
    ov.format_combo.activated.emit(ov.format_combo.currentIndex())
    with store.session() as s:
        show = s.get(Show, sid)
        assert show.theme == "Summer basics" and show.format == "duo"
        assert show.audience_age_bands == '["25-30"]' and show.audience_female_pct == 65
        assert show.audience_regions == '["Guangdong", "Zhejiang"]'
    assert ov.regions_edit.tags() == ["Guangdong", "Zhejiang"]

    for _ in range(5):
        ws.action_undo.trigger()
    with store.session() as s:
        show = s.get(Show, sid)
        assert (show.theme, show.format, show.audience_female_pct) == ("", "solo", None)
    assert ov.theme_edit.text() == "" and not ov.age_boxes["25-30"].isChecked()
    ws.action_redo.trigger()
    assert ov.theme_edit.text() == "Summer basics"


def test_duplicate_show_from_the_list(
    main_window: Any, qtbot: Any, store: Any, catalog: list[int]
) -> None:
    from livestudio.core.plan import lineup
    from livestudio.core.plan.shows import create_show

    with store.transaction() as s:
        sid = create_show(s, "Last Friday", language="en").id
        lineup.add_products(s, sid, catalog[:2])
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)
    ws.reload_shows()
    ws.select_show(sid)
    dialog = ws.open_new_show_dialog("duplicate")
    assert dialog.title() == "Copy of Last Friday"
    with qtbot.waitSignal(main_window.ctx.shows_changed):
        _ok(dialog, qtbot)
    assert ws.show_id != sid and ws.show_table.rowCount() == 2
    with store.session() as s:
        copy = s.get(Show, ws.show_id)
        assert [i.sku for i in copy.lineup] == ["SK-001", "SK-002"] and copy.status == "draft"
        assert len(copy.tasks) == len(s.get(Show, sid).tasks)


def test_multi_line_cue_edited_in_the_table_and_the_cue_box(
    main_window: Any, qtbot: Any, store: Any
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from livestudio.core.plan.shows import create_show

    with store.transaction() as s:
        sid = create_show(s, "Cues", with_defaults=False).id
        seg_core.insert_segment(s, sid, title="Opening")
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)
    ws.reload_shows()
    ws.select_show(sid)
    ws.tabs.setCurrentWidget(ws.run_of_show)
    main_window.activateWindow()
    view = ws.run_of_show.view
    index = view.model().index(0, SegmentsModel.COLUMNS.index("script"))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText("Hello everyone!\n欢迎来到直播间")
    view.commitData(editor)
    with store.session() as s:
        assert seg_core.ordered_segments(s, sid)[0].script == "Hello everyone!\n欢迎来到直播间"
    qtbot.waitUntil(
        lambda: ws.run_of_show.cue_edit.toPlainText() == "Hello everyone!\n欢迎来到直播间"
    )

    cue = ws.run_of_show.cue_edit
    cue.setPlainText("Line one\nLine two")
    ws.run_of_show.save_cue()
    with store.session() as s:
        assert seg_core.ordered_segments(s, sid)[0].script == "Line one\nLine two"
    ws.action_undo.trigger()
    assert cue.toPlainText() == "Hello everyone!\n欢迎来到直播间"


def test_clock_times_cross_midnight_and_each_show_has_its_own_undo(
    main_window: Any, qtbot: Any, store: Any, shanghai_tz: None
) -> None:
    from livestudio.core.plan.shows import create_show, parse_local_start

    with store.transaction() as s:
        late = create_show(
            s,
            "Late show",
            parse_local_start("2026-12-04 23:30"),
            planned_duration_ms=7_200_000,
            with_defaults=False,
        ).id
        for minutes in (20, 25, 75):
            seg_core.insert_segment(s, late, duration_ms=minutes * 60_000)
        other = create_show(
            s, "Other show", parse_local_start("2026-12-01 20:00"), with_defaults=False
        ).id
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)
    ws.reload_shows()
    ws.select_show(late)
    model = ws.run_of_show.model
    starts = [model.index(r, 0).data() for r in range(model.rowCount())]
    # whole minutes: no seconds shown; past midnight says so
    assert starts[0] == "23:30" and starts[1] == "23:50"
    assert starts[2].startswith("00:15") and "+1" in starts[2]
    assert "exactly" in ws.run_of_show.footer.text()

    ws.edit("rename", lambda plan: plan.update_show(late, title="Late show, renamed"))
    ws.select_show(other)
    assert not ws.action_undo.isEnabled()  # the other show has nothing to undo
    ws.select_show(late)
    assert ws.action_undo.isEnabled()
    ws.action_undo.trigger()
    with store.session() as s:
        assert s.get(Show, late).title == "Late show"
    seg_id = model.rows[0].id
    ws.edit(
        "seconds", lambda plan: plan.update_segment(late, seg_id, planned_duration_ms=1_230_000)
    )
    assert model.index(1, 0).data() == "23:50:30"  # a start off the minute shows seconds


def test_insert_by_kind_move_buttons_and_rename_tells_other_workspaces(
    main_window: Any, qtbot: Any, store: Any
) -> None:
    from livestudio.core.plan.shows import create_show

    with store.transaction() as s:
        sid = create_show(s, "Buttons", with_defaults=False).id
        seg_core.insert_segment(s, sid, kind="opening", title="Hello")
        seg_core.insert_segment(s, sid, kind="closing", title="Bye")
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)
    ws.reload_shows()
    ws.select_show(sid)
    page = ws.run_of_show
    page.view.selectRow(1)
    lottery = next(a for a in page.insert_button.menu().actions() if a.text() == "Lottery")
    lottery.trigger()
    assert _kinds(store, sid) == ["opening", "lottery", "closing"]
    page.view.selectRow(1)
    page.view.setCurrentIndex(page.model.index(1, 0))
    qtbot.mouseClick(page.up_button, Qt.MouseButton.LeftButton)
    assert _kinds(store, sid) == ["lottery", "opening", "closing"]
    assert page.view.currentIndex().row() == 0
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.down_button, Qt.MouseButton.LeftButton)
    assert _kinds(store, sid) == ["opening", "closing", "lottery"]

    with qtbot.waitSignal(main_window.ctx.shows_changed):
        ws.overview.title_edit.setText("Buttons and more")
        ws.overview.title_edit.editingFinished.emit()
    assert ws.show_table.item(0, 1).text() == "Buttons and more"


def test_save_as_template_then_start_a_show_from_it(
    main_window: Any, qtbot: Any, store: Any, catalog: list[int]
) -> None:
    from livestudio.core.plan import lineup
    from livestudio.core.plan.shows import create_show

    with store.transaction() as s:
        sid = create_show(s, "My format", language="en").id
        lineup.add_products(s, sid, catalog[:2])
        seg_core.insert_segment(s, sid, kind="opening", title="Hi", duration_ms=120_000)
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)
    ws.reload_shows()
    ws.select_show(sid)
    assert ws.save_as_template("Tuesday format")
    dialog = ws.open_new_show_dialog("template")
    names = [
        dialog.template_list.item(i).data(Qt.ItemDataRole.UserRole).name
        for i in range(dialog.template_list.count())
    ]
    assert "Tuesday format" in names
    dialog.template_list.setCurrentRow(names.index("Tuesday format"))
    dialog.title_edit.setText("Tuesday 12/8")
    with qtbot.waitSignal(main_window.ctx.shows_changed):
        _ok(dialog, qtbot)
    with store.session() as s:
        new = s.get(Show, ws.show_id)
        assert new.title == "Tuesday 12/8" and [i.sku for i in new.lineup] == ["SK-001", "SK-002"]
        assert [x.title for x in new.segments] == ["Hi"]
    assert not ws.save_as_template("Tuesday format")
    assert "already exists" in ws.message.text() and not ws.message.isHidden()
