"""A store on a medium made read-only (a tmpfs remounted ro; root ignores chmod): opening says
"read-only", never "damaged"; a show that loses write access keeps its actions and commits them
when the disk is writable again."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from livestudio.cli import main
from livestudio.core import db
from livestudio.core.live.clock import ShowClock
from livestudio.core.live.journal import fallback_journal_dir
from livestudio.core.live.timesource import FakeTimeSource
from livestudio.core.models import LiveEvent, Product
from tests.durability.conftest import SmallDisk
from tests.live.factory import make_show


def test_read_only_store_is_reported_as_read_only(small_disk: SmallDisk, capsys) -> None:
    path = small_disk.path / "shop.sqlite3"
    store = db.open_store(path)
    with store.transaction() as s:
        s.add(Product(sku="MUG-1", name="陶瓷马克杯 Ceramic mug"))
    store.close()
    before = path.read_bytes()
    small_disk.remount("ro")
    probe = db.probe_store(path)
    assert probe.state is db.StoreState.READ_ONLY, probe.message
    with pytest.raises(db.ReadOnlyStoreError, match="read-only"):
        db.open_store(path)
    with pytest.raises(SystemExit) as exited:
        main(["live", "runs", "--db", str(path)])
    assert exited.value.code == db.EXIT_CODES[db.StoreState.READ_ONLY] == 12
    assert "read-only" in capsys.readouterr().err
    small_disk.remount("rw")
    assert path.read_bytes() == before


def test_live_actions_while_the_disk_is_read_only_wait_then_commit(small_disk: SmallDisk) -> None:
    store = db.open_store(small_disk.path / "shop.sqlite3")
    ts = FakeTimeSource()
    clock = ShowClock.start_new(store, make_show(store), ts)
    clock.log_sale(1)
    # A mount cannot be made read-only while files on it are open for writing: the app lets go
    # of its files (as between two commits), then the disk turns read-only under the show.
    store.close()
    clock.writer.disconnect()
    small_disk.remount("ro")
    for i in range(8):
        ts.advance(1000)
        clock.log_viewers(500 + i)
    st = clock.store_status()
    assert st.pending == 8 and st.problem == "read_only"
    assert st.journal is not None and st.journal.parent == fallback_journal_dir(store.path)
    small_disk.remount("rw")
    assert clock.writer.wait_idle(20)
    with store.session() as s:
        kinds = list(s.scalars(select(LiveEvent.kind).where(LiveEvent.run_id == clock.run_id)))
    assert kinds == ["start", "sale", *["viewers"] * 8]
    clock.close()
    store.close()
