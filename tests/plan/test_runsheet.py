"""The run sheet: what a host would read on paper, in the xlsx and the PDF."""

from __future__ import annotations

import shutil
import subprocess
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from livestudio.core import fmt
from livestudio.core.plan import promotions as promos
from livestudio.core.plan.defaults import apply_default_tasks_and_risks
from livestudio.reports.runsheet import RunSheetError, export_runsheet
from tests.plan.planb_factory import MIN, make_show


@pytest.fixture(autouse=True)
def _widgets_app(qapp):  # type: ignore[no-untyped-def]
    """PDF layout needs a GUI app; make it pytest-qt's QApplication, not a bare QGuiApplication
    (which would break every widget test that runs after this module)."""
    return qapp


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Local time is China Standard Time (UTC+8, no DST) for the test."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _plan(store, *, start: datetime, zh: bool = False, duration_ms: int = 60 * MIN) -> int:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        show = make_show(
            s,
            "周五护肤专场" if zh else "Friday skincare show",
            start=start,
            zh=zh,
            duration_ms=duration_ms,
        )
        show.goal_gmv = 5_000_000
        show.goal_orders = 400
        show.segments[1].script = (
            "上脸演示，引导点击 1 号链接" if zh else "Apply on camera; point to link #1"
        )
        apply_default_tasks_and_risks(s, show, "zh" if zh else "en")
        promos.add_promotion(
            s,
            show.id,
            kind="flash_sale",
            title="精华秒杀" if zh else "Serum flash sale",
            lineup_item_id=show.lineup[1].id,
            price=9900,
            quantity_limit=50,
            start_segment_id=show.segments[2].id,
            duration_ms=5 * MIN,
        )
        promos.add_promotion(
            s,
            show.id,
            kind="lottery",
            title="福袋" if zh else "Lucky bag",
            start_offset_ms=42 * MIN,
            duration_ms=3 * MIN,
        )
        return show.id


def _rows(ws) -> list[tuple]:  # type: ignore[no-untyped-def]
    return list(ws.iter_rows(min_row=2, values_only=True))


def test_xlsx_has_every_part_of_the_plan(store, tmp_path: Path, shanghai) -> None:  # type: ignore[no-untyped-def]
    sid = _plan(store, start=datetime(2026, 12, 4, 12, 0, tzinfo=UTC))  # 20:00 in Shanghai
    out = export_runsheet(store, sid, tmp_path / "sheet.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Overview", "Run-of-show", "Promotions", "Lineup", "Risks"]
    overview = dict((r[0], r[1]) for r in _rows(wb["Overview"]))
    assert overview["Show"] == "Friday skincare show"
    start = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    assert fmt.date_text(start) in overview["When"] and "20:00" in overview["When"]
    assert "UTC+08:00" in overview["When"]
    assert overview["Goal: GMV"] == "¥50,000.00" and overview["Goal: Orders"] == "400"
    ros = _rows(wb["Run-of-show"])
    assert [r[0] for r in ros] == ["20:00", "20:10", "20:25", "20:40", "20:55"]
    assert ros[1][4] == "Sheet mask demo" and ros[1][5] == "Hyaluronic sheet mask x10"
    assert ros[1][6] == 59 and ros[1][7] == "Apply on camera; point to link #1"
    assert "20:25 Flash sale: Serum flash sale (5:00)" in ros[2][8]  # fires with its segment
    assert "20:42 Lottery: Lucky bag" in ros[3][8]
    pr = _rows(wb["Promotions"])
    assert [(r[0], r[1], r[3], r[5], r[6]) for r in pr] == [
        ("20:25", "20:30", "Serum flash sale", "¥99.00", 50),
        ("20:42", "20:45", "Lucky bag", None, None),
    ]
    lineup = _rows(wb["Lineup"])
    assert [(r[2], r[5]) for r in lineup] == [
        ("Hyaluronic sheet mask x10", 59),
        ("Niacinamide serum 30 ml", 129),
        ("Amino acid cleanser 120 g", 39.9),
    ]
    risks = _rows(wb["Risks"])
    assert [r[0] for r in risks] == sorted((r[0] for r in risks), reverse=True)
    assert risks[0][3].startswith("Network drop") and risks[0][4]


def test_midnight_crossing_and_flags_in_the_sheet(store, tmp_path: Path, shanghai) -> None:  # type: ignore[no-untyped-def]
    sid = _plan(store, start=datetime(2026, 12, 4, 15, 30, tzinfo=UTC))  # 23:30 local
    with store.transaction() as s:
        promos.add_promotion(
            s,
            sid,
            kind="coupon",
            title='=HYPERLINK("x")',
            start_offset_ms=58 * MIN,
            duration_ms=10 * MIN,
        )
    wb = load_workbook(export_runsheet(store, sid, tmp_path / "late.xlsx"))
    assert [r[0] for r in _rows(wb["Run-of-show"])] == [
        "23:30",
        "23:40",
        "23:55",
        "00:10 +1",
        "00:25 +1",
    ]
    coupon = _rows(wb["Promotions"])[-1]
    # shown as typed, but a text cell (quote prefix), never a live formula
    title_cell = wb["Promotions"].cell(row=wb["Promotions"].max_row, column=4)
    assert coupon[3] == '=HYPERLINK("x")' and title_cell.data_type == "s"
    assert title_cell.quotePrefix
    assert "outside the show" in coupon[7]


def _pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Qt maps some CJK glyphs back to their Kangxi-radical twins (⾯ for 面); NFKC folds them back
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize(("zh", "page"), [(False, "Letter"), (True, "A4")])
def test_pdf_has_pages_times_and_titles(
    store, tmp_path: Path, shanghai, zh: bool, page: str
) -> None:  # type: ignore[no-untyped-def]
    sid = _plan(store, start=datetime(2026, 12, 4, 12, 0, tzinfo=UTC), zh=zh)
    out = export_runsheet(store, sid, tmp_path / "sheet.pdf", page=page)
    data = out.read_bytes()
    assert (
        data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1
    )
    assert not list(tmp_path.glob("*.part"))
    text = _pdf_text(out)
    if text is None:
        pytest.skip("pdftotext not installed")
    segs = (
        ["开场暖场", "面膜讲解", "精华讲解", "福袋抽奖", "下播预告"]
        if zh
        else [
            "Welcome and warm-up",
            "Sheet mask demo",
            "Serum deep-dive",
            "Lucky bag draw",
            "Wrap-up and next show",
        ]
    )
    for title in segs:
        assert title in text
    for clock in ("20:00", "20:10", "20:25", "20:40", "20:55"):
        assert clock in text
    assert ("网络中断" if zh else "Network drop") in text
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(out)], capture_output=True, text=True, check=True
        ).stdout
        size = "(A4)" if page == "A4" else "612 x 792"
        assert size in info


def test_bad_requests_are_refused_with_a_reason(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sid = _plan(store, start=datetime(2026, 12, 4, 12, 0, tzinfo=UTC))
    with pytest.raises(RunSheetError, match=r"\.pdf or \.xlsx"):
        export_runsheet(store, sid, tmp_path / "sheet.docx")
    with pytest.raises(RunSheetError, match="does not exist"):
        export_runsheet(store, 999, tmp_path / "sheet.pdf")
    assert not list(tmp_path.glob("sheet*"))


def test_show_without_start_time_uses_offsets(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sid = _plan(store, start=datetime(2026, 12, 4, 12, 0, tzinfo=UTC))
    with store.transaction() as s:
        from livestudio.core.models import Show

        s.get(Show, sid).scheduled_start = None  # type: ignore[union-attr]
    wb = load_workbook(export_runsheet(store, sid, tmp_path / "x.xlsx"))
    assert [r[0] for r in _rows(wb["Run-of-show"])] == ["0:00", "10:00", "25:00", "40:00", "55:00"]


def test_an_empty_show_still_prints(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from livestudio.core.models import Show

    with store.transaction() as s:
        show = Show(title="Blank draft", planned_duration_ms=30 * MIN)
        s.add(show)
        s.flush()
        sid = show.id
    pdf = export_runsheet(store, sid, tmp_path / "blank.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    wb = load_workbook(export_runsheet(store, sid, tmp_path / "blank.xlsx"))
    assert (
        _rows(wb["Run-of-show"]) == []
        and dict((r[0], r[1]) for r in _rows(wb["Overview"]))["Show"] == "Blank draft"
    )


def test_twelve_hour_clocks_keep_the_minutes_big_and_whole(store, shanghai) -> None:  # type: ignore[no-untyped-def]
    """An en_US run sheet: '8:00 PM' reads as a big 8:00 with PM beside it, never cut as '8:0'."""
    from PySide6.QtCore import QLocale

    from livestudio.reports.runsheet import collect, render_html

    QLocale.setDefault(QLocale("en_US"))  # the plan conftest puts en_GB back afterwards
    sid = _plan(store, start=datetime(2026, 12, 4, 12, 0, tzinfo=UTC))  # 8 PM in Shanghai
    with store.session() as s:
        html = render_html(collect(s, sid))
    assert "<span class='clock'>8:00</span><br><span class='sec'>PM</span>" in html
    assert "<span class='clock'>8:10</span>" in html
