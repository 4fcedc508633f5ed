"""Review speed figures: big imports, KPIs across many shows, the 14,400 x 5 timeline, report export.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/review.py`. Prints figures; not a pass/fail test.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook

from livestudio.core.db import open_store
from livestudio.core.models.plan import LineupItem, Segment, Show
from livestudio.core.models.review import ReviewSummary, ReviewTrendPoint
from livestudio.core.review import data as review_data
from livestudio.core.review import importer, kpis

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def timed(label: str, fn, *args, **kw):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    result = fn(*args, **kw)
    print(f"{label:<58} {time.perf_counter() - t0:8.3f} s")
    return result


def per_second_trend(path: Path, seconds: int = 14_400) -> Path:
    rng = random.Random(1)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("实时趋势")
    ws.append(
        ["时间", "在线人数", "进入直播间人数", "评论次数", "点赞次数", "成交订单数", "成交金额"]
    )
    base = START.astimezone().replace(tzinfo=None)
    online, acc = 300, [0, 0, 0, 0, 0]
    for sec in range(seconds):
        online = max(20, online + rng.randint(-6, 6))
        acc = [
            acc[0] + rng.randint(0, 3),
            acc[1] + rng.randint(0, 2),
            acc[2] + rng.randint(0, 9),
            acc[3] + (1 if rng.random() < 0.05 else 0),
            acc[4] + (5900 if rng.random() < 0.05 else 0),
        ]
        ws.append(
            [
                (base + timedelta(seconds=sec)).strftime("%Y-%m-%d %H:%M:%S"),
                online,
                acc[0],
                acc[1],
                acc[2],
                acc[3],
                f"{acc[4] / 100:.2f}",
            ]
        )
    wb.save(path)
    return path


def product_sheet(path: Path, n: int = 2_000) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Products")
    ws.append(
        ["SKU", "Product name", "Impressions", "Clicks", "Orders", "Items sold", "GMV", "Refunds"]
    )
    for i in range(n):
        ws.append(
            [
                f"SKU-{i:05d}",
                f"商品 {i} Product {i}",
                f"{1000 + i * 7:,}",
                100 + i % 50,
                5 + i % 9,
                6 + i % 9,
                f"¥{(6 + i % 9) * 59:,.2f}",
                "¥0.00",
            ]
        )
    wb.save(path)
    return path


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "bench.sqlite3")
    with store.transaction() as s:
        show = Show(
            title="4-hour marathon", scheduled_start=START, planned_duration_ms=4 * 3600_000
        )
        s.add(show)
        s.flush()
        for i in range(12):
            s.add(
                Segment(
                    show_id=show.id,
                    position=i,
                    title=f"Segment {i + 1}",
                    planned_duration_ms=20 * 60_000,
                )
            )
        for i in range(0, 2000, 4):
            s.add(
                LineupItem(
                    show_id=show.id, position=i, sku=f"SKU-{i:05d}", name=f"商品 {i} Product {i}"
                )
            )
        sid = show.id
    trend = timed("write a 14,400-row per-second trend .xlsx", per_second_trend, tmp / "trend.xlsx")
    prods = timed("write a 2,000-product result .xlsx", product_sheet, tmp / "products.xlsx")

    def imp(path: Path) -> importer.ImportPreview:
        with store.transaction() as s:
            p = importer.prepare_import(s, sid, path)
            importer.apply_import(s, p)
            return p

    p = timed("import 14,400-row trend (read, detect, parse, store)", imp, trend)
    print(
        f"    -> {len(p.records)} rows, {len(p.problems)} rejected, {len(p.notes)} running totals differenced"
    )
    p = timed("import 2,000-product sheet (read, match lineup, store)", imp, prods)
    print(f"    -> {p.matched[0]}")

    with store.transaction() as s:
        rng = random.Random(2)
        for i in range(500):
            sh = Show(title=f"Show {i}", scheduled_start=START - timedelta(days=500 - i))
            s.add(sh)
            s.flush()
            s.add(
                ReviewSummary(
                    show_id=sh.id,
                    gmv=rng.randint(100_000, 9_000_000),
                    orders=rng.randint(10, 900),
                    buyers=rng.randint(10, 800),
                    views=rng.randint(5_000, 90_000),
                    unique_viewers=rng.randint(2_000, 30_000),
                    avg_watch_ms=rng.randint(30_000, 200_000),
                )
            )
            s.add_all(
                [
                    ReviewTrendPoint(
                        show_id=sh.id, offset_ms=m * 60_000, online=rng.randint(50, 900)
                    )
                    for m in range(0, 120, 2)
                ]
            )

    def all_kpis() -> int:
        n = 0
        with store.session() as s:
            for sh in kpis.shows_with_data(s):
                n += len(kpis.compute(review_data.load(s, sh.id)))
        return n

    n = timed("KPIs of 501 stored shows, one show at a time", all_kpis)
    print(f"    -> {n} KPI values")

    def history() -> int:
        with store.session() as s:
            return len(kpis.kpi_history(s))

    n = timed("KPIs of 501 stored shows, bulk (across-shows trend)", history)
    with store.session() as s:
        timed("KPI report with goals, previous show, median of last 10", kpis.kpi_report, s, sid)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from livestudio.ui.review.charts import TimelineChart

    chart = TimelineChart()
    chart.resize(1400, 600)
    chart.show()
    from livestudio.core.review.service import ReviewService

    snap = timed("review snapshot (what the workspace loads)", ReviewService(store).snapshot, sid)
    timed("timeline chart build, 14,400 points x 5 series + bands", chart.set_data, snap)

    def paint(times: int) -> None:
        vb = chart.plot.getPlotItem().vb
        for i in range(times):
            vb.setXRange(i, 60 + i * 2, padding=0)  # pan + zoom
            chart.plot.grab()
        vb.setXRange(0, 240, padding=0)
        app.processEvents()

    t0 = time.perf_counter()
    paint(20)
    print(
        f"{'pan/zoom and repaint, per frame (20 frames)':<58} {(time.perf_counter() - t0) / 20 * 1000:8.1f} ms"
    )
    empty = TimelineChart()
    empty.resize(1400, 600)
    empty.show()
    t0 = time.perf_counter()
    for i in range(20):
        empty.plot.getPlotItem().vb.setXRange(i, 60 + i * 2, padding=0)
        empty.plot.grab()
    label = "  same for an empty chart (this machine's offscreen cost)"
    print(f"{label:<58} {(time.perf_counter() - t0) / 20 * 1000:8.1f} ms")
    empty.close()
    from livestudio.reports import review_report

    with store.session() as s:
        timed(
            "report export .xlsx (4-hour show, 2,000 products)",
            review_report.export,
            ReviewService(store),
            sid,
            tmp / "r.xlsx",
        )
        timed(
            "report export .pdf (4-hour show, 2,000 products)",
            review_report.export,
            ReviewService(store),
            sid,
            tmp / "r.pdf",
        )
    chart.close()
    store.close()
    sys.stdout.flush()
    # pyqtgraph items can crash the interpreter while it tears down Qt; the figures are printed
    os._exit(0)


if __name__ == "__main__":
    main()
