"""Every state a store file can be in gets told apart, with its own message and CLI exit code;
"damaged" only after PRAGMA integrity_check fails."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from livestudio.cli import main
from livestudio.core import db
from livestudio.core.models import Product

HOLD_EXCLUSIVE = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA locking_mode=EXCLUSIVE")
con.execute("BEGIN EXCLUSIVE")
print("HOLDING", flush=True)
sys.stdin.readline()
con.execute("COMMIT")
"""


def _store_with_data(path: Path) -> Path:
    store = db.open_store(path)
    with store.transaction() as s:
        for i in range(300):
            s.add(Product(sku=f"S{i}", name="x" * 200))
    store.close()
    return path


def _exit_code(path: Path) -> int:
    with pytest.raises(SystemExit) as exited:
        main(["live", "runs", "--db", str(path)])
    return int(exited.value.code)  # type: ignore[arg-type]


def test_missing_file_becomes_a_new_store(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    assert db.probe_store(path).state is db.StoreState.MISSING
    db.open_store(path).close()
    assert db.probe_store(path).state is db.StoreState.READY


def test_zero_byte_file_is_empty_not_new(tmp_path: Path, capsys) -> None:
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(db.EmptyStoreError, match="empty"):
        db.open_store(path)
    assert path.stat().st_size == 0  # not silently made a new store
    assert _exit_code(path) == 10
    assert "0 bytes" in capsys.readouterr().err
    db.open_store(path, allow_empty=True).close()  # only when the user says "start empty"
    assert db.probe_store(path).state is db.StoreState.READY


def test_each_refused_state_has_its_own_exit_code(tmp_path: Path) -> None:
    foreign = tmp_path / "contacts.sqlite3"
    with sqlite3.connect(foreign) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
    con.close()
    text = tmp_path / "notes.sqlite3"
    text.write_text("ring light, tripod\n")
    newer = tmp_path / "future.sqlite3"
    db.open_store(newer).close()
    with sqlite3.connect(newer) as con:
        con.execute("UPDATE alembic_version SET version_num='9999'")
    con.close()
    codes = {_exit_code(foreign), _exit_code(text), _exit_code(newer)}
    assert codes == {14, 15}
    assert db.probe_store(text).state is db.StoreState.FOREIGN
    assert db.probe_store(newer).state is db.StoreState.NEWER
    assert len(set(db.EXIT_CODES.values())) == len(db.EXIT_CODES)
    assert 64 not in db.EXIT_CODES.values() and 2 not in db.EXIT_CODES.values()


def test_damaged_only_when_the_integrity_check_fails(tmp_path: Path) -> None:
    path = _store_with_data(tmp_path / "shop.sqlite3")
    data = bytearray(path.read_bytes())
    for off in range(4096 * 2, len(data) - 100, 997):  # scribble over pages, keep the header
        data[off : off + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    probe = db.probe_store(path)
    assert probe.state is db.StoreState.DAMAGED and "damaged" in probe.message
    assert _exit_code(path) == 16


@pytest.mark.subprocess
def test_a_store_locked_by_another_program_is_locked(tmp_path: Path) -> None:
    path = _store_with_data(tmp_path / "shop.sqlite3")
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_EXCLUSIVE, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "HOLDING"
        probe = db.probe_store(path)
        assert probe.state is db.StoreState.LOCKED, probe.message
        assert "locked by another program" in probe.message
        with pytest.raises(db.StoreLockedError):
            db.open_store(path)
        assert _exit_code(path) == 11
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait(30)
        if proc.stdout is not None:
            proc.stdout.close()
    assert db.probe_store(path).state is db.StoreState.READY  # "Try again" works now


def test_newest_good_backup_skips_empty_and_broken_copies(tmp_path: Path) -> None:
    good = _store_with_data(tmp_path / "good.sqlite3")
    empty_db = tmp_path / "empty-data.sqlite3"
    db.open_store(empty_db).close()
    zero = tmp_path / "zero.sqlite3"
    zero.write_bytes(b"")
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    assert db.newest_good_backup([zero, junk, empty_db, good]) == good
    assert db.newest_good_backup([zero, junk, empty_db]) == empty_db  # intact, if nothing better
    assert db.newest_good_backup([zero, junk]) is None


def test_restore_never_leaves_an_empty_store(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"")
    broken = tmp_path / "broken-backup.sqlite3"
    broken.write_text("half a copy")
    with pytest.raises(db.RestoreError, match="not an intact"):
        db.restore_from_backup(path, broken)
    assert path.exists() and not path.with_name("shop.sqlite3.restoring").exists()
    good = _store_with_data(tmp_path / "good.sqlite3")
    moved = db.restore_from_backup(path, good)
    assert moved is not None and moved.stat().st_size == 0  # what was there is kept
    store = db.open_store(path)
    with store.session() as s:
        assert s.query(Product).count() == 300
    store.close()
