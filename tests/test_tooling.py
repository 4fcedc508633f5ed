"""The code-shape rules of STYLE.md, checked with the suite: layer boundary, lint, types."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
FORBIDDEN_IN_CORE = ("PySide6.QtWidgets", "PySide6.QtGui", "pyqtgraph", "livestudio.ui")


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{a.name}") for a in node.names]
    return found


def test_core_imports_no_widgets_gui_or_charts() -> None:
    bad = []
    for path in (ROOT / "livestudio" / "core").rglob("*.py"):
        for line, name in _imports(path):
            if name.startswith(FORBIDDEN_IN_CORE):
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not bad, "core must stay free of widgets:\n" + "\n".join(bad)


def test_reports_import_no_widgets() -> None:
    bad = []
    for path in (ROOT / "livestudio" / "reports").rglob("*.py"):
        for line, name in _imports(path):
            if name.startswith(("PySide6.QtWidgets", "livestudio.ui")):
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not bad, "\n".join(bad)


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = BIN / tool
    if not exe.exists() and shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed")
    return subprocess.run(
        [str(exe if exe.exists() else tool), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_import_linter_contracts_hold() -> None:
    result = _run("lint-imports")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_ruff_finds_nothing() -> None:
    """The rules in pyproject.toml, unused `noqa` comments (RUF100) among them."""
    result = _run("ruff", "check", "livestudio", "tests", "benchmarks", "packaging")
    assert result.returncode == 0, result.stdout[-4000:]


def test_code_is_formatted() -> None:
    result = _run("ruff", "format", "--check", "livestudio", "tests", "benchmarks", "packaging")
    assert result.returncode == 0, result.stdout[-4000:]


def test_mypy_on_the_whole_package() -> None:
    """mypy over livestudio (pyproject: packages = livestudio, warn_unused_ignores)."""
    result = _run("mypy")
    assert result.returncode == 0, result.stdout[-4000:]
