"""Every user-visible string reaches the zh_CN catalogue, translated, with intact placeholders.

lupdate runs over the current code into a temporary copy of the catalogue, so a string added
today and not yet translated fails here, with its file and line.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import update_translations as ut  # noqa: E402

TS = ROOT / "resources" / "i18n" / "livestudio_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogue merged with what the code says today."""
    ts = tmp_path_factory.mktemp("i18n") / TS.name
    shutil.copyfile(TS, ts)
    ut.run_lupdate(ts, "zh_CN")
    return ts


def _messages(ts: Path) -> Iterator[tuple[str, str, str | None, str, bool]]:
    """(context, source, translation or None when unfinished, 'file:line', numerus)."""
    root = ElementTree.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        filename, line = "?", 0
        for msg in ctx.iter("message"):
            for loc in msg.findall("location"):
                filename = loc.get("filename", filename)
                raw = loc.get("line", "0")
                line = line + int(raw) if raw.startswith(("+", "-")) else int(raw)
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            text = (forms[0] if forms else tr.text) if tr is not None else None
            if tr is None or tr.get("type") == "unfinished" or not text:
                text = None
            where = f"{filename.replace('../../', '')}:{line}"
            yield name, msg.findtext("source") or "", text, where, msg.get("numerus") == "yes"


def test_lupdate_sees_every_way_we_mark_strings(fresh_ts: Path) -> None:
    found = {(c, s) for c, s, *_ in _messages(fresh_ts)}
    # core translate(), QApplication.translate(), self.tr(), QT_TRANSLATE_NOOP, a _t() wrapper
    assert ("Store", "{path} is damaged (integrity check: {detail}).") in found
    assert ("Crash", "LiveStudio hit a problem") in found
    assert ("SettingsDialog", "Back up now") in found
    assert ("Settings", "Backups to keep") in found
    assert ("Startup", "Restore newest good backup") in found


def test_every_string_is_translated_for_zh_cn(fresh_ts: Path) -> None:
    missing = [
        f"{where}  [{ctx}] {src!r}"
        for ctx, src, text, where, _ in _messages(fresh_ts)
        if text is None
    ]
    per_file: dict[str, int] = {}
    for line in missing:
        name = line.split(":", 1)[0]
        per_file[name] = per_file.get(name, 0) + 1
    summary = "\n".join(f"  {n:4d}  {f}" for f, n in sorted(per_file.items(), key=lambda x: -x[1]))
    assert not missing, (
        f"{len(missing)} string(s) have no finished zh_CN translation. Run "
        "`.venv/bin/python packaging/update_translations.py`, translate them in "
        "resources/i18n/livestudio_zh_CN.ts (pyside6-linguist), and commit the .ts.\n"
        f"By file:\n{summary}\nFirst ones:\n" + "\n".join(missing[:150])
    )


def test_translations_keep_their_placeholders(fresh_ts: Path) -> None:
    broken = []
    for ctx, src, text, where, numerus in _messages(fresh_ts):
        if text is None:
            continue
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(text)):
            broken.append(f"{where} [{ctx}] {src!r} -> {text!r}")
        if numerus and "%n" in src and "%n" not in text:
            broken.append(f"{where} [{ctx}] {src!r} -> {text!r} (lost %n)")
    assert not broken, "translations that would break .format():\n" + "\n".join(broken)


def test_the_catalogue_compiles(fresh_ts: Path, tmp_path: Path) -> None:
    qm = tmp_path / "out.qm"
    result = subprocess.run(
        [ut.tool("pyside6-lrelease"), str(fresh_ts), "-qm", str(qm)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0 and qm.stat().st_size > 0, result.stdout + result.stderr


# ---- strings that never went through tr() -------------------------------------------------

VISIBLE_CALLS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "addAction", "addMenu", "addTab", "setTabText", "addRow", "showMessage",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setTitle", "setLabelText",
    "information", "warning", "critical", "question", "about", "setInformativeText",
    "setDetailedText", "setSuffix", "setPrefix", "setSpecialValueText", "addItem", "addItems",
    "setAccessibleName",
}  # fmt: skip
# not words to translate: product and format names, units, codes
NOT_WORDS = {
    "LiveStudio", "OBS", "SKU", "GMV", "KPI", "KPIs", "CSV", "Excel", "UV", "PV", "GPM", "AOV",
    "fps", "kbps", "Mbps", "URL", "RTMP", "TikTok", "Douyin", "Shopee", "Whatnot", "Taobao",
    "PDF", "xlsx", "csv", "ms", "px", "dB", "Hz", "ID", "OK", "SQLite",
}  # fmt: skip
TAG = re.compile(r"<[^>]+>|&\w+;|\{[^}]*\}|%\w")


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{2,}", TAG.sub(" ", text)) if w not in NOT_WORDS]


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    return None


def hardcoded_strings(root: Path) -> list[str]:
    found = []
    for path in sorted((root / "livestudio" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in VISIBLE_CALLS:
                continue
            receiver = getattr(func, "value", None)
            if isinstance(receiver, ast.Name) and receiver.id in ("log", "logger", "logging"):
                continue
            # addItem(text, userData): the data is not shown
            args: list[ast.AST] = list(node.args[:1] if name == "addItem" else node.args)
            for a in node.args:
                if isinstance(a, ast.List | ast.Tuple):
                    args.extend(a.elts)
            for arg in args:
                text = _literal(arg)
                if text and "://" not in text and _words(text):
                    rel = path.relative_to(root)
                    found.append(f"{rel}:{arg.lineno} {name}({text!r})")
    return found


def test_the_bypass_detector_finds_a_bare_label(tmp_path: Path) -> None:
    ui = tmp_path / "livestudio" / "ui"
    ui.mkdir(parents=True)
    (ui / "x.py").write_text(
        "a = QLabel('Stock left')\n"
        "b = QLabel(self.tr('Stock left'))\n"
        "log.warning('not for users')\n"
        "c.addItem(self.tr('Dark'), 'dark')\n"
        "d.setToolTip(f'<b>{n}</b>')\n",
        encoding="utf-8",
    )
    assert hardcoded_strings(tmp_path) == ["livestudio/ui/x.py:1 QLabel('Stock left')"]


def test_no_visible_string_bypasses_tr() -> None:
    found = hardcoded_strings(ROOT)
    assert not found, (
        "user-visible text passed to a widget without self.tr()/translate() — Chinese users "
        "would see English:\n" + "\n".join(found[:200])
    )


# ---- the machinery at run time --------------------------------------------------------------


def test_chinese_ui_from_the_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    from livestudio import translations

    try:
        installed = translations.install(qapp, QLocale("zh_CN"))
        assert installed, "a zh_CN catalogue (.qm or .ts) must load"
        assert QCoreApplication.translate("MainWindow", "Plan") == "策划"
        assert QCoreApplication.translate("MainWindow", "no such string") == "no such string"
    finally:
        translations.install(qapp, QLocale("en_US"))
    assert QCoreApplication.translate("MainWindow", "Plan") == "Plan"


def test_system_language_picks_the_catalogue() -> None:
    from livestudio import translations

    assert translations.catalogue_code(QLocale("zh_CN")) == "zh_CN"
    assert translations.catalogue_code(QLocale("zh_SG")) == "zh_CN"
    assert translations.catalogue_code(QLocale("en_GB")) is None
    assert translations.locale_for("zh_CN").language() == QLocale.Language.Chinese


def test_ts_source_is_used_when_no_qm_is_built(tmp_path: Path) -> None:
    from livestudio.translations import TsTranslator

    t = TsTranslator(TS)
    assert t.translate("SettingsDialog", "Back up now") == "立即备份"
    assert t.translate("SettingsDialog", "not in the catalogue") is None


def test_stretched_text_mode_doubles_strings(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from livestudio import translations

    monkeypatch.setenv(translations.PSEUDO_ENV, "1")
    try:
        translations.install(qapp, QLocale("en_US"))
        assert QCoreApplication.translate("MainWindow", "Review") == "ReviewReview"
        assert QCoreApplication.translate("MainWindow", "Ctrl+E") == "Ctrl+E"
    finally:
        monkeypatch.delenv(translations.PSEUDO_ENV)
        translations.install(qapp, QLocale("en_US"))
