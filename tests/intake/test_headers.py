"""One header dictionary: product exports of the big platforms and shop tools, and the columns
of TikTok Shop and Douyin live exports, in English, Simplified and Traditional Chinese."""

from __future__ import annotations

import pytest

from livestudio.core.excel.mapping import detect_mapping
from livestudio.core.review.importer import auto_map


@pytest.mark.parametrize(
    ("name", "currency", "expected"),
    [
        (
            "shopify-products.csv",
            "USD",
            [("SH-330", "Merino Wool Scarf", 3900, 12), ("SH-101", "Lip Oil", 1800, 40)],
        ),
        (
            "woocommerce-products.csv",
            "USD",
            [("WC-1", "Ceramic Mug", 1200, 25), ("WC-2", "Tea Towel", 650, 60)],
        ),
        (
            "taobao-qianniu.csv",
            "CNY",
            [("TB-001", "加绒卫衣", 15900, 300), ("TB-002", "针织开衫", 19900, 120)],
        ),
        (
            "doudian-products.csv",
            "CNY",
            [("DD-01", "护手霜 50g", 3990, 500), ("DD-02", "润唇膏", 2990, 800)],
        ),
        (
            "shopee-products.csv",
            "IDR",
            [("BT-M", "Batik Shirt", 150000, 20), ("BT-L", "Batik Shirt", 155000, 15)],
        ),
        ("lazada-products.csv", "MYR", [("LZ-TB-1", "Tumbler 500ml", 4500, 70)]),
        ("etsy-listings.csv", "GBP", [("ET-CDL", "Handmade Candle", 1400, 9)]),
    ],
)
def test_platform_product_exports(preview_of, name: str, currency: str, expected) -> None:
    from tests.intake.conftest import rows

    preview = preview_of(name, currency=currency)
    assert rows(preview) == expected
    assert not preview.rejected and not preview.warnings


def test_the_better_named_column_wins_over_the_leftmost() -> None:
    woo = ["ID", "Type", "SKU", "Name", "Sale price", "Regular price", "Categories"]
    assert detect_mapping(woo) == {
        "sku": 2,
        "name": 3,
        "list_price": 5,
        "category": 6,
    }
    shopify = ["Handle", "Title", "Type", "Variant SKU", "Variant Price", "Cost per item"]
    assert detect_mapping(shopify) == {
        "name": 1,
        "category": 2,
        "sku": 3,
        "list_price": 4,
        "cost": 5,
    }
    assert detect_mapping(["商品編號", "商品名稱", "售價"]) == {
        "sku": 0,
        "name": 1,
        "list_price": 2,
    }
    # 千牛: the seller's own code, not the platform's numeric item id
    assert detect_mapping(["宝贝名称", "商品ID", "商家编码"])["sku"] == 2


def test_tiktok_shop_live_columns() -> None:
    headers = [
        "LIVE name",
        "Start time",
        "Attributed GMV",
        "Orders Paid",
        "Orders Created",
        "Unit Sales",
        "Avg. viewing duration (per viewer)",
        "LIVE impressions",
        "Ads cost",
    ]
    mapping = auto_map("summary", headers)
    assert {f: headers[i] for f, i in mapping.items()} == {
        "title": "LIVE name",
        "start": "Start time",
        "gmv": "Attributed GMV",
        "orders": "Orders Paid",
        "orders_created": "Orders Created",
        "units": "Unit Sales",
        "avg_watch": "Avg. viewing duration (per viewer)",
        "live_impressions": "LIVE impressions",
        "ad_spend": "Ads cost",
    }


def test_douyin_compass_and_baiying_columns() -> None:
    headers = [
        "直播间用户支付金额",
        "直播间曝光人数",
        "直播间曝光次数",
        "净成交金额",
        "净成交订单数",
        "投放消耗",
        "人数峰值",
        "观看人次",
        "离开人数",
    ]
    mapping = auto_map("summary", headers)
    assert {f: headers[i] for f, i in mapping.items()} == {
        "gmv": "直播间用户支付金额",
        "live_impression_users": "直播间曝光人数",
        "live_impressions": "直播间曝光次数",
        "net_gmv": "净成交金额",
        "net_orders": "净成交订单数",
        "ad_spend": "投放消耗",
        "peak_viewers": "人数峰值",
        "views": "观看人次",
        "leaves": "离开人数",
    }
    # a file with only the payment column still imports a GMV
    assert auto_map("summary", ["直播间用户支付金额"]) == {"gmv": 0}
