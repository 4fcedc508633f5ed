"""Platform exports as sellers download them: every figure lands in the review, a bad optional
cell is left empty with a warning, and the review's dry run says exactly what the import does."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from livestudio.cli import main
from livestudio.core.db import Store
from livestudio.core.models import Show
from livestudio.core.models.review import ReviewSummary
from livestudio.core.review import importer
from tests.intake.conftest import CASES

START = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def show_id(store: Store) -> int:
    with store.transaction() as s:
        show = Show(title="Winter glow-up", scheduled_start=START, currency="USD")
        s.add(show)
        s.flush()
        return show.id


def _import(store: Store, show_id: int, name: str) -> importer.ImportPreview:
    with store.transaction() as s:
        preview = importer.prepare_import(s, show_id, CASES / name, tz=UTC)
        importer.apply_import(s, preview, tz=UTC)
    return preview


def test_a_tiktok_shop_live_list_imports_every_figure(store: Store, show_id: int) -> None:
    preview = _import(store, show_id, "tiktok-live-list.csv")
    assert not preview.problems and not preview.warnings
    with store.session() as s:
        r = s.scalars(select(ReviewSummary)).one()
    assert (r.gmv, r.orders, r.orders_created, r.units) == (123456, 48, 61, 70)
    assert (r.unique_viewers, r.views, r.live_impressions) == (2310, 5120, 48000)
    assert (r.avg_watch_ms, r.duration_ms, r.ad_spend) == (102_000, 3_810_000, 12050)


def test_a_douyin_compass_export_with_only_the_payment_column_has_a_gmv(
    store: Store, show_id: int
) -> None:
    with store.transaction() as s:
        s.get(Show, show_id).currency = "CNY"  # type: ignore[union-attr]
    _import(store, show_id, "douyin-compass-summary.csv")
    with store.session() as s:
        r = s.scalars(select(ReviewSummary)).one()
    assert (r.gmv, r.net_gmv, r.net_orders, r.ad_spend) == (1234560, 1100000, 150, 200000)
    assert (r.views, r.peak_viewers, r.leaves) == (8200, 910, 7900)
    assert (r.live_impression_users, r.live_impressions, r.duration_ms) == (45000, 66000, 3_900_000)


def test_review_dry_run_prints_what_the_import_then_does(
    store: Store,
    show_id: int,
    tmp_path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        (CASES / "tiktok-live-list.csv").read_text(encoding="utf-8").replace("1min 42s", "soon"),
        encoding="utf-8",
    )
    db = str(store.path)
    assert main(["review", "import", str(show_id), str(path), "--dry-run", "--db", db]) == 0
    dry = capsys.readouterr().out.splitlines()
    with store.session() as s:
        assert s.scalars(select(ReviewSummary)).all() == []
    assert main(["review", "import", str(show_id), str(path), "--db", db]) == 0
    real = capsys.readouterr().out.splitlines()
    assert dry[:-1] == real[:-1]
    assert dry[-1] == real[-1] + " (dry run: nothing was written)"
    assert real[-1] == "imported 1 rows, rejected 0, 1 cells left empty"
    assert any(
        line.startswith("left empty: list.csv, sheet list, row 2, column Avg. viewing duration")
        for line in real
    )


def test_ad_spend_from_an_export_gives_the_roi(store: Store, show_id: int) -> None:
    from livestudio.core.review import kpis

    _import(store, show_id, "tiktok-live-list.csv")
    with store.session() as s:
        roi = next(k for k in kpis.kpi_report(s, show_id, history=False) if k.key == "roi")
    assert roi.value == pytest.approx(123456 / 12050)  # GMV $1,234.56 / Ads cost $120.50


def test_figures_past_what_the_store_holds_are_left_empty_not_a_crash_at_write(
    store: Store, show_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    path.write_text(
        "Start time,Attributed GMV,Views\n2026-11-30 12:00,$100000000000000000000,"
        "99999999999999999999999\n",
        encoding="utf-8",
    )
    with store.transaction() as s:
        preview = importer.prepare_import(s, show_id, path, tz=UTC)
        importer.apply_import(s, preview, tz=UTC)  # used to raise OverflowError
    assert [w.column for w in preview.warnings] == ["Attributed GMV", "Views"]
    assert all("larger than LiveStudio can store" in w.reason for w in preview.warnings)
