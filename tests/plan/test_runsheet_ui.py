"""File ▸ Export run sheet… on the real main window: dialog choice -> file written off the UI thread."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.plan.planb_factory import make_show


def _show(main_window) -> int:  # type: ignore[no-untyped-def]
    with main_window.ctx.store.transaction() as s:
        sid = make_show(
            s, "Friday skincare live", start=datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
        ).id
    main_window.ctx.set_current_show(sid)
    return sid


def _choose(monkeypatch, path: Path, filter_text: str) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def fake(parent, caption, directory, filters):  # type: ignore[no-untyped-def]
        asked.append(directory)
        assert filter_text in filters.split(";;")
        return str(path), filter_text

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def test_menu_exports_letter_pdf(main_window, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _show(main_window)
    action = main_window.plan_runsheet_action
    assert action in main_window.menu_file.actions()
    target = tmp_path / "friday.pdf"
    asked = _choose(monkeypatch, target, "PDF, US Letter (*.pdf)")
    action.trigger()
    exporter = main_window.plan_runsheet_exporter
    qtbot.waitUntil(
        lambda: exporter.last_path is not None or exporter.last_error is not None, timeout=15000
    )
    assert exporter.last_error is None and exporter.last_path == target
    assert asked[0].endswith("Friday skincare live run sheet.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    # the export says where the file went and offers to open it or its folder
    notice = exporter.notice
    assert notice is not None and notice.isVisible() and "friday.pdf" in notice.text()
    assert notice.findChild(QPushButton, "export_open") is not None
    assert notice.findChild(QPushButton, "export_show_in_folder") is not None
    notice.close()
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo not installed")
    info = subprocess.run(
        ["pdfinfo", str(target)], capture_output=True, text=True, check=True
    ).stdout
    assert "612 x 792" in info
    assert "Run sheet saved" in main_window.statusBar().currentMessage()


def test_menu_exports_xlsx_adding_the_suffix(
    main_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _show(main_window)
    _choose(monkeypatch, tmp_path / "friday", "Excel workbook (*.xlsx)")
    main_window.plan_runsheet_action.trigger()
    exporter = main_window.plan_runsheet_exporter
    qtbot.waitUntil(lambda: exporter.last_path is not None, timeout=15000)
    assert exporter.last_path == tmp_path / "friday.xlsx"
    assert exporter.notice is not None
    exporter.notice.close()
    wb = load_workbook(exporter.last_path)
    titles = [r[4] for r in wb["Run-of-show"].iter_rows(min_row=2, values_only=True)]
    assert titles[0] == "Welcome and warm-up" and len(titles) == 5


def test_done_when_template_lineup_draft_flash_sale_lottery_run_sheet(  # type: ignore[no-untyped-def]
    main_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """The issue's "done when": a show from a template, three imported products, a drafted
    run-of-show that adds up, a flash sale and a lottery, the risk plan, and a printed run sheet."""
    from livestudio.core.models import Product, Show
    from livestudio.core.plan import draft, lineup, segments, templates
    from livestudio.ui.plan.promotions_page import PromotionsPage
    from livestudio.ui.plan.risks_page import RisksPage

    store = main_window.ctx.store
    with store.transaction() as s:
        s.add_all(
            [
                Product(
                    sku="MASK-10",
                    name="玻尿酸保湿面膜 10片装",
                    list_price=7900,
                    cost=2000,
                    stock=500,
                ),
                Product(
                    sku="SERUM-30",
                    name="烟酰胺美白精华 30ml",
                    list_price=14900,
                    cost=4500,
                    stock=120,
                ),
                Product(
                    sku="CLNS-120", name="氨基酸洁面乳 120g", list_price=5990, cost=1500, stock=300
                ),
            ]
        )
        s.flush()
        show = templates.create_from_template(
            s,
            templates.find_template(s, "solo60.zh"),
            title="周五护肤专场",
            scheduled_start=datetime(2026, 12, 4, 12, 0, tzinfo=UTC),
        )
        items = lineup.add_products(
            s, show.id, [p.id for p in s.query(Product).order_by(Product.id)]
        )
        items[0].role, items[0].live_price, items[0].allocated_stock = "traffic", 5900, 200
        items[1].live_price, items[1].allocated_stock = 12900, 80
        draft.apply_draft(s, show.id)
        sid = show.id
    with store.session() as s:
        show = s.get(Show, sid)
        assert segments.totals(show).state == "exact"  # the run-of-show adds up to the show length
        serum_id = next(li.id for li in show.lineup if li.sku == "SERUM-30")
        seg_titles = [seg.title for seg in sorted(show.segments, key=lambda x: x.position)]

    main_window.ctx.set_current_show(sid)
    stack = main_window.workspace("plan").undo_stack(sid)
    page = PromotionsPage(main_window.ctx, stack)
    qtbot.addWidget(page)
    page.show()
    page.set_show(sid)
    page.add_promotion("flash_sale")
    page.update_selected(
        "flash",
        lineup_item_id=serum_id,
        price=9900,
        quantity_limit=50,
        start_offset_ms=20 * 60_000,
        duration_ms=5 * 60_000,
        title="精华秒杀",
    )
    page.add_promotion("lottery")
    page.update_selected("lottery", title="福袋抽奖", start_offset_ms=40 * 60_000)
    problems = {
        page.table.item(r, 4).text(): page.table.item(r, 8).text()
        for r in range(page.table.rowCount())
    }
    assert problems["精华秒杀"] == "" and problems["福袋抽奖"] == ""
    risks = RisksPage(main_window.ctx, stack)
    qtbot.addWidget(risks)
    risks.show()
    risks.set_show(sid)
    assert risks.table.rowCount() >= 4  # the template's risk plan came with the new show

    _choose(monkeypatch, tmp_path / "run.xlsx", "Excel workbook (*.xlsx)")
    main_window.plan_runsheet_action.trigger()
    exporter = main_window.plan_runsheet_exporter
    qtbot.waitUntil(lambda: exporter.last_path is not None, timeout=15000)
    exporter.notice.close()
    wb = load_workbook(exporter.last_path)
    ros = list(wb["Run-of-show"].iter_rows(min_row=2, values_only=True))
    assert [r[4] for r in ros] == seg_titles
    assert ros[0][0].startswith("12:00")  # hh:mm, or hh:mm:ss when segments have seconds
    promos = list(wb["Promotions"].iter_rows(min_row=2, values_only=True))
    mine = [(p[0][:5], p[3], p[5], p[6]) for p in promos if p[3] in ("精华秒杀", "福袋抽奖")]
    assert mine == [("12:20", "精华秒杀", "¥99.00", 50), ("12:40", "福袋抽奖", None, None)]
    assert any(
        "网络中断" in (r[3] or "") for r in wb["Risks"].iter_rows(min_row=2, values_only=True)
    )
