"""A second process holds the store's write lock (BEGIN IMMEDIATE) during a show: every live
action is kept in order, shown as waiting, and committed once the lock is released."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from livestudio.core.db import Store
from livestudio.core.live.clock import ShowClock
from livestudio.core.live.journal import journal_files
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import LiveEvent
from tests.durability.conftest import CHILD, ROOT, child_env
from tests.live.factory import make_show


class LockHolder:
    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), "hold", str(db)],
            cwd=ROOT,
            env=child_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        assert self.proc.stdout.readline().strip() == "HOLDING"

    def release(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write("done\n")
        self.proc.stdin.close()
        assert self.proc.wait(30) == 0
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def _kinds(store: Store, run_id: int) -> list[tuple[str, str]]:
    with store.session() as s:
        return [
            (r.kind, r.payload_json)
            for r in s.scalars(
                select(LiveEvent).where(LiveEvent.run_id == run_id).order_by(LiveEvent.id)
            )
        ]


@pytest.mark.subprocess
def test_actions_during_a_write_lock_wait_in_order_and_are_all_committed(store: Store) -> None:
    ts = FakeTimeSource()
    clock = ShowClock.start_new(store, make_show(store), ts)
    holder = LockHolder(store.path)
    try:
        for i in range(20):
            ts.advance(1000)
            clock.log_viewers(1000 + i)  # no OperationalError reaches the caller
        clock.log_text("comment", "有没有小样?")
        clock.next()
        undo = clock.undo()  # the undo of an action that is itself still waiting
        st = clock.store_status()
        assert st.pending == 23 and st.problem == "busy"
        assert st.journal is not None and st.journal.is_file()
        assert len(st.journal.read_text("utf-8").splitlines()) == 23
        assert clock.view().index == 0  # the show goes on: the screen follows every action
    finally:
        holder.release()
    assert clock.writer.wait_idle(20)
    assert clock.store_status().ok
    rows = _kinds(store, clock.run_id)
    assert [k for k, _p in rows] == ["start", *["viewers"] * 20, "comment", "next", "undo"]
    assert [f'"count": {1000 + i}' in p for i, (_k, p) in enumerate(rows[1:21])] == [True] * 20
    assert journal_files(store.path) == []  # the journal is gone once everything is in
    with store.session() as s:
        undo_row = s.scalars(select(LiveEvent).where(LiveEvent.kind == "undo")).one()
        next_row = s.scalars(select(LiveEvent).where(LiveEvent.kind == "next")).one()
    assert undo_row.target_event_id == next_row.id  # the undo points at the right row
    assert undo.target_event_id is not None
    rebuilt = ShowClock(store, clock.run_id, ts.restarted())
    assert rebuilt.view().index == 0 and len(rebuilt.events) == len(rows)
    rebuilt.close()
    clock.close()


@pytest.mark.subprocess
def test_reopening_a_run_while_its_actions_wait_commits_each_once(store: Store) -> None:
    ts = FakeTimeSource()
    clock = ShowClock.start_new(store, make_show(store), ts)
    holder = LockHolder(store.path)
    try:
        for _ in range(4):
            clock.log_sale(1)
        assert clock.store_status().pending == 4
    finally:
        holder.release()
    # the Live tab opens the same run again (the first clock still has its backlog)
    second = ShowClock(store, clock.run_id, ts)
    assert clock.writer.wait_idle(20)
    assert [k for k, _p in _kinds(store, clock.run_id)] == ["start", *["sale"] * 4]
    second.close()
    clock.close()


@pytest.mark.subprocess
@pytest.mark.perf
def test_the_ui_thread_never_waits_for_the_lock(store: Store) -> None:
    clock = ShowClock.start_new(store, make_show(store), FakeTimeSource())
    holder = LockHolder(store.path)
    try:
        worst = 0.0
        for _ in range(10):
            t = time.perf_counter()
            clock.log_sale(1)
            worst = max(worst, time.perf_counter() - t)
    finally:
        holder.release()
    assert worst < 0.5  # the old live path waited 5 s per action (busy_timeout)
    assert clock.writer.wait_idle(20)
    clock.close()


@pytest.mark.subprocess
def test_a_crash_while_actions_wait_loses_none_of_them(store: Store) -> None:
    ts = FakeTimeSource()
    clock = ShowClock.start_new(store, make_show(store), ts)
    holder = LockHolder(store.path)
    try:
        for _ in range(5):
            ts.advance(1000)
            clock.log_sale(2)
        journal = clock.store_status().journal
        assert journal is not None
        saved = journal.read_text("utf-8")
        clock.writer.abandon()  # the process dies: nothing more is retried
    finally:
        holder.release()
    # a torn last line, as a crash mid-write leaves it
    journal.write_text(saved + '{"key": "torn', "utf-8")
    again = ShowClock(store, clock.run_id, ts.restarted())  # the next start replays the journal
    rows = _kinds(store, clock.run_id)
    assert [k for k, _p in rows] == ["start", *["sale"] * 5]
    assert len(again.events) == 6
    # a second replay (say the journal could not be deleted) commits nothing twice
    journal.write_text(saved, "utf-8")
    ShowClock(store, clock.run_id, ts.restarted()).close()
    assert len(_kinds(store, clock.run_id)) == 6
    again.close()
