"""Exit codes a script can rely on: 0 done / GO, 1 GO WITH WARNINGS or rows refused, 2 NO-GO
or a failed job, 64 a wrong command line (with the message), and `--help` says so."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from livestudio.cli import EX_USAGE, UsageError, main

ROOT = Path(__file__).resolve().parents[2]


def _exit_code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["--db"], "expected one argument"),
        (["shows"], "livestudio shows: error"),
        (["shows", "list", "--nope"], "unrecognized arguments: --nope"),
    ],
)
def test_usage_errors_exit_64_with_the_message(argv: list[str], said: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert _exit_code(argv) == EX_USAGE == 64
    err = capsys.readouterr().err
    assert said in err
    assert "usage: livestudio" in err


def test_help_documents_every_exit_code(capsys) -> None:  # type: ignore[no-untyped-def]
    assert _exit_code(["--help"]) == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out
    for code, meaning in (("0", "GO"), ("1", "WARNINGS"), ("2", "NO-GO"), ("64", "usage error")):
        line = next((x for x in out.splitlines() if x.strip().startswith(code + " ")), "")
        assert meaning in line, (code, out)
    assert "check" in out and "review" in out  # the commands are listed too


def test_a_handler_usage_error_exits_64(monkeypatch, capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from livestudio.cli import build_parser

    parser = build_parser()

    def bad_value(_args: object) -> int:
        raise UsageError("--limit must be a positive number")

    args = parser.parse_args(["--db", str(tmp_path / "x.sqlite3"), "shows", "list"])
    monkeypatch.setattr(args, "handler", bad_value, raising=False)
    monkeypatch.setattr("livestudio.cli.build_parser", lambda: _FixedParser(args))
    assert _exit_code(["shows", "list"]) == 64
    assert "error: --limit must be a positive number" in capsys.readouterr().err


class _FixedParser:
    def __init__(self, args: object) -> None:
        self.args = args

    def parse_args(self, _argv: list[str]) -> object:
        return self.args


def test_a_no_go_check_still_exits_2_and_go_exits_0(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from livestudio.core.checks import probes

    db = str(tmp_path / "c.sqlite3")
    argv = ["--db", db, "check", "run", "--only", "stream_key", "--platform", "Douyin", "--no-save"]
    monkeypatch.setattr(probes.secrets, "has_key", lambda _p: False)
    monkeypatch.setattr(probes.secrets, "keyring_available", lambda: True)
    monkeypatch.setattr(
        probes.secrets, "keyring_status", lambda: probes.secrets.KeyringStatus(True, "test")
    )
    assert _exit_code(argv) == 2  # a required item failed: NO-GO
    monkeypatch.setattr(probes.secrets, "has_key", lambda _p: True)
    assert _exit_code(argv) == 0


@pytest.mark.subprocess
def test_opening_the_app_does_not_load_every_command_first(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "import livestudio.app as a\n"
        "a.run_gui = lambda path, smoke=False: 0\n"
        "from livestudio.cli import main\n"
        f"code = main(['--db', {str(tmp_path / 'g.sqlite3')!r}])\n"
        "print('REPORT ' + json.dumps([code, sorted(m for m in sys.modules "
        "if m.startswith('livestudio.cli.') or m == 'sqlalchemy')]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    line = next((x for x in r.stdout.splitlines() if x.startswith("REPORT ")), None)
    assert line is not None, r.stderr[-2000:]
    assert json.loads(line[len("REPORT ") :]) == [0, []]


def _command(args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    """The `livestudio` command as a script runs it (`python -m livestudio` = the installed one),
    its output block-buffered as it is into a pipe."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONUNBUFFERED", None)
    return subprocess.run(
        [sys.executable, "-m", "livestudio", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        **kw,  # type: ignore[call-overload]
    )


@pytest.mark.subprocess
def test_the_command_leaves_with_its_exit_code_and_every_line_printed(tmp_path: Path) -> None:
    """Headless commands leave without Python's teardown: the exit code and the whole output must
    still reach the caller, for a job done, rows refused, a file refused and a bad command line."""
    db = str(tmp_path / "q.sqlite3")
    good = tmp_path / "good.csv"
    good.write_text("SKU,Name,Price\nA-1,Lip balm,12.50\nA-2,Serum,99\n", encoding="utf-8")
    some_bad = tmp_path / "some-bad.csv"
    rows = "".join(f"B-{i},Item {i},{'abc' if i % 2 else i}\n" for i in range(200))
    some_bad.write_text("SKU,Name,Price\n" + rows + "B-0,Again,1\n", encoding="utf-8")

    r = _command(["--db", db, "products", "import", str(good)])
    assert (r.returncode, r.stdout.splitlines()[0]) == (
        0,
        "added 2, updated 0, unchanged 0, rejected 0",
    )

    r = _command(["--db", db, "products", "import", str(some_bad)])
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert lines[0] == "added 200, updated 0, unchanged 0, rejected 1, 100 cells left empty"
    assert len(lines) == 1 + 1 + 100 and "row 202" in lines[1]  # nothing lost at the exit

    r = _command(["--db", db, "products", "import", str(tmp_path / "missing.xlsx")])
    assert r.returncode == 2 and "missing.xlsx cannot be read" in r.stderr

    r = _command(["--db", db, "products", "frobnicate"])
    assert r.returncode == 64 and "invalid choice: 'frobnicate'" in r.stderr

    # and the store holds what the first two imports said, committed
    r = _command(["--db", db, "products", "export", str(tmp_path / "out.csv")])
    assert r.returncode == 0, r.stderr
    assert len((tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()) == 1 + 202
