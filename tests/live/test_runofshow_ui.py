"""The run-of-show table on the Live screen: a model that signals only the rows that changed, so a
long show goes live at once; and the OBS text files change with the countdown on screen."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from livestudio import settings as opts
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import Segment, Show
from livestudio.ui.widgets.columns import needed_width
from tests.live.factory import MIN, make_show


def _long_show(store, n: int) -> int:
    with store.transaction() as s:
        show = Show(title="马拉松 Marathon", planned_duration_ms=n * MIN)
        s.add(show)
        s.flush()
        s.add_all(
            Segment(show_id=show.id, position=i, title=f"段落 {i + 1}", planned_duration_ms=MIN)
            for i in range(n)
        )
        return show.id


def _open(main_window, qtbot, show_id):
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


def test_only_changed_rows_are_signalled(main_window, qtbot) -> None:
    ws = _open(main_window, qtbot, _long_show(main_window.store, 300))
    model = ws.run_of_show.model
    assert ws.run_of_show.row_count() == 300
    signalled: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, _r=None: signalled.append((a.row(), b.row())))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    assert signalled == [(0, 0)] and not resets  # going live: the first row becomes current
    signalled.clear()
    for _ in range(3):
        ws.time_source.advance(1000)
        ws.controller.tick()
    assert signalled == [(0, 0)] * 3  # each second: the current row's actual time
    signalled.clear()
    qtbot.keyClick(ws, Qt.Key.Key_N)
    assert signalled == [(0, 1)]  # the row left and the row entered
    assert ws.run_of_show.cell_text(1, 3) == "0:00"
    assert ws.run_of_show.cell_text(0, 4) == "−0:57"  # planned 1:00, ran 0:03
    ws.close_workspace()


def test_key_columns_show_their_content(main_window, qtbot) -> None:
    main_window.resize(1280, 800)
    ws = _open(main_window, qtbot, make_show(main_window.store))
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    table = ws.run_of_show.table
    for col in (0, 2, 3):
        assert table.columnWidth(col) >= needed_width(table, col), col
    ws.close_workspace()


@pytest.mark.perf
def test_going_live_on_1000_segments_is_quick(main_window, qtbot) -> None:
    ws = _open(main_window, qtbot, _long_show(main_window.store, 1000))
    t0 = time.perf_counter()
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    main_window.repaint()
    took = time.perf_counter() - t0
    assert ws.run_of_show.row_count() == 1000
    assert took < 0.3, f"going live took {took * 1000:.0f} ms"
    ws.close_workspace()


def test_remaining_txt_changes_with_the_countdown_on_screen(main_window, qtbot, tmp_path) -> None:
    opts.put(opts.OBS_TEXT_DIR, str(tmp_path), main_window.ctx.settings)
    ws = _open(main_window, qtbot, make_show(main_window.store))
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    remaining = tmp_path / "remaining.txt"
    label = ws.clock_panel.countdown_label
    # the next segment starts 0.4 s past a whole second of the show clock: its countdown's
    # second edges fall between the show clock's, and the file must follow the countdown
    ws.time_source.advance(400)
    qtbot.keyClick(ws, Qt.Key.Key_N)
    assert remaining.read_text(encoding="utf-8") == "25:00"
    for step in (300, 300, 300, 300, 300, 300, 300):
        ws.time_source.advance(step)
        ws.controller.tick()
        assert remaining.read_text(encoding="utf-8") == label.text()
    ws.close_workspace()


def test_a_failed_write_is_said_once_and_the_files_come_back(main_window, qtbot, tmp_path) -> None:
    blocked = tmp_path / "obs"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    opts.put(opts.OBS_TEXT_DIR, str(blocked), main_window.ctx.settings)
    ws = _open(main_window, qtbot, make_show(main_window.store))
    said: list[str] = []
    ws.controller.status_reported.connect(said.append)
    qtbot.keyClick(ws, Qt.Key.Key_Space)
    for _ in range(3):
        ws.time_source.advance(1000)
        ws.controller.tick()
    problems = [m for m in said if "Could not write the OBS text files" in m]
    assert len(problems) == 1 and str(blocked) in problems[0]  # said once, not every second
    blocked.unlink()  # the folder comes back (a USB stick plugged in again)
    blocked.mkdir()
    ws.time_source.advance(1000)
    ws.controller.tick()
    assert (blocked / "remaining.txt").read_text(encoding="utf-8") == "9:56"  # never switched off
    ws.close_workspace()
