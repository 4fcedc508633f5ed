"""File ▸ Export run sheet… on the real main window: dialog choice -> file written off the UI thread."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

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
    wb = load_workbook(exporter.last_path)
    titles = [r[4] for r in wb["Run-of-show"].iter_rows(min_row=2, values_only=True)]
    assert titles[0] == "Welcome and warm-up" and len(titles) == 5
