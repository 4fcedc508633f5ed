"""`livestudio shows list|new`, `templates list`, `plan runsheet` without a window."""

from __future__ import annotations

from pathlib import Path

import pytest

from livestudio.cli import main
from livestudio.core.db import open_store
from livestudio.core.models import Show


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_from_template_then_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shanghai_tz: None
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    code, out, _ = _run(
        capsys,
        "shows",
        "new",
        "--title",
        "周五护肤专场",
        "--start",
        "2099-12-04 23:30",
        "--template",
        "solo60.zh",
        "--db",
        db,
    )
    assert code == 0
    first = int(out.strip())
    code, out, _ = _run(
        capsys,
        "shows",
        "new",
        "--title",
        "Blank",
        "--start",
        "2099-12-06 20:00",
        "--language",
        "en",
        "--db",
        db,
    )
    second = int(out.strip())
    code, out, _ = _run(capsys, "shows", "list", "--db", db)
    lines = [line.split("\t") for line in out.strip().splitlines()]
    # the picker order: both are still to come, so the sooner one first
    assert lines == [
        [str(first), "2099-12-04 23:30", "周五护肤专场", "draft"],
        [str(second), "2099-12-06 20:00", "Blank", "draft"],
    ]
    store = open_store(Path(db))
    with store.session() as s:
        show = s.get(Show, first)
        assert len(show.segments) == 11 and show.segments[0].title.startswith("开场")
        assert s.get(Show, second).tasks  # a blank show starts with the default task list
    store.close()


def test_bad_input_is_refused_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    code, _, err = _run(capsys, "shows", "new", "--title", "x", "--start", "Friday 8pm", "--db", db)
    assert code == 64 and "YYYY-MM-DD HH:MM" in err  # a bad value on the command line
    code, _, err = _run(
        capsys,
        "shows",
        "new",
        "--title",
        "x",
        "--start",
        "2026-12-04 20:00",
        "--template",
        "karaoke night",
        "--db",
        db,
    )
    assert code == 1 and "karaoke night" in err
    code, _, err = _run(capsys, "plan", "runsheet", "99", str(tmp_path / "r.pdf"), "--db", db)
    assert code == 1 and "99" in err
    code, _, err = _run(capsys, "plan", "runsheet", "1", str(tmp_path / "r.docx"), "--db", db)
    assert code == 64 and ".pdf" in err


def test_templates_list_names_all_builtins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "templates", "list", "--db", str(tmp_path / "t.sqlite3"))
    keys = {line.split("\t")[0] for line in out.strip().splitlines()}
    assert code == 0
    assert {
        "solo60.en",
        "solo60.zh",
        "guest120.en",
        "guest120.zh",
        "blitz30.en",
        "blitz30.zh",
    } <= keys


def test_runsheet_export(qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # qapp first: the PDF writer would otherwise make a bare QGuiApplication for the whole session
    db = str(tmp_path / "cli.sqlite3")
    _, out, _ = _run(
        capsys,
        "shows",
        "new",
        "--title",
        "Blitz",
        "--start",
        "2026-12-04 20:00",
        "--template",
        "blitz30.en",
        "--db",
        db,
    )
    sid = out.strip()
    for name in ("sheet.xlsx", "sheet.pdf"):
        code, out, err = _run(capsys, "plan", "runsheet", sid, str(tmp_path / name), "--db", db)
        assert code == 0, err
        data = (tmp_path / name).read_bytes()
        assert data[:4] in (b"PK\x03\x04", b"%PDF")
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "sheet.xlsx")
    text = " ".join(
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value
    )
    assert "Flash sale 1" in text
