"""Draft from lineup: adds up to the show length, follows the rules, same input -> same draft."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from livestudio.core.db import Store
from livestudio.core.models import Promotion, Show
from livestudio.core.plan import draft, lineup, segments
from livestudio.core.plan.shows import create_show

MIN = 60_000


@dataclass
class Item:
    name: str
    role: str
    sku: str = ""
    talking_points: str = ""


LINEUP = [
    Item("保湿精华液", "hero"),
    Item("Cotton tee", "traffic"),
    Item("Lip balm", "giveaway"),
    Item("Silk scarf", "profit"),
    Item("Towels", "hero"),
    Item("Socks", "traffic"),
]


@pytest.mark.parametrize("minutes", [30, 60, 61, 90, 120, 180])
@pytest.mark.parametrize("n_items", [0, 1, 3, 6])
def test_draft_adds_up_exactly_to_the_show_length(minutes: int, n_items: int) -> None:
    items = LINEUP[:n_items]
    result = draft.draft_segments(items, minutes * MIN)  # type: ignore[arg-type]
    assert sum(s.duration_ms for s in result) == minutes * MIN
    assert all(s.duration_ms > 0 for s in result)
    assert result[0].kind == "opening" and result[-1].kind == "closing"
    assert [s.lineup_index for s in result if s.kind == "showcase"] == list(range(n_items))


def test_draft_rules_roles_flash_sales_and_breaks() -> None:
    result = draft.draft_segments(LINEUP, 120 * MIN)  # type: ignore[arg-type]
    showcase = {LINEUP[s.lineup_index].name: s.duration_ms for s in result if s.kind == "showcase"}
    # sized by role: hero > profit > traffic > giveaway
    assert (
        showcase["保湿精华液"]
        > showcase["Silk scarf"]
        > showcase["Cotton tee"]
        > showcase["Lip balm"]
    )
    flash = [LINEUP[s.lineup_index].name for s in result if s.kind == "flash_sale"]
    assert flash == ["Cotton tee", "Lip balm", "Socks"]
    for i, s in enumerate(result):  # a flash sale follows its own showcase
        if s.kind == "flash_sale":
            assert result[i - 1].kind == "showcase" and result[i - 1].lineup_index == s.lineup_index
    breaks = [i for i, s in enumerate(result) if s.kind in ("interaction", "lottery")]
    assert {result[i].kind for i in breaks} == {"interaction", "lottery"}
    starts = segments.segment_starts([_Dur(s.duration_ms) for s in result])
    gaps = [
        b - a
        for a, b in zip(
            [0] + [starts[i] for i in breaks],
            [starts[i] for i in breaks] + [120 * MIN],
            strict=True,
        )
    ]
    assert max(gaps) <= 35 * MIN  # about every 20 minutes, never a long stretch without one


def test_draft_is_deterministic() -> None:
    a = draft.draft_segments(LINEUP, 90 * MIN)  # type: ignore[arg-type]
    b = draft.draft_segments(list(LINEUP), 90 * MIN)  # type: ignore[arg-type]
    assert a == b


def test_rules_text_names_the_rules() -> None:
    text = draft.rules_text()
    assert "20 minutes" in text and "flash sale" in text.lower()


def test_apply_draft_replaces_segments_and_keeps_promotion_times(
    store: Store, catalog: list[int]
) -> None:
    with store.transaction() as s:
        sid = create_show(s, "Show", planned_duration_ms=60 * MIN, with_defaults=False).id
        lineup.add_products(s, sid, catalog[:3])
        segments.insert_segment(s, sid, duration_ms=10 * MIN, title="old")
        later = segments.insert_segment(s, sid, duration_ms=10 * MIN)
        s.add(Promotion(show_id=sid, kind="lottery", start_segment_id=later.id))
        s.flush()
        draft.apply_draft(s, sid)
    with store.session() as s:
        show = s.get(Show, sid)
        assert "old" not in {x.title for x in show.segments}
        assert show.segments[0].kind == "opening"
        assert segments.totals(show).state == "exact"
        assert show.promotions[0].start_offset_ms == 10 * MIN
        linked = [x.lineup_item_id for x in show.segments if x.kind == "showcase"]
        assert linked == [i.id for i in show.lineup]


@dataclass
class _Dur:
    planned_duration_ms: int


def test_apply_draft_moves_promotions_to_the_matching_new_segment(
    store: Store, catalog: list[int]
) -> None:
    from livestudio.core.plan.templates import create_from_template, find_template

    with store.transaction() as s:
        show = create_from_template(s, find_template(s, "solo60.en"), title="Re-tie")
        items = lineup.add_products(s, show.id, catalog[:4])
        items[1].role = "traffic"
        s.flush()
        sid = show.id
        draft.apply_draft(s, sid)
    with store.session() as s:
        show = s.get(Show, sid)
        kinds = {x.id: x.kind for x in show.segments}
        by_kind = {p.kind: p for p in show.promotions}
        assert kinds[by_kind["flash_sale"].start_segment_id] == "flash_sale"
        assert kinds[by_kind["lottery"].start_segment_id] == "lottery"
        assert by_kind["lottery"].start_offset_ms is None
