"""Remembered column mappings: per kind and exact header signature, with their date; the sample's
are removed with the sample; an auto-detected column beats a remembered one that is missing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from livestudio.core import sample
from livestudio.core.db import Store
from livestudio.core.excel import load_for_import, remember_mapping
from livestudio.core.intake import mappings
from livestudio.core.models import ImportMapping, Show
from livestudio.core.review import importer
from tests.intake.conftest import CASES
from tests.products.sheets import make_xlsx


def test_a_confirmed_mapping_is_remembered_for_exactly_these_headers_with_its_date(
    store: Store, tmp_path: Path
) -> None:
    odd = make_xlsx(tmp_path / "odd.xlsx", [["Artikel", "Name"], ["A-1", "Becher"]])
    loaded = load_for_import(store, odd)
    assert loaded.missing == ["sku"] and not loaded.remembered
    remember_mapping(store, loaded.data.signature, {"sku": 0, "name": 1})
    again = load_for_import(store, odd)
    assert again.remembered and again.mapping == {"sku": 0, "name": 1}
    assert again.remembered_on is not None
    # one more column: another signature, so nothing is "remembered" for it
    wider = make_xlsx(tmp_path / "wider.xlsx", [["Artikel", "Name", "Preis"], ["A-1", "Becher", 3]])
    assert not load_for_import(store, wider).remembered


def test_an_auto_detected_column_beats_a_remembered_one_that_is_not_in_the_file() -> None:
    remembered = mappings.Remembered({"sku": 7, "name": 1}, on=None)  # type: ignore[arg-type]
    assert mappings.merge({"sku": 0, "list_price": 2}, remembered, width=3) == {
        "sku": 0,
        "name": 1,
        "list_price": 2,
    }


def test_the_samples_mappings_go_with_the_sample_and_never_hide_a_real_exports_columns(
    store: Store,
) -> None:
    sample.add_sample(store, "zh")
    with store.session() as s:
        made = s.scalars(select(ImportMapping).where(ImportMapping.source == "sample")).all()
        assert {m.kind for m in made} >= {"review:summary", "review:trend"}
        show_id = s.scalar(
            select(Show.id).where(Show.is_sample.is_(True), Show.status == "reviewed")
        )
        assert show_id is not None
        preview = importer.prepare_import(s, show_id, CASES / "douyin-compass-summary.csv")
    assert not preview.remembered  # was "Using the columns you confirmed last time"
    assert preview.headers[preview.mapping["gmv"]] == "直播间用户支付金额"
    assert preview.headers[preview.mapping["peak_viewers"]] == "人数峰值"
    sample.remove_sample(store)
    with store.session() as s:
        assert s.scalars(select(ImportMapping).where(ImportMapping.source == "sample")).all() == []
