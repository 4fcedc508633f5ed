"""`livestudio live ...` on a store with a run left live."""

from __future__ import annotations

from livestudio.cli import main
from livestudio.core.live.clock import ShowClock, open_runs
from tests.live.factory import make_show


def test_list_summary_and_end_a_run_left_live(store, capsys) -> None:
    show_id = make_show(store)
    clock = ShowClock.start_new(store, show_id)
    clock.log_sale(3)
    db = str(store.path)
    assert main(["live", "runs", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "live" in out and "双11美妆专场" in out and "2 events" in out
    assert main(["live", "summary", str(show_id), "--db", db]) == 0
    assert "sales logged: 3 units" in capsys.readouterr().out
    assert main(["live", "end", str(clock.run_id), "--db", db]) == 0
    assert open_runs(store) == []
    assert main(["live", "end", str(clock.run_id), "--db", db]) == 1
