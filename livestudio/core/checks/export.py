"""A check run as an Excel workbook (through core/sheets: formula-safe, atomic save)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from livestudio.core.checks.history import RunRecord
from livestudio.core.checks.results import decide, status_label
from livestudio.core.i18n import translate
from livestudio.core.sheets import Column, save_workbook_atomically, write_table


def _t(text: str) -> str:
    return translate("Check", text)


def export_run_xlsx(run: RunRecord, path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = _t("Check run")[:31]
    summary = decide(run.results)
    meta = [
        (_t("Show"), run.show_title or _t("(no show)")),
        (_t("Started (UTC)"), run.started_at.strftime("%Y-%m-%d %H:%M:%S")),
        (_t("Verdict"), summary.text()),
        (_t("Stream preset"), run.preset),
        (_t("Platform"), run.platform or "—"),
    ]
    write_table(
        ws,
        [Column(_t("Field"), 18), Column(_t("Value"), 60, wrap=True)],
        meta,
        autofilter=False,
        freeze=False,
    )
    start = len(meta) + 3
    columns = [
        Column(_t("Item"), 26),
        Column(_t("Kind"), 9),
        Column(_t("Required"), 9),
        Column(_t("Status"), 10),
        Column(_t("Measured"), 46, wrap=True),
        Column(_t("Threshold"), 40, wrap=True),
        Column(_t("Note"), 34, wrap=True),
        Column(_t("Time (UTC)"), 20),
    ]
    rows = [
        (
            r.title,
            _t("probe") if r.kind == "probe" else _t("manual"),
            _t("yes") if r.required else _t("no"),
            status_label(r.status),
            r.value_text,
            r.threshold,
            r.note,
            r.measured_at.strftime("%Y-%m-%d %H:%M:%S"),
        )
        for r in run.results
    ]
    write_table(ws, columns, rows, start_row=start, freeze=False)
    path = Path(path)
    save_workbook_atomically(wb, path)
    return path
