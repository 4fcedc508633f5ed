"""Daily backups: once a day, never of an empty or unreadable store; the newest N, weekly copies
and the last good copy kept; restore keeps a copy of what was there."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from livestudio.core import backup
from livestudio.core.db import Store
from livestudio.core.models import Product


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


def _add_product(store: Store, sku: str, name: str) -> None:
    with store.transaction() as s:
        s.add(Product(sku=sku, name=name, list_price=9900))


def _skus(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT sku FROM product")}
    finally:
        con.close()


def test_daily_backup_is_taken_once_per_day(store: Store, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 20, 9, 0).astimezone())
    folder = tmp_path / "backups"
    _add_product(store, "LS-001", "桂花乌龙茶 Osmanthus oolong 250g")
    first = backup.daily_backup(store.path, folder, keep=7, clock=clock)
    assert first is not None and first.is_file()
    assert _skus(first) == {"LS-001"}
    clock.advance(hours=10)  # same day, app opened again
    assert backup.daily_backup(store.path, folder, keep=7, clock=clock) is None
    clock.advance(hours=5)  # next day
    assert backup.daily_backup(store.path, folder, keep=7, clock=clock) is not None
    assert len(backup.daily_backups(store.path, folder)) == 2


def test_only_the_newest_daily_backups_are_kept(store: Store, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 1, 8, 30).astimezone())
    folder = tmp_path / "backups"
    manual = folder / f"{store.path.stem}-20261031-120000.sqlite3"
    store.backup_to(manual)
    for day in range(10):
        _add_product(store, f"SKU-{day}", f"Product {day}")
        backup.daily_backup(store.path, folder, keep=3, clock=clock)
        clock.advance(days=1)
    kept = backup.daily_backups(store.path, folder)
    # the newest three days survive, holding the newest data, plus the newest copy of each
    # earlier week (1 Nov 2026 is a Sunday: its week's copy is that day's)
    assert [b.taken.date().day for b in kept] == [10, 9, 8, 1]
    assert _skus(kept[0].path) == {f"SKU-{d}" for d in range(10)}
    assert manual.exists(), "a hand-made backup must never be pruned"


def test_restore_keeps_a_copy_of_the_current_file(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    clock = FakeClock(datetime(2026, 11, 24, 22, 0).astimezone())
    _add_product(store, "YESTERDAY", "Silk scarf 真丝围巾")
    yesterday = backup.daily_backup(store.path, folder, keep=7, clock=clock)
    assert yesterday is not None
    _add_product(store, "TODAY", "Ceramic mug 陶瓷马克杯")
    store.close()
    clock.advance(hours=12)
    result = backup.restore(store.path, yesterday, folder, clock=clock)
    assert _skus(store.path) == {"YESTERDAY"}
    assert result.safety_copy is not None and _skus(result.safety_copy) == {"YESTERDAY", "TODAY"}
    listed = {b.path for b in backup.list_backups(store.path, folder)}
    assert result.safety_copy in listed and yesterday in listed
    # more daily backups never prune the pre-restore copy
    for _ in range(5):
        clock.advance(days=1)
        backup.daily_backup(store.path, folder, keep=1, clock=clock)
    assert result.safety_copy.exists()


def test_a_backup_from_an_older_version_is_brought_up_to_date(tmp_path: Path) -> None:
    from livestudio.core.db import head_revision, migrate_to, open_store

    old = tmp_path / "old-version.sqlite3"
    migrate_to(old, "0001")  # products only: written by an early LiveStudio
    con = sqlite3.connect(old)
    con.execute(
        "INSERT INTO product (sku, name, category, selling_points, notes, created_at, updated_at)"
        " VALUES ('TEA-1', '明前龙井 Longjing tea', '', '', '', '2026-01-01', '2026-01-01')"
    )
    con.commit()
    con.close()
    current = open_store(tmp_path / "livestudio.sqlite3")
    current.close()
    backup.restore(current.path, old, tmp_path / "backups")
    reopened = open_store(current.path)
    try:
        with reopened.session() as s:
            assert [p.sku for p in s.query(Product)] == ["TEA-1"]
        assert reopened.backup_taken is not None, "a copy was taken before migrating"
        con = sqlite3.connect(reopened.path)
        assert (
            con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
        con.close()
    finally:
        reopened.close()


def test_rotation_keeps_weekly_copies_and_the_last_good_one(store: Store, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 9, 1, 9, 0).astimezone())
    folder = tmp_path / "backups"
    for day in range(60):
        _add_product(store, f"SKU-{day}", f"Product {day}")
        backup.daily_backup(store.path, folder, keep=3, clock=clock)
        clock.advance(days=1)
    kept = backup.daily_backups(store.path, folder)
    weeks = {b.taken.isocalendar()[:2] for b in kept}
    assert len(kept[:3]) == 3 and len(weeks) >= 8  # the newest three plus one per week
    assert len(kept) <= 3 + 8


def test_a_bad_week_cannot_push_out_the_last_good_copy(store: Store, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 11, 1, 9, 0).astimezone())
    folder = tmp_path / "backups"
    _add_product(store, "GOOD-1", "Silk scarf 真丝围巾")
    good = backup.daily_backup(store.path, folder, keep=2, clock=clock)
    assert good is not None
    store.close()
    # the store is lost (a failed sync leaves 0 bytes): no backup is taken of it, for weeks
    store.path.write_bytes(b"")
    for _ in range(30):
        clock.advance(days=1)
        assert backup.daily_backup(store.path, folder, keep=2, clock=clock) is None
    assert good.exists() and _skus(good) == {"GOOD-1"}
    # the store is a valid file with nothing in it: also not backed up
    store.path.unlink()
    from livestudio.core.db import open_store

    open_store(store.path).close()
    clock.advance(days=1)
    assert backup.daily_backup(store.path, folder, keep=2, clock=clock) is None
    # a damaged store (not SQLite any more) is not backed up either
    store.path.write_bytes(b"garbage" * 1000)
    clock.advance(days=1)
    assert backup.daily_backup(store.path, folder, keep=2, clock=clock) is None
    assert [b.path for b in backup.daily_backups(store.path, folder)] == [good]


def test_the_newest_copy_with_data_outlives_newer_empty_ones(tmp_path: Path) -> None:
    from livestudio.core.db import open_store

    folder = tmp_path / "backups"
    folder.mkdir()
    db_path = tmp_path / "livestudio.sqlite3"
    s = open_store(tmp_path / "with-data.sqlite3")
    _add_product(s, "KEEP", "Tea 茶")
    s.close()
    e = open_store(tmp_path / "no-data.sqlite3")
    e.close()
    import shutil

    shutil.copy(tmp_path / "with-data.sqlite3", folder / "livestudio-daily-20261001-090000.sqlite3")
    for day in range(2, 9):  # a week of copies that hold nothing (taken by an older version)
        shutil.copy(
            tmp_path / "no-data.sqlite3", folder / f"livestudio-daily-2026100{day}-090000.sqlite3"
        )
    backup.prune(db_path, folder, keep=2, weeks=1)
    kept = [b.path.name for b in backup.daily_backups(db_path, folder)]
    assert "livestudio-daily-20261001-090000.sqlite3" in kept
    assert kept[:2] == [
        "livestudio-daily-20261008-090000.sqlite3",
        "livestudio-daily-20261007-090000.sqlite3",
    ]
