"""Review fixtures: a finished sample show (plan + live run) and its platform-style exports."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from livestudio.core.db import Store
from livestudio.core.review import demo

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def finished_show(store: Store) -> demo.DemoShow:
    with store.transaction() as s:
        return demo.build_show(s, START)


@pytest.fixture
def exports(tmp_path: Path, finished_show: demo.DemoShow) -> dict[str, Path]:
    d = finished_show
    return {
        "tiktok": demo.write_tiktok_live_list(tmp_path / "LIVE list.xlsx", [d]),
        "douyin": demo.write_douyin_summary(tmp_path / "直播间数据.csv", [d]),
        "trend": demo.write_douyin_trend(tmp_path / "实时趋势.xlsx", d),
        "products": demo.write_products(tmp_path / "商品数据.xlsx", d),
        "comments": demo.write_comments(tmp_path / "评论.csv", d),
    }
