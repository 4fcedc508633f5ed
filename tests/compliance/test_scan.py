"""The scanner: what the default list finds and ignores, seller edits, platforms, locations."""

from __future__ import annotations

import pytest

from livestudio.core.compliance import ComplianceService, default_rules
from livestudio.core.db import Store
from tests.compliance.conftest import Planned, plan_show


def found(text: str, platform: str = "") -> list[tuple[str, str]]:
    return [(c.phrase, c.category) for c in default_rules(platform).scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这是全网最低价", [("全网最低价", "price")]),
        ("国家级品质，顶级面料", [("国家级", "absolute"), ("顶级", "absolute")]),
        ("最好用的口红，第一名", [("最好", "absolute"), ("第一", "absolute")]),
        (
            "100%有效，根治痘痘，无副作用",
            [("100%有效", "guarantee"), ("根治", "medical"), ("无副作用", "medical")],
        ),
        (
            "特效减肥神器，零风险，无效退款",
            [
                ("特效", "medical"),
                ("减肥神器", "medical"),
                ("零风险", "guarantee"),
                ("无效退款", "guarantee"),
            ],
        ),
        ("史上最低价，错过再等一年", [("史上最低价", "price"), ("错过再等一年", "price")]),
        ("It cures acne", [("cures", "medical")]),
        (
            "Guaranteed results, #1 in the world",
            [("Guaranteed results", "guarantee"), ("#1", "absolute")],
        ),
        ("100% safe and FDA approved", [("100% safe", "guarantee"), ("FDA approved", "medical")]),
        (
            "a miracle cream, best ever, no side effects",
            [("miracle", "medical"), ("best ever", "absolute"), ("no side effects", "medical")],
        ),
        ("ＮＯ．１的品牌", [("ＮＯ．１", "absolute")]),  # full-width as typed on a phone
        ("加微信领券", [("加微信", "off_platform")]),
    ],
)
def test_the_default_list_finds_banned_claims_in_chinese_and_english(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "最近很多人问",
        "第一次直播，第一步先洗脸",
        "最后一件了，每人最多两件",
        "100%纯棉，100%棉，100% cotton",
        "First time here! A secure checkout and a manicure set",
        "Point to link #1 in the basket",
        "保证金已交",
        "",
    ],
)
def test_allowed_exceptions_and_words_that_merely_contain_a_fragment_are_not_hits(
    text: str,
) -> None:
    assert found(text) == []


def test_a_hit_keeps_the_span_of_what_was_written() -> None:
    text = "今天最近的一款：最好用"
    (claim,) = default_rules().scan(text)
    assert text[claim.start : claim.end] == "最好" == claim.phrase
    assert "Art. 9(3)" in claim.why and claim.label == "Absolute claim"


def test_hits_say_where_they_stand_in_running_order(store: Store, planned: Planned) -> None:
    hits = ComplianceService(store).scan_show(planned.show_id)
    where = [(h.claim.phrase, h.place.text()) for h in hits]
    assert where == [
        ("全网最低价", "segment 2 “Part 2” cue"),
        ("保证", "segment 2 “Part 2” cue"),
        ("根治", "segment 2 “Part 2” cue"),
        ("#1", "segment 3 “Part 3” cue"),
        ("guaranteed results", "segment 3 “Part 3” cue"),
        ("no side effects", "segment 3 “Part 3” cue"),
        ("miracle", "lineup item 2 “Repair serum” talking points"),
        ("最", "product TEE-1 “纯棉T恤” selling points"),
        ("cure", "product SER-1 “Repair serum” notes"),
    ]
    seg2 = hits[0]
    assert seg2.place.row_id == planned.segment_ids[1]
    cue = "这是全网最低价，用了保证不过敏，根治痘痘！"
    assert cue[seg2.claim.start : seg2.claim.end] == "全网最低价"


def test_a_phrase_the_seller_adds_is_found_and_a_default_switched_off_is_not(
    store: Store,
) -> None:
    svc = ComplianceService(store)
    svc.add("", "秒杀价")
    svc.remove("", "顶级")
    rules = svc.rules("Douyin")
    assert [(c.phrase, c.category) for c in rules.scan("顶级秒杀价")] == [("秒杀价", "custom")]
    # a phrase listed as it is counts even where an exception reads the same
    svc.add("", "最近")
    assert [c.phrase for c in svc.rules().scan("最近很火")] == ["最近"]
    svc.remove("", "最近")
    svc.add("", "第一名", kind="allow")
    assert svc.rules().scan("第一名") == ()
    # Reset brings the defaults back and drops the additions
    assert svc.reset("") == 3
    assert [c.phrase for c in svc.rules().scan("顶级秒杀价，第一名")] == ["顶级", "第一"]


def test_platform_words_count_only_in_that_platforms_shows(store: Store) -> None:
    svc = ComplianceService(store)
    svc.add("TikTok Shop", "link in bio", category="off_platform")
    douyin = plan_show(store, "Douyin", "Douyin show", "D")
    tiktok = plan_show(store, "TikTok Shop", "TikTok show", "T")
    with store.transaction() as s:
        from livestudio.core.models import Segment

        for sid in (douyin.segment_ids[3], tiktok.segment_ids[3]):
            s.get(Segment, sid).script = "Check the link in bio, or search 淘宝"  # type: ignore[union-attr]

    def last_cue(planned: Planned) -> list[str]:
        return [h.claim.phrase for h in svc.scan_show(planned.show_id) if h.place.number == 4]

    # the seller's TikTok phrase only on TikTok; Douyin's default ban on naming 淘宝 only on Douyin
    assert last_cue(tiktok) == ["link in bio"]
    assert last_cue(douyin) == ["淘宝"]
    # switching a default off for one platform leaves the others alone
    svc.remove("Douyin", "根治")
    assert "根治" not in [h.claim.phrase for h in svc.scan_show(douyin.show_id)]
    assert "根治" in [h.claim.phrase for h in svc.scan_show(tiktok.show_id)]
    assert "根治" in [c.phrase for c in svc.rules("").scan("根治")]


def test_the_list_for_a_platform_shows_defaults_edits_and_what_is_switched_off(
    store: Store,
) -> None:
    svc = ComplianceService(store)
    svc.add("抖音", "秒杀全场")  # the Chinese name is the same platform
    svc.remove("Douyin", "顶级")
    entries = {(e.phrase, e.kind): e for e in svc.entries("Douyin")}
    assert entries["秒杀全场", "avoid"].platform == "douyin"
    assert not entries["秒杀全场", "avoid"].default
    assert entries["顶级", "avoid"].removed and entries["顶级", "avoid"].default
    assert entries["淘宝", "avoid"].platform == "douyin"  # a Douyin default
    assert ("淘宝", "avoid") not in {(e.phrase, e.kind) for e in svc.entries("TikTok Shop")}
    assert entries["最近", "allow"].default
    assert svc.edited_platforms() == ["douyin"]
    with pytest.raises(ValueError, match="Type a phrase"):
        svc.add("", "   ")
