"""A show written the way hosts write: cues, talking points and catalog selling points, some of
them with claims the platforms ban."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from livestudio.core.db import Store
from livestudio.core.models import LineupItem, Product, Segment, Show


@dataclass
class Planned:
    show_id: int
    segment_ids: list[int]
    lineup_ids: list[int]
    product_ids: list[int]


CUES = (
    "欢迎来到直播间！最近很多家人问，今天第一次上这款。",
    "这是全网最低价，用了保证不过敏，根治痘痘！",
    "Our #1 serum in the world — guaranteed results, no side effects.",
    "点关注，下期见。",
)


def plan_show(
    store: Store, platform: str = "Douyin", title: str = "周五护肤专场", tag: str = "1"
) -> Planned:
    with store.transaction() as s:
        tee = Product(sku=f"TEE-{tag}", name="纯棉T恤", selling_points="100%纯棉，最舒服的T恤")
        serum = Product(
            sku=f"SER-{tag}",
            name="Repair serum",
            selling_points="Soft on skin",
            notes="Supplier says it can cure eczema",
        )
        s.add_all([tee, serum])
        s.flush()
        show = Show(title=title, platform=platform, planned_duration_ms=3_600_000)
        s.add(show)
        s.flush()
        items = [
            LineupItem(
                show_id=show.id,
                product_id=tee.id,
                position=0,
                sku=f"TEE-{tag}",
                name="纯棉T恤",
                talking_points="100%纯棉\n最后一件了",
            ),
            LineupItem(
                show_id=show.id,
                product_id=serum.id,
                position=1,
                sku=f"SER-{tag}",
                name="Repair serum",
                talking_points="First time on live: a miracle serum",
            ),
        ]
        s.add_all(items)
        s.flush()
        segs = [
            Segment(
                show_id=show.id,
                position=i,
                kind="showcase",
                title=f"Part {i + 1}",
                planned_duration_ms=600_000,
                script=cue,
            )
            for i, cue in enumerate(CUES)
        ]
        s.add_all(segs)
        s.flush()
        return Planned(show.id, [x.id for x in segs], [x.id for x in items], [tee.id, serum.id])


@pytest.fixture
def planned(store: Store) -> Planned:
    return plan_show(store)
