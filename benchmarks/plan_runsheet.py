"""Plan-B figures: promotion validation and run-sheet export on a big show.

A 4-hour show: 60 segments, 40 lineup items, 60 promotions, the default tasks and risks.
Prints milliseconds; not a pass/fail test.

    .venv/bin/python benchmarks/plan_runsheet.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from livestudio.core.db import open_store
from livestudio.core.models import LineupItem, Segment, Show
from livestudio.core.plan import promotions as promos
from livestudio.core.plan.defaults import apply_default_tasks_and_risks
from livestudio.reports.pdf import ensure_gui_app
from livestudio.reports.runsheet import export_runsheet

MIN = 60_000


def build(store) -> int:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        show = Show(
            title="双十一 4 小时大场 Singles' Day marathon",
            planned_duration_ms=240 * MIN,
            scheduled_start=datetime(2026, 11, 10, 12, 0, tzinfo=UTC),
        )
        for i in range(40):
            show.lineup.append(
                LineupItem(
                    position=i,
                    sku=f"SKU-{i:03d}",
                    name=f"商品 {i} · Product {i}",
                    list_price=19900,
                    cost=6000,
                    live_price=12900,
                    allocated_stock=100,
                )
            )
        for i in range(60):
            show.segments.append(
                Segment(
                    position=i,
                    kind="showcase",
                    title=f"讲解 {i} · Showcase {i}",
                    planned_duration_ms=4 * MIN,
                    script="上脸演示，引导点击链接 " * 4,
                )
            )
        s.add(show)
        s.flush()
        apply_default_tasks_and_risks(s, show, "zh")
        for i in range(60):
            promos.add_promotion(
                s,
                show.id,
                kind="flash_sale",
                lineup_item_id=show.lineup[i % 40].id,
                price=9900,
                quantity_limit=50,
                start_segment_id=show.segments[i].id,
                duration_ms=3 * MIN,
            )
        return show.id


def timed(label: str, fn, repeat: int = 1) -> None:  # type: ignore[no-untyped-def]
    fn()  # warm-up
    t0 = time.perf_counter()
    for _ in range(repeat):
        fn()
    ms = (time.perf_counter() - t0) * 1000 / repeat
    print(f"{label:<45} {ms:8.1f} ms")


def pages(store, sid: int) -> None:  # type: ignore[no-untyped-def]
    """How long each Plan-B tab takes to rebuild after an edit (what the user waits for)."""
    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from livestudio.ui.context import AppContext
    from livestudio.ui.plan.promotions_page import PromotionsPage
    from livestudio.ui.plan.risks_page import RisksPage
    from livestudio.ui.plan.tasks_page import TasksPage

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        print("(page figures need a QApplication; skipped)")
        return
    ctx = AppContext(store, QSettings())
    stack = QUndoStack()
    built = []
    for cls in (PromotionsPage, TasksPage, RisksPage):
        page = cls(ctx, stack)
        built.append(page)
        page.show()
        page.set_show(sid)
        timed(f"{cls.__name__}.refresh()", page.refresh, 10)
    prom = built[0]
    for page in built[1:]:
        page.hide()  # in the workspace only the current tab re-reads at once
    timed(
        "one undoable promotion edit + refresh",
        lambda: prom.update_selected("bench", quantity_limit=40 + stack.count() % 5),
        10,
    )
    stack.blockSignals(True)
    for page in built:
        page.close()
        page.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication(["bench"])
    ensure_gui_app()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.sqlite3")
        sid = build(store)
        with store.session() as s:
            show = s.get(Show, sid)
            assert show is not None
            _ = (show.segments, show.lineup, show.promotions)
            timed(
                "validate 60 promotions (loaded show)", lambda: promos.validate_promotions(show), 50
            )
            timed("promotion_windows (loaded show)", lambda: promos.promotion_windows(show), 50)
        timed(
            "run sheet .xlsx (60 segments)",
            lambda: export_runsheet(store, sid, Path(tmp) / "r.xlsx"),
            3,
        )
        timed(
            "run sheet PDF A4 (60 segments)",
            lambda: export_runsheet(store, sid, Path(tmp) / "r.pdf"),
            3,
        )
        size = (Path(tmp) / "r.pdf").stat().st_size
        print(f"{'PDF size':<45} {size / 1024:8.1f} KiB")
        pages(store, sid)
        store.close()


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of the Qt objects (a PySide6 finaliser crash, not ours)
