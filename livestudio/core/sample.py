"""The sample show a first-time user explores: products, a plan, a completed check run, a finished
live log and imported platform data, in English or Chinese, removable in one step.

Everything is written in one transaction and marked (`Show.is_sample`, the sample sheets' SKUs), so
"remove the sample" takes exactly what "add the sample" put in and nothing the user made.
"""

from __future__ import annotations

import json
import logging
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from livestudio.core.db import Store
from livestudio.core.excel.product_import import build_preview, load_for_import
from livestudio.core.intake.mappings import SAMPLE_SOURCE, forget_sample
from livestudio.core.models import LineupItem, Product, Show
from livestudio.core.models.check import CheckResult, CheckRun
from livestudio.core.paths import resource
from livestudio.core.review import demo

log = logging.getLogger("livestudio.sample")
MIN = 60_000


@dataclass(frozen=True)
class SampleContent:
    language: str
    products_file: str
    platform: str
    currency: str
    title: str
    past_titles: tuple[str, str]
    upcoming_title: str
    demo: demo.DemoContent
    scripts: tuple[str, ...]  # cue text per segment, in order
    keep: tuple[str, ...]
    problems: tuple[str, ...]
    tries: tuple[str, ...]
    actions: tuple[tuple[str, str], ...]  # (title, owner)
    checklist: tuple[tuple[str, str, str], ...]  # (key, title, note)


ZH = SampleContent(
    language="zh",
    products_file="products_zh.xlsx",
    platform="Douyin",
    currency="CNY",
    title="冬季护肤好物专场（示例）",
    past_titles=("双十一预热专场（示例）", "秋季新品首发（示例）"),
    upcoming_title="年货节囤货专场（示例）",
    demo=demo.DemoContent(
        host="小雅",
        lineup=(
            ("LS-KH-001", "丝绒雾面口红 #316 豆沙色", 8900, 300, "hero"),
            ("LS-BWB-001", "316 不锈钢保温杯 500ml", 5900, 200, "traffic"),
            ("LS-WJ-001", "羊绒围巾 灰色 180cm", 19900, 120, "profit"),
            ("LS-TZ-001", "福利款 随机小样礼包", 990, 500, "giveaway"),
            ("LS-MS-001", "玻色因紧致面霜 50g", 25900, 80, "profit"),
        ),
        segments=(
            ("opening", "开场：今晚福利预告", 5, 5, None, +40),
            ("showcase", "口红试色：黄皮也能涂", 15, 21, 0, +8),
            ("interaction", "粉丝问答：冬季护肤", 10, 9, None, -3),
            ("flash_sale", "秒杀：保温杯 39 元", 10, 10, 1, +25),
            ("showcase", "羊绒围巾穿搭", 15, 17, 2, -30),
            ("lottery", "评论抽奖：扣 666", 5, 6, None, +30),
            ("closing", "下期预告 + 关注", 5, 4, None, -60),
        ),
        flash_title="保温杯秒杀 39 元",
        discount_title="围巾限时 8 折",
        incident="麦克风没声音约 30 秒，已切换备用麦",
        comments=(
            ("口红颜色太好看了！", 6),
            ("这个色号黄皮能用吗", 8),
            ("价格有点贵", 9),
            ("已拍，期待", 12),
            ("主播声音听不清", 14),
            ("质量怎么样，会不会掉色", 16),
            ("显白吗？", 18),
            ("太贵了吧", 22),
            ("发货快吗", 27),
            ("保温杯已下单", 36),
            ("秒杀抢不到", 38),
            ("保温杯秒没了", 39),
            ("围巾会起球吗", 46),
            ("围巾颜色有色差", 50),
            ("围巾有点贵", 52),
            ("围巾太贵了", 55),
            ("抽奖抽奖", 62),
            ("谢谢主播", 66),
            ("上次的快递还没到", 67),
            ("退货好麻烦", 68),
            ("下次什么时候播", 70),
        ),
    ),
    scripts=(
        "欢迎来到直播间！今晚 3 个福利：保温杯秒杀、围巾 8 折、评论抽奖。点关注不迷路。",
        "上嘴试色 #316，近景拍质地；强调持妆 8 小时、黄皮显白。引导点小黄车 1 号链接。",
        "读评论回答护肤问题；提醒还没关注的家人点关注。",
        "倒计时 3、2、1 上秒杀链接！39 元限量 100 个，拍完即止。",
        "三种围法现场演示；强调羊绒手感、不扎；8 折限时 10 分钟。",
        "评论区扣 666 参与抽奖，截屏抽 3 位送小样礼包。",
        "感谢大家！下周五晚 8 点年货节专场，点关注、点预约。",
    ),
    keep=("开场福利预告留人效果好，前 5 分钟在线涨了 200+", "保温杯秒杀节奏紧凑，10 分钟内售罄"),
    problems=("口红试色超时 6 分钟，后面环节被挤压", "围巾环节在线人数掉得最多，评论集中在价格"),
    tries=("口红试色控制在 15 分钟内，准备 3 个色号对比卡", "围巾先讲价格锚点再上身演示"),
    actions=(("围巾环节重写脚本：先报价再演示", "小雅"), ("备用麦克风开播前测试", "阿杰")),
    checklist=(
        ("lighting", "灯光已打开并检查", ""),
        ("set", "背景布置整洁", ""),
        ("samples", "样品和试色卡到位", ""),
        ("coupons", "平台优惠券/秒杀已设置", "秒杀 39 元 × 100 已在后台配置"),
        ("stock", "库存已确认", ""),
        ("backup", "备用手机/充电宝/热点", "热点已测试"),
        ("silence", "手机已开免打扰", ""),
    ),
)

EN = SampleContent(
    language="en",
    products_file="products_en.xlsx",
    platform="TikTok Shop",
    currency="USD",
    title="Winter glow-up live (sample)",
    past_titles=("Black Friday warm-up (sample)", "Autumn new arrivals (sample)"),
    upcoming_title="Holiday gift guide live (sample)",
    demo=demo.DemoContent(
        host="Maya",
        lineup=(
            ("TT-LIP-01", "Velvet matte lipstick, shade 316", 999, 300, "hero"),
            ("TT-TMB-01", "Insulated tumbler 500 ml", 1299, 200, "traffic"),
            ("TT-SCF-01", "Cashmere scarf, grey", 2900, 120, "profit"),
            ("TT-LIP-02", "Glossy lip oil, grapefruit", 299, 500, "giveaway"),
            ("TT-CRM-01", "Firming night cream 50 g", 2700, 80, "profit"),
        ),
        segments=(
            ("opening", "Opening: tonight's deals", 5, 5, None, +40),
            ("showcase", "Lipstick swatches", 15, 21, 0, +8),
            ("interaction", "Q&A: winter skincare", 10, 9, None, -3),
            ("flash_sale", "Flash sale: tumbler $8.99", 10, 10, 1, +25),
            ("showcase", "Scarf styling", 15, 17, 2, -30),
            ("lottery", "Giveaway: comment 666", 5, 6, None, +30),
            ("closing", "Next show + follow", 5, 4, None, -60),
        ),
        flash_title="Tumbler flash sale $8.99",
        flash_price=899,
        discount_title="Scarf 20% off",
        incident="Mic dropped for about 30 s; switched to the backup mic",
        comments=(
            ("love this shade!", 6),
            ("does it work on warm skin?", 8),
            ("bit pricey", 9),
            ("just ordered!", 12),
            ("can't hear you well", 14),
            ("does it transfer?", 16),
            ("so pretty", 18),
            ("too expensive", 22),
            ("how fast is shipping?", 27),
            ("got the tumbler", 36),
            ("flash sale sold out before I could buy", 38),
            ("tumbler gone already", 39),
            ("does the scarf pill?", 46),
            ("scarf colour looks different on camera", 50),
            ("scarf is too expensive", 52),
            ("scarf price is too high", 55),
            ("666", 62),
            ("thank you!", 66),
            ("my last order still hasn't arrived", 67),
            ("returns are such a hassle", 68),
            ("when is the next live?", 70),
        ),
    ),
    scripts=(
        "Welcome in! Three deals tonight: tumbler flash sale, scarf 20% off, and a giveaway. Tap follow.",
        "Swatch shade 316 close to the lens; say 'lasts 8 hours'. Point to link #1 in the basket.",
        "Read comments and answer skincare questions; remind new viewers to follow.",
        "Countdown 3, 2, 1 — the tumbler is $8.99, only 100. Pin the link now.",
        "Show three ways to wear the scarf; mention cashmere feel; 20% off for 10 minutes.",
        "Comment 666 to enter; screenshot and pick 3 winners for a lip oil.",
        "Thank you! Next show Friday 8 pm: holiday gift guide. Follow and set a reminder.",
    ),
    keep=(
        "The opening deal preview held people: +200 online in 5 minutes",
        "The tumbler flash sale was tight and sold out in 10 minutes",
    ),
    problems=(
        "Lipstick swatches ran 6 minutes over and squeezed later segments",
        "Viewers dropped most during the scarf segment; comments were about price",
    ),
    tries=(
        "Keep swatches within 15 minutes with a 3-shade comparison card",
        "Anchor the scarf price first, then style it",
    ),
    actions=(
        ("Rewrite the scarf segment: price anchor first", "Maya"),
        ("Test the backup mic before going live", "Alex"),
    ),
    checklist=(
        ("lighting", "Lighting on and checked", ""),
        ("set", "Background and set tidy", ""),
        ("samples", "Products and samples at hand", ""),
        ("coupons", "Coupons and flash sales set up on the platform", "Flash sale $8.99 x 100 set"),
        ("stock", "Stock confirmed", ""),
        ("backup", "Backup phone / battery / hotspot ready", "Hotspot tested"),
        ("silence", "Notifications silenced", ""),
    ),
)

CONTENT = {"zh": ZH, "en": EN}


def content_for(language: str) -> SampleContent:
    return ZH if language.lower().startswith("zh") else EN


def sample_skus(store: Store, content: SampleContent) -> set[str]:
    return {sku for sku, _values in _catalog_rows(store, content)}


def _catalog_rows(store: Store, content: SampleContent) -> list[tuple[str, dict[str, object]]]:
    """(sku, parsed values) of the sample product sheet, read with the real importer."""
    loaded = load_for_import(store, resource("sample", content.products_file))
    preview = build_preview(store, loaded.data, loaded.mapping, content.currency)
    return [(ch.sku, ch.values) for ch in preview.to_add + preview.to_update + preview.unchanged]


def has_sample(session: Session) -> bool:
    return session.scalar(select(Show.id).where(Show.is_sample.is_(True)).limit(1)) is not None


def is_empty(session: Session) -> bool:
    return (
        session.scalar(select(Show.id).limit(1)) is None
        and session.scalar(select(Product.id).limit(1)) is None
    )


def add_sample(store: Store, language: str = "en", now: datetime | None = None) -> int:
    """Add the sample (once); returns the id of its finished, reviewed show."""
    content = content_for(language)
    now = now or datetime.now(UTC)
    catalog = _catalog_rows(store, content)
    with store.transaction() as s:
        existing = s.scalar(
            select(Show.id)
            .where(Show.is_sample.is_(True), Show.status == "reviewed")
            .order_by(Show.scheduled_start.desc())
            .limit(1)
        )
        if existing is not None:
            return int(existing)
        products = _add_products(s, catalog, content.currency)
        tonight = (now - timedelta(days=1)).replace(hour=12, minute=0, second=0, microsecond=0)
        past = [
            _finished_show(
                s,
                content,
                content.past_titles[i],
                tonight - timedelta(days=7 * (i + 1)),
                seed=11 + i,
                scale=0.75 - 0.15 * i,
                products=products,
                with_exports=False,
            )
            for i in range(2)
        ]
        main = _finished_show(
            s,
            content,
            content.title,
            tonight,
            seed=7,
            scale=1.0,
            products=products,
            with_exports=True,
        )
        upcoming = _upcoming_show(s, content, products, now)
        _check_run(s, content, upcoming, now - timedelta(minutes=20))
        _retrospective(s, content, main, upcoming)
        for show_id in (*past, main, upcoming):
            s.get(Show, show_id).is_sample = True  # type: ignore[union-attr]
        log.info("sample added: shows %s, %s products", (*past, main, upcoming), len(products))
        return main


def remove_sample(store: Store) -> tuple[int, int]:
    """Remove the sample shows (with their runs, reviews and check runs) and the sample products
    that no show of the user's own uses. Returns (shows removed, products removed)."""
    skus = sample_skus(store, ZH) | sample_skus(store, EN)
    with store.transaction() as s:
        show_ids = list(s.scalars(select(Show.id).where(Show.is_sample.is_(True))))
        if show_ids:
            s.execute(delete(CheckRun).where(CheckRun.show_id.in_(show_ids)))
            s.execute(delete(Show).where(Show.id.in_(show_ids)))
        used = set(
            s.scalars(
                select(LineupItem.product_id)
                .join(Show)
                .where(Show.is_sample.is_(False), LineupItem.product_id.is_not(None))
            )
        )
        candidates = list(s.scalars(select(Product).where(Product.sku.in_(skus))))
        removed = [p for p in candidates if p.id not in used]
        for p in removed:
            s.delete(p)
        forget_sample(s)  # the column mappings its imports remembered
        return len(show_ids), len(removed)


# ---- pieces -----------------------------------------------------------------------------------
def _add_products(
    s: Session, catalog: list[tuple[str, dict[str, object]]], currency: str
) -> dict[str, Product]:
    """The sample catalog, priced in the sample's own currency (dollars for the English one)."""
    out: dict[str, Product] = {}
    for sku, values in catalog:
        product = s.scalar(select(Product).where(Product.sku == sku))
        if product is None:
            product = Product(
                sku=sku, currency=currency, **{k: v for k, v in values.items() if k != "sku"}
            )
            s.add(product)
        out[sku] = product
    s.flush()
    return out


def _link_lineup(s: Session, show_id: int, products: dict[str, Product]) -> None:
    for item in s.scalars(select(LineupItem).where(LineupItem.show_id == show_id)):
        product = products.get(item.sku)
        if product is not None:
            item.product_id = product.id
            item.list_price = product.list_price
            item.cost = product.cost
            item.talking_points = product.selling_points


def _finished_show(
    s: Session,
    content: SampleContent,
    title: str,
    start: datetime,
    *,
    seed: int,
    scale: float,
    products: dict[str, Product],
    with_exports: bool,
) -> int:
    built = demo.build_show(s, start, title=title, seed=seed, scale=scale, content=content.demo)
    show = s.get(Show, built.show_id)
    assert show is not None
    show.platform = content.platform
    show.currency = content.currency
    show.theme = title
    if content.currency != "CNY":  # the demo's goals are in fen; a dollar show aims lower
        show.goal_gmv = int(2_000_000 * scale)
    for seg, script in zip(show.segments, content.scripts, strict=False):
        seg.script = script
    _link_lineup(s, show.id, products)
    _import_platform_data(s, show.id, built, content, with_exports)
    show.status = "reviewed"
    s.flush()
    return show.id


def _import_platform_data(
    s: Session, show_id: int, built: demo.DemoShow, content: SampleContent, full: bool
) -> None:
    """Import the platform's exports through the real importer, as a seller would."""
    from livestudio.core.review import importer

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = [demo.write_douyin_summary(folder / "summary.xlsx", [built])]
        if full:
            files += [
                demo.write_douyin_trend(folder / "trend.xlsx", built),
                demo.write_products(
                    folder / "products.xlsx", built, chinese=content.language == "zh"
                ),
                demo.write_comments(folder / "comments.xlsx", built),
            ]
        for path in files:
            preview = importer.prepare_import(s, show_id, path, tz=UTC)
            importer.apply_import(s, preview, tz=UTC, source=SAMPLE_SOURCE)


def _upcoming_show(
    s: Session, content: SampleContent, products: dict[str, Product], now: datetime
) -> int:
    """Next week's show, planned from the built-in 60-minute template, ready to check and run."""
    from livestudio.core.plan import lineup as lineup_svc
    from livestudio.core.plan import templates

    start = (now + timedelta(days=2)).replace(hour=12, minute=0, second=0, microsecond=0)
    template = templates.find_template(s, "solo60", language=content.language)
    show = templates.create_from_template(
        s, template, title=content.upcoming_title, scheduled_start=start
    )
    show.platform = content.platform
    show.currency = content.currency
    show.hosts = content.demo.host
    show.status = "ready"
    show.goal_gmv = 5_000_000 if content.currency == "CNY" else 800_000
    show.goal_orders = 600
    show.goal_peak_viewers = 800
    show.goal_conversion_pct = 4.0
    picks = [products[row[0]].id for row in content.demo.lineup if row[0] in products]
    lineup_svc.add_products(s, show.id, picks)
    for item, row in zip(lineup_svc.ordered_lineup(s, show.id), content.demo.lineup, strict=False):
        item.live_price, item.allocated_stock, item.role = row[2], row[3], row[4]
    from livestudio.core.plan.draft import apply_draft

    apply_draft(s, show.id)
    s.flush()
    return show.id


def _check_run(s: Session, content: SampleContent, show_id: int, at: datetime) -> None:
    zh = content.language == "zh"
    probes = [
        (
            "camera",
            "摄像头" if zh else "Camera",
            "pass",
            "1920x1080 @ 30.0 fps",
            "≥ 1280x720, ≥ 24 fps",
            {"width": 1920, "height": 1080, "fps": 30.0},
        ),
        (
            "microphone",
            "麦克风" if zh else "Microphone",
            "pass",
            "peak -6.2 dBFS, RMS -21.4 dBFS",
            "peak > -60, < -1 dBFS; RMS > -40 dBFS",
            {"peak_dbfs": -6.2, "rms_dbfs": -21.4},
        ),
        (
            "network",
            "网络" if zh else "Network",
            "pass",
            "median 18 ms, jitter 3 ms, 0/10 lost",
            "0 lost",
            {"median_ms": 18, "jitter_ms": 3, "lost": 0},
        ),
        (
            "upload",
            "上传速度" if zh else "Upload speed",
            "warn",
            "8.1 Mbit/s",
            "≥ 9.0 Mbit/s (6.0 × 1.5)",
            {"mbps": 8.1, "needed_mbps": 9.0},
        ),
        (
            "disk",
            "磁盘空间" if zh else "Disk space",
            "pass",
            "212 GB free",
            "≥ 5.4 GB (2 × show)",
            {"free_gb": 212, "needed_gb": 5.4},
        ),
        (
            "system",
            "电脑状态" if zh else "Computer",
            "pass",
            "CPU 23%, 9.8 GB free, on mains",
            "battery ≥ 50%",
            {"cpu_pct": 23, "free_gb": 9.8},
        ),
        (
            "stream_key",
            "推流码" if zh else "Stream key",
            "pass",
            "已保存在系统钥匙串" if zh else "stored in the system keyring",
            "",
            {},
        ),
    ]
    run = CheckRun(
        show_id=show_id,
        started_at=at,
        finished_at=at + timedelta(minutes=3),
        verdict="go_with_warnings",
        preset="1080p30",
        platform=content.platform,
    )
    s.add(run)
    s.flush()
    pos = 0
    for key, title, status, value, threshold, values in probes:
        s.add(
            CheckResult(
                run_id=run.id,
                position=pos,
                item_key=key,
                title=title,
                kind="probe",
                status=status,
                value_text=value,
                value_json=json.dumps(values),
                threshold=threshold,
                measured_at=at + timedelta(seconds=10 * pos),
            )
        )
        pos += 1
    for key, title, note in content.checklist:
        s.add(
            CheckResult(
                run_id=run.id,
                position=pos,
                item_key=key,
                title=title,
                kind="manual",
                status="pass",
                value_text="✓",
                note=note,
                required=True,
                measured_at=at + timedelta(seconds=10 * pos),
            )
        )
        pos += 1


def _retrospective(s: Session, content: SampleContent, show_id: int, next_show_id: int) -> None:
    from livestudio.core.review import retro

    retro.save_notes(
        s,
        show_id,
        {"keep": list(content.keep), "problem": list(content.problems), "try": list(content.tries)},
    )
    for title, owner in content.actions:
        retro.add_action(s, show_id, title, owner)
    s.flush()
