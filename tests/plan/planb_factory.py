"""Plan test data built straight through the ORM (no Plan services needed)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from livestudio.core.models import LineupItem, Segment, Show

MIN = 60_000


def make_show(
    session: Session,
    title: str = "Friday skincare show",
    *,
    start: datetime | None = datetime(2026, 12, 4, 12, 0, tzinfo=UTC),
    duration_ms: int = 60 * MIN,
    zh: bool = False,
) -> Show:
    """A 60-minute show: 3 lineup items, 5 segments (10+15+15+15+5 min)."""
    show = Show(
        title=title,
        scheduled_start=start,
        planned_duration_ms=duration_ms,
        currency="CNY",
        platform="Douyin",
        hosts="Lily",
    )
    names = (
        ["玻尿酸保湿面膜 10片装", "烟酰胺美白精华 30ml", "氨基酸洁面乳 120g"]
        if zh
        else ["Hyaluronic sheet mask x10", "Niacinamide serum 30 ml", "Amino acid cleanser 120 g"]
    )
    for i, (name, price, stock) in enumerate(
        zip(names, (5900, 12900, 3990), (200, 80, 150), strict=True)
    ):
        show.lineup.append(
            LineupItem(
                position=i,
                sku=f"SKU-{i + 1}",
                name=name,
                list_price=price + 2000,
                cost=price // 3,
                live_price=price,
                allocated_stock=stock,
                role=("traffic", "hero", "profit")[i],
            )
        )
    segs = (
        [
            ("opening", "开场暖场", 10),
            ("showcase", "面膜讲解", 15),
            ("showcase", "精华讲解", 15),
            ("lottery", "福袋抽奖", 15),
            ("closing", "下播预告", 5),
        ]
        if zh
        else [
            ("opening", "Welcome and warm-up", 10),
            ("showcase", "Sheet mask demo", 15),
            ("showcase", "Serum deep-dive", 15),
            ("lottery", "Lucky bag draw", 15),
            ("closing", "Wrap-up and next show", 5),
        ]
    )
    for i, (kind, seg_title, minutes) in enumerate(segs):
        show.segments.append(
            Segment(
                position=i,
                kind=kind,
                title=seg_title,
                planned_duration_ms=minutes * MIN,
                script=("Say hello, pin the mask link" if i == 0 else ""),
            )
        )
    session.add(show)
    session.flush()
    for seg, item in zip(show.segments[1:3], show.lineup[:2], strict=True):
        seg.lineup_item_id = item.id
    session.flush()
    return show
