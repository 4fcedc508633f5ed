"""A store on a 2 MiB tmpfs filled to 100 %: the show goes on with actions waiting (and a
journal elsewhere), opening says "disk full" rather than "damaged", and a restore that cannot
be done leaves the store exactly as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from livestudio.core import backup, db
from livestudio.core.live.clock import ShowClock
from livestudio.core.live.journal import fallback_journal_dir
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import LiveEvent, Product
from tests.durability.conftest import SmallDisk
from tests.live.factory import make_show


def _events(store: db.Store, run_id: int) -> list[str]:
    with store.session() as s:
        return list(
            s.scalars(
                select(LiveEvent.kind).where(LiveEvent.run_id == run_id).order_by(LiveEvent.id)
            )
        )


def test_live_actions_on_a_full_disk_wait_then_all_commit(small_disk: SmallDisk) -> None:
    store = db.open_store(small_disk.path / "shop.sqlite3")
    ts = FakeTimeSource()
    clock = ShowClock.start_new(store, make_show(store), ts)
    for _ in range(30):  # let the WAL grow a little first, as a real show does
        ts.advance(500)
        clock.log_viewers(100)
    small_disk.fill()
    sent = 0
    for i in range(200):
        ts.advance(500)
        clock.log_text("comment", f"评论 {i} " + "x" * 200)
        sent += 1
        if clock.store_status().pending:
            break
    for _ in range(10):
        clock.log_sale(1)
        sent += 1
    st = clock.store_status()
    assert st.problem == "disk_full" and st.pending >= 10
    assert st.drive == str(small_disk.path)  # "free space on <drive>"
    assert st.journal is not None
    assert st.journal.parent == fallback_journal_dir(store.path)  # not on the full disk
    small_disk.free()
    assert clock.writer.wait_idle(20)
    kinds = _events(store, clock.run_id)
    assert len(kinds) == 1 + 30 + sent  # 0 live actions lost
    assert kinds[-10:] == ["sale"] * 10
    clock.close()
    store.close()


def test_a_healthy_store_on_a_full_disk_is_disk_full_not_damaged(small_disk: SmallDisk) -> None:
    path = small_disk.path / "shop.sqlite3"
    store = db.open_store(path)
    with store.transaction() as s:
        s.add(Product(sku="TEA-1", name="明前龙井 Longjing"))
    store.close()
    small_disk.fill()
    probe = db.probe_store(path)
    assert probe.state is db.StoreState.DISK_FULL
    assert str(small_disk.path) in probe.message
    with pytest.raises(db.DiskFullError):
        db.open_store(path)
    assert path.stat().st_size > 0
    small_disk.free()
    opened = db.open_store(path)  # "Try again" once there is room
    with opened.session() as s:
        assert s.scalars(select(Product.sku)).all() == ["TEA-1"]
    opened.close()


def test_restore_on_a_full_disk_changes_nothing_and_works_once_there_is_room(
    small_disk: SmallDisk, tmp_path
) -> None:
    path = small_disk.path / "shop.sqlite3"
    store = db.open_store(path)
    with store.transaction() as s:
        for i in range(200):
            s.add(Product(sku=f"S{i}", name="y" * 300))
    good = store.backup_to(tmp_path / "shop-daily-20261130-090000.sqlite3")
    store.close()
    path.write_bytes(b"")  # the store was lost (0 bytes) ...
    small_disk.fill()  # ... on a full disk
    before = sorted(p.name for p in small_disk.path.iterdir())
    with pytest.raises(db.RestoreError, match="not enough free space"):
        db.restore_from_backup(path, good)
    assert sorted(p.name for p in small_disk.path.iterdir()) == before  # nothing moved, no part
    with pytest.raises(db.RestoreError):
        backup.restore(path, good, small_disk.path / "backups")
    assert path.exists() and path.stat().st_size == 0  # exactly what there was
    small_disk.free()
    result = backup.restore(path, good, tmp_path / "backups")
    assert result.replaced is not None and result.replaced.stat().st_size == 0
    reopened = db.open_store(path)
    with reopened.session() as s:
        assert s.query(Product).count() == 200
    reopened.close()
