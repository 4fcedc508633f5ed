"""A realistic finished show and platform-style exports for it (TikTok Shop LIVE list, Douyin Compass).

Used by the tests, the benchmarks, screenshots and `resources/sample/`. Deterministic for a seed.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from livestudio.core.models.plan import LineupItem, Promotion, Segment, Show

MIN = 60_000

LINEUP = [  # sku, name, live price (fen), allocated stock, role
    ("LS-001", "丝绒哑光口红 Velvet Matte Lipstick", 8900, 300, "hero"),
    ("CUP-204", "真空保温杯 500ml Vacuum Flask", 5900, 200, "traffic"),
    ("SC-330", "羊毛围巾 Merino Wool Scarf", 19900, 120, "profit"),
    ("MK-017", "补水面膜 10片 Hydrating Sheet Masks", 4900, 500, "traffic"),
    ("BR-002", "化妆刷套装 Brush Set", 12900, 80, "profit"),
]
# kind, title, planned minutes, actual minutes, lineup index, viewer trend per minute
SEGMENTS = [
    ("opening", "开场福利 Opening giveaway", 5, 5, None, +40),
    ("showcase", "口红试色 Lipstick swatches", 15, 21, 0, +8),
    ("interaction", "粉丝问答 Q&A", 10, 9, None, -3),
    ("flash_sale", "秒杀：保温杯 Flash sale", 10, 10, 1, +25),
    ("showcase", "围巾搭配 Scarf styling", 15, 17, 2, -30),
    ("lottery", "抽奖 Lucky draw", 5, 6, None, +30),
    ("closing", "下期预告 Closing", 5, 4, None, -60),
]
COMMENTS = [
    ("口红颜色太好看了！", 6),
    ("这个色号黄皮能用吗", 8),
    ("价格有点贵", 9),
    ("已拍，期待", 12),
    ("主播声音听不清", 14),
    ("质量怎么样，会不会掉色", 16),
    ("love this shade!", 18),
    ("太贵了吧", 22),
    ("发货快吗", 27),
    ("保温杯已下单", 36),
    ("秒杀抢不到", 38),
    ("flask sold out too fast", 39),
    ("围巾会起球吗", 46),
    ("围巾颜色有色差", 50),
    ("scarf is too expensive", 52),
    ("围巾太贵了", 55),
    ("抽奖抽奖", 62),
    ("谢谢主播", 66),
    ("上次的快递还没到", 67),
    ("退货好麻烦", 68),
    ("下次什么时候播", 70),
]


@dataclass(frozen=True)
class DemoContent:
    """What the demo show says (the numbers are generated): the sample show uses one per language."""

    host: str = "小雅 Ya"
    lineup: tuple[tuple[str, str, int, int, str], ...] = tuple(LINEUP)
    segments: tuple[tuple[str, str, int, int, int | None, int], ...] = tuple(SEGMENTS)
    comments: tuple[tuple[str, int], ...] = tuple(COMMENTS)
    flash_title: str = "保温杯秒杀 Flask flash sale"
    discount_title: str = "围巾限时折扣 Scarf discount"
    incident: str = "麦克风没声音 30 秒 Mic dropped for 30 s"
    flash_price: int = 3900  # minor units


@dataclass
class DemoShow:
    show_id: int
    start_utc: datetime
    minutes: int
    online: list[int] = field(default_factory=list)
    entries: list[int] = field(default_factory=list)
    comments: list[int] = field(default_factory=list)
    likes: list[int] = field(default_factory=list)
    orders: list[int] = field(default_factory=list)
    gmv: list[int] = field(default_factory=list)  # fen per minute
    product_rows: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    comment_list: tuple[tuple[str, int], ...] = tuple(COMMENTS)


def build_show(
    session: Session,
    start_utc: datetime,
    title: str = "周五晚间美妆专场 Friday Beauty Live",
    seed: int = 7,
    record_live: bool = True,
    scale: float = 1.0,
    content: DemoContent | None = None,
) -> DemoShow:
    """Plan + (optionally) a finished live run + the numbers the platform would export. Flushed, not committed."""
    rng = random.Random(seed)
    content = content or DemoContent()
    LINEUP = content.lineup  # noqa: N806 (same shape as the module defaults)
    SEGMENTS = content.segments  # noqa: N806
    show = Show(
        title=title,
        platform="douyin",
        scheduled_start=start_utc,
        planned_duration_ms=65 * MIN,
        status="ended",
        currency="CNY",
        goal_gmv=int(6_000_000 * scale),
        goal_orders=int(700 * scale),
        goal_peak_viewers=int(900 * scale),
        goal_conversion_pct=4.0,
        hosts=content.host,
    )
    session.add(show)
    session.flush()
    items = []
    for pos, (sku, name, price, stock, role) in enumerate(LINEUP):
        li = LineupItem(
            show_id=show.id,
            position=pos,
            sku=sku,
            name=name,
            live_price=price,
            list_price=int(price * 1.4),
            allocated_stock=stock,
            role=role,
        )
        session.add(li)
        items.append(li)
    session.flush()
    segs = []
    for pos, (kind, stitle, planned, _a, li_idx, _v) in enumerate(SEGMENTS):
        seg = Segment(
            show_id=show.id,
            position=pos,
            kind=kind,
            title=stitle,
            planned_duration_ms=planned * MIN,
            lineup_item_id=items[li_idx].id if li_idx is not None else None,
        )
        session.add(seg)
        segs.append(seg)
    session.flush()
    flash = Promotion(
        show_id=show.id,
        kind="flash_sale",
        title=content.flash_title,
        lineup_item_id=items[1].id,
        price=content.flash_price,
        quantity_limit=100,
        start_segment_id=segs[3].id,
        duration_ms=8 * MIN,
    )
    scarf = Promotion(
        show_id=show.id,
        kind="discount",
        title=content.discount_title,
        lineup_item_id=items[2].id,
        discount_pct=20,
        quantity_limit=60,
        start_segment_id=segs[4].id,
        duration_ms=10 * MIN,
    )
    session.add_all([flash, scarf])
    session.flush()

    demo = DemoShow(show.id, start_utc, sum(s[3] for s in SEGMENTS), comment_list=content.comments)
    starts = []
    t = 0
    for s in SEGMENTS:
        starts.append(t)
        t += s[3]
    online = 120.0
    events: list[tuple[str, int, dict[str, Any]]] = []
    for m in range(demo.minutes):
        idx = max(i for i, st in enumerate(starts) if st <= m)
        online = max(30.0, online + SEGMENTS[idx][5] * scale * (0.6 + rng.random() * 0.8))
        demo.online.append(int(online))
        demo.entries.append(int(online * (0.25 + rng.random() * 0.1)))
        demo.comments.append(int(online * (0.04 + rng.random() * 0.04)))
        demo.likes.append(int(online * (0.5 + rng.random() * 0.5)))
        kind = SEGMENTS[idx][0]
        rate = {"flash_sale": 0.05, "showcase": 0.018, "lottery": 0.01}.get(kind, 0.006)
        o = int(online * rate * (0.7 + rng.random() * 0.6))
        demo.orders.append(o)
        item_idx = SEGMENTS[idx][4]
        price = LINEUP[item_idx][2] if item_idx is not None else 4900
        if kind == "flash_sale":
            price = content.flash_price
        demo.gmv.append(o * price)
        if m % 2 == 0:
            events.append(("viewers", m * MIN + 30_000, {"count": int(online)}))
    for st in starts[1:]:
        events.append(("next", st * MIN, {}))
    flash_start = starts[3] * MIN
    events.append(
        (
            "promo_start",
            flash_start,
            {
                "key": "flash",
                "promotion_id": flash.id,
                "title": flash.title,
                "lineup_item_id": items[1].id,
                "quantity_limit": 100,
                "duration_ms": 8 * MIN,
            },
        )
    )
    scarf_start = starts[4] * MIN + 2 * MIN
    events.append(
        (
            "promo_start",
            scarf_start,
            {
                "key": "scarf",
                "promotion_id": scarf.id,
                "title": scarf.title,
                "lineup_item_id": items[2].id,
                "quantity_limit": 60,
                "duration_ms": 10 * MIN,
            },
        )
    )
    for m in range(demo.minutes):
        idx = max(i for i, st in enumerate(starts) if st <= m)
        li_idx = SEGMENTS[idx][4]
        if li_idx is None or demo.orders[m] == 0:
            continue
        key = None
        if flash_start <= m * MIN < flash_start + 8 * MIN:
            key = "flash"
        elif scarf_start <= m * MIN < scarf_start + 10 * MIN:
            key = "scarf"
        units = max(1, demo.orders[m] // (2 if key == "scarf" else 1) // 3)
        events.append(
            (
                "sale",
                m * MIN + 20_000,
                {"lineup_item_id": items[li_idx].id, "units": units, "promotion_key": key},
            )
        )
    for text, minute in content.comments:
        events.append(("comment", minute * MIN + 5_000, {"text": text}))
    events.append(("incident", 14 * MIN, {"text": content.incident}))
    events.append(("end", demo.minutes * MIN, {}))
    events.sort(key=lambda e: e[1])
    if record_live:
        from livestudio.core.live.summary import record_run

        record_run(session, show.id, events, start_utc)

    # per-product results as the platform reports them
    per_item_orders = [0] * len(LINEUP)
    for m in range(demo.minutes):
        idx = max(i for i, st in enumerate(starts) if st <= m)
        li_idx = SEGMENTS[idx][4]
        per_item_orders[li_idx if li_idx is not None else 3] += demo.orders[m]
    ctr = [0.12, 0.09, 0.16, 0.07, 0.05]
    c2o = [0.22, 0.35, 0.06, 0.25, 0.18]
    for i, (sku, name, price, _stock, _role) in enumerate(LINEUP):
        orders = max(per_item_orders[i], 3)
        clicks = max(int(orders / c2o[i]), orders)
        impressions = int(clicks / ctr[i])
        units = int(orders * 1.15)
        demo.product_rows.append(
            {
                "sku": sku,
                "name": name,
                "impressions": impressions,
                "clicks": clicks,
                "orders": orders,
                "units": units,
                "gmv": units * price,
                "refunds": int(units * price * (0.02 + 0.02 * i)),
            }
        )
    gmv_total = sum(demo.gmv)
    orders_total = sum(demo.orders)
    uv = int(sum(demo.entries) * 0.8)
    demo.summary = {
        "gmv": gmv_total,
        "orders": orders_total,
        "buyers": int(orders_total * 0.86),
        "units": int(orders_total * 1.15),
        "views": sum(demo.entries) * 2 + 800,
        "uv": uv,
        "peak": max(demo.online),
        "avg": int(sum(demo.online) / len(demo.online)),
        "avg_watch_s": 94 + seed % 30,
        "followers": int(uv * 0.031),
        "likes": sum(demo.likes),
        "comments": sum(demo.comments),
        "shares": int(uv * 0.012),
        "impressions": sum(r["impressions"] for r in demo.product_rows),
        "clicks": sum(r["clicks"] for r in demo.product_rows),
        "refunds": sum(r["refunds"] for r in demo.product_rows),
    }
    return demo


def _yuan(fen: int) -> str:
    return f"{fen / 100:,.2f}"


def _local(dt: datetime) -> datetime:
    return dt.astimezone().replace(tzinfo=None)


def write_tiktok_live_list(path: Path, demos: list[DemoShow]) -> Path:
    """TikTok Shop LIVE list export (one row per session), .xlsx or .csv by suffix."""
    headers = [
        "Livestream",
        "Start time",
        "Duration (s)",
        "Gross revenue",
        "Direct GMV",
        "Items sold",
        "Customers",
        "Avg. price",
        "Orders paid for",
        "GMV/1K shows",
        "GMV/1K views",
        "Views",
        "Viewers",
        "Peak viewers",
        "New followers",
        "Avg. view duration",
        "Likes",
        "Comments",
        "Shares",
        "Product impressions",
        "Product clicks",
        "CTR",
        "CTOR",
    ]
    rows = []
    for d in demos:
        s = d.summary
        rows.append(
            [
                "Friday Beauty Live",
                _local(d.start_utc).strftime("%Y/%m/%d %H:%M"),
                d.minutes * 60,
                "$" + _yuan(s["gmv"]),
                "$" + _yuan(int(s["gmv"] * 0.9)),
                s["units"],
                s["buyers"],
                "$" + _yuan(s["gmv"] // max(1, s["units"])),
                s["orders"],
                _yuan(s["gmv"] * 10 // max(1, s["impressions"])),
                _yuan(s["gmv"] * 10 // max(1, s["views"])),
                f"{s['views']:,}",
                f"{s['uv']:,}",
                s["peak"],
                s["followers"],
                f"{s['avg_watch_s'] // 60}m {s['avg_watch_s'] % 60}s",
                f"{s['likes']:,}",
                s["comments"],
                s["shares"],
                f"{s['impressions']:,}",
                f"{s['clicks']:,}",
                f"{s['clicks'] / max(1, s['impressions']) * 100:.1f}%",
                f"{s['orders'] / max(1, s['clicks']) * 100:.1f}%",
            ]
        )
    return _write(path, headers, rows, title=None)


def write_douyin_summary(path: Path, demos: list[DemoShow]) -> Path:
    headers = [
        "直播标题",
        "开播时间",
        "直播时长",
        "观看人数",
        "观看次数",
        "最高在线",
        "平均在线",
        "人均观看时长(分钟)",
        "成交金额",
        "成交人数",
        "成交订单数",
        "成交件数",
        "商品曝光人数",
        "商品点击人数",
        "新增粉丝",
        "点赞次数",
        "评论次数",
        "分享次数",
        "退款金额",
    ]
    rows = []
    for d in demos:
        s = d.summary
        rows.append(
            [
                "周五晚间美妆专场",
                _local(d.start_utc).strftime("%Y-%m-%d %H:%M:%S"),
                f"{d.minutes // 60}小时{d.minutes % 60}分",
                s["uv"],
                s["views"],
                s["peak"],
                s["avg"],
                round(s["avg_watch_s"] / 60, 2),
                "¥" + _yuan(s["gmv"]),
                s["buyers"],
                s["orders"],
                s["units"],
                s["impressions"],
                s["clicks"],
                s["followers"],
                s["likes"],
                s["comments"],
                s["shares"],
                "¥" + _yuan(s["refunds"]),
            ]
        )
    return _write(path, headers, rows, title="直播间数据 — 抖音电商罗盘")


def write_douyin_trend(path: Path, demo: DemoShow, cumulative: bool = True) -> Path:
    """Per-minute trend with clock times; orders / GMV / entries as running totals like Compass shows them."""
    headers = [
        "时间",
        "在线人数",
        "进入直播间人数",
        "评论次数",
        "点赞次数",
        "成交订单数",
        "成交金额",
    ]
    rows = []
    acc = [0, 0, 0, 0, 0]
    start = _local(demo.start_utc)
    for m in range(demo.minutes):
        vals = [demo.entries[m], demo.comments[m], demo.likes[m], demo.orders[m], demo.gmv[m]]
        if cumulative:
            acc = [a + v for a, v in zip(acc, vals, strict=True)]
            vals = acc
        rows.append(
            [
                (start + timedelta(minutes=m)).strftime("%H:%M"),
                demo.online[m],
                vals[0],
                vals[1],
                vals[2],
                vals[3],
                _yuan(vals[4]),
            ]
        )
    return _write(path, headers, rows, title="实时趋势（按分钟）")


def write_products(path: Path, demo: DemoShow, chinese: bool = True) -> Path:
    if chinese:
        headers = [
            "商品ID",
            "商品名称",
            "商品曝光次数",
            "商品点击次数",
            "成交订单数",
            "成交件数",
            "成交金额",
            "退款金额",
            "备注",
        ]
    else:
        headers = [
            "SKU",
            "Product name",
            "Impressions",
            "Clicks",
            "Orders",
            "Items sold",
            "GMV",
            "Refunds",
            "Notes",
        ]
    rows = [
        [
            r["sku"],
            r["name"],
            r["impressions"],
            r["clicks"],
            r["orders"],
            r["units"],
            "¥" + _yuan(r["gmv"]),
            "¥" + _yuan(r["refunds"]),
            "",
        ]
        for r in demo.product_rows
    ]
    return _write(path, headers, rows, title=None)


def write_comments(path: Path, demo: DemoShow) -> Path:
    start = _local(demo.start_utc)
    headers = ["评论时间", "用户昵称", "评论内容"]
    rows = [
        [
            (start + timedelta(minutes=m, seconds=5)).strftime("%Y-%m-%d %H:%M:%S"),
            f"用户{i:03d}",
            text,
        ]
        for i, (text, m) in enumerate(demo.comment_list)
    ]
    return _write(path, headers, rows, title=None)


def _write(path: Path, headers: list[str], rows: list[list[Any]], title: str | None) -> Path:
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            if title:
                w.writerow([title])
            w.writerow(headers)
            w.writerows(rows)
        return path
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "数据" if any("\u4e00" <= c <= "\u9fff" for c in "".join(headers)) else "Data"
    if title:
        ws.append([title])
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path
