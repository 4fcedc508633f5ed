"""A show driven against a real OBS: Go live starts the stream, N switches the scene the next
segment names, a dropped ingest is logged as an incident and so is the recovery, and End show
asks before stopping the stream."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from livestudio import settings as opts
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import LiveEvent, Segment
from tests.live.factory import make_show

from .conftest import Ingest, RealObs


def _log_texts(store: Any, run_id: int) -> list[str]:
    import json

    with store.session() as s:
        rows = s.scalars(
            select(LiveEvent).where(LiveEvent.run_id == run_id, LiveEvent.kind == "incident")
        ).all()
        return [json.loads(r.payload_json).get("text", "") for r in rows]


def test_run_of_show_drives_obs_and_the_stream_health_reaches_the_log(
    main_window: Any,
    qtbot: Any,
    real_obs: RealObs,
    ingest: Ingest,
    monkeypatch: Any,
    tmp_path: Any,
    caplog: Any,
) -> None:
    import logging

    caplog.set_level(logging.DEBUG, logger="livestudio")
    store = main_window.store
    monkeypatch.setenv("LIVESTUDIO_OBS_PASSWORD", real_obs.password)
    opts.put(opts.OBS_URL, real_obs.url, main_window.settings)
    show_id = make_show(store)
    with store.transaction() as s:
        segs = s.scalars(
            select(Segment).where(Segment.show_id == show_id).order_by(Segment.position)
        ).all()
        segs[0].obs_scene, segs[1].obs_scene = "Opening", "Showcase"
    main_window.ctx.shows_changed.emit()
    main_window.show_workspace("live")
    ws = main_window.workspace("live")
    ws.attach_obs()
    assert ws.obs is not None
    link = ws.obs.link
    qtbot.waitUntil(lambda: link.connected, timeout=10_000)
    ws.time_source = FakeTimeSource()
    ws.controller.timer.stop()
    ws.chime.count_only()
    ws.toolbar.show_combo.setCurrentIndex(ws.toolbar.show_combo.findData(show_id))
    ws.obs.stream_check.setChecked(True)  # saved with the show
    assert ws.controller.service.obs_options(show_id) == (True, False)
    main_window.activateWindow()
    ws.setFocus()
    link.set_scene("Q&A")
    qtbot.waitUntil(lambda: link.current_scene == "Q&A", timeout=3000)
    try:
        qtbot.keyClick(ws, Qt.Key.Key_Space)  # Go live
        qtbot.waitUntil(lambda: link.current_scene == "Opening", timeout=3000)
        qtbot.waitUntil(lambda: link.health.live, timeout=15_000)
        started = time.monotonic()
        qtbot.keyClick(ws, Qt.Key.Key_N)
        qtbot.waitUntil(lambda: link.current_scene == "Showcase", timeout=2000)
        assert time.monotonic() - started < 0.5
        qtbot.keyClick(ws, Qt.Key.Key_O)  # hold: the next segment leaves the scene alone
        qtbot.keyClick(ws, Qt.Key.Key_P)
        qtbot.wait(300)
        assert link.current_scene == "Showcase"
        qtbot.keyClick(ws, Qt.Key.Key_O)  # follow again: back to the segment's scene
        qtbot.waitUntil(lambda: link.current_scene == "Opening", timeout=2000)

        run_id = ws.controller.clock.run_id
        ingest.kill()
        qtbot.waitUntil(lambda: "Stream reconnecting" in _log_texts(store, run_id), timeout=10_000)
        ingest.start()
        qtbot.waitUntil(
            lambda: any(t.startswith("Stream recovered after") for t in _log_texts(store, run_id)),
            timeout=40_000,
        )
        ws.end_or_summary()
        box = ws.end_question
        assert box is not None
        box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: ws.obs.bridge.stop_question is not None, timeout=5000)
        question = ws.obs.bridge.stop_question
        assert "streaming" in question.text()
        question.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: not link.health.live, timeout=15_000)
    finally:
        if link.health.live:
            link.stop_stream()
            qtbot.waitUntil(lambda: not link.health.live, timeout=15_000)
        if ws.summary_dialog is not None:
            ws.summary_dialog.close()
        ws.close_workspace()
        link.stop()
    _password_is_nowhere(store, real_obs.password, tmp_path)
    assert "livestudio.obs" in {r.name for r in caplog.records}  # the link did log
    assert real_obs.password not in caplog.text


def _password_is_nowhere(store: Any, password: str, tmp_path: Any) -> None:
    """The OBS password never reaches the store, its journal, the log or an export."""
    from pathlib import Path

    from livestudio.core import paths
    from livestudio.core.review.service import ReviewService
    from livestudio.reports import review_report

    secret = password.encode()
    show_id = ReviewService(store).shows()[0].id
    report = tmp_path / "review.xlsx"
    review_report.export(ReviewService(store), show_id, report)
    files = [Path(str(store.path) + sfx) for sfx in ("", "-wal", "-journal")]
    files += list(paths.log_dir().glob("*.log*")) + [report]
    files += list(Path(store.path).parent.glob("*.journal*"))
    checked = [f for f in files if f.exists()]
    assert report in checked and Path(store.path) in checked
    leaked = [str(f) for f in checked if secret in f.read_bytes()]
    assert not leaked, f"the OBS password is in {leaked}"
