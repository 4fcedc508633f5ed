"""The Live tab of the real main window, driven with the keyboard on a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from livestudio import settings as opts
from livestudio.core.live.clock import ShowClock
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import LiveEvent, LiveRun, Show
from tests.live.factory import MIN, make_show


@pytest.fixture
def live(main_window, qtbot):
    show_id = make_show(main_window.store)
    main_window.ctx.shows_changed.emit()
    main_window.show_workspace("live")
    ws = main_window.workspace("live")
    ws.time_source = FakeTimeSource()
    ws.controller.timer.stop()  # the test moves the clock and ticks by hand
    ws.chime.count_only()  # no sound device needed: count the chimes
    main_window.activateWindow()
    qtbot.waitUntil(lambda: main_window.isActiveWindow())
    ws.setFocus()
    qtbot.waitUntil(lambda: ws.hasFocus())
    ws.show_id = show_id
    yield ws
    ws.close_workspace()


def _kinds(store, run_id):
    with store.session() as s:
        return [
            e.kind
            for e in s.scalars(
                select(LiveEvent).where(LiveEvent.run_id == run_id).order_by(LiveEvent.id)
            )
        ]


def _tick(ws, ms):
    ws.time_source.advance(ms)
    ws.controller.tick()


def _share_of(label, colour: str) -> float:
    img = label.grab().toImage()
    want = QColor(colour)
    hits = total = 0
    for x in range(0, img.width(), 4):
        for y in range(0, img.height(), 4):
            c = img.pixelColor(x, y)
            total += 1
            if (
                abs(c.red() - want.red()) < 30
                and abs(c.green() - want.green()) < 30
                and abs(c.blue() - want.blue()) < 30
            ):
                hits += 1
    return hits / max(1, total)


def test_keyboard_runs_the_show(live, qtbot, main_window) -> None:
    ws = live
    store = main_window.store
    assert ws.clock_panel.countdown_label.text() == "10:00"  # the plan, before the start
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    assert ws.clock is not None and ws.clock.running
    with store.session() as s:
        assert s.get(Show, ws.show_id).status == "live"
    _tick(ws, MIN)
    assert ws.clock_panel.countdown_label.text() == "9:00"
    assert "Next in 9:00: 雪花秀精华 Sulwhasoo serum" in ws.clock_panel.next_label.text()
    qtbot.keyClick(ws, Qt.Key.Key_N)
    assert ws.clock_panel.title_label.text().startswith("雪花秀精华")
    qtbot.keyClick(ws, Qt.Key.Key_Left)
    assert ws.clock_panel.title_label.text() == "开场暖场 Warm-up"
    qtbot.keyClick(ws, Qt.Key.Key_Right)
    qtbot.keyClick(ws, Qt.Key.Key_Plus)
    assert ws.clock_panel.countdown_label.text() == "26:00"
    qtbot.keyClick(ws, Qt.Key.Key_Minus)
    qtbot.keyClick(ws, Qt.Key.Key_S)
    # V opens a line for the count; typing there must not fire N, S, space...
    qtbot.keyClick(ws, Qt.Key.Key_V)
    assert ws.entry.isVisible() and ws.entry.edit.hasFocus()
    qtbot.keyClicks(ws.entry.edit, "1,250")
    qtbot.keyClick(ws.entry.edit, Qt.Key.Key_Return)
    qtbot.keyClick(ws, Qt.Key.Key_C)
    qtbot.keyClicks(ws.entry.edit, "Any samples? NS ")  # QTest types Latin-1 only
    ws.entry.edit.insert("有没有小样")
    qtbot.keyClick(ws.entry.edit, Qt.Key.Key_Return)
    qtbot.keyClick(ws, Qt.Key.Key_I)
    qtbot.keyClicks(ws.entry.edit, "mic crackle")
    qtbot.keyClick(ws.entry.edit, Qt.Key.Key_Escape)  # cancelled: nothing logged
    qtbot.keyClick(ws, Qt.Key.Key_F)
    kinds = _kinds(store, ws.clock.run_id)
    assert kinds == [
        "start",
        "next",
        "previous",
        "next",
        "add_time",
        "add_time",
        "sale",
        "viewers",
        "comment",
        "promo_start",
    ]
    assert ws.log_panel.lines()[0].endswith("Promotion started: Lottery 抽奖")
    assert not ws.promotions.empty_label.isVisible()
    qtbot.keyClick(ws, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _kinds(store, ws.clock.run_id)[-1] == "undo"
    assert ws.promotions.empty_label.isVisible()  # the promotion start was taken back
    assert ws.log_panel.struck_out()[:2] == [False, True]
    assert ws.log_panel.lines()[0].endswith("Undone: Promotion started: Lottery 抽奖")
    # the message line is a text field too
    ws.message_line.edit.setFocus()
    qtbot.keyClicks(ws.message_line.edit, "N S")
    assert ws.message_line.edit.text() == "N S"
    ws.setFocus()
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    assert not ws.clock.running and ws.start_button.text() == "Resume (Space)"
    qtbot.keyClick(ws, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert ws.help.isVisible()
    qtbot.keyClick(ws.help, Qt.Key.Key_Escape)
    assert not ws.help.isVisible()


def test_colours_chime_once_and_overtime_flash(live, qtbot) -> None:
    ws = live
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    _tick(ws, 8 * MIN + 30_000)
    assert "#c98a00" in ws.clock_panel.countdown_label.styleSheet()  # warning: amber
    assert _share_of(ws.clock_panel.countdown_label, "#c98a00") > 0.02
    _tick(ws, MIN)
    assert "#e06000" in ws.clock_panel.countdown_label.styleSheet()  # danger
    with qtbot.waitSignal(ws.cue_fired, timeout=1000) as sig:
        _tick(ws, 31_000)
    assert sig.args == ["zero"]
    assert ws.chime.played == 1
    assert ws.clock_panel.countdown_label.text() == "+0:01"
    seen_red_background = False
    for _ in range(10):
        _tick(ws, 100)
        seen_red_background |= _share_of(ws.clock_panel.countdown_label, "#d32f2f") > 0.3
    assert seen_red_background  # overtime flashes a red block
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    for _ in range(5):
        _tick(ws, 1000)
    assert ws.chime.played == 1  # never again after pause/resume


def test_text_files_and_summary_to_review(live, qtbot, main_window, tmp_path, monkeypatch) -> None:
    ws = live
    opts.put(opts.OBS_TEXT_DIR, str(tmp_path / "obs"), main_window.ctx.settings)
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    remaining = tmp_path / "obs" / "remaining.txt"
    assert remaining.read_text(encoding="utf-8") == "10:00"
    _tick(ws, 1000)
    assert remaining.read_text(encoding="utf-8") == "9:59"
    _tick(ws, 1000)
    assert remaining.read_text(encoding="utf-8") == "9:58"
    assert (tmp_path / "obs" / "segment.txt").read_text(encoding="utf-8") == "开场暖场 Warm-up"
    qtbot.keyClick(ws, Qt.Key.Key_S)
    qtbot.mouseClick(ws.end_button, Qt.MouseButton.LeftButton)
    yes = ws.end_question.button(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    dlg = ws.summary_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.tabs.widget(0).item(0, 0).text() == "开场暖场 Warm-up"
    with main_window.store.session() as s:
        assert s.get(Show, ws.show_id).status == "ended"
    # only what Live asks for is checked here; building Review is Review's own tests' business
    main_window.ctx.workspace_requested.disconnect(main_window.show_workspace)
    with qtbot.waitSignal(main_window.ctx.workspace_requested) as sig:
        qtbot.mouseClick(dlg.review_button, Qt.MouseButton.LeftButton)
    assert sig.args == ["review"]
    assert main_window.ctx.current_show_id == ws.show_id
    qtbot.keyClick(ws, Qt.Key.Key_Space)  # a stray Space after the end starts nothing
    with main_window.store.session() as s:
        assert s.get(Show, ws.show_id).status == "ended"
        assert len(list(s.scalars(select(LiveRun)))) == 1
    assert ws.end_button.text() == "Show summary… (Ctrl+End)"
    qtbot.mouseClick(ws.end_button, Qt.MouseButton.LeftButton)  # the summary again
    assert ws.summary_dialog.isVisible()


def test_tighten_dialog_previews_then_applies(live, qtbot) -> None:
    ws = live
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    _tick(ws, 15 * MIN)
    qtbot.keyClick(ws, Qt.Key.Key_N)
    assert "+5:00 behind" in ws.clock_panel.over_value.text()
    dlg = ws.open_tighten_dialog()
    assert dlg.table.rowCount() > 0
    assert "+5:00 behind" in ws.clock_panel.over_value.text()  # nothing changed yet
    dlg.accept()
    assert ws.clock_panel.over_value.text() == "on time"
    assert ws.clock.events[-1].kind == "tighten"


def test_host_view_is_big_and_shows_the_message(live, qtbot) -> None:
    ws = live
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    hv = ws.open_host_view(None)
    hv.resize(1920, 1080)
    ws.message_line.edit.setText("还剩12支 12 left")
    _tick(ws, 1000)
    assert hv.remaining.text() == "9:59"
    assert hv.remaining.font().pixelSize() >= 250  # readable from three metres
    assert hv.message.text() == "还剩12支 12 left"
    ws.close_host_view()
    assert ws.host_view is None


def test_crash_recovery_offer_rebuilds_the_run(main_window, qtbot, monkeypatch) -> None:
    from livestudio.ui.live import integration

    store = main_window.store
    show_id = make_show(store)
    clock = ShowClock.start_new(store, show_id)  # a run left live by an earlier process
    clock.log_sale(2)
    asked = []
    monkeypatch.setattr(
        integration, "choose_resume", lambda _w, run: asked.append(run) or ("resume", run.gap_ms)
    )
    main_window.after_show()
    assert [r.title for r in asked] == ["双11美妆专场 Beauty night"] and asked[0].running
    ws = main_window.workspace("live")
    assert ws.clock is not None and ws.clock.run_id == clock.run_id
    assert [e.kind for e in ws.clock.events] == ["start", "sale", "restart"]  # gap logged
    assert main_window.current_workspace_key() == "live"
    with store.session() as s:
        assert s.get(LiveRun, clock.run_id).status == "live"
    ws.close_workspace()


def test_overlay_server_from_the_tools_menu_answers_on_loopback(live, qtbot, main_window) -> None:
    import json
    import urllib.request

    ws = live
    opts.put(opts.OVERLAY_PORT, 0, main_window.ctx.settings)  # any free port
    main_window.live_overlay_action.setChecked(True)
    assert ws.overlay is not None and ws.overlay.host == "127.0.0.1"
    assert opts.get(opts.OVERLAY_ENABLED, main_window.ctx.settings) is True
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    _tick(ws, 1000)
    state = json.loads(urllib.request.urlopen(ws.overlay.url + "state.json", timeout=5).read())
    assert state["remaining"] == "9:59" and state["segment"] == "开场暖场 Warm-up"
    main_window.live_overlay_action.setChecked(False)
    assert ws.overlay is None


def test_jump_and_skip_from_the_run_of_show(live, qtbot) -> None:
    ws = live
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    ws.clock.skip(1)
    ws.jump_to(3)
    assert ws.clock_panel.title_label.text().startswith("秒杀 Flash sale")
    qtbot.keyClick(ws, Qt.Key.Key_P)
    assert ws.clock_panel.title_label.text().startswith("抽奖 Lottery")
    ws.jump_to(0)
    qtbot.keyClick(ws, Qt.Key.Key_N)  # the skipped serum segment is passed over
    assert ws.clock_panel.title_label.text().startswith("抽奖 Lottery")
    assert ws.run_of_show.cell_text(1, 3) == "skipped"


def test_run_untouched_for_13_hours_can_be_ended(main_window, monkeypatch) -> None:
    from datetime import UTC, datetime, timedelta

    from livestudio.core.live.clock import open_runs
    from livestudio.ui.live import integration

    store = main_window.store
    show_id = make_show(store)
    old = FakeTimeSource(wall=datetime.now(UTC) - timedelta(hours=13))
    clock = ShowClock.start_new(store, show_id, old)
    old.advance(MIN)
    clock.log_sale(1)
    asked = []
    monkeypatch.setattr(
        integration, "choose_resume", lambda _w, run: asked.append(run.stale) or ("end", None)
    )
    main_window.after_show()
    assert asked == [
        True
    ]  # flagged as a long gap; resuming is offered too (tests/live/test_resume_ui.py)
    assert open_runs(store) == []
    with store.session() as s:
        assert s.get(Show, show_id).status == "ended"
    assert main_window.workspace("live").clock is None  # nothing was resumed


def test_phone_page_follows_the_show_message_and_talking_points(live, qtbot, main_window) -> None:
    """The studio network's read-only page (served by the Live controller's one view server)
    carries the countdown, the message to the host at once, and the talking points of the
    product on air."""
    import json
    import urllib.request

    from livestudio.core.models import LineupItem, Segment

    ws = live
    store = main_window.store
    with store.transaction() as s:
        item = s.scalars(select(LineupItem).where(LineupItem.show_id == ws.show_id)).first()
        item.talking_points = "买一送一 · 限时"
        first = s.scalars(
            select(Segment).where(Segment.show_id == ws.show_id).order_by(Segment.position)
        ).first()
        first.lineup_item_id = item.id
    views = ws.controller.views
    port = views.start_studio("127.0.0.1", 0)
    token = views.tokens.issue()
    try:
        qtbot.keyClick(ws, Qt.Key.Key_Space)
        _tick(ws, 1000)
        url = f"http://127.0.0.1:{port}/h/{token}/state.json"
        state = json.loads(urllib.request.urlopen(url, timeout=5).read())
        assert state["remaining"] == "9:59" and state["points"] == "买一送一 · 限时"
        ws.controller.set_message("Stock low 库存紧", False)
        state = json.loads(urllib.request.urlopen(url, timeout=5).read())
        assert state["message"] == "Stock low 库存紧"
    finally:
        views.stop()
