"""Daily backups: once a day, newest N kept, restore keeps a copy of what was there."""

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
    assert len(kept) == 3
    # the newest three days survive, holding the newest data
    assert _skus(kept[0].path) == {f"SKU-{d}" for d in range(10)}
    assert kept[-1].taken.date() == datetime(2026, 11, 8).date()
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
