"""The local store: probe a file before touching it, open (migrating after a backup), restore.

`probe_store(path)` says what a file is — ready, missing, empty (0 bytes), locked, read-only,
disk full, not a LiveStudio file, newer schema, damaged (only after `PRAGMA integrity_check`
fails) or unreadable — and `open_store` raises a `StoreError` carrying that `state`, so the GUI
and the CLI each present their own message and choices. Opening never overwrites or replaces a
file it cannot read, and a restore never leaves less than there was.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from livestudio.core.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a migration has to run: importing it costs about half a
# second at every start-up, and a store already at head does not need it.

log = logging.getLogger("livestudio.store")

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Below this much free space a store is "disk full": SQLite needs room for its WAL and journal,
# and a migration copies the file first.
MIN_FREE_BYTES = 256 * 1024


class StoreState(enum.Enum):
    READY = "ready"
    MISSING = "missing"  # no file yet: a new store is created
    EMPTY = "empty"  # a 0-byte file (a failed copy, a sync tool): never silently made new
    LOCKED = "locked"  # another program holds the file's lock
    READ_ONLY = "read_only"  # read-only file, folder or medium
    DISK_FULL = "disk_full"
    FOREIGN = "foreign"  # not a LiveStudio file (another SQLite file, or not SQLite at all)
    NEWER = "newer"  # written by a newer LiveStudio
    DAMAGED = "damaged"  # PRAGMA integrity_check failed
    UNREADABLE = "unreadable"  # permission denied, I/O error: the file could not be read


# The CLI's exit code for each state it cannot open (64 is usage; 2 stays "other error").
EXIT_CODES: dict[StoreState, int] = {
    StoreState.EMPTY: 10,
    StoreState.LOCKED: 11,
    StoreState.READ_ONLY: 12,
    StoreState.DISK_FULL: 13,
    StoreState.FOREIGN: 14,
    StoreState.NEWER: 15,
    StoreState.DAMAGED: 16,
    StoreState.UNREADABLE: 17,
}


class StoreError(Exception):
    """A store that cannot be opened; `str()` is a message for the user, `state` says why and
    `backups` lists this store's backups, newest first."""

    state: StoreState = StoreState.UNREADABLE

    def __init__(
        self,
        path: Path,
        message: str,
        backups: list[Path] | None = None,
        state: StoreState | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.backups = list(backups or [])
        if state is not None:
            self.state = state


class NewerDatabaseError(StoreError):
    state = StoreState.NEWER


class CorruptDatabaseError(StoreError):
    """Not a LiveStudio database, empty, or `PRAGMA integrity_check` failed: offer a backup."""

    state = StoreState.DAMAGED


class EmptyStoreError(CorruptDatabaseError):
    state = StoreState.EMPTY


class StoreLockedError(StoreError):
    state = StoreState.LOCKED


class ReadOnlyStoreError(StoreError):
    state = StoreState.READ_ONLY


class DiskFullError(StoreError):
    state = StoreState.DISK_FULL


class RestoreError(OSError):
    """A restore that could not be done; the store was left (or put back) as it was."""


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REV = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:['"]([^'"]*)['"]|None)""", re.M)


def _revision_graph() -> dict[str, str | None]:
    """{revision: down_revision} read from the migration files' text (no Alembic import)."""
    graph: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict((m.group(1), m.group(2)) for m in _REV.finditer(path.read_text("utf-8")))
        if found.get("revision"):
            graph[str(found["revision"])] = found.get("down_revision") or None
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) == 1:
        return heads.pop()
    from alembic.script import ScriptDirectory  # unusual layout: let Alembic decide

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return set(_revision_graph())


def find_backups(db_path: Path, extra_dirs: list[Path] | None = None) -> list[Path]:
    """Backups of this store: `<db>.bak-*` beside it and files in any backup folder, newest first."""
    found: list[Path] = []
    with contextlib.suppress(OSError):
        found.extend(db_path.parent.glob(db_path.name + ".bak-*"))
    for d in extra_dirs or []:
        with contextlib.suppress(OSError):
            if d.is_dir():
                found.extend(p for p in d.glob(db_path.stem + "*") if p.is_file())
    found = [p for p in found if not p.name.endswith((".part", "-wal", "-shm", "-journal"))]

    def mtime(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(set(found), key=mtime, reverse=True)


def sqlite_backup(src: Path, dest: Path) -> Path:
    """Consistent copy through SQLite's online backup API (safe while the store is in use).

    Written to `<dest>.part` first and renamed, so a failure (a full disk) never leaves a
    half-written `dest`; the part file is removed.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    try:
        s = sqlite3.connect(src)
        try:
            d = sqlite3.connect(tmp)
            try:
                s.backup(d)
            finally:
                d.close()
        finally:
            s.close()
        tmp.replace(dest)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return dest


def drive_of(path: Path) -> str:
    """The drive or mount point holding `path` ('C:\\', '/media/usb', '/'), for messages."""
    p = Path(os.path.abspath(path))
    if p.drive:
        return p.drive + "\\"
    while not p.exists() and p != p.parent:
        p = p.parent
    while not os.path.ismount(p) and p != p.parent:
        p = p.parent
    return str(p)


def free_bytes(path: Path) -> int | None:
    p = Path(path)
    while not p.exists() and p != p.parent:
        p = p.parent
    try:
        return shutil.disk_usage(p).free
    except OSError:
        return None


def _writable(path: Path) -> bool:
    """Whether the file (if it exists) and its folder can be written: a read-only mount, a
    read-only file or folder all say no (os.access sees EROFS even for root)."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    return not (path.exists() and not os.access(path, os.W_OK))


def sqlite_error_name(exc: BaseException) -> str:
    """'SQLITE_BUSY', 'SQLITE_FULL', ... for an sqlite3 or SQLAlchemy error ('' if unknown)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    name = getattr(orig, "sqlite_errorname", "") or ""
    if name:
        return str(name)
    text = str(orig).lower()
    for needle, guess in (
        ("locked", "SQLITE_BUSY"),
        ("disk is full", "SQLITE_FULL"),
        ("readonly", "SQLITE_READONLY"),
        ("read-only", "SQLITE_READONLY"),
        ("malformed", "SQLITE_CORRUPT"),
        ("not a database", "SQLITE_NOTADB"),
        ("disk i/o", "SQLITE_IOERR"),
        ("unable to open", "SQLITE_CANTOPEN"),
    ):
        if needle in text:
            return guess
    return ""


def classify_sqlite_error(exc: BaseException, path: Path) -> StoreState:
    """The state a failed store operation points to (busy, full, read-only, damaged, unreadable)."""
    name = sqlite_error_name(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreState.LOCKED
    if name.startswith("SQLITE_FULL"):
        return StoreState.DISK_FULL
    if name.startswith("SQLITE_READONLY"):
        return StoreState.READ_ONLY
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StoreState.DAMAGED
    if isinstance(exc, OSError) and exc.errno is not None:
        import errno

        if exc.errno == errno.ENOSPC:
            return StoreState.DISK_FULL
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StoreState.READ_ONLY if not _writable(path) else StoreState.UNREADABLE
    free = free_bytes(path.parent)
    if free is not None and free < MIN_FREE_BYTES:
        return StoreState.DISK_FULL
    if not _writable(path):
        return StoreState.READ_ONLY
    return StoreState.UNREADABLE


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _set_live_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """The live connection: every commit synced to disk (a power cut loses no committed action),
    and it never waits for a lock — a busy store goes to the pending-actions journal instead."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=0")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def make_live_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", future=True, connect_args={"check_same_thread": False}
    )
    event.listen(engine, "connect", _set_live_pragmas)
    return engine


# ---- probing ------------------------------------------------------------------------------
@dataclass(frozen=True)
class StoreProbe:
    """What a store file is, before anything writes to it."""

    state: StoreState
    path: Path
    revision: str | None = None
    message: str = ""
    backups: list[Path] = field(default_factory=list)
    drive: str = ""

    @property
    def ok(self) -> bool:
        return self.state in (StoreState.READY, StoreState.MISSING)


def _t(text: str) -> str:
    return translate("Store", text)


def _read_check(path: Path, immutable: bool) -> tuple[list[Any], set[str], str | None]:
    uri = f"file:{path}?mode=ro" + ("&immutable=1" if immutable else "")
    con = sqlite3.connect(uri, uri=True, timeout=0)
    con.text_factory = lambda b: b.decode("utf-8", errors="replace")
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        rev = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            rev = row[0] if row else None
    finally:
        con.close()
    return rows, tables, rev


def probe_store(
    path: Path, extra_backup_dirs: list[Path] | None = None, *, min_free: int = MIN_FREE_BYTES
) -> StoreProbe:
    """Say what `path` is without changing it (read-only connections only)."""
    path = Path(path)
    backups = find_backups(path, extra_backup_dirs)
    drive = drive_of(path)
    free = free_bytes(path.parent)
    full = free is not None and free < min_free
    writable = _writable(path) if path.parent.exists() else True

    def probe(state: StoreState, message: str, rev: str | None = None) -> StoreProbe:
        return StoreProbe(state, path, rev, message.format(path=path, drive=drive), backups, drive)

    if not path.exists():
        if path.parent.exists() and not writable:
            return probe(
                StoreState.READ_ONLY,
                _t("{path} does not exist and its folder is read-only, so it cannot be created."),
            )
        if full:
            return probe(
                StoreState.DISK_FULL,
                _t("There is no free space on {drive} to create {path}. Free some space first."),
            )
        return probe(StoreState.MISSING, _t("{path} does not exist yet; a new store is created."))
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        return StoreProbe(
            StoreState.UNREADABLE,
            path,
            None,
            _t("{path} could not be read: {reason}").format(path=path, reason=exc.strerror or exc),
            backups,
            drive,
        )
    if size == 0:
        return probe(
            StoreState.EMPTY,
            _t(
                "{path} is empty (0 bytes): its contents were lost, for example by a failed copy "
                "or sync. It was not changed."
            ),
        )
    if header != SQLITE_MAGIC:
        return probe(
            StoreState.FOREIGN,
            _t(
                "{path} is not a LiveStudio database (it is not an SQLite file); it was not changed."
            ),
        )
    try:
        try:
            rows, tables, rev = _read_check(path, immutable=False)
        except sqlite3.DatabaseError as exc:
            # A read-only medium or a full disk cannot host the -shm file a WAL reader needs:
            # read the file as it is instead, and keep the first error if that fails too.
            if classify_sqlite_error(exc, path) in (StoreState.DAMAGED, StoreState.LOCKED):
                raise
            rows, tables, rev = _read_check(path, immutable=True)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        state = (
            classify_sqlite_error(exc, path)
            if isinstance(exc, sqlite3.DatabaseError)
            else StoreState.DAMAGED
        )
        if state is StoreState.LOCKED:
            return probe(
                StoreState.LOCKED,
                _t(
                    "{path} is locked by another program (a backup or sync tool, or another "
                    "LiveStudio). Close it and try again; the file was not changed."
                ),
            )
        if state is StoreState.DAMAGED:
            return StoreProbe(
                StoreState.DAMAGED,
                path,
                None,
                _t("{path} is damaged and cannot be read ({reason}).").format(
                    path=path, reason=exc
                ),
                backups,
                drive,
            )
        if state is StoreState.DISK_FULL:
            return probe(
                StoreState.DISK_FULL,
                _t("The disk holding {path} ({drive}) is full. Free some space and try again."),
            )
        if state is StoreState.READ_ONLY:
            return probe(StoreState.READ_ONLY, _t("{path} is on a read-only disk or folder."))
        return StoreProbe(
            StoreState.UNREADABLE,
            path,
            None,
            _t("{path} could not be read: {reason}").format(path=path, reason=exc),
            backups,
            drive,
        )
    if not rows or rows[0][0] != "ok":
        detail = "; ".join(str(r[0]) for r in rows[:3])
        return StoreProbe(
            StoreState.DAMAGED,
            path,
            None,
            _t("{path} is damaged (integrity check: {detail}).").format(path=path, detail=detail),
            backups,
            drive,
        )
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if user_tables and rev is None:
        return probe(
            StoreState.FOREIGN,
            _t("{path} is an SQLite file but not a LiveStudio database; it was not changed."),
        )
    if rev is not None and rev not in known_revisions():
        return StoreProbe(
            StoreState.NEWER,
            path,
            rev,
            _t(
                "{path} was written by a newer version of LiveStudio (schema {rev}). "
                "Update LiveStudio to open it; the file was not changed."
            ).format(path=path, rev=rev),
            backups,
            drive,
        )
    if not writable:
        return probe(
            StoreState.READ_ONLY,
            _t(
                "{path} is on a read-only disk or folder, so nothing could be saved. Copy it to "
                "a folder you can write to, or make the disk writable, and try again."
            ),
            rev,
        )
    if full:
        return probe(
            StoreState.DISK_FULL,
            _t(
                "The disk holding {path} ({drive}) is full. Free some space and try again; "
                "your data was not changed."
            ),
            rev,
        )
    return probe(StoreState.READY, "", rev)


def inspect_file(path: Path, extra_backup_dirs: list[Path] | None = None) -> str | None:
    """Check an existing file before anything touches it. Returns its schema revision (None =
    empty); raises the `StoreError` for any state that must not be opened."""
    p = probe_store(path, extra_backup_dirs)
    if p.state in (StoreState.READY, StoreState.MISSING):
        return p.revision
    raise error_for(p)


_ERRORS: dict[StoreState, type[StoreError]] = {
    StoreState.EMPTY: EmptyStoreError,
    StoreState.DAMAGED: CorruptDatabaseError,
    StoreState.FOREIGN: CorruptDatabaseError,
    StoreState.NEWER: NewerDatabaseError,
    StoreState.LOCKED: StoreLockedError,
    StoreState.READ_ONLY: ReadOnlyStoreError,
    StoreState.DISK_FULL: DiskFullError,
}


def error_for(p: StoreProbe) -> StoreError:
    cls = _ERRORS.get(p.state, StoreError)
    return cls(p.path, p.message, p.backups, p.state)


def _error_from_exception(path: Path, exc: BaseException, backups: list[Path]) -> StoreError:
    state = classify_sqlite_error(exc, path)
    p = probe_store(path)
    if p.state not in (StoreState.READY, StoreState.MISSING):
        return error_for(p)
    messages = {
        StoreState.LOCKED: _t(
            "{path} is locked by another program (a backup or sync tool, or another "
            "LiveStudio). Close it and try again; the file was not changed."
        ),
        StoreState.DISK_FULL: _t(
            "The disk holding {path} ({drive}) is full. Free some space and try again; "
            "your data was not changed."
        ),
        StoreState.READ_ONLY: _t("{path} is on a read-only disk or folder."),
    }
    text = messages.get(state)
    message = (
        text.format(path=path, drive=drive_of(path))
        if text
        else _t("{path} could not be opened: {reason}").format(path=path, reason=exc)
    )
    return _ERRORS.get(state, StoreError)(path, message, backups, state)


# ---- the store ----------------------------------------------------------------------------
@dataclass
class Store:
    path: Path
    engine: Engine
    backup_taken: Path | None = None
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    _live_engine: Engine | None = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed at the end, rolled back whole on any exception."""
        with self._factory() as s, s.begin():
            yield s

    @property
    def live_engine(self) -> Engine:
        """Connections for the live log: synchronous=FULL, no busy wait (see `_set_live_pragmas`)."""
        if self._live_engine is None:
            self._live_engine = make_live_engine(self.path)
        return self._live_engine

    def backup_to(self, dest: Path) -> Path:
        return sqlite_backup(self.path, dest)

    def close(self) -> None:
        if self._live_engine is not None:
            self._live_engine.dispose()
            self._live_engine = None
        self.engine.dispose()


def open_store(
    path: Path,
    extra_backup_dirs: list[Path] | None = None,
    *,
    allow_empty: bool = False,
) -> Store:
    """Open (creating if missing) and migrate to head, copying the file aside first.

    Raises a `StoreError` (with `.state`) for a file that must not be opened. `allow_empty`
    makes a 0-byte file a new store (only when the user said so). A store on a full disk cannot
    be opened at all (SQLite needs room for the WAL index even to read), so there is no "open
    anyway" for that.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)  # an OSError here: the caller says why
    p = probe_store(path, extra_backup_dirs)
    head = head_revision()
    if p.state is StoreState.EMPTY and allow_empty:
        p = StoreProbe(StoreState.MISSING, path, None, "", p.backups, p.drive)
    if p.state not in (StoreState.READY, StoreState.MISSING):
        raise error_for(p)
    rev = p.revision
    existed = p.state is StoreState.READY
    try:
        backup: Path | None = None
        if existed and rev != head:
            backup = sqlite_backup(path, path.with_name(f"{path.name}.bak-{rev or 'empty'}"))
            log.info("backed up %s to %s before migrating from %s", path, backup, rev)
        engine = make_engine(path)
        if existed and rev == head:
            return Store(path=path, engine=engine, backup_taken=backup)
        from alembic import command
        from alembic.runtime.migration import MigrationContext

        try:
            with engine.connect() as conn, _foreign_keys_off(conn):
                with conn.begin():
                    current = MigrationContext.configure(conn).get_current_revision()
                    if current != head:
                        cfg = alembic_config()
                        cfg.attributes["connection"] = conn
                        command.upgrade(cfg, "head")
                        log.info("migrated %s from %s to %s", path, current, head)
        except BaseException:
            engine.dispose()
            raise
    except (sqlite3.Error, DBAPIError, OSError) as exc:
        log.error("could not open %s: %s", path, exc)
        raise _error_from_exception(path, exc, p.backups) from exc
    return Store(path=path, engine=engine, backup_taken=backup)


def migrate_to(path: Path, revision: str) -> None:
    """Bring a file to a given revision (tests and tools: build an older store)."""
    from alembic import command

    engine = make_engine(path)
    with engine.connect() as conn, _foreign_keys_off(conn):
        with conn.begin():
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    engine.dispose()


@contextmanager
def _foreign_keys_off(conn: Connection) -> Iterator[None]:
    """Migrate with foreign keys off: batch mode rebuilds a table by copy, drop and rename, and
    dropping `show` with them on would cascade (every lineup, segment, live run deleted, every
    check run's show set to NULL). The pragma only takes effect outside a transaction."""
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    conn.commit()
    try:
        yield
    finally:
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


# ---- checking and restoring backups -------------------------------------------------------
def check_copy(path: Path, *, in_use: bool = False) -> tuple[bool, bool]:
    """(good, holds_data) for a backup file: good = an intact LiveStudio store this app can
    open; holds_data = at least one row in a table other than the schema version. `in_use`:
    the file may be open elsewhere (the store itself), so read it through its WAL."""
    immutable = not in_use
    try:
        if path.stat().st_size == 0:
            return False, False
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                return False, False
        rows, tables, rev = _read_check(path, immutable=immutable)
        if not rows or rows[0][0] != "ok" or rev is None or rev not in known_revisions():
            return False, False
        uri = f"file:{path}?mode=ro" + ("&immutable=1" if immutable else "")
        con = sqlite3.connect(uri, uri=True, timeout=0)
        try:
            data = any(
                con.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()  # noqa: S608 (names from sqlite_master)
                for t in tables
                if t != "alembic_version" and not t.startswith("sqlite_")
            )
        finally:
            con.close()
        return True, data
    except (OSError, sqlite3.Error, UnicodeDecodeError):
        return False, False


def newest_good_backup(backups: list[Path]) -> Path | None:
    """The newest backup that is intact and holds data (else the newest intact one)."""
    fallback: Path | None = None
    for b in backups:
        good, data = check_copy(b)
        if good and data:
            return b
        if good and fallback is None:
            fallback = b
    return fallback


_SIDES = ("-wal", "-shm", "-journal")


def restore_from_backup(db_path: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `db_path`, never leaving less than there was.

    The backup is first copied beside the store (`<db>.restoring`) and checked; only then is the
    current file (with its -wal/-shm) renamed to `<db>.replaced-<time>` and the copy renamed into
    place — renames need no free space. Any failure removes the copy and puts the original back,
    and raises `RestoreError`. Returns where the previous file went (None when there was none).
    """
    db_path = Path(db_path)
    if not check_copy(backup)[0]:
        raise RestoreError(
            _t("{name} is not an intact LiveStudio backup; nothing was changed.").format(
                name=backup.name
            )
        )
    staging = db_path.with_name(db_path.name + ".restoring")
    try:
        sqlite_backup(backup, staging)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            staging.unlink()
        state = classify_sqlite_error(exc, db_path)
        if state is StoreState.DISK_FULL:
            reason = _t("there is not enough free space on {drive}").format(drive=drive_of(db_path))
        else:
            reason = str(exc)
        raise RestoreError(
            _t(
                "The backup could not be copied beside the store ({reason}); nothing was changed."
            ).format(reason=reason)
        ) from exc
    good, _data = check_copy(staging)
    if not good:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise RestoreError(
            _t("{name} is not an intact LiveStudio backup; nothing was changed.").format(
                name=backup.name
            )
        )
    moved: Path | None = None
    done: list[tuple[Path, Path]] = []
    try:
        if db_path.exists():
            moved = db_path.with_name(f"{db_path.name}.replaced-{timestamp()}")
            n = 1
            while moved.exists():
                moved = db_path.with_name(f"{db_path.name}.replaced-{timestamp()}-{n}")
                n += 1
            db_path.replace(moved)
            done.append((db_path, moved))
            for suffix in _SIDES:
                side = db_path.with_name(db_path.name + suffix)
                if side.exists():
                    target = moved.with_name(moved.name + suffix)
                    side.replace(target)
                    done.append((side, target))
        staging.replace(db_path)
    except OSError as exc:
        for original, now in reversed(done):
            with contextlib.suppress(OSError):
                now.replace(original)
        with contextlib.suppress(OSError):
            staging.unlink()
        raise RestoreError(
            _t("The backup could not be put in place ({reason}); your store was put back.").format(
                reason=exc.strerror or exc
            )
        ) from exc
    return moved
