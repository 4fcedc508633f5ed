"""Review shows the stream as OBS saw it, under the viewer curve, and names a viewer drop that
happened while the stream was reconnecting."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from livestudio.core.models import LiveRun, StreamHealth
from livestudio.core.models.review import ReviewTrendPoint
from livestudio.core.review import demo
from tests.review.helpers import import_file

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_stream_health_track_under_the_viewers_and_the_finding(
    qtbot: Any, main_window: Any, tmp_path: Path
) -> None:
    store = main_window.store
    with store.transaction() as s:
        d = demo.build_show(s, START)
    import_file(store, d.show_id, demo.write_douyin_trend(tmp_path / "trend.xlsx", d))
    with store.transaction() as s:
        points = s.scalars(
            select(ReviewTrendPoint).where(ReviewTrendPoint.show_id == d.show_id)
        ).all()
        before = next(p.online for p in points if p.offset_ms == 19 * 60_000)
        for p in points:  # viewers leave while the stream is gone
            if 20 * 60_000 <= p.offset_ms <= 22 * 60_000:
                p.online = int(before * 0.6)
        run_id = s.scalars(select(LiveRun.id).where(LiveRun.show_id == d.show_id)).first()
        for sec in range(0, d.minutes * 60, 5):
            bad = 20 * 60 <= sec < 21 * 60  # a minute of reconnecting at 20:00
            s.add(
                StreamHealth(
                    run_id=run_id,
                    offset_ms=sec * 1000,
                    connected=True,
                    live=True,
                    recording=False,
                    reconnecting=bad,
                    bitrate_kbps=0 if bad else 3000,
                    dropped_pct=0.0,
                )
            )
    main_window.ctx.set_current_show(d.show_id)
    main_window.show_workspace("review")
    ws = main_window.workspace("review")
    qtbot.waitUntil(ws.isVisible)
    ws.refresh(force=True)
    ws.tabs.setCurrentWidget(ws.timeline)
    health = ws.timeline.health
    qtbot.waitUntil(lambda: health.isVisible() and health.width() > 300, timeout=5000)
    assert health.spans == [(20 * 60_000, 21 * 60_000)]
    img = health.grab().toImage()
    reds = sum(
        1
        for x in range(0, img.width(), 2)
        for y in range(0, img.height(), 2)
        if (c := img.pixelColor(x, y)).red() > 150 and c.green() < 120 and c.blue() < 120
    )
    assert reds > 20  # the reconnecting minute is shaded
    found = [f for f in ws.snapshot.findings if f.rule == "stream_problem"]
    assert found and "while the stream reconnected for 1:00 at 20:00" in found[0].evidence
