"""`livestudio review import-traffic SHOW FILE`: prints what it read and every bad row; exit 0
stored, 1 stored with rows skipped, 2 nothing read; --dry-run writes nothing."""

from __future__ import annotations

from typing import Any

from livestudio.cli import main
from livestudio.core.db import Store
from livestudio.core.review.traffic import TrafficService
from tests.review.test_traffic import BAD, DOUYIN, _show


def test_import_traffic_stores_and_prints(store: Store, capsys: Any) -> None:
    sid = _show(store)
    assert main(["review", "import-traffic", str(sid), str(DOUYIN), "--db", str(store.path)]) == 0
    out = capsys.readouterr().out
    assert "Traffic source <- 二级来源" in out
    assert "imported 10 traffic sources, paid 20.8% of viewers" in out
    assert len(TrafficService(store).show_traffic(sid).rows) == 10


def test_dry_run_with_bad_rows_writes_nothing_and_exits_1(store: Store, capsys: Any) -> None:
    sid = _show(store)
    args = ["review", "import-traffic", str(sid), str(BAD), "--dry-run", "--db", str(store.path)]
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "rejected: bad_rows.csv, row 4, column 流量来源: no traffic source named" in out
    assert "(dry run: nothing was written)" in out
    assert TrafficService(store).show_traffic(sid).rows == []


def test_unknown_show_or_file_exits_2(store: Store, capsys: Any) -> None:
    assert main(["review", "import-traffic", "99", str(DOUYIN), "--db", str(store.path)]) == 2
    assert "There is no show with id 99" in capsys.readouterr().err
    sid = _show(store)
    assert main(["review", "import-traffic", str(sid), "nope.csv", "--db", str(store.path)]) == 2
