"""Plan data for live tests, made through the ORM (Plan's services are written concurrently)."""

from __future__ import annotations

from livestudio.core.db import Store
from livestudio.core.models import LineupItem, Promotion, Segment, Show

MIN = 60_000

# A three-hour show, the way a solo beauty host plans it.
THREE_HOURS = [
    ("opening", "开场暖场 Warm-up", 10, "Say hi, ask where viewers are from"),
    ("showcase", "雪花秀精华 Sulwhasoo serum", 25, "Texture close-up, 3 selling points"),
    ("lottery", "抽奖 Lottery", 5, "Ask viewers to comment 666"),
    ("flash_sale", "秒杀 Flash sale: lip tint", 15, "Countdown, stock left on screen"),
    ("showcase", "Anessa sunscreen 安耐晒", 30, "Water test on the arm"),
    ("qa", "Q&A 问答", 20, "Pick questions from the comments"),
    ("brand_story", "Brand story 品牌故事", 15, "Founder video"),
    ("showcase", "Bundle 套装", 35, "Bundle price vs separate"),
    ("interaction", "Games 互动游戏", 15, "Guess the price"),
    ("closing", "收尾 Closing", 10, "Thank viewers, tease next show"),
]


def make_show(store: Store, segments=THREE_HOURS, title: str = "双11美妆专场 Beauty night") -> int:
    with store.transaction() as s:
        show = Show(title=title, planned_duration_ms=sum(m for _k, _t, m, _s in segments) * MIN)
        s.add(show)
        s.flush()
        serum = LineupItem(
            show_id=show.id,
            position=0,
            sku="SWS-01",
            name="雪花秀精华 Sulwhasoo serum",
            live_price=39900,
            allocated_stock=200,
        )
        tint = LineupItem(
            show_id=show.id,
            position=1,
            sku="LT-02",
            name="Lip tint 唇釉",
            live_price=5900,
            allocated_stock=100,
        )
        s.add_all([serum, tint])
        s.flush()
        for pos, (kind, t, mins, script) in enumerate(segments):
            item = serum.id if "serum" in t else tint.id if "lip" in t else None
            s.add(
                Segment(
                    show_id=show.id,
                    position=pos,
                    kind=kind,
                    title=t,
                    planned_duration_ms=mins * MIN,
                    script=script,
                    lineup_item_id=item,
                )
            )
        s.add(
            Promotion(
                show_id=show.id,
                kind="flash_sale",
                title="Lip tint ¥59 秒杀",
                lineup_item_id=tint.id,
                quantity_limit=50,
                start_offset_ms=40 * MIN,
                duration_ms=3 * MIN,
            )
        )
        s.add(
            Promotion(
                show_id=show.id,
                kind="lottery",
                title="Lottery 抽奖",
                quantity_limit=5,
                start_offset_ms=35 * MIN,
                duration_ms=60_000,
            )
        )
        return show.id
