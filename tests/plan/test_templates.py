"""Templates: three built-ins in English and Chinese, save a show as a template and get it back."""

from __future__ import annotations

from livestudio.core.db import Store
from livestudio.core.models import Show
from livestudio.core.plan import draft, lineup, segments, templates
from livestudio.core.plan.shows import ShowError, create_show, parse_local_start, update_show


def test_builtins_in_both_languages_add_up_and_have_content() -> None:
    found = {(t.key, t.language): t for t in templates.builtin_templates()}
    for key, minutes in (("solo60", 60), ("guest120", 120), ("blitz30", 30)):
        for lang in ("en", "zh"):
            t = found[(key, lang)]
            p = t.payload
            assert t.planned_duration_ms == minutes * 60_000
            assert sum(x["planned_duration_ms"] for x in p["segments"]) == minutes * 60_000
            kinds = {x["kind"] for x in p["promotions"]}
            assert {"lottery", "flash_sale"} <= kinds
            assert p["tasks"] and p["risks"]
    zh = found[("solo60", "zh")].payload["segments"][0]["title"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh)


def test_template_round_trip(store: Store, catalog: list[int]) -> None:
    with store.transaction() as s:
        show = templates.create_from_template(
            s,
            templates.find_template(s, "guest120", "zh"),
            title="嘉宾专场",
            scheduled_start=parse_local_start("2026-12-05 19:30"),
        )
        update_show(s, show.id, audience_age_bands=["25-30", "31-40"], goal_gmv=5_000_000)
        lineup.add_products(s, show.id, catalog[:2])
        draft.apply_draft(s, show.id)
        saved = templates.save_as_template(s, show.id, "My guest show", "zh")
        src_id = show.id
    with store.transaction() as s:
        t = templates.find_template(s, "my guest show")
        assert t.key == f"saved:{saved.id}" and not t.builtin
        new = templates.create_from_template(s, t, title="Next week", scheduled_start=None)
        new_id = new.id
    with store.session() as s:
        a, b = s.get(Show, src_id), s.get(Show, new_id)
        for field in ("planned_duration_ms", "format", "guests", "goal_gmv", "audience_age_bands"):
            assert getattr(a, field) == getattr(b, field)
        assert [(x.kind, x.title, x.planned_duration_ms) for x in a.segments] == [
            (x.kind, x.title, x.planned_duration_ms) for x in b.segments
        ]
        assert [i.sku for i in a.lineup] == [i.sku for i in b.lineup]
        assert len(a.promotions) == len(b.promotions) and len(a.risks) == len(b.risks)
        assert segments.totals(b).state == "exact"


def test_saving_twice_under_one_name_is_refused(store: Store) -> None:
    with store.transaction() as s:
        sid = create_show(s, "Show", with_defaults=False).id
        templates.save_as_template(s, sid, "Weekly")
        try:
            templates.save_as_template(s, sid, "Weekly")
        except ShowError as exc:
            assert "Weekly" in str(exc)
        else:
            raise AssertionError("saved twice")
        templates.save_as_template(s, sid, "Weekly", replace=True)
