"""What the host sees: the start-up question for each store state (real message box), the
"not saved yet" banner over a real busy store, and the resume question with its gap."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from livestudio.core import db
from livestudio.core.live.clock import OpenRun, ShowClock
from livestudio.core.live.journal import WriterStatus
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import Product
from livestudio.ui import startup
from livestudio.ui.live.resume import ResumeDialog
from livestudio.ui.live.store_status import StoreStatusBanner
from tests.durability.conftest import CHILD, ROOT, child_env
from tests.live.factory import make_show

MIN = 60_000


def _good_backup(folder: Path) -> Path:
    store = db.open_store(folder / "seed.sqlite3")
    with store.transaction() as s:
        s.add(Product(sku="TEA-1", name="明前龙井 Longjing tea"))
    dest = store.backup_to(folder / "backups" / "shop-daily-20261130-090000.sqlite3")
    store.close()
    return dest


def test_an_empty_store_offers_the_newest_good_backup_in_a_real_dialog(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"")
    _good_backup(tmp_path)
    monkeypatch.setattr(startup, "backup_dirs", lambda: [tmp_path / "backups"])
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.windowTitle())
        seen.append(box.text())
        labels = [b.text() for b in box.findChildren(QPushButton)]
        seen.extend(labels)
        button = next(b for b in box.findChildren(QPushButton) if b.text().startswith("Restore"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    store = startup.open_store_interactively(path)
    assert store is not None
    with store.session() as s:
        assert [p.sku for p in s.query(Product)] == ["TEA-1"]  # the data is back
    store.close()
    assert seen[0] == "The database is empty"
    assert "0 bytes" in seen[1] and "shop-daily-20261130-090000.sqlite3" in seen[1]
    assert {"Restore newest good backup", "Start with an empty store", "Quit"} <= set(seen[2:])
    kept = list(tmp_path.glob("shop.sqlite3.replaced-*"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0  # what was there is kept


@pytest.mark.subprocess
def test_a_locked_store_asks_to_try_again_and_then_opens(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "shop.sqlite3"
    db.open_store(path).close()
    monkeypatch.setattr(startup, "backup_dirs", lambda: [tmp_path / "backups"])
    code = (
        "import sqlite3,sys;c=sqlite3.connect(sys.argv[1],isolation_level=None);"
        "c.execute('PRAGMA locking_mode=EXCLUSIVE');c.execute('BEGIN EXCLUSIVE');"
        "print('HOLDING',flush=True);sys.stdin.readline();c.execute('COMMIT')"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "HOLDING"
    asked: list[startup.Question] = []

    def ask(q: startup.Question) -> str:
        asked.append(q)
        assert proc.stdin is not None
        proc.stdin.write("\n")  # the other program finishes ...
        proc.stdin.close()
        proc.wait(30)
        return "retry"  # ... and the user presses "Try again"

    store = startup.open_store_interactively(path, ask)
    assert proc.stdout is not None
    proc.stdout.close()
    assert store is not None
    store.close()
    assert [q.title for q in asked] == ["The database is in use"]
    assert [c.key for c in asked[0].choices] == ["retry", "quit"]


def test_every_state_has_its_own_title_and_choices(tmp_path: Path) -> None:
    titles = set()
    for state in (
        db.StoreState.EMPTY,
        db.StoreState.DAMAGED,
        db.StoreState.FOREIGN,
        db.StoreState.NEWER,
        db.StoreState.LOCKED,
        db.StoreState.READ_ONLY,
        db.StoreState.DISK_FULL,
        db.StoreState.UNREADABLE,
    ):
        q = startup.question_for(db.StoreError(tmp_path / "x.sqlite3", "why", [], state))
        titles.add(q.title)
        assert q.choices[-1].key == "quit"
        assert q.text.startswith("why")
    assert len(titles) == 8


def test_damaged_store_without_a_good_backup_is_left_alone(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "shop.sqlite3"
    store = db.open_store(path)
    with store.transaction() as s:
        for i in range(300):
            s.add(Product(sku=f"S{i}", name="x" * 200))
    store.close()
    data = bytearray(path.read_bytes())
    for off in range(4096 * 2, len(data) - 100, 997):  # scribble over pages, keep the header
        data[off : off + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    junk = tmp_path / "backups" / "shop-daily-20261130-090000.sqlite3"
    junk.parent.mkdir()
    junk.write_bytes(b"")  # an empty "backup" is not offered
    monkeypatch.setattr(startup, "backup_dirs", lambda: [tmp_path / "backups"])
    asked: list[startup.Question] = []

    def ask(q: startup.Question) -> str:
        asked.append(q)
        return "quit"

    assert startup.open_store_interactively(path, ask) is None
    assert asked[0].title == "The database is damaged"
    assert "No good backup was found" in asked[0].text
    assert [c.key for c in asked[0].choices] == ["quit"]
    assert path.read_bytes() == damaged


@pytest.mark.subprocess
def test_banner_tells_the_host_what_waits_on_a_busy_store(qtbot, store) -> None:
    banner = StoreStatusBanner()
    qtbot.addWidget(banner)
    banner.show()
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    banner.update_status(clock.store_status())
    assert banner.isHidden()
    holder = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(store.path)],
        cwd=ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "HOLDING"
    try:
        for _ in range(3):
            clock.log_sale(1)
        banner.update_status(clock.store_status())
        assert banner.isVisible()
        assert banner.text() == "Not saved yet — retrying (3 actions waiting)."
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(30)
        holder.stdout.close()
    assert clock.writer.wait_idle(20)
    banner.update_status(clock.store_status())
    assert banner.isHidden()
    clock.close()


def test_banner_texts_for_a_full_disk_and_memory_only(qtbot, tmp_path: Path) -> None:
    banner = StoreStatusBanner()
    qtbot.addWidget(banner)
    banner.show()
    banner.update_status(
        WriterStatus(4, "disk_full", "/media/usb", "database or disk is full", tmp_path / "j.jsonl")
    )
    assert banner.text() == "Free space on /media/usb; the show goes on, 4 actions waiting."
    assert banner.label.toolTip() == "database or disk is full"
    banner.update_status(WriterStatus(2, "read_only", "/media/usb", "", None))
    assert "read-only" in banner.text() and "memory only" in banner.text()
    banner.update_status(WriterStatus(0, None, "/", "", None, ended_elsewhere=True))
    assert "ended elsewhere" in banner.text()


def _run(**kw: object) -> OpenRun:
    base = dict(
        run_id=1,
        show_id=1,
        title="双11美妆专场 Beauty night",
        running_ms=68 * MIN + 30_000,
        last_event_wall=datetime(2026, 11, 25, 12, 0, tzinfo=UTC),
        stale=False,
        last_offset_ms=8 * MIN + 30_000,
        gap_ms=60 * MIN,
        gap_source="wall",
        running=True,
    )
    base.update(kw)
    return OpenRun(**base)  # type: ignore[arg-type]


def test_resume_question_shows_an_assumed_gap_and_takes_a_correction(qtbot) -> None:
    dlg = ResumeDialog(_run())
    qtbot.addWidget(dlg)
    dlg.show()
    text = dlg.text_label.text()
    assert "1:00:00 ago" in text and "8:30" in text and "1:08:30" in text
    assert "taken from the wall clock and may be wrong" in text
    assert dlg.gap_edit is not None and dlg.gap_edit.text() == "1:00:00"
    dlg.gap_edit.selectAll()
    qtbot.keyClicks(dlg.gap_edit, "two minutes")
    qtbot.mouseClick(dlg.resume_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.error_label.text()  # not a duration: it says so, stays open
    dlg.gap_edit.selectAll()
    qtbot.keyClicks(dlg.gap_edit, "2:00")
    qtbot.mouseClick(dlg.resume_button, Qt.MouseButton.LeftButton)
    assert dlg.choice == "resume" and dlg.downtime_ms == 2 * MIN


def test_resume_question_for_a_48_hour_pause_offers_resume(qtbot) -> None:
    dlg = ResumeDialog(_run(running=False, gap_ms=48 * 60 * MIN, stale=True, gap_source="boot"))
    qtbot.addWidget(dlg)
    dlg.show()
    assert "48:00:00 ago" in dlg.text_label.text() and "paused" in dlg.text_label.text()
    assert dlg.gap_edit is None and dlg.resume_button.isEnabled()
    qtbot.mouseClick(dlg.end_button, Qt.MouseButton.LeftButton)
    assert dlg.choice == "end"


@pytest.mark.subprocess
def test_a_run_another_process_drives_is_reported_not_offered(main_window, monkeypatch) -> None:
    from livestudio.ui.live import integration

    store = main_window.store
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    run_id = clock.run_id
    clock.close()  # this window does not drive it ...
    driver = subprocess.Popen(  # ... another LiveStudio does
        [sys.executable, str(CHILD), "drive", str(store.path), str(run_id)],
        cwd=ROOT,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    told: list[tuple[str, str]] = []
    offered: list[int] = []
    monkeypatch.setattr(integration, "tell", lambda _w, title, text: told.append((title, text)))
    monkeypatch.setattr(
        integration, "choose_resume", lambda _w, run: offered.append(run.run_id) or ("later", None)
    )
    try:
        assert driver.stdout is not None and driver.stdout.readline().strip() == "DRIVING"
        main_window.after_show()
    finally:
        assert driver.stdin is not None
        driver.stdin.close()
        driver.wait(30)
        if driver.stdout is not None:
            driver.stdout.close()
    assert offered == []
    assert told and told[0][0] == "A show is live in another window"
    assert "is being driven by another LiveStudio window" in told[0][1]
