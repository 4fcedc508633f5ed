"""Which column holds which product field: header names in English and Chinese (simplified and
traditional), header-row detection, and a signature for remembering a mapping the user confirmed."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

REQUIRED_FIELDS: tuple[str, ...] = ("sku",)

# Normalised header text (see `normalise_header`) -> field. Lists are the seller's real words:
# platform back-office exports (抖店, 淘宝/千牛, 有赞, Shopee, TikTok Shop) and hand-made sheets.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "sku": (
        "sku",
        "skuid",
        "skucode",
        "skuno",
        "productcode",
        "productid",
        "itemcode",
        "itemno",
        "itemnumber",
        "articleno",
        "code",
        "sellersku",
        "merchantsku",
        "partnumber",
        "styleno",
        "商品编码",
        "商品編碼",
        "货号",
        "貨號",
        "商家编码",
        "商家編碼",
        "款号",
        "款號",
        "编码",
        "編碼",
        "商品货号",
        "商品貨號",
        "sku编码",
        "sku編碼",
        "商品id",
        "产品编码",
        "產品編碼",
        "规格编码",
        "規格編碼",
        "条码",
        "條碼",
        "商品条码",
        "商品條碼",
        "外部编码",
        "外部編碼",
        "型号",
        "型號",
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
        "品名",
        "名称",
        "名稱",
        "商品标题",
        "商品標題",
        "标题",
        "標題",
        "商品",
        "产品名称",
        "產品名稱",
        "宝贝名称",
        "寶貝名稱",
        "商品名",
    ),
    "list_price": (
        "price",
        "listprice",
        "retailprice",
        "saleprice",
        "sellingprice",
        "unitprice",
        "msrp",
        "rrp",
        "tagprice",
        "售价",
        "售價",
        "价格",
        "價格",
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
        "商品价格",
        "商品價格",
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
    ),
    "cost": (
        "cost",
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
        "qty",
        "quantity",
        "inventory",
        "onhand",
        "stockqty",
        "available",
        "units",
        "库存",
        "庫存",
        "数量",
        "數量",
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
    ),
    "category": (
        "category",
        "type",
        "producttype",
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
    ),
    "selling_points": (
        "sellingpoints",
        "sellingpoint",
        "keyfeatures",
        "features",
        "highlights",
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
        "备注",
        "備註",
        "備注",
        "说明",
        "說明",
        "附注",
        "附註",
    ),
}

_LOOKUP: dict[str, str] = {syn: field for field, syns in SYNONYMS.items() for syn in syns}
_BRACKETS = re.compile(r"[(\[{（【［].*?[)\]}）】］]")
_NOISE = re.compile(r"[\s_\-./:：*＊#№'\"·]+")


def normalise_header(text: object) -> str:
    """'  售价（元）* ' -> '售价'; 'List Price (CNY)' -> 'listprice'; full-width to ASCII."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).strip().casefold()
    s = _BRACKETS.sub("", s)
    return _NOISE.sub("", s)


def match_header(text: object) -> str | None:
    """The product field a header names, or None."""
    key = normalise_header(text)
    if not key:
        return None
    return _LOOKUP.get(key)


def detect_mapping(headers: Sequence[object]) -> dict[str, int]:
    """field -> 0-based column index; when two columns name the same field the first wins."""
    mapping: dict[str, int] = {}
    for i, h in enumerate(headers):
        field = match_header(h)
        if field and field not in mapping:
            mapping[field] = i
    return mapping


def header_signature(headers: Sequence[object]) -> str:
    """A stable key for 'files with the same headers' (normalised, order-sensitive)."""
    names = [normalise_header(h) for h in headers]
    while names and not names[-1]:
        names.pop()
    return hashlib.sha256("\x1f".join(names).encode("utf-8")).hexdigest()


def header_score(row: Sequence[object]) -> int:
    """How many distinct product fields a row's cells name (header-row detection)."""
    return len({f for f in (match_header(c) for c in row if isinstance(c, str)) if f})
