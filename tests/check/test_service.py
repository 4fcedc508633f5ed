"""CheckRunService: what the Check screens read and write, as plain dataclasses."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from livestudio.core.checks.results import ProbeResult, Status, Verdict
from livestudio.core.checks.service import CheckRunService, ItemSpec, PlatformData
from livestudio.core.db import Store
from livestudio.core.models import Show


def test_show_picker_lists_the_next_show_first(store: Store) -> None:
    now = datetime.now(UTC)
    with store.transaction() as s:
        s.add(Show(title="Last week", scheduled_start=now - timedelta(days=7)))
        s.add(Show(title="Next month", scheduled_start=now + timedelta(days=30)))
        s.add(Show(title="Tomorrow", scheduled_start=now + timedelta(days=1), platform="Douyin"))
    shows = CheckRunService(store).shows()
    assert [sh.title for sh in shows] == ["Tomorrow", "Next month", "Last week"]
    assert dataclasses.is_dataclass(shows[0]) and shows[0].platform == "Douyin"


def test_runs_are_kept_per_show_and_read_back_whole(store: Store) -> None:
    with store.transaction() as s:
        show = Show(title="双十一", platform="Douyin")
        s.add(show)
        s.flush()
        show_id = show.id
    svc = CheckRunService(store)
    results = [
        ProbeResult("disk", "Disk space", Status.PASS, "77 GB free"),
        ProbeResult("manual:stock", "Stock confirmed", Status.FAIL, "not done yet", kind="manual"),
    ]
    started = datetime.now(UTC)
    run_id = svc.save_run(
        results, show_id=show_id, preset="1080p30", platform="Douyin", started_at=started
    )
    # the workspace keeps one run up to date while the host ticks items
    results[1] = dataclasses.replace(results[1], status=Status.PASS, value_text="done")
    again = svc.save_run(
        results,
        show_id=show_id,
        preset="1080p30",
        platform="Douyin",
        started_at=started,
        run_id=run_id,
    )
    assert again == run_id
    runs = svc.runs(show_id)
    assert [r.id for r in runs] == [run_id] and runs[0].verdict == Verdict.GO
    assert svc.runs(None) == []  # nothing was stored without a show
    back = svc.run(run_id)
    assert [(r.key, r.status) for r in back.results] == [
        ("disk", Status.PASS),
        ("manual:stock", Status.PASS),
    ]
    assert back.show_title == "双十一"
    with pytest.raises(LookupError):
        svc.run(run_id + 100)


def test_the_checklist_is_created_once_and_edited_in_one_go(store: Store) -> None:
    svc = CheckRunService(store)
    first = svc.checklist("en")
    assert svc.checklist("en").id == first.id  # not a second default
    assert first.items[0].title.startswith("Lighting") and first.items[0].key == "lighting"
    assert svc.checklist("zh_CN").items[0].title == "灯光"
    items = [*first.items[1:], ItemSpec("Ring light charged", False)]
    saved = svc.save_checklist(first.id, items)
    assert [i.title for i in saved.items] == [i.title for i in items]
    assert saved.items[-1].key and not saved.items[-1].required
    assert svc.template(first.id) == saved


def test_platforms_come_back_as_plain_data(store: Store) -> None:
    svc = CheckRunService(store)
    pid = svc.save_platform("Douyin", "rtmp://push.example/live", "720p30", None)
    assert svc.platforms() == [
        PlatformData(pid, "Douyin", "rtmp://push.example/live", "720p30", None)
    ]
    assert svc.default_preset("douyin") == "720p30"  # a show's spelling still finds it
    assert svc.default_preset("Whatnot") is None
    svc.delete_platform(pid)
    assert svc.platforms() == []


def test_a_check_run_keeps_its_show_when_the_store_is_migrated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Batch migrations rebuild the show table; with foreign keys on, dropping the old table
    set every check run's show to NULL (and deleted the plans under it)."""
    import sqlite3

    from livestudio.core.db import migrate_to, open_store

    path = tmp_path / "old.sqlite3"
    migrate_to(path, "0007")
    con = sqlite3.connect(path)
    cols = {r[1]: r for r in con.execute("PRAGMA table_info(show)")}
    values = {
        name: ("Old show" if name == "title" else 0 if "INT" in row[2] or "BOOL" in row[2] else "")
        for name, row in cols.items()
        if row[3] and row[4] is None and not row[5]  # NOT NULL, no default, not the key
    }
    names = ", ".join(values)
    con.execute(
        f"INSERT INTO show ({names}) VALUES ({', '.join('?' * len(values))})",  # noqa: S608 - names from table_info
        list(values.values()),
    )
    con.execute(
        "INSERT INTO check_run (show_id, started_at, verdict, preset, platform, source)"
        " VALUES (1, '2026-11-30 12:00:00', 'go', '1080p30', '', 'app')"
    )
    con.commit()
    con.close()
    store = open_store(path)
    try:
        runs = CheckRunService(store).runs(1)
        assert len(runs) == 1 and runs[0].show_title == "Old show"
    finally:
        store.close()
