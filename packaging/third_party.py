"""Write resources/THIRD-PARTY.txt: every package the app bundle ships, with its version,
licence and source URL, plus Qt, FFmpeg, Python and the PyInstaller bootloader.

    .venv/bin/python packaging/third_party.py           (re)write the file from this venv
    .venv/bin/python packaging/third_party.py --check   exit 1 if the file is out of date

The package list is the run-time dependency closure of pyproject.toml's `dependencies`
(markers evaluated for this machine), read from the installed distributions, so the file
matches what PyInstaller collects from the same venv. packaging/build.sh regenerates it
before each build; the copy in resources/ is committed so a source checkout shows it too.
"""

from __future__ import annotations

import argparse
import importlib.metadata as md
import platform
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "THIRD-PARTY.txt"

# FFmpeg release series by libavcodec major.minor (ffmpeg.org/download.html lists them).
FFMPEG_BY_AVCODEC = {(62, 11): "8.0", (61, 19): "7.1", (61, 3): "7.0", (60, 31): "6.1"}
SOURCE_LABELS = ("source", "source code", "repository", "code", "github", "homepage", "home")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    url: str


def runtime_requirements() -> list[Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [Requirement(r) for r in data["project"]["dependencies"]]


def closure() -> list[md.Distribution]:
    """Installed distributions reachable from the app's run-time requirements."""
    env = {k: str(v) for k, v in default_environment().items()}
    todo = [(r, "") for r in runtime_requirements()]
    seen: dict[str, md.Distribution] = {}
    while todo:
        req, extra = todo.pop()
        if req.marker is not None and not req.marker.evaluate({**env, "extra": extra}):
            continue
        key = canonicalize_name(req.name)
        if key in seen:
            continue
        try:
            dist = md.distribution(req.name)
        except md.PackageNotFoundError:
            continue  # an optional dependency not installed here is not bundled either
        seen[key] = dist
        for sub in dist.requires or []:
            sub_req = Requirement(sub)
            for wanted in req.extras or {""}:
                todo.append((sub_req, wanted))
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_of(meta: md.PackageMetadata) -> str:
    expr = meta.get("License-Expression")
    if expr:
        return str(expr)
    text = str(meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 80 and text.upper() != "UNKNOWN":
        return text
    names = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::") and "OSI Approved ::" in c or c.startswith("License ::")
    ]
    names = [n for n in names if n != "OSI Approved"]
    return " / ".join(dict.fromkeys(names)) or "see the package's licence file"


def source_of(meta: md.PackageMetadata) -> str:
    urls: dict[str, str] = {}
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        urls.setdefault(label.strip().lower(), url.strip())
    for label in SOURCE_LABELS:
        if label in urls:
            return urls[label]
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    return f"https://pypi.org/project/{meta['Name']}/{meta['Version']}/"


def packages() -> list[Component]:
    out = []
    for dist in closure():
        meta = dist.metadata
        out.append(Component(meta["Name"], meta["Version"], licence_of(meta), source_of(meta)))
    return out


def ffmpeg_version() -> str:
    """The FFmpeg that QtMultimedia ships inside the PySide6 wheel (libavcodec's soname)."""
    import PySide6

    libs = Path(PySide6.__file__).parent
    for lib in sorted(libs.rglob("*avcodec*")):
        m = re.search(r"avcodec[-.]?(?:so\.)?(\d+)(?:\.(\d+))?(?:\.(\d+))?", lib.name)
        if m and m.group(2):
            major, minor = int(m.group(1)), int(m.group(2))
            series = FFMPEG_BY_AVCODEC.get((major, minor), "")
            detail = f"libavcodec {'.'.join(g for g in m.groups() if g)}"
            return f"{series} ({detail})" if series else detail
    return "as shipped with PySide6 (libavcodec)"


def native_components() -> list[Component]:
    from PySide6 import QtCore

    qt = QtCore.qVersion()
    series = ".".join(qt.split(".")[:2])
    return [
        Component(
            "Qt",
            qt,
            "LGPL-3.0-only (Qt's open-source licence; some modules also GPL)",
            f"https://download.qt.io/official_releases/qt/{series}/{qt}/single/",
        ),
        Component(
            "FFmpeg (QtMultimedia's media backend)",
            ffmpeg_version(),
            "LGPL-2.1-or-later (built without GPL parts)",
            "https://ffmpeg.org/download.html#releases",
        ),
        Component(
            "Python",
            platform.python_version(),
            "PSF-2.0",
            f"https://www.python.org/downloads/release/python-{platform.python_version().replace('.', '')}/",
        ),
        Component(
            "PyInstaller bootloader",
            _version("pyinstaller"),
            "GPL-2.0-or-later WITH Bootloader-exception (the app is not GPL-bound)",
            "https://github.com/pyinstaller/pyinstaller",
        ),
    ]


def _version(name: str) -> str:
    try:
        return md.version(name)
    except md.PackageNotFoundError:
        return "(not installed here)"


RELINK_NOTE = """\
LGPL: REPLACING QT, PYSIDE6 AND FFMPEG
--------------------------------------
Qt, PySide6 / Shiboken6 (LGPL-3.0) and FFmpeg (LGPL-2.1-or-later) are used unmodified, as
separate shared libraries next to the LiveStudio program (in the app folder's _internal/PySide6
directory: Qt/lib and Qt/plugins on Linux, the .dll files on Windows, Contents/Frameworks on
macOS). You may replace any of them with your own build of the same major version - for
example one built from the sources at the addresses above - and LiveStudio will load it at the
next start; nothing in LiveStudio prevents that or needs relinking. LiveStudio's own Python
code is inside the same folder (base_library.zip and the PYZ archive) and may be inspected for
the purpose of debugging such modifications. A copy of the LGPL-3.0 and GPL-3.0 texts is at
https://www.gnu.org/licenses/lgpl-3.0.txt and https://www.gnu.org/licenses/gpl-3.0.txt;
each package's own licence file travels in its *.dist-info folder inside the bundle.
"""


def render() -> str:
    from livestudio import __version__

    lines = [
        f"LiveStudio {__version__} - third-party software",
        "=" * 48,
        "",
        "LiveStudio ships the following software, each under its own licence.",
        "Generated by packaging/third_party.py from the build environment.",
        "",
        "NATIVE LIBRARIES AND RUNTIME",
        "----------------------------",
    ]
    for c in native_components():
        lines += _entry(c)
    lines += ["PYTHON PACKAGES", "---------------"]
    for c in packages():
        lines += _entry(c)
    lines.append(RELINK_NOTE)
    return "\n".join(lines)


def _entry(c: Component) -> list[str]:
    return [f"{c.name} {c.version}", f"    licence: {c.licence}", f"    source:  {c.url}", ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is outdated")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    text = render()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date: run packaging/third_party.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(packages())} packages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
