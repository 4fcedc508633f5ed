"""Run-of-show import: the preview (add or replace, rejected rows with reasons, cells left
empty), the CLI with --dry-run and --replace, Plan's own run-sheet export importing back
unchanged, and one undo step through Plan's snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from livestudio.cli import main
from livestudio.core import sample
from livestudio.core.db import Store
from livestudio.core.intake import SheetError, runsheet
from livestudio.core.models import LineupItem, Promotion, Segment, Show
from livestudio.core.plan.service import PlanService
from tests.intake.conftest import CASES


@pytest.fixture
def show_id(store: Store) -> int:
    with store.transaction() as s:
        show = Show(title="Lipstick night", planned_duration_ms=3_600_000)
        s.add(show)
        s.flush()
        s.add(LineupItem(show_id=show.id, sku="LS-001", name="丝绒口红 #316", position=0))
        s.add(Segment(show_id=show.id, position=0, kind="opening", title="Old opening"))
        return show.id


def _segments(store: Store, show_id: int) -> list[tuple[object, ...]]:
    with store.session() as s:
        return [
            (g.kind, g.title, g.planned_duration_ms, g.lineup_item_id, g.script, g.obs_scene)
            for g in s.scalars(
                select(Segment).where(Segment.show_id == show_id).order_by(Segment.position)
            )
        ]


def test_preview_lists_segments_rejected_rows_and_cells_left_empty(
    store: Store, show_id: int
) -> None:
    with store.session() as s:
        preview = runsheet.prepare(s, show_id, CASES / "runsheet-zh.csv")
        item = s.scalars(select(LineupItem)).one()
    assert preview.summary() == (
        "add 4 segments after the 1 there are, rejected 1, 1 cells left empty"
    )
    assert [
        (g.title, g.kind, g.duration_ms, g.lineup_item_id, g.obs_scene) for g in preview.segments
    ] == [
        ("开场暖场", "opening", 300_000, None, "开场机位"),
        ("口红试色", "showcase", 102_000, item.id, "特写"),
        ("抽奖", "lottery", 200_000, None, "全景"),
        ("下播", "closing", 120_000, None, ""),
    ]
    assert [p.describe() for p in preview.rejected] == [
        "runsheet-zh.csv, row 4, column 时长: 'abc' is not a duration (try 90, 1:30 or 1m30s) "
        "(the cell holds 'abc')"
    ]
    assert [(p.row, p.column, p.reason) for p in preview.warnings] == [
        (6, "商品", "not in this show's lineup (by SKU or name); left empty")
    ]


def test_cli_dry_run_predicts_the_import_and_replace_swaps_the_segments(
    store: Store, show_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    db, path = str(store.path), str(CASES / "runsheet-zh.csv")
    before = _segments(store, show_id)
    args = ["plan", "import-runsheet", str(show_id), path, "--replace", "--db", db]
    assert main([*args, "--dry-run"]) == 1
    dry = capsys.readouterr().out.splitlines()
    assert _segments(store, show_id) == before  # nothing written
    assert main(args) == 1
    real = capsys.readouterr().out.splitlines()
    assert dry[0] == real[0] + " (dry run: nothing was written)" and dry[1:] == real[1:]
    assert real[0] == "replace 1 segments with 4, rejected 1, 1 cells left empty"
    assert [t for _k, t, *_ in _segments(store, show_id)] == [
        "开场暖场",
        "口红试色",
        "抽奖",
        "下播",
    ]


def test_a_file_without_a_duration_column_is_refused_and_nothing_changes(
    store: Store, show_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("Segment,Cue\nOpening,Hello\n", encoding="utf-8")
    before = _segments(store, show_id)
    assert main(["plan", "import-runsheet", str(show_id), str(path), "--db", str(store.path)]) == 2
    assert capsys.readouterr().err == (
        "error: plan.csv has no column for Duration. Its columns are: Segment, Cue.\n"
    )
    assert _segments(store, show_id) == before


def test_plans_own_run_sheet_export_imports_back_unchanged(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample.add_sample(store, "en")
    with store.session() as s:
        upcoming = s.scalar(select(Show.id).where(Show.status != "reviewed", Show.is_sample))
        tied = s.scalars(
            select(Promotion.start_segment_id).where(Promotion.show_id == upcoming)
        ).all()
    assert upcoming is not None
    with store.transaction() as s:  # the OBS scene column round-trips too
        first = s.scalars(
            select(Segment).where(Segment.show_id == upcoming).order_by(Segment.position)
        ).first()
        assert first is not None
        first.obs_scene = "Opening 开场"
    db = str(store.path)
    assert main(["plan", "runsheet", str(upcoming), str(tmp_path / "rs.xlsx"), "--db", db]) == 0
    before = _segments(store, upcoming)
    args = ["plan", "import-runsheet", str(upcoming), str(tmp_path / "rs.xlsx"), "--replace"]
    assert main([*args, "--db", db]) == 0
    assert _segments(store, upcoming) == before
    with store.session() as s:
        scenes = s.scalars(
            select(Segment.obs_scene).where(Segment.show_id == upcoming).order_by(Segment.position)
        ).all()
    assert scenes[0] == "Opening 开场" and not any(scenes[1:])
    with store.session() as s:  # promotions still start with the same segments
        assert (
            s.scalars(select(Promotion.start_segment_id).where(Promotion.show_id == upcoming)).all()
            == tied
        )


def test_the_import_is_one_undo_step_in_plan(store: Store, show_id: int) -> None:
    plan = PlanService(store)
    with store.session() as s:
        preview = runsheet.prepare(s, show_id, CASES / "runsheet-zh.csv", replace=True)
    change = plan.apply(show_id, lambda s: runsheet.apply(s, preview))
    assert change.result == 4 and len(_segments(store, show_id)) == 4
    plan.restore(show_id, change.before)  # what Plan's undo does
    assert [t for _k, t, *_ in _segments(store, show_id)] == ["Old opening"]


def test_an_unknown_show_is_refused(store: Store) -> None:
    with pytest.raises(SheetError, match="There is no show with id 99"), store.session() as s:
        runsheet.prepare(s, 99, CASES / "runsheet-zh.csv")
