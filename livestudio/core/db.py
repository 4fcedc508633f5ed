"""The local store: open (migrating after a backup), refuse what must not be opened, back up.

Opening never overwrites or replaces a file it cannot read: a newer, foreign or corrupt file
raises a `StoreError` subclass that the UI turns into a dialog.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from livestudio.core.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a migration has to run: importing it costs about half a
# second at every start-up, and a store already at head does not need it.

log = logging.getLogger("livestudio.store")

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class StoreError(Exception):
    """A store that cannot be opened; `str()` is a message for the user."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class NewerDatabaseError(StoreError):
    pass


class CorruptDatabaseError(StoreError):
    """Not a LiveStudio database, or `PRAGMA integrity_check` failed. `backups` newest first."""

    def __init__(self, path: Path, message: str, backups: list[Path]) -> None:
        super().__init__(path, message)
        self.backups = backups


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
    found = list(db_path.parent.glob(db_path.name + ".bak-*"))
    for d in extra_dirs or []:
        if d.is_dir():
            found.extend(p for p in d.glob(db_path.stem + "*") if p.is_file())
    return sorted(set(found), key=lambda p: p.stat().st_mtime, reverse=True)


def sqlite_backup(src: Path, dest: Path) -> Path:
    """Consistent copy through SQLite's online backup API (safe while the store is in use)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    with sqlite3.connect(src) as s, sqlite3.connect(tmp) as d:
        s.backup(d)
    d.close()
    s.close()
    tmp.replace(dest)
    return dest


def _set_sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def inspect_file(path: Path, extra_backup_dirs: list[Path] | None = None) -> str | None:
    """Check an existing file before anything touches it. Returns its schema revision (None = empty).

    Raises CorruptDatabaseError / NewerDatabaseError.
    """
    backups = find_backups(path, extra_backup_dirs)
    with path.open("rb") as fh:
        header = fh.read(16)
    if header and header != SQLITE_MAGIC:
        raise CorruptDatabaseError(
            path,
            translate("Store", "{path} is not a LiveStudio database (it is not an SQLite file).").format(
                path=path
            ),
            backups,
        )
    if not header:
        return None
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise CorruptDatabaseError(
            path,
            translate("Store", "{path} is damaged and cannot be read ({reason}).").format(
                path=path, reason=exc
            ),
            backups,
        ) from exc
    if not rows or rows[0][0] != "ok":
        detail = "; ".join(str(r[0]) for r in rows[:3])
        raise CorruptDatabaseError(
            path,
            translate("Store", "{path} is damaged (integrity check: {detail}).").format(
                path=path, detail=detail
            ),
            backups,
        )
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if user_tables and rev is None:
        raise CorruptDatabaseError(
            path,
            translate(
                "Store", "{path} is an SQLite file but not a LiveStudio database; it was not changed."
            ).format(path=path),
            backups,
        )
    if rev is not None and rev not in known_revisions():
        raise NewerDatabaseError(
            path,
            translate(
                "Store",
                "{path} was written by a newer version of LiveStudio (schema {rev}). "
                "Update LiveStudio to open it; the file was not changed.",
            ).format(path=path, rev=rev),
        )
    return rev


@dataclass
class Store:
    path: Path
    engine: Engine
    backup_taken: Path | None = None
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._factory()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed at the end, rolled back whole on any exception."""
        with self._factory() as s, s.begin():
            yield s

    def backup_to(self, dest: Path) -> Path:
        return sqlite_backup(self.path, dest)

    def close(self) -> None:
        self.engine.dispose()


def open_store(path: Path, extra_backup_dirs: list[Path] | None = None) -> Store:
    """Open (creating if needed) and migrate to head, copying the file aside first."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    rev: str | None = None
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        rev = inspect_file(path, extra_backup_dirs)
    head = head_revision()
    backup: Path | None = None
    if existed and rev != head:
        backup = sqlite_backup(path, path.with_name(f"{path.name}.bak-{rev or 'empty'}"))
        log.info("backed up %s to %s before migrating from %s", path, backup, rev)
    engine = make_engine(path)
    if existed and rev == head:
        return Store(path=path, engine=engine, backup_taken=backup)
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current != head:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            log.info("migrated %s from %s to %s", path, current, head)
    return Store(path=path, engine=engine, backup_taken=backup)


def migrate_to(path: Path, revision: str) -> None:
    """Bring a file to a given revision (tests and tools: build an older store)."""
    from alembic import command

    engine = make_engine(path)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def restore_from_backup(db_path: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `db_path`. The current file is moved aside, never deleted.

    Returns where the previous file went (None when there was none).
    """
    moved: Path | None = None
    if db_path.exists():
        moved = db_path.with_name(f"{db_path.name}.replaced-{timestamp()}")
        db_path.replace(moved)
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                side.replace(moved.with_name(moved.name + suffix))
    sqlite_backup(backup, db_path)
    return moved
