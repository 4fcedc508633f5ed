"""The one header dictionary: which column names mean which field, for every kind of import, in
English, Simplified and Traditional Chinese, as the platforms' own exports spell them (Shopify,
WooCommerce, Taobao/Tmall 千牛, 抖店, Shopee, Lazada, Etsy; TikTok Shop LIVE, Douyin 罗盘 and
巨量百应). Within a field, earlier names win over later ones when a file has several."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Collection, Sequence

# ---- products (compared after `normalise_header`: no spaces, brackets or punctuation) -------
PRODUCT_HEADERS: dict[str, tuple[str, ...]] = {
    "sku": (
        "sku",
        "variantsku",
        "sellersku",
        "merchantsku",
        "skucode",
        "skuid",
        "skuno",
        "商家编码",
        "商家編碼",
        "商品编码",
        "商品編碼",
        "商品编号",
        "商品編號",
        "货号",
        "貨號",
        "sku编码",
        "sku編碼",
        "规格编码",
        "規格編碼",
        "商品货号",
        "商品貨號",
        "款号",
        "款號",
        "产品编码",
        "產品編碼",
        "产品编号",
        "產品編號",
        "外部编码",
        "外部編碼",
        "编码",
        "編碼",
        "编号",
        "編號",
        "条码",
        "條碼",
        "商品条码",
        "商品條碼",
        "型号",
        "型號",
        "productcode",
        "itemcode",
        "itemno",
        "itemnumber",
        "articleno",
        "partnumber",
        "styleno",
        "code",
        "parentsku",
        "productid",
        "商品id",
        "宝贝id",
        "寶貝id",
        "listingid",
    ),
    "name": (
        "name",
        "productname",
        "itemname",
        "title",
        "producttitle",
        "itemtitle",
        "product",
        "商品名称",
        "商品名稱",
        "宝贝名称",
        "寶貝名稱",
        "商品标题",
        "商品標題",
        "宝贝标题",
        "寶貝標題",
        "产品名称",
        "產品名稱",
        "品名",
        "名称",
        "名稱",
        "标题",
        "標題",
        "商品名",
        "商品",
    ),
    "list_price": (
        "price",
        "listprice",
        "regularprice",
        "variantprice",
        "retailprice",
        "sellingprice",
        "unitprice",
        "msrp",
        "rrp",
        "tagprice",
        "saleprice",
        "specialprice",
        "售价",
        "售價",
        "价格",
        "價格",
        "宝贝价格",
        "寶貝價格",
        "商品价格",
        "商品價格",
        "零售价",
        "零售價",
        "吊牌价",
        "吊牌價",
        "标价",
        "標價",
        "单价",
        "單價",
        "销售价",
        "銷售價",
        "一口价",
        "一口價",
        "日常价",
        "日常價",
        "原价",
        "原價",
        "定价",
        "定價",
        "建议零售价",
        "建議零售價",
        "现价",
        "現價",
    ),
    "cost": (
        "cost",
        "costperitem",
        "unitcost",
        "costprice",
        "purchaseprice",
        "buyprice",
        "landedcost",
        "成本",
        "成本价",
        "成本價",
        "进价",
        "進價",
        "采购价",
        "採購價",
        "进货价",
        "進貨價",
        "拿货价",
        "拿貨價",
        "供货价",
        "供貨價",
    ),
    "stock": (
        "stock",
        "variantinventoryqty",
        "inventory",
        "qty",
        "quantity",
        "onhand",
        "stockqty",
        "available",
        "stockquantity",
        "units",
        "库存",
        "庫存",
        "宝贝数量",
        "寶貝數量",
        "库存数量",
        "庫存數量",
        "可售库存",
        "可售庫存",
        "现货",
        "現貨",
        "库存量",
        "庫存量",
        "在库",
        "在庫",
        "数量",
        "數量",
    ),
    "category": (
        "category",
        "categories",
        "productcategory",
        "producttype",
        "type",
        "group",
        "department",
        "collection",
        "类目",
        "類目",
        "分类",
        "分類",
        "品类",
        "品類",
        "类别",
        "類別",
        "商品分类",
        "商品分類",
        "商品类目",
        "商品類目",
        "宝贝类目",
        "寶貝類目",
    ),
    "selling_points": (
        "sellingpoints",
        "sellingpoint",
        "keyfeatures",
        "features",
        "highlights",
        "shortdescription",
        "usp",
        "pitch",
        "talkingpoints",
        "卖点",
        "賣點",
        "商品卖点",
        "商品賣點",
        "核心卖点",
        "核心賣點",
        "亮点",
        "亮點",
        "话术",
        "話術",
        "讲解要点",
        "講解要點",
    ),
    "notes": (
        "notes",
        "note",
        "remark",
        "remarks",
        "comment",
        "comments",
        "memo",
        "description",
        "productdescription",
        "备注",
        "備註",
        "備注",
        "说明",
        "說明",
        "附注",
        "附註",
        "商品描述",
        "宝贝描述",
        "寶貝描述",
    ),
}

# ---- platform data (compared after the review importer's own squashing) ----------------------
PLATFORM_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "summary": {
        "title": (
            "livestream",
            "live title",
            "live name",
            "title",
            "直播标题",
            "直播間標題",
            "直播间标题",
            "标题",
            "直播名称",
            "session",
        ),
        "start": (
            "start time",
            "live start time",
            "开播时间",
            "開播時間",
            "直播开始时间",
            "开始时间",
            "直播时间",
            "date",
            "日期",
        ),
        "duration": (
            "duration (s)",
            "duration",
            "live duration",
            "直播时长",
            "直播時長",
            "开播时长",
            "时长",
        ),
        "gmv": (
            "gross revenue",
            "gmv",
            "attributed gmv",
            "total gmv",
            "直播间成交金额",
            "直播间用户支付金额",
            "用户支付金额",
            "直播間成交金額",
            "成交金额",
            "成交金額",
            "总成交金额",
            "销售额",
            "revenue",
        ),
        "direct_gmv": ("direct gmv", "直接成交金额"),
        "net_gmv": ("net gmv", "净成交金额", "淨成交金額"),
        "refunds": ("refunds", "refund amount", "退款金额", "退款金額"),
        "orders": (
            "orders paid",
            "orders paid for",
            "paid orders",
            "sku orders paid",
            "orders",
            "sku orders",
            "直播间成交订单数",
            "成交订单数",
            "成交訂單數",
            "订单数",
            "支付订单数",
        ),
        "orders_created": ("orders created", "created orders", "创建订单数", "下单订单数"),
        "net_orders": ("net orders", "净成交订单数", "淨成交訂單數"),
        "buyers": (
            "customers",
            "buyers",
            "paying customers",
            "成交人数",
            "成交人數",
            "购买人数",
            "支付人数",
        ),
        "units": ("unit sales", "items sold", "units sold", "成交件数", "商品销量", "销量"),
        "views": (
            "views",
            "total views",
            "live views",
            "观看人次",
            "觀看人次",
            "观看次数",
            "累计观看次数",
            "场观",
        ),
        "unique_viewers": (
            "viewers",
            "unique viewers",
            "uv",
            "观看人数",
            "觀看人數",
            "累计观看人数",
        ),
        "peak_viewers": (
            "peak viewers",
            "peak concurrent viewers",
            "pcu",
            "最高在线人数",
            "最高在线",
            "人数峰值",
            "人數峰值",
            "在线人数峰值",
        ),
        "avg_viewers": (
            "avg. concurrent viewers",
            "average concurrent viewers",
            "average viewers",
            "acu",
            "平均在线人数",
            "平均在线",
        ),
        "avg_watch": (
            "avg. viewing duration (per viewer)",
            "avg. viewing duration",
            "avg. view duration",
            "average view duration",
            "avg view duration",
            "人均观看时长",
            "人均觀看時長",
            "人均观看时长(分钟)",
            "人均停留时长",
        ),
        "new_followers": ("new followers", "followers gained", "新增粉丝数", "新增粉丝", "涨粉数"),
        "likes": ("likes", "点赞次数", "点赞数"),
        "comments": ("comments", "评论次数", "评论数"),
        "shares": ("shares", "分享次数", "分享数"),
        "interacting_viewers": ("engaged viewers", "interacting viewers", "互动人数"),
        "product_impressions": ("product impressions", "商品曝光人数", "商品曝光次数"),
        "product_clicks": ("product clicks", "商品点击人数", "商品点击次数"),
        "live_impressions": ("live impressions", "直播间曝光次数", "直播間曝光次數"),
        "live_impression_users": ("live impression viewers", "直播间曝光人数", "直播間曝光人數"),
        "ad_spend": (
            "ads cost",
            "ad cost",
            "ad spend",
            "ads spend",
            "投放消耗",
            "广告消耗",
            "千川消耗",
            "投流消耗",
        ),
        "leaves": ("viewers left", "离开人数", "離開人數"),
    },
    "trend": {
        "time": ("time", "timestamp", "date time", "时间", "時間", "时刻", "时间点"),
        "minute": (
            "minute",
            "minutes",
            "min",
            "offset",
            "elapsed",
            "第几分钟",
            "分钟",
            "开播时长",
            "直播时长",
        ),
        "online": (
            "online viewers",
            "online",
            "concurrent viewers",
            "viewers online",
            "在线人数",
            "在線人數",
            "实时在线人数",
            "在线",
        ),
        "entries": (
            "entries",
            "viewers entered",
            "enter",
            "进入直播间人数",
            "进场人数",
            "进入人数",
            "進入人數",
        ),
        "leaves": ("viewers left", "exits", "离开人数", "離開人數", "离开直播间人数"),
        "comments": ("comments", "评论次数", "评论数"),
        "likes": ("likes", "点赞次数", "点赞数"),
        "orders": ("orders paid", "orders", "paid orders", "成交订单数", "订单数"),
        "gmv": ("gmv", "attributed gmv", "gross revenue", "成交金额", "用户支付金额", "销售额"),
    },
    "products": {
        "sku": (
            "sku",
            "sku id",
            "seller sku",
            "product id",
            "商品id",
            "商品编码",
            "商品編號",
            "货号",
            "sku编码",
        ),
        "name": ("product name", "product", "name", "商品名称", "商品名稱", "商品标题", "商品"),
        "impressions": (
            "impressions",
            "product impressions",
            "曝光次数",
            "商品曝光次数",
            "曝光人数",
            "商品曝光人数",
        ),
        "clicks": (
            "clicks",
            "product clicks",
            "点击次数",
            "商品点击次数",
            "点击人数",
            "商品点击人数",
        ),
        "orders": ("orders paid", "orders", "paid orders", "sku orders", "成交订单数", "订单数"),
        "units": ("unit sales", "units", "items sold", "units sold", "成交件数", "销量"),
        "gmv": (
            "gmv",
            "attributed gmv",
            "gross revenue",
            "revenue",
            "成交金额",
            "用户支付金额",
            "销售额",
        ),
        "refunds": ("refunds", "refund amount", "退款金额"),
    },
    "comments": {
        "time": ("time", "comment time", "minute", "offset", "时间", "评论时间"),
        "author": ("user", "nickname", "author", "username", "用户", "用户昵称", "昵称"),
        "text": ("comment", "comments", "content", "text", "message", "评论", "评论内容", "弹幕"),
    },
}

# ---- run-of-show (直播脚本), compared after `normalise_header` -------------------------------
RUNSHEET_HEADERS: dict[str, tuple[str, ...]] = {
    "title": (
        "segment",
        "title",
        "segmenttitle",
        "name",
        "环节",
        "環節",
        "环节名称",
        "環節名稱",
        "段落",
        "标题",
        "標題",
        "内容",
        "內容",
        "流程",
    ),
    "kind": ("kind", "type", "segmenttype", "类型", "類型", "环节类型", "環節類型"),
    "duration": (
        "duration",
        "plannedduration",
        "length",
        "minutes",
        "mins",
        "时长",
        "時長",
        "计划时长",
        "計劃時長",
        "分钟",
        "分鐘",
    ),
    "product": (
        "productsku",
        "sku",
        "product",
        "productname",
        "商品",
        "商品编码",
        "商品編碼",
        "商品编号",
        "商品編號",
        "商品名称",
        "商品名稱",
        "货号",
        "貨號",
    ),
    "script": (
        "script",
        "cue",
        "cues",
        "cuenotes",
        "notes",
        "talkingpoints",
        "话术",
        "話術",
        "脚本",
        "腳本",
        "台词",
        "臺詞",
        "提示",
        "备注",
        "備註",
        "讲解要点",
    ),
    "obs_scene": ("obsscene", "scene", "obs", "场景", "場景", "obs场景", "obs場景"),
    "warning": ("warning", "warninglead", "warn", "提醒", "提前提醒"),
}

_BRACKETS = re.compile(r"[(\[{（【［].*?[)\]}）】］]")
_NOISE = re.compile(r"[\s_\-./:：*＊#№'\"·]+")


def normalise_header(text: object) -> str:
    """'  售价（元）* ' -> '售价'; 'List Price (CNY)' -> 'listprice'; full-width to ASCII."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    s = _BRACKETS.sub("", s)
    return _NOISE.sub("", s)


def lookup(table: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, int]]:
    """normalised synonym -> (field, rank); the first field to claim a synonym keeps it."""
    out: dict[str, tuple[str, int]] = {}
    for field, syns in table.items():
        for rank, syn in enumerate(syns):
            out.setdefault(normalise_header(syn), (field, rank))
    return out


def detect(
    headers: Sequence[object],
    table: dict[str, tuple[str, ...]],
    index: dict[str, tuple[str, int]] | None = None,
) -> dict[str, int]:
    """field -> 0-based column: for each field the column whose name ranks first in its list
    (Regular price over Sale price), then the leftmost."""
    index = index if index is not None else lookup(table)
    best: dict[str, tuple[int, int]] = {}
    for i, h in enumerate(headers):
        hit = index.get(normalise_header(h))
        if hit is None:
            continue
        field, rank = hit
        if field not in best or rank < best[field][0]:
            best[field] = (rank, i)
    return {f: i for f, (_rank, i) in best.items()}


def header_signature(headers: Sequence[object]) -> str:
    """The key of 'files with exactly these columns' (normalised names, in order)."""
    names = [normalise_header(h) for h in headers]
    while names and not names[-1]:
        names.pop()
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()


def header_text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def find_header_row(
    rows: Sequence[tuple[int, Sequence[object]]],
    score: Callable[[Sequence[object]], int],
    known: Collection[str] = (),
    scan: int = 30,
) -> int | None:
    """Index (into `rows`) of the header among the first `scan` non-empty rows: a row whose
    headers were mapped before, else the first naming two or more fields, else the first naming
    one; None when none does."""
    first_single: int | None = None
    for i, (_n, row) in enumerate(rows[:scan]):
        if known and any(isinstance(c, str) for c in row):
            if header_signature([header_text(c) for c in row]) in known:
                return i
        s = score(row)
        if s >= 2:
            return i
        if s == 1 and first_single is None:
            first_single = i
    return first_single
