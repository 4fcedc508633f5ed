"""Live actions are never dropped: the writer commits each action at once when the store takes
it, and otherwise keeps it, in order, in memory and in a durable journal file, retries off the
calling thread and commits the backlog in order as soon as the store is writable again.

- The live connection never waits for a lock (busy_timeout=0) and syncs every commit
  (synchronous=FULL): an action is either on disk in the store, or waiting in the journal.
- The journal (`<store>.journal-run<N>-<token>.jsonl`, JSON lines, fsynced) lives beside the store;
  when that folder cannot be written (a full or read-only disk) a fallback folder is used, and
  when no file can be written the backlog is kept in memory and the status says so.
- Every journaled action carries a client key, stored with its row, so replaying a journal after
  a crash never commits an action twice.
- `status()` is what the host sees: how many actions wait, and why (busy, disk full on which
  drive, read-only).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import sqlite3
import tempfile
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from livestudio.core.db import StoreState, classify_sqlite_error, drive_of
from livestudio.core.live.lease import LEASE_TTL

log = logging.getLogger("livestudio.live")

RETRY_FIRST_S = 0.25
RETRY_MAX_S = 2.0
CHECKPOINT_EVERY = 500  # live commits between two background WAL checkpoints


def sql_time(dt: datetime) -> str:
    """A UTC datetime as SQLAlchemy stores a `UTCDateTime` in SQLite."""
    return dt.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _digest(db_path: Path) -> str:
    return hashlib.sha1(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:12]


def fallback_journal_dir(db_path: Path) -> Path:
    """Where the journal goes when the store's folder cannot be written (a full or read-only
    disk): a per-store folder in the user's data folder (kept across a reboot)."""
    from livestudio.core import paths

    return paths.data_dir() / "journal" / _digest(db_path)


def journal_dirs(db_path: Path) -> list[Path]:
    """Beside the store, then the data folder, then the temp folder (lost at a reboot on some
    systems, but better than memory only)."""
    return [
        Path(db_path).parent,
        fallback_journal_dir(db_path),
        Path(tempfile.gettempdir()) / "livestudio-journal" / _digest(db_path),
    ]


def _journal_glob(db_path: Path) -> str:
    return f"{Path(db_path).name}.journal-*.jsonl"


@dataclass
class PendingAction:
    """One live action on its way to the store."""

    key: str  # client key: unique, stored with the row
    temp_id: int  # the negative id the clock uses for it until it is committed
    run_id: int
    kind: str
    offset_ms: int
    wall_utc: datetime
    payload: dict[str, Any]
    target: int | None = None  # a committed event id
    target_key: str | None = None  # or the client key of an action committed with it
    boot_id: str | None = None
    boot_ms: int | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "key": self.key,
                "run_id": self.run_id,
                "kind": self.kind,
                "offset_ms": self.offset_ms,
                "wall_utc": self.wall_utc.isoformat(),
                "payload": self.payload,
                "target": self.target,
                "target_key": self.target_key,
                "boot_id": self.boot_id,
                "boot_ms": self.boot_ms,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, line: str, temp_id: int = 0) -> PendingAction:
        d = json.loads(line)
        return cls(
            key=str(d["key"]),
            temp_id=temp_id,
            run_id=int(d["run_id"]),
            kind=str(d["kind"]),
            offset_ms=int(d["offset_ms"]),
            wall_utc=datetime.fromisoformat(d["wall_utc"]),
            payload=dict(d.get("payload") or {}),
            target=d.get("target"),
            target_key=d.get("target_key"),
            boot_id=d.get("boot_id"),
            boot_ms=d.get("boot_ms"),
        )


# Journal files of the writers alive in this process: a replay leaves them to their writer
# (committing them twice would duplicate actions).
_ACTIVE_JOURNALS: set[str] = set()
_ACTIVE_LOCK = threading.Lock()


class RunNotLive(Exception):
    """The run was ended (or deleted) elsewhere: nothing more can be logged to it."""


@dataclass(frozen=True)
class WriterStatus:
    pending: int  # actions not in the store yet
    problem: str | None  # None, "busy", "disk_full", "read_only", "error"
    drive: str  # the drive or mount point of the store (for "free space on ...")
    detail: str  # the store's own words, for the log and a tooltip
    journal: Path | None  # the file holding the backlog (None: in memory only)
    ended_elsewhere: bool = False

    @property
    def ok(self) -> bool:
        return self.pending == 0 and self.problem is None and not self.ended_elsewhere


_PROBLEMS = {
    StoreState.LOCKED: "busy",
    StoreState.DISK_FULL: "disk_full",
    StoreState.READ_ONLY: "read_only",
}

_INSERT = (
    "INSERT INTO live_event (run_id, kind, offset_ms, wall_utc, payload_json, target_event_id,"
    " boot_id, boot_ms, client_key) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?"
    " WHERE EXISTS (SELECT 1 FROM live_run WHERE id = ? AND status = 'live')"
)


def connect_live(db_path: Path) -> sqlite3.Connection:
    """A connection for the live log: autocommit (we say BEGIN), no busy wait, every commit
    synced (in WAL mode FULL syncs the WAL at each commit, so a power cut keeps it)."""
    con = sqlite3.connect(str(db_path), timeout=0, isolation_level=None, check_same_thread=False)
    con.execute("PRAGMA busy_timeout=0")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    # Checkpoints (which sync the main file too) run on a worker, not inside a live commit:
    # see LiveWriter._after_commit.
    con.execute("PRAGMA wal_autocheckpoint=0")
    return con


def checkpoint(db_path: Path) -> None:
    """A passive WAL checkpoint on its own connection (never blocks the live writer)."""
    try:
        con = sqlite3.connect(str(db_path), timeout=0, isolation_level=None)
        try:
            con.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            con.close()
    except sqlite3.Error as exc:
        log.info("checkpoint of %s skipped: %s", db_path, exc)


def commit_action(con: sqlite3.Connection, a: PendingAction, keys: dict[str, int]) -> int:
    """One action in one transaction; returns its event id. Raises sqlite3 errors as they come
    and `RunNotLive` when the run was ended elsewhere."""
    target = a.target
    if target is None and a.target_key is not None:
        target = keys.get(a.target_key)
    con.execute("BEGIN IMMEDIATE")
    try:
        cur = con.execute(
            _INSERT,
            (
                a.run_id,
                a.kind,
                a.offset_ms,
                sql_time(a.wall_utc),
                json.dumps(a.payload, ensure_ascii=False),
                target,
                a.boot_id,
                a.boot_ms,
                a.key or None,
                a.run_id,
            ),
        )
        if cur.rowcount != 1:
            raise RunNotLive(a.run_id)
        event_id = int(cur.lastrowid or 0)
        if a.kind == "end":
            wall = sql_time(a.wall_utc)
            con.execute(
                "UPDATE live_run SET status='ended', ended_at=?, lease_owner=NULL,"
                " lease_heartbeat_utc=NULL WHERE id=?",
                (wall, a.run_id),
            )
            con.execute(
                "UPDATE show SET status='ended' WHERE id=(SELECT show_id FROM live_run WHERE id=?)"
                " AND status IN ('draft', 'ready', 'live')",
                (a.run_id,),
            )
        elif a.kind == "mode":
            mode = "auto" if a.payload.get("mode") == "auto" else "manual"
            con.execute("UPDATE live_run SET advance_mode=? WHERE id=?", (mode, a.run_id))
        con.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            con.execute("ROLLBACK")
        raise
    if a.key:
        keys[a.key] = event_id
    return event_id


class LiveWriter:
    """Commits one run's actions in order; see the module docstring.

    `submit` is called from one thread (the UI thread): it commits at once when nothing is
    waiting and the store takes the write without waiting, otherwise it queues. A background
    thread runs only while something waits.
    """

    def __init__(
        self,
        db_path: Path,
        run_id: int,
        *,
        dirs: list[Path] | None = None,
        lease_owner: str | None = None,
        wall: Callable[[], datetime] = lambda: datetime.now(UTC),
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        self.run_id = run_id
        self.dirs = dirs if dirs is not None else journal_dirs(self.db_path)
        self.lease_owner = lease_owner
        self._wall = wall
        self._on_change = on_change
        self._token = uuid.uuid4().hex[:10]
        self._seq = 0
        self._temp = 0
        self._queue: deque[PendingAction] = deque()
        self._qlock = threading.Lock()
        self._dblock = threading.Lock()
        self._wake = threading.Condition(self._qlock)
        self._thread: threading.Thread | None = None
        self._closing = False
        self._keys: dict[str, int] = {}  # client key -> event id, for undo targets
        self._temp_ids: dict[int, int] = {}  # temp id -> event id once committed
        self._journal: Path | None = None
        self._journal_failed = False
        self._problem: str | None = None
        self._detail = ""
        self._ended_elsewhere = False
        self._drive = drive_of(self.db_path)
        self._con: sqlite3.Connection | None = None
        self._last_beat = 0.0
        self._since_checkpoint = 0
        self._checkpointing: threading.Thread | None = None
        with _ACTIVE_LOCK:
            _ACTIVE_JOURNALS.add(self._journal_name())

    # ---- ids ----------------------------------------------------------------------------
    def new_key(self) -> str:
        self._seq += 1
        return f"{self._token}-{self._seq}"

    def new_temp_id(self) -> int:
        self._temp -= 1
        return self._temp

    def real_id(self, event_id: int) -> int | None:
        """The store's id for an event id the clock holds (a negative id until committed)."""
        if event_id > 0:
            return event_id
        return self._temp_ids.get(event_id)

    def target_for(self, event_id: int | None) -> tuple[int | None, str | None]:
        """(target, target_key) for an undo of `event_id`."""
        if event_id is None:
            return None, None
        real = self.real_id(event_id)
        if real is not None:
            return real, None
        with self._qlock:
            for a in self._queue:
                if a.temp_id == event_id:
                    return None, a.key
        return None, None

    # ---- status -------------------------------------------------------------------------
    def status(self) -> WriterStatus:
        with self._qlock:
            return WriterStatus(
                pending=len(self._queue),
                problem=self._problem,
                drive=self._drive,
                detail=self._detail,
                journal=self._journal if self._queue else None,
                ended_elsewhere=self._ended_elsewhere,
            )

    @property
    def ended_elsewhere(self) -> bool:
        return self._ended_elsewhere

    def _changed(self) -> None:
        if self._on_change is not None:
            try:
                self._on_change()
            except Exception:  # a listener must not stop the writer
                log.exception("live writer status listener failed")

    # ---- the connection ------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            self._con = connect_live(self.db_path)
        return self._con

    def disconnect(self) -> None:
        """Close the live connection (it reopens at the next write)."""
        with self._dblock:
            self._drop_connection()

    def _drop_connection(self) -> None:
        if self._con is not None:
            with contextlib.suppress(sqlite3.Error):
                self._con.close()
            self._con = None

    def _problem_of(self, exc: BaseException) -> str:
        state = classify_sqlite_error(exc, self.db_path)
        return _PROBLEMS.get(state, "error")

    # ---- submitting ---------------------------------------------------------------------
    def submit(self, a: PendingAction) -> int | None:
        """Commit now (returns the event id) or queue it (returns None). Raises `RunNotLive`
        when the run was ended elsewhere (the action is not kept)."""
        if self._ended_elsewhere:
            raise RunNotLive(self.run_id)
        with self._qlock:
            if self._queue or not self._dblock.acquire(blocking=False):
                self._enqueue_locked(a)
                return None
        changed = False
        try:
            try:
                event_id = commit_action(self._connection(), a, self._keys)
            except RunNotLive:
                self._ended_elsewhere = True
                changed = True
                raise
            except sqlite3.Error as exc:
                self._drop_connection()
                with self._qlock:
                    self._problem, self._detail = self._problem_of(exc), str(exc)
                    self._enqueue_locked(a)
                changed = True
                log.warning("live action %s kept for later: %s", a.kind, exc)
                return None
            self._temp_ids[a.temp_id] = event_id
            self._after_commit()
            if self._problem is not None:
                with self._qlock:
                    self._problem, self._detail = None, ""
                changed = True
            return event_id
        finally:
            self._dblock.release()
            if changed:
                self._changed()

    def _after_commit(self) -> None:
        self._since_checkpoint += 1
        if self._since_checkpoint < CHECKPOINT_EVERY:
            return
        if self._checkpointing is not None and self._checkpointing.is_alive():
            return
        self._since_checkpoint = 0
        self._checkpointing = threading.Thread(
            target=checkpoint, args=(self.db_path,), name="live-checkpoint", daemon=True
        )
        self._checkpointing.start()

    def _enqueue_locked(self, a: PendingAction) -> None:
        if not a.key:
            a.key = self.new_key()
        self._queue.append(a)
        self._mirror(a)
        self._ensure_thread_locked()
        self._wake.notify_all()

    def adopt(self, actions: Iterable[PendingAction]) -> None:
        """Queue actions found in a journal at start-up (already mirrored in their file)."""
        with self._qlock:
            for a in actions:
                self._queue.append(a)
                self._mirror(a)
            if self._queue:
                self._ensure_thread_locked()
                self._wake.notify_all()

    # ---- the journal --------------------------------------------------------------------
    def _mirror(self, a: PendingAction) -> None:
        line = a.to_json() + "\n"
        candidates = [self._journal] if self._journal is not None else []
        candidates += [d / self._journal_name() for d in self.dirs]
        for path in candidates:
            if path is None:
                continue
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                fresh = self._journal != path
                with path.open("a", encoding="utf-8") as fh:
                    if fresh:  # moving to another folder: it must hold the whole backlog
                        fh.writelines(q.to_json() + "\n" for q in self._queue if q is not a)
                    fh.write(line)
                    fh.flush()
                    os.fsync(fh.fileno())
                if fresh and self._journal is not None:
                    log.warning("live journal moved from %s to %s", self._journal, path)
                self._journal = path
                self._journal_failed = False
                return
            except OSError as exc:
                log.warning("cannot write the live journal %s: %s", path, exc)
                if path == self._journal:
                    self._journal = None
        self._journal_failed = True
        self._journal = None

    def _journal_name(self) -> str:
        return f"{self.db_path.name}.journal-run{self.run_id}-{self._token}.jsonl"

    def _forget_journal_locked(self) -> None:
        for d in self.dirs:
            with contextlib.suppress(OSError):
                (d / self._journal_name()).unlink()
        self._journal = None

    # ---- the background retry -----------------------------------------------------------
    def _ensure_thread_locked(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(
                target=self._run, name=f"live-writer-{self.run_id}", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        delay = RETRY_FIRST_S
        while True:
            with self._qlock:
                if not self._queue:
                    self._thread = None
                    return
                if self._closing:
                    self._thread = None
                    return
                self._wake.wait(delay)
                if self._closing:
                    self._thread = None
                    return
            progressed = self.flush_once()
            delay = RETRY_FIRST_S if progressed else min(RETRY_MAX_S, delay * 2)

    def flush_once(self) -> bool:
        """Try to commit the backlog in order (any thread). True when the backlog emptied."""
        if not self._dblock.acquire(blocking=False):
            return False
        changed = False
        try:
            while True:
                with self._qlock:
                    if not self._queue:
                        break
                    a = self._queue[0]
                try:
                    event_id = commit_action(self._connection(), a, self._keys)
                except RunNotLive:
                    self._ended_elsewhere = True
                    with self._qlock:
                        self._reject_locked()
                    changed = True
                    return True
                except sqlite3.Error as exc:
                    self._drop_connection()
                    problem = self._problem_of(exc)
                    with self._qlock:
                        if (problem, str(exc)) != (self._problem, self._detail):
                            changed = True
                        self._problem, self._detail = problem, str(exc)
                    return False
                with self._qlock:
                    self._queue.popleft()
                    self._temp_ids[a.temp_id] = event_id
                    changed = True
                self._after_commit()
            with self._qlock:
                if self._problem is not None:
                    log.info("live store writable again; backlog committed")
                self._problem, self._detail = None, ""
                self._forget_journal_locked()
            self._beat_locked_db()
            return True
        finally:
            self._dblock.release()
            if changed:
                self._changed()

    def _reject_locked(self) -> None:
        """The run ended elsewhere: the backlog cannot be logged; keep it in a file to read."""
        if not self._queue:
            return
        rejected = self.db_path.with_name(f"{self.db_path.name}.journal-rejected.jsonl")
        try:
            with rejected.open("a", encoding="utf-8") as fh:
                fh.writelines(a.to_json() + "\n" for a in self._queue)
        except OSError as exc:
            log.error("could not keep %d actions for an ended run: %s", len(self._queue), exc)
        log.error(
            "run %s was ended elsewhere; %d actions kept in %s",
            self.run_id,
            len(self._queue),
            rejected,
        )
        self._queue.clear()
        self._forget_journal_locked()

    # ---- the lease heartbeat -------------------------------------------------------------
    def heartbeat(self, every_s: float = 5.0, force: bool = False) -> None:
        """Renew the lease (cheap; skipped when done less than `every_s` ago or the store is
        busy). Notices a run ended elsewhere."""
        if self.lease_owner is None:
            return
        now = time.monotonic()
        if not force and now - self._last_beat < every_s:
            return
        if not self._dblock.acquire(blocking=False):
            return
        try:
            self._beat_locked_db()
        finally:
            self._dblock.release()

    def _beat_locked_db(self) -> None:
        if self.lease_owner is None:
            return
        self._last_beat = time.monotonic()
        try:
            con = self._connection()
            row = con.execute("SELECT status FROM live_run WHERE id=?", (self.run_id,)).fetchone()
            if row is None or row[0] != "live":
                if not self._ended_elsewhere:
                    self._ended_elsewhere = True
                    self._changed()
                return
            now = self._wall()
            # Renew ours; or take a lease that is free or stale (it could not be taken at the
            # start because the store was busy). Never take over a fresh foreign lease.
            con.execute(
                "UPDATE live_run SET lease_owner=?, lease_heartbeat_utc=? WHERE id=? AND"
                " (lease_owner=? OR lease_owner IS NULL OR lease_heartbeat_utc IS NULL"
                " OR lease_heartbeat_utc < ?)",
                (
                    self.lease_owner,
                    sql_time(now),
                    self.run_id,
                    self.lease_owner,
                    sql_time(now - LEASE_TTL),
                ),
            )
        except sqlite3.Error as exc:
            self._drop_connection()
            log.info("lease heartbeat skipped: %s", exc)

    # ---- closing ------------------------------------------------------------------------
    def wait_idle(self, timeout_s: float) -> bool:
        """Wait (tests, closing) until the backlog is committed; True if it was."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self._qlock:
                if not self._queue:
                    return True
                self._wake.notify_all()
            self.flush_once()
            with self._qlock:
                if not self._queue:
                    return True
            time.sleep(0.02)
        with self._qlock:
            return not self._queue

    def abandon(self) -> None:
        """Stop at once as a killed process would: no retry, no lease release; what waits stays
        in the journal for the next start (tests simulate a crash in-process with it)."""
        with self._qlock:
            self._closing = True
            self._wake.notify_all()
        with _ACTIVE_LOCK:
            _ACTIVE_JOURNALS.discard(self._journal_name())

    def close(self, release_lease: bool = True) -> WriterStatus:
        """Stop retrying (what still waits stays in the journal for the next start), give the
        lease back, close the connection. Returns the status at closing."""
        self.flush_once()
        with self._qlock:
            self._closing = True
            self._wake.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(2.0)
        if self._checkpointing is not None:
            self._checkpointing.join(2.0)
        st = self.status()
        with _ACTIVE_LOCK:
            _ACTIVE_JOURNALS.discard(self._journal_name())
        with self._dblock:
            if release_lease and self.lease_owner is not None:
                try:
                    self._connection().execute(
                        "UPDATE live_run SET lease_owner=NULL, lease_heartbeat_utc=NULL"
                        " WHERE id=? AND lease_owner=?",
                        (self.run_id, self.lease_owner),
                    )
                except sqlite3.Error as exc:
                    log.info("lease not released (it expires by itself): %s", exc)
            self._drop_connection()
        return st


# ---- replay at start-up -------------------------------------------------------------------
@dataclass
class JournalReplay:
    committed: int = 0  # actions the store did not have, now committed
    already: int = 0  # actions the store already had (committed before the crash)
    waiting: list[PendingAction] = field(default_factory=list)  # still not committable
    files: list[Path] = field(default_factory=list)


def journal_files(db_path: Path, dirs: list[Path] | None = None) -> list[Path]:
    out: list[Path] = []
    for d in dirs if dirs is not None else journal_dirs(db_path):
        with contextlib.suppress(OSError):
            out.extend(sorted(d.glob(_journal_glob(db_path))))
    return [p for p in out if "journal-rejected" not in p.name]


def read_journal(path: Path) -> list[PendingAction]:
    out: list[PendingAction] = []
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        log.error("cannot read the live journal %s: %s", path, exc)
        return out
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            out.append(PendingAction.from_json(line))
        except (ValueError, KeyError, TypeError):
            log.warning("skipped a torn line in %s", path)  # the last line of a crash
    return out


def replay_journals(
    db_path: Path,
    run_id: int | None = None,
    dirs: list[Path] | None = None,
    skip_run: Callable[[int], bool] | None = None,
) -> JournalReplay:
    """Commit, in order, the journaled actions the store does not have yet (for one run or all);
    delete each journal file once every action in it is in the store. Actions that still cannot
    be committed (the store is still busy or full) are returned in `waiting`, their files kept.
    Journals of writers alive in this process, and runs `skip_run` says another process drives,
    are left to their writer."""
    result = JournalReplay()
    with _ACTIVE_LOCK:
        active = set(_ACTIVE_JOURNALS)
    files = [f for f in journal_files(db_path, dirs) if f.name not in active]
    if skip_run is not None:
        skipped: dict[int, bool] = {}
        kept = []
        for f in files:
            m = re.search(r"\.journal-run(\d+)-", f.name)
            r = int(m.group(1)) if m else -1
            if r not in skipped:
                skipped[r] = r >= 0 and skip_run(r)
            if not skipped[r]:
                kept.append(f)
        files = kept
    if not files:
        return result
    try:
        con = connect_live(db_path)
    except sqlite3.Error as exc:
        log.error("cannot replay the live journal into %s: %s", db_path, exc)
        for f in files:
            result.waiting.extend(a for a in read_journal(f) if run_id in (None, a.run_id))
        return result
    try:
        for f in files:
            actions = [a for a in read_journal(f) if run_id in (None, a.run_id)]
            if not actions:
                continue
            result.files.append(f)
            runs = {a.run_id for a in actions}
            keys: dict[str, int] = {}
            for r in runs:
                for key, eid in con.execute(
                    "SELECT client_key, id FROM live_event WHERE run_id=? AND client_key IS NOT NULL",
                    (r,),
                ):
                    keys[str(key)] = int(eid)
            stuck = False
            for a in actions:
                if a.key in keys:
                    result.already += 1
                    continue
                if stuck:
                    result.waiting.append(a)
                    continue
                try:
                    commit_action(con, a, keys)
                    result.committed += 1
                except RunNotLive:
                    log.error("journaled %s for run %s, which is no longer live", a.kind, a.run_id)
                except sqlite3.Error as exc:
                    log.warning("journal replay stopped: %s", exc)
                    stuck = True
                    result.waiting.append(a)
            if not stuck and (run_id is None or all(a.run_id == run_id for a in read_journal(f))):
                with contextlib.suppress(OSError):
                    f.unlink()
    finally:
        con.close()
    return result
