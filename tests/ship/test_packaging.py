"""The bundle diet never drops what the app loads; the desktop entry, AppStream metainfo,
macOS Info.plist and Windows installer script say what they should (and validate where the
validators are installed)."""

from __future__ import annotations

import json
import os
import plistlib
import re
import shutil
import subprocess
import sys
from configparser import ConfigParser
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_diet  # noqa: E402

sys.path.remove(str(ROOT / "packaging"))

DESKTOP = ROOT / "packaging" / "linux" / "app.livestudio.LiveStudio.desktop"
METAINFO = ROOT / "packaging" / "linux" / "app.livestudio.LiveStudio.metainfo.xml"

# Every workspace (smoke), a PDF (QPdfWriter), the chime (QtMultimedia's FFmpeg backend),
# Chinese comment labelling (jieba), a GB18030 CSV (charset detection), then
# what was loaded: shared objects from /proc/self/maps and the imported modules.
CHILD = r"""
import json, os, sys, tempfile
from pathlib import Path
from livestudio import app
tmp = Path(tempfile.mkdtemp())
code = app.run_smoke(tmp / "s.sqlite3")
from livestudio.reports.pdf import html_to_pdf
html_to_pdf("<h1>Run sheet</h1><p>直播脚本</p>", tmp / "x.pdf")
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
QMediaDevices.audioOutputs(); QSoundEffect()
from livestudio.core.review.comment_nlp import label_comment
label_comment("质量很好，用信用卡付的，下次还买")  # jieba, as Review's feedback tab uses it
from livestudio.core.intake.text import decode
decode("商品编码,名称,售价\nA1,乌龙茶,129\n".encode("gb18030") * 20, "商品.csv")  # charset detection
import PySide6
qt_root = Path(PySide6.__file__).resolve().parent
loaded = set()
for line in open("/proc/self/maps"):
    path = line.split()[-1]
    if ".so" not in path:
        continue
    p = Path(path).resolve()
    try:
        loaded.add("PySide6/" + p.relative_to(qt_root).as_posix())
    except ValueError:
        loaded.add(p.name)
print("REPORT " + json.dumps({"code": code, "loaded": sorted(loaded), "modules": sorted(sys.modules)}))
"""


@pytest.fixture(scope="module")
def loaded() -> dict[str, object]:
    if not Path("/proc/self/maps").exists():
        pytest.skip("needs /proc (Linux)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    line = next((x for x in r.stdout.splitlines() if x.startswith("REPORT ")), None)
    assert line is not None, r.stderr[-3000:]
    report: dict[str, object] = json.loads(line[len("REPORT ") :])
    assert report["code"] == 0, r.stderr[-3000:]
    return report


@pytest.mark.subprocess
def test_nothing_the_app_loads_is_dropped(loaded: dict[str, object]) -> None:
    libs = list(loaded["loaded"])  # type: ignore[call-overload]
    assert any("libffmpegmediaplugin" in x for x in libs), "the media backend was exercised"
    assert any("libQt6Multimedia" in x for x in libs)
    wrongly = [x for x in libs if bundle_diet.dropped(x)]
    assert not wrongly, f"the bundle would leave out libraries the app loads: {wrongly}"


@pytest.mark.subprocess
def test_no_excluded_module_is_imported(loaded: dict[str, object]) -> None:
    modules = set(loaded["modules"])  # type: ignore[call-overload]
    # keyrings.alt: installed for the keyring tests, and keyring's entry points load it
    allowed = {"keyrings.alt", *bundle_diet.OPTIONAL_IMPORTS}
    hits = [
        m
        for m in modules
        for ex in bundle_diet.EXCLUDED_MODULES
        if ex not in allowed and (m == ex or m.startswith(ex + "."))
    ]
    assert not hits, f"excluded from the bundle but imported at run time: {sorted(hits)}"


@pytest.mark.subprocess
def test_optional_imports_really_are_optional(tmp_path: Path) -> None:
    """With pygments and PIL missing (as in the bundle), Mako and openpyxl still work."""
    code = (
        "import sys\n"
        + "".join(f"sys.modules[{m!r}] = None\n" for m in bundle_diet.OPTIONAL_IMPORTS)
        + "import mako.exceptions, openpyxl\n"
        "from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing\n"
        "wb = openpyxl.Workbook(); wb.active['A1'] = '直播'\n"
        f"wb.save({str(tmp_path / 'x.xlsx')!r})\n"
        "print('OK')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.stdout.strip() == "OK", r.stderr[-2000:]


def test_qt_modules_the_code_imports_are_kept() -> None:
    used = set()
    for path in (ROOT / "livestudio").rglob("*.py"):
        used |= set(re.findall(r"\bPySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    # pyqtgraph's own hard imports, and QtWebSockets for the OBS client
    used |= {"QtOpenGL", "QtOpenGLWidgets", "QtSvg", "QtTest", "QtWebSockets"}
    excluded = {
        m.split(".", 1)[1] for m in bundle_diet.EXCLUDED_MODULES if m.startswith("PySide6.")
    }
    assert {"QtMultimedia", "QtNetwork", "QtWidgets", "QtGui"} <= used
    assert not used & excluded, used & excluded


def test_qt_translations_are_only_ours() -> None:
    qt = "PySide6/Qt/translations"
    assert not bundle_diet.dropped(f"{qt}/qtbase_zh_CN.qm")
    assert not bundle_diet.dropped(f"{qt}/qtmultimedia_zh_CN.qm")
    assert bundle_diet.dropped(f"{qt}/qtbase_de.qm")
    assert bundle_diet.dropped(f"{qt}/qt_help_zh_CN.qm")  # Qt Assistant's, never shown


def test_kiosk_platforms_and_qml_bits_are_dropped_but_desktop_ones_kept() -> None:
    plugins = "PySide6/Qt/plugins"
    for name in ("platforms/libqvnc.so", "platforms/libqeglfs.so", "platforms/libqlinuxfb.so",
                 "generic/libqevdevmouseplugin.so", "generic/libqtuiotouchplugin.so",
                 "imageformats/libqpdf.so", "platforminputcontexts/libqtvirtualkeyboardplugin.so"):  # fmt: skip
        assert bundle_diet.dropped(f"{plugins}/{name}"), name
    for name in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                 "multimedia/libffmpegmediaplugin.so", "tls/libqopensslbackend.so",
                 "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):  # fmt: skip
        assert not bundle_diet.dropped(f"{plugins}/{name}"), name
    # linked by the FFmpeg media plugin: must stay
    assert not bundle_diet.dropped("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not bundle_diet.dropped("PySide6/Qt/lib/libQt6Qml.so.6")


def test_desktop_entry_runs_the_app_from_the_path_and_matches_the_app_id() -> None:
    from livestudio.app import DESKTOP_ID

    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment, method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Exec"] == "livestudio" and d["TryExec"] == "livestudio"
    assert "/" not in d["Exec"], "no install folder hard-coded"
    assert d["Icon"] == DESKTOP_ID == DESKTOP.stem
    assert d["Name[zh_CN]"] and d["Comment[zh_CN]"]
    if shutil.which("desktop-file-validate"):
        r = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
        assert r.returncode == 0 and "error" not in r.stdout, r.stdout


def test_appstream_metainfo_names_the_desktop_entry() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP.stem
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("provides/binary").text == "livestudio"  # type: ignore[union-attr]
    langs = {e.get("{http://www.w3.org/XML/1998/namespace}lang") for e in root.iter("summary")}
    assert "zh-CN" in langs
    if shutil.which("appstreamcli"):
        r = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
        )
        assert r.returncode == 0, r.stdout + r.stderr


def test_macos_info_plist_follows_dark_mode_and_is_high_dpi() -> None:
    plist = plistlib.loads((ROOT / "packaging" / "macos" / "Info.plist").read_bytes())
    assert plist["NSHighResolutionCapable"] is True
    assert plist["NSRequiresAquaSystemAppearance"] is False
    assert "zh_CN" in plist["CFBundleLocalizations"]
    assert plist["NSCameraUsageDescription"] and plist["NSMicrophoneUsageDescription"]


def test_windows_installer_is_per_user_with_shortcuts_uninstaller_and_chinese() -> None:
    nsi = (ROOT / "packaging" / "windows" / "livestudio.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in nsi and "$LOCALAPPDATA\\Programs" in nsi
    assert "$SMPROGRAMS" in nsi and "$DESKTOP" in nsi and "WriteUninstaller" in nsi
    assert "HKCU" in nsi and "HKLM" not in nsi
    assert '!insertmacro MUI_LANGUAGE "SimpChinese"' in nsi
    assert "VIProductVersion" in nsi


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS (makensis) not installed")
def test_windows_installer_script_compiles(tmp_path: Path) -> None:
    dist = tmp_path / "livestudio"
    (dist / "_internal" / "resources").mkdir(parents=True)
    (dist / "livestudio.exe").write_bytes(b"MZ placeholder")
    (dist / "_internal" / "resources" / "THIRD-PARTY.txt").write_text("notices", encoding="utf-8")
    out = tmp_path / "LiveStudio-setup.exe"
    r = subprocess.run(
        ["makensis", "-V2", f"-DDIST={dist}", f"-DOUTFILE={out}",
         str(ROOT / "packaging" / "windows" / "livestudio.nsi")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    assert out.stat().st_size > 50_000
