"""Automatic daily backups of the store and restoring one of them.

A daily backup is an SQLite online-backup copy (consistent while the app is using the file),
named `<store stem>-daily-<YYYYmmdd-HHMMSS>.sqlite3` in the backup folder. Only those are
pruned to the newest N; copies taken before a restore and hand-made backups are never deleted.
The clock is injected so tests can walk through days without waiting.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from livestudio.core.db import restore_from_backup, sqlite_backup

log = logging.getLogger("livestudio.backup")

Clock = Callable[[], datetime]
_STAMP = re.compile(r"-(daily|before-restore)-(\d{8}-\d{6})\.sqlite3$")


def _local_now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str  # "daily", "before-restore" or "other"
    taken: datetime  # local time the copy was taken
    size: int


def _stamp(dt: datetime) -> str:
    return dt.strftime("%Y%m%d-%H%M%S")


def _info(path: Path) -> BackupInfo:
    m = _STAMP.search(path.name)
    st = path.stat()
    if m:
        kind = m.group(1)
        taken = datetime.strptime(m.group(2), "%Y%m%d-%H%M%S").astimezone()
    else:
        kind = "other"
        taken = datetime.fromtimestamp(st.st_mtime).astimezone()
    return BackupInfo(path=path, kind=kind, taken=taken, size=st.st_size)


def list_backups(db_path: Path, backup_dir: Path) -> list[BackupInfo]:
    """Backups of this store, newest first: the backup folder's copies plus the pre-migration
    `<db>.bak-*` files beside the store."""
    found: set[Path] = set()
    if backup_dir.is_dir():
        found.update(
            p
            for p in backup_dir.glob(f"{db_path.stem}-*.sqlite3")
            if p.is_file() and p.resolve() != db_path.resolve()
        )
    if db_path.parent.is_dir():
        found.update(p for p in db_path.parent.glob(db_path.name + ".bak-*") if p.is_file())
    infos = [_info(p) for p in found if not p.name.endswith(".part")]
    return sorted(infos, key=lambda i: (i.taken, i.path.name), reverse=True)


def daily_backups(db_path: Path, backup_dir: Path) -> list[BackupInfo]:
    return [b for b in list_backups(db_path, backup_dir) if b.kind == "daily"]


def prune(db_path: Path, backup_dir: Path, keep: int) -> list[Path]:
    """Delete daily backups beyond the newest `keep` (at least one is always kept)."""
    keep = max(1, int(keep))
    removed: list[Path] = []
    for old in daily_backups(db_path, backup_dir)[keep:]:
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", old.path, exc)
    return removed


def daily_backup(
    db_path: Path, backup_dir: Path, keep: int, clock: Clock = _local_now
) -> Path | None:
    """Take today's backup unless one exists for today (local date); then prune to `keep`.

    Returns the new file, or None when today's backup was already there.
    """
    now = clock()
    if not db_path.exists():
        return None
    today = now.date()
    if any(b.taken.date() == today for b in daily_backups(db_path, backup_dir)):
        return None
    dest = backup_dir / f"{db_path.stem}-daily-{_stamp(now)}.sqlite3"
    sqlite_backup(db_path, dest)
    log.info("daily backup of %s written to %s", db_path, dest)
    prune(db_path, backup_dir, keep)
    return dest


@dataclass(frozen=True)
class RestoreResult:
    safety_copy: Path | None  # the current store, copied before anything was replaced
    replaced: Path | None  # where the replaced file itself was moved (never deleted)


def restore(
    db_path: Path, backup: Path, backup_dir: Path, clock: Clock = _local_now
) -> RestoreResult:
    """Put `backup` in place of the store, after copying the current store to the backup folder.

    The caller must have closed every connection to `db_path` first and must reopen the store
    afterwards (open_store migrates the restored file if it is from an older version).
    """
    if not backup.is_file():
        raise FileNotFoundError(backup)
    safety: Path | None = None
    if db_path.exists():
        safety = backup_dir / f"{db_path.stem}-before-restore-{_stamp(clock())}.sqlite3"
        sqlite_backup(db_path, safety)
    moved = restore_from_backup(db_path, backup)
    log.warning("restored %s from %s (previous copy: %s)", db_path, backup, safety)
    return RestoreResult(safety_copy=safety, replaced=moved)
