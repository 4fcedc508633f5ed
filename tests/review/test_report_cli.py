"""The review report read back (xlsx sheets, values, native charts; PDF pages) and the headless commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from livestudio.cli import main
from livestudio.core.db import Store
from livestudio.core.money import format_money
from livestudio.core.review import demo
from livestudio.core.review.service import ReviewService
from tests.review.helpers import import_file


@pytest.fixture(autouse=True)
def _qapp(qapp):  # type: ignore[no-untyped-def]
    """Reports lay text out with Qt: make the test QApplication first (not a bare QGuiApplication)."""
    return qapp


@pytest.fixture
def reviewed(store: Store, finished_show: demo.DemoShow, exports: dict[str, Path]) -> demo.DemoShow:
    for kind in ("douyin", "trend", "products", "comments"):
        import_file(store, finished_show.show_id, exports[kind])
    return finished_show


def test_xlsx_report_sheets_values_and_charts(
    store: Store, reviewed: demo.DemoShow, tmp_path: Path
) -> None:
    from livestudio.reports import review_report

    path = tmp_path / "review.xlsx"
    review_report.export_xlsx(ReviewService(store).snapshot(reviewed.show_id), path)
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "Summary",
        "Segments",
        "Products",
        "Minute trend",
        "Feedback",
        "Findings",
    ]
    summary = wb["Summary"]
    rows = {r[0]: r for r in summary.iter_rows(min_row=5, values_only=True)}
    assert rows["GMV"][1] == pytest.approx(reviewed.summary["gmv"] / 100)
    assert rows["GMV"][2] == format_money(reviewed.summary["gmv"])
    assert rows["GMV"][4] == "missed"  # the sample's goal is ¥60,000
    assert rows["Conversion"][4] == "met"
    assert "buyers ÷ unique viewers" in rows["Conversion"][8]
    trend = wb["Minute trend"]
    online = [r[2] for r in trend.iter_rows(min_row=2, values_only=True)]
    assert online == reviewed.online
    assert (
        trend.cell(row=6, column=2).value == "开场福利 Opening giveaway"
    )  # minute 4: the segment it fell in
    assert (
        trend.cell(row=7, column=2).value == "口红试色 Lipstick swatches"
    )  # minute 5: the next one began
    assert len(trend._charts) == 1 and type(trend._charts[0]).__name__ == "LineChart"
    assert type(wb["Products"]._charts[0]).__name__ == "BarChart"
    assert type(wb["Segments"]._charts[0]).__name__ == "BarChart"
    products = list(wb["Products"].iter_rows(min_row=2, values_only=True))
    assert products[0][1] == "羊毛围巾 Merino Wool Scarf"  # sorted by GMV
    findings = [r[0] for r in wb["Findings"].iter_rows(min_row=2, max_row=4, values_only=True)]
    assert any(f and "Scarf styling" in f for f in findings)


def test_xlsx_report_neutralises_formula_like_text(
    store: Store, reviewed: demo.DemoShow, tmp_path: Path
) -> None:
    from livestudio.core.models.plan import Show
    from livestudio.core.review import feedback
    from livestudio.reports import review_report

    with store.transaction() as s:
        feedback.add_pasted(s, reviewed.show_id, '=HYPERLINK("http://x","click")')
        show = s.get(Show, reviewed.show_id)
        assert show is not None
        show.title = "=1+1 Friday"
    path = tmp_path / "review.xlsx"
    review_report.export_xlsx(ReviewService(store).snapshot(reviewed.show_id), path)
    wb = load_workbook(path)
    # shown exactly as typed, as text cells Excel never runs (quotePrefix, no apostrophe)
    cells = {c.value: c for (c,) in wb["Feedback"].iter_rows(min_row=2, min_col=3, max_col=3)}
    pasted = cells['=HYPERLINK("http://x","click")']
    assert pasted.quotePrefix and pasted.data_type == "s"
    title = wb["Summary"]["A1"]
    assert title.value == "=1+1 Friday" and title.quotePrefix and title.data_type == "s"


def test_pdf_report_has_the_one_pager_and_detail_pages(
    store: Store, reviewed: demo.DemoShow, tmp_path: Path
) -> None:
    from livestudio.reports import review_report

    path = tmp_path / "review.pdf"
    review_report.export_pdf(ReviewService(store).snapshot(reviewed.show_id), path)
    data = path.read_bytes()
    assert (
        data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 0
    )
    assert data.count(b"/Subtype /Image") >= 3  # timeline, segments, products (+ funnel)
    assert len(data) > 30_000


def test_timeline_image_shows_bands_and_the_viewer_line(
    store: Store, reviewed: demo.DemoShow
) -> None:
    from livestudio.reports import review_report

    img = review_report.timeline_image(ReviewService(store).snapshot(reviewed.show_id), 800, 300)
    colours = {img.pixelColor(x, y).name() for x in range(0, 800, 4) for y in range(0, 300, 4)}
    assert "#1f77b4" in colours  # the online viewers line
    assert len(colours) > 20  # bands, labels, markers — not a blank image


def test_cli_import_kpis_export(
    store: Store,
    finished_show: demo.DemoShow,
    exports: dict[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = str(store.path)
    sid = str(finished_show.show_id)
    assert main(["review", "import", sid, str(exports["tiktok"]), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Session summary (tiktok)" in out and "matched: Row 2 matched this show" in out
    assert "GMV <- Gross revenue" in out and "imported 1 rows" in out
    assert (
        main(["review", "import", sid, str(exports["trend"]), "--kind", "trend", "--db", db]) == 0
    )
    assert "running total" in capsys.readouterr().out
    assert main(["review", "kpis", sid, "--json", "--db", db]) == 0
    payload = json.loads(capsys.readouterr().out)
    k = {x["key"]: x for x in payload["kpis"]}
    assert k["gmv"]["value"] == finished_show.summary["gmv"] and k["gmv"]["goal_met"] is False
    assert k["refund_rate"]["value"] is None and k["refund_rate"]["display"] == "—"
    assert k["refund_rate"]["missing_reason"]
    assert main(["review", "kpis", sid, "--db", db]) == 0
    text = capsys.readouterr().out
    assert "GMV" in text and "missed" in text
    out_pdf = tmp_path / "r.pdf"
    out_xlsx = tmp_path / "r.xlsx"
    assert main(["review", "export", sid, str(out_pdf), "--db", db]) == 0
    assert main(["review", "export", sid, str(out_xlsx), "--db", db]) == 0
    assert out_pdf.read_bytes().startswith(b"%PDF") and out_xlsx.stat().st_size > 5000


def test_cli_lists_rejected_rows_and_strict_imports_nothing(
    store: Store, finished_show: demo.DemoShow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "products.csv"
    path.write_text(
        "SKU,Product name,Clicks,Orders\nLS-001,Lipstick,586,129\nSC-330,Scarf,many,3\n",
        encoding="utf-8",
    )
    db = str(store.path)
    sid = str(finished_show.show_id)
    assert main(["review", "import", sid, str(path), "--strict", "--db", db]) == 1
    out = capsys.readouterr()
    assert "left empty: products.csv, sheet products, row 3, column Clicks" in out.out
    assert "nothing imported" in out.err
    assert main(["review", "import", sid, str(path), "--dry-run", "--db", db]) == 0
    dry = capsys.readouterr().out.splitlines()[-1]
    assert dry == "imported 2 rows, rejected 0, 1 cells left empty (dry run: nothing was written)"
    assert main(["review", "import", sid, str(path), "--db", db]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == dry.replace(
        " (dry run: nothing was written)", ""
    )
    assert main(["review", "import", "999", str(path), "--db", db]) == 2
    assert main(["review", "export", sid, str(tmp_path / "r.docx"), "--db", db]) == 64
