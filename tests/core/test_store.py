"""The store: migrations, backups before migrating, refusing newer / foreign / damaged files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from livestudio.core import db
from livestudio.core.models import Base, Product


def _revisions_oldest_first() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_new_file_is_migrated_to_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    store = db.open_store(tmp_path / "new.sqlite3")
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == db.head_revision()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert store.backup_taken is None  # nothing to back up in a brand-new file
    store.close()


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    store = db.open_store(tmp_path / "s.sqlite3")
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    store.close()
    assert diff == [], f"models and migrations disagree: {diff}"


@pytest.mark.parametrize("start", _revisions_oldest_first()[:-1])
def test_each_older_revision_is_backed_up_then_migrated_keeping_data(
    tmp_path: Path, start: str
) -> None:
    path = tmp_path / "old.sqlite3"
    db.migrate_to(path, start)
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO product (sku, name, category, selling_points, notes, created_at, updated_at)"
            " VALUES ('A-1', '口红', '', '', '', '2026-01-01', '2026-01-01')"
        )
    con.close()
    store = db.open_store(path)
    backup = path.with_name(f"old.sqlite3.bak-{start}")
    assert store.backup_taken == backup and backup.exists()
    with sqlite3.connect(backup) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == start
    con.close()
    with store.session() as s:
        assert s.query(Product).one().name == "口红"
    store.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    db.open_store(path).close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num='9999'")
    con.close()
    before = path.read_bytes()
    with pytest.raises(db.NewerDatabaseError, match="newer version of LiveStudio"):
        db.open_store(path)
    assert path.read_bytes() == before


def test_file_that_is_not_sqlite_is_refused_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list: ring light, tripod\n")
    with pytest.raises(db.CorruptDatabaseError, match="not a LiveStudio database"):
        db.open_store(path)
    assert path.read_text() == "shopping list: ring light, tripod\n"


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
    con.close()
    with pytest.raises(db.CorruptDatabaseError, match="not a LiveStudio database"):
        db.open_store(path)


def test_damaged_database_is_refused_and_offers_the_newest_backup(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    store = db.open_store(path)
    with store.transaction() as s:
        for i in range(300):
            s.add(Product(sku=f"S{i}", name="x" * 200))
    store.backup_to(path.with_name("shop.sqlite3.bak-manual"))
    store.close()
    data = bytearray(path.read_bytes())
    for off in range(4096 * 2, len(data) - 100, 997):  # scribble over pages, keep the header
        data[off : off + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    damaged = path.read_bytes()
    with pytest.raises(db.CorruptDatabaseError) as info:
        db.open_store(path)
    assert path.read_bytes() == damaged
    assert info.value.backups[0].name == "shop.sqlite3.bak-manual"
    moved = db.restore_from_backup(path, info.value.backups[0])
    assert moved is not None and moved.read_bytes() == damaged
    restored = db.open_store(path)
    with restored.session() as s:
        assert s.query(Product).count() == 300
    restored.close()


def test_transaction_rolls_back_whole_on_error(store: db.Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as s:
        s.add(Product(sku="A", name="a"))
        s.flush()
        raise RuntimeError("disk full halfway")
    with store.session() as s:
        assert s.query(Product).count() == 0
