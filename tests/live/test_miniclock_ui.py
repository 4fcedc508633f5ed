"""The mini clock: small, frameless, on top of everything; it says what the Live screen says,
moves and resizes, and comes back where it was on the same screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from livestudio.core.live.timesource import FakeTimeSource
from livestudio.ui.live.miniclock import screen_key
from tests.live.factory import MIN, make_show


def _live(main_window, qtbot):
    show_id = make_show(main_window.store)
    main_window.ctx.shows_changed.emit()
    main_window.ctx.set_current_show(show_id)
    main_window.show_workspace("live")
    ws = main_window.workspace("live")
    ws.time_source = FakeTimeSource()
    ws.controller.timer.stop()
    ws.chime.count_only()  # no sound device needed: count the chimes
    ws.setFocus()
    qtbot.waitUntil(ws.hasFocus)
    return ws


def test_mini_clock_follows_the_show_and_remembers_its_place(main_window, qtbot) -> None:
    ws = _live(main_window, qtbot)
    qtbot.mouseClick(ws.toolbar.mini_button, Qt.MouseButton.LeftButton)  # a button opens it too
    mc = ws.mini_clock
    assert mc is not None and mc.isVisible()
    flags = mc.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    screen = main_window.screen().availableGeometry()
    assert screen.contains(mc.frameGeometry())  # on the one screen there is, inside it
    assert mc.width() <= 400 and mc.height() <= 220  # small: the platform's app stays usable
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    ws.time_source.advance(MIN)
    ws.controller.tick()
    assert mc.remaining.text() == "9:00"
    whole = mc.texts()["next"]
    assert whole == "Next in 9:00: 雪花秀精华 Sulwhasoo serum"  # the Live screen's words
    assert ws.clock_panel.next_label.text().startswith(whole)
    shown = mc.next.text()  # what fits, elided, the rest in the tooltip
    assert shown == whole or (shown.endswith("…") and mc.next.toolTip() == whole)
    ws.message_line.edit.setText("Stock low")
    assert mc.message.text() == "Stock low"
    # move it (drag) and make it bigger (the corner grip), then close and reopen it
    before = mc.pos()
    qtbot.mousePress(mc, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseMove(mc, QPoint(60, 50))
    qtbot.mouseRelease(mc, Qt.MouseButton.LeftButton, pos=QPoint(60, 50))
    assert mc.pos() == before + QPoint(40, 30)  # (offscreen: no window manager does it)
    mc.setGeometry(QRect(100, 120, 420, 210))
    big = mc.remaining.font().pixelSize()
    mc.setGeometry(QRect(100, 120, 300, 120))
    assert mc.remaining.font().pixelSize() < big  # the digits follow the window size
    mc.setGeometry(QRect(100, 120, 420, 210))
    qtbot.keyClick(mc, Qt.Key.Key_Escape)
    assert ws.mini_clock is None
    assert main_window.settings.value(screen_key(main_window.screen())) is not None
    qtbot.keyClick(QApplication.focusWidget() or ws, Qt.Key.Key_K)
    again = ws.mini_clock
    assert again is not None and again.geometry() == QRect(100, 120, 420, 210)
    assert again.remaining.text() == "9:00"
    ws.close_workspace()
