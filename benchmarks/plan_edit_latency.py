"""Prints how long one undoable plan edit takes (snapshot + edit + snapshot), its undo and redo,
and a draft, for a small and a large show. Run: python benchmarks/plan_edit_latency.py"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from livestudio.core.db import open_store
from livestudio.core.models import Product
from livestudio.core.plan import draft, lineup, segments, shows
from livestudio.ui.plan.undo import push_edit


def bench(n_products: int, n_segments: int) -> None:
    store = open_store(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    with store.transaction() as s:
        s.add_all(
            Product(sku=f"SKU-{i:04d}", name=f"商品 {i}", list_price=9900, cost=4000, stock=100)
            for i in range(n_products)
        )
        s.flush()
        sid = shows.create_show(s, "Bench", language="en").id
        lineup.add_products(s, sid, list(range(1, n_products + 1)))
        for i in range(n_segments):
            segments.insert_segment(s, sid, title=f"Segment {i}", duration_ms=60_000)
    stack = QUndoStack()
    edit, undo, redo = [], [], []
    for i in range(30):
        t0 = time.perf_counter()
        push_edit(
            stack,
            store,
            sid,
            "move",
            lambda s, i=i: segments.move_segment(s, sid, i % n_segments, 0),
        )
        t1 = time.perf_counter()
        stack.undo()
        t2 = time.perf_counter()
        stack.redo()
        t3 = time.perf_counter()
        edit.append(t1 - t0)
        undo.append(t2 - t1)
        redo.append(t3 - t2)
    t0 = time.perf_counter()
    push_edit(stack, store, sid, "draft", lambda s: draft.apply_draft(s, sid))
    t_draft = time.perf_counter() - t0
    ms = lambda xs: f"{statistics.median(xs) * 1000:.1f} ms"  # noqa: E731
    print(
        f"{n_products:4d} products, {n_segments:4d} segments: edit {ms(edit)}, undo {ms(undo)}, "
        f"redo {ms(redo)} (median of 30); draft from lineup {t_draft * 1000:.0f} ms"
    )
    store.close()


if __name__ == "__main__":
    app = QCoreApplication(sys.argv)
    bench(5, 12)
    bench(30, 60)
    bench(200, 400)
