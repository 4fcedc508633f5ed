"""Every migration keeps what the user has: the sample store, taken down to the schema of
0005 (before this round) and brought back up, holds every row of every table it had."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from livestudio.core import sample
from livestudio.core.db import Store, _foreign_keys_off, alembic_config, make_engine, open_store


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith(("sqlite_", "alembic"))
        ]
        return {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}  # noqa: S608
    finally:
        con.close()


def _downgrade(path: Path, revision: str) -> None:
    from alembic import command

    engine = make_engine(path)
    with engine.connect() as conn, _foreign_keys_off(conn):
        with conn.begin():
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    engine.dispose()


def test_down_to_0005_and_up_again_loses_no_row(store: Store, tmp_path: Path) -> None:
    sample.add_sample(store, "en")
    path = store.path
    store.close()
    before = _counts(path)
    assert before["segment"] > 10 and before["live_event"] > 10 and before["lineup_item"] > 5
    _downgrade(path, "0005")
    old = _counts(path)
    assert all(old[t] == n for t, n in before.items() if t in old)
    reopened = open_store(path)  # upgrades to the head again, after a backup
    reopened.close()
    assert _counts(path) == {**before, **{t: 0 for t in before if t not in old}}
