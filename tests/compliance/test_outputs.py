"""The run sheet's "Say differently" section (PDF and xlsx) and `livestudio check run`."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from livestudio.cli import main as cli_main
from livestudio.core.db import Store
from livestudio.reports.runsheet import collect, export_runsheet, render_html
from tests.compliance.conftest import Planned


def test_the_run_sheet_lists_each_phrase_and_where_it_stands(
    store: Store, planned: Planned, tmp_path: Path
) -> None:
    with store.session() as s:
        data = collect(s, planned.show_id)
    assert [(c.phrase, c.where) for c in data.claims][:2] == [
        ("全网最低价", "segment 2 “Part 2” cue"),
        ("保证", "segment 2 “Part 2” cue"),
    ]
    html = render_html(data)
    # the cue itself underlines the phrase where the host reads it
    assert "这是<span class='said'>全网最低价</span>，用了<span class='said'>保证</span>" in html

    out = export_runsheet(store, planned.show_id, tmp_path / "sheet.xlsx")
    ws = load_workbook(out)["Say differently"]
    rows = [tuple(c.value for c in r) for r in ws.iter_rows()]
    assert rows[0] == ("Phrase", "Category", "Where", "Why")
    assert (
        "miracle",
        "Medical or efficacy claim",
        "lineup item 2 “Repair serum” talking points",
    ) == rows[7][:3]
    assert len(rows) == 1 + 9

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed")
    pdf = export_runsheet(store, planned.show_id, tmp_path / "sheet.pdf")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Say differently" in text
    assert "segment 3 “Part 3” cue" in text and "guaranteed results" in text


def test_a_clean_show_has_no_say_differently_section(store: Store, tmp_path: Path) -> None:
    from livestudio.core.plan.service import PlanService

    plan = PlanService(store)
    sid = plan.create_show("Clean", None)
    seg = plan.insert_segment(sid, None, "opening", "Hello").result
    plan.update_segment(sid, seg, script="最近好冷，第一次来的朋友点关注")
    out = export_runsheet(store, sid, tmp_path / "clean.xlsx")
    assert "Say differently" not in load_workbook(out).sheetnames


def test_check_run_on_the_command_line_warns_with_each_phrase(
    store: Store, planned: Planned, capsys: Any, qapp: Any
) -> None:
    db = str(store.path)
    code = cli_main(
        ["check", "run", "--db", db, "--show", str(planned.show_id), "--only", "script", "--json"]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 1  # warnings: never NO-GO
    assert out["warnings"] == ["script"] and out["blockers"] == []
    (result,) = out["results"]
    assert result["title"] == "Script compliance" and result["status"] == "warn"
    first = result["values"]["hits"][0]
    assert first["phrase"] == "全网最低价" and first["where"] == "segment 2 “Part 2” cue"
    assert (first["start"], first["end"]) == (2, 7)

    code = cli_main(
        ["check", "run", "--db", db, "--show", str(planned.show_id), "--only", "script"]
    )
    text = capsys.readouterr().out
    assert "[ WARNING] Script compliance: 9 phrase(s) to say differently" in text
    assert "“根治” (Medical or efficacy claim) — segment 2 “Part 2” cue" in text

    # without a show there is nothing to read: skipped, not a warning
    assert cli_main(["check", "run", "--db", db, "--only", "script", "--no-save"]) == 0
    assert "[ SKIPPED] Script compliance: no show chosen" in capsys.readouterr().out
