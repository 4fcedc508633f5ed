"""Automatic daily backups of the store and restoring one of them.

A daily backup is an SQLite online-backup copy (consistent while the app is using the file),
named `<store stem>-daily-<YYYYmmdd-HHMMSS>.sqlite3` in the backup folder. No backup is taken of
a store that is empty (0 bytes, or no data in it) or cannot be read, so a bad spell never
replaces good copies with bad ones. Rotation keeps the newest N daily copies, the newest copy of
each of the last few weeks, and always the newest copy that holds data. Copies taken before a
restore and hand-made backups are never deleted. The clock is injected so tests can walk
through days without waiting.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from livestudio.core.db import (
    StoreState,
    check_copy,
    probe_store,
    restore_from_backup,
    sqlite_backup,
)

log = logging.getLogger("livestudio.backup")

Clock = Callable[[], datetime]
_STAMP = re.compile(r"-(daily|before-restore)-(\d{8}-\d{6})\.sqlite3$")
WEEKS_KEPT = 8  # besides the newest N daily copies: the newest copy of each of the last 8 weeks


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


def to_keep(dailies: list[BackupInfo], keep: int, weeks: int = WEEKS_KEPT) -> set[Path]:
    """Which daily copies (newest first) rotation keeps: the newest `keep`, the newest of each of
    the last `weeks` ISO weeks, and the newest copy that is intact and holds data."""
    keep = max(1, int(keep))
    kept = {b.path for b in dailies[:keep]}
    seen_weeks: list[tuple[int, int]] = []
    for b in dailies:
        week = b.taken.isocalendar()[:2]
        if week not in seen_weeks:
            seen_weeks.append(week)
            if len(seen_weeks) > weeks:
                break
            kept.add(b.path)
    for b in dailies:
        good, data = check_copy(b.path)
        if good and data:
            kept.add(b.path)
            break
    return kept


def prune(db_path: Path, backup_dir: Path, keep: int, weeks: int = WEEKS_KEPT) -> list[Path]:
    """Delete the daily backups rotation does not keep (see `to_keep`)."""
    dailies = daily_backups(db_path, backup_dir)
    kept = to_keep(dailies, keep, weeks)
    removed: list[Path] = []
    for old in dailies:
        if old.path in kept:
            continue
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", old.path, exc)
    return removed


def worth_backing_up(db_path: Path) -> str | None:
    """None when the store should be backed up, else why not (for the log)."""
    p = probe_store(db_path, min_free=0)
    if p.state is not StoreState.READY:
        return f"store is {p.state.value}"
    good, data = check_copy(db_path, in_use=True)
    if not good:
        return "store could not be read"
    if not data:
        return "store holds no data"
    return None


def daily_backup(
    db_path: Path, backup_dir: Path, keep: int, clock: Clock = _local_now
) -> Path | None:
    """Take today's backup unless one exists for today (local date) or the store is empty or
    unreadable; then prune. Returns the new file, or None when no backup was taken."""
    now = clock()
    if not db_path.exists():
        return None
    today = now.date()
    if any(b.taken.date() == today for b in daily_backups(db_path, backup_dir)):
        return None
    why_not = worth_backing_up(db_path)
    if why_not is not None:
        log.warning("daily backup of %s skipped: %s", db_path, why_not)
        return None
    dest = backup_dir / f"{db_path.stem}-daily-{_stamp(now)}.sqlite3"
    sqlite_backup(db_path, dest)
    log.info("daily backup of %s written to %s", db_path, dest)
    prune(db_path, backup_dir, keep)
    return dest


@dataclass(frozen=True)
class RestoreResult:
    safety_copy: Path | None  # the current store, copied to the backup folder (None: no room)
    replaced: Path | None  # where the replaced file itself was moved (never deleted)


def restore(
    db_path: Path, backup: Path, backup_dir: Path, clock: Clock = _local_now
) -> RestoreResult:
    """Put `backup` in place of the store, after copying the current store to the backup folder.

    The caller must have closed every connection to `db_path` first and must reopen the store
    afterwards (open_store migrates the restored file if it is from an older version). Raises
    `RestoreError` (an OSError) when it cannot be done; the store is then as it was. When the
    backup folder has no room for the safety copy, the replaced file beside the store (renamed,
    never deleted) is the copy.
    """
    if not backup.is_file():
        raise FileNotFoundError(backup)
    safety: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        target = backup_dir / f"{db_path.stem}-before-restore-{_stamp(clock())}.sqlite3"
        try:
            safety = sqlite_backup(db_path, target)
        except (OSError, sqlite3.Error) as exc:
            log.warning("no safety copy of %s in %s: %s", db_path, backup_dir, exc)
            with contextlib.suppress(OSError):
                target.unlink()
    moved = restore_from_backup(db_path, backup)
    log.warning(
        "restored %s from %s (previous copy: %s, replaced file: %s)", db_path, backup, safety, moved
    )
    return RestoreResult(safety_copy=safety, replaced=moved)
