"""The first-run sample show: something real in every workspace, removable without touching user data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from livestudio.cli import main as cli_main
from livestudio.core import sample
from livestudio.core.db import Store
from livestudio.core.live.summary import run_summary
from livestudio.core.models import LineupItem, Product, Show
from livestudio.core.models.check import CheckRun
from livestudio.core.models.review import ReviewComment, ReviewSummary, ReviewTrendPoint

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "title", "currency"),
    [
        ("zh", "冬季护肤好物专场（示例）", "CNY"),
        ("en", "Winter glow-up live (sample)", "USD"),
    ],
)
def test_sample_fills_every_workspace_in_its_language(
    store: Store, language: str, title: str, currency: str
) -> None:
    show_id = sample.add_sample(store, language, now=NOW)
    with store.session() as s:
        main = s.get(Show, show_id)
        assert main is not None and main.title == title and main.currency == currency
        assert main.status == "reviewed" and main.is_sample
        # products: the catalog, and the lineup linked to it
        assert s.query(Product).count() >= 15
        assert all(item.product_id for item in main.lineup)
        # plan: an upcoming show with a run-of-show that fills its length, tasks and risks
        upcoming = s.scalars(select(Show).where(Show.status == "ready")).one()
        assert (
            sum(seg.planned_duration_ms for seg in upcoming.segments)
            == upcoming.planned_duration_ms
        )
        assert upcoming.tasks and upcoming.risks and upcoming.lineup
        # check: a completed run for the upcoming show
        run = s.scalars(select(CheckRun).where(CheckRun.show_id == upcoming.id)).one()
        assert run.verdict == "go_with_warnings" and len(run.results) >= 10
        # live: a finished run with segments, sales and comments
        summary = run_summary(s, show_id)
        assert summary is not None and summary.ended_utc is not None
        assert len(summary.segments) == 7 and summary.sales and summary.entries
        # review: imported platform data
        assert s.scalars(select(ReviewSummary).where(ReviewSummary.show_id == show_id)).one().gmv
        assert s.query(ReviewTrendPoint).filter_by(show_id=show_id).count() == 72
        assert s.query(ReviewComment).filter_by(show_id=show_id).count() >= 20
        # across shows: earlier shows to compare with
        assert s.query(Show).filter(Show.status == "reviewed").count() == 3


def test_adding_twice_adds_nothing_more(store: Store) -> None:
    first = sample.add_sample(store, "en", now=NOW)
    assert sample.add_sample(store, "en", now=NOW) == first
    with store.session() as s:
        assert s.query(Show).count() == 4


def test_remove_takes_the_sample_and_keeps_the_users_own_data(store: Store) -> None:
    sample.add_sample(store, "zh", now=NOW)
    with store.transaction() as s:
        mine = Product(sku="MY-001", name="我的商品")
        s.add(mine)
        lipstick = s.scalars(select(Product).where(Product.sku == "LS-KH-001")).one()
        show = Show(title="My own show")
        s.add(show)
        s.flush()
        s.add(
            LineupItem(
                show_id=show.id, product_id=lipstick.id, sku=lipstick.sku, name=lipstick.name
            )
        )
    shows, products = sample.remove_sample(store)
    assert shows == 4
    with store.session() as s:
        assert [sh.title for sh in s.query(Show)] == ["My own show"]
        skus = {p.sku for p in s.query(Product)}
        assert skus == {"MY-001", "LS-KH-001"}  # a sample product the user planned with stays
        assert s.query(CheckRun).count() == 0
    assert products == 29


def test_cli_adds_and_removes_the_sample(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(store.path)
    store.close()
    assert cli_main(["sample", "--db", db, "--language", "en"]) == 0
    assert "sample show added" in capsys.readouterr().out
    assert cli_main(["--db", db, "sample", "--remove"]) == 0
    assert "removed 4 sample shows and 15 sample products" in capsys.readouterr().out
