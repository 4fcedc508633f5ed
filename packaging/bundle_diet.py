"""What the PyInstaller bundle leaves out: Qt plugins, libraries and translations LiveStudio
never loads. Used by packaging/livestudio.spec; tests/ship/test_packaging.py runs every
workspace and checks that nothing named here is ever loaded.

Patterns are fnmatch patterns on the file's path inside the bundle, with forward slashes
(e.g. "PySide6/Qt/plugins/platforms/libqvnc.so"), matched case-sensitively.

Kept although they look droppable (each was checked against what the app loads):
- libQt6Quick / Qml / QmlModels / QmlMeta / QmlWorkerScript: the FFmpeg multimedia plugin
  (QtMultimedia's only backend in the wheel, needed for the camera, microphone and chime)
  links them (ELF NEEDED), so they load with the first sound.
- QtOpenGL / QtOpenGLWidgets / QtTest: pyqtgraph (Review's charts) imports them.
- QtSvg + the svg image / icon plugins: icons; QtWebSockets: the OBS client; QtNetwork and its
  tls / networkinformation plugins: the network probes; QtDBus: the keyring and portals.
- platforms xcb, wayland, offscreen, minimal; xdgdesktopportal theme: file dialogs under
  Flatpak-style portals and GNOME.
PDFs are written with QPdfWriter (QtGui), so the QtPdf reader library is not needed.
"""

from __future__ import annotations

from fnmatch import fnmatchcase

QT = "PySide6/Qt"

# Python modules PyInstaller must not collect (tests/ship/test_packaging.py checks that the app
# imports none of them while it runs every workspace).
EXCLUDED_MODULES: list[str] = [
    "tkinter", "PyQt5", "PyQt6", "PySide2", "matplotlib", "IPython", "scipy", "pandas", "PIL",
    "pytest", "pytestqt", "mypy", "ruff", "importlinter",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore",
    "PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtDesigner", "PySide6.QtPdf",
    "PySide6.QtQuickWidgets", "PySide6.QtVirtualKeyboard",
    # keyrings.alt never ships: its backends are refused anyway (a test dependency only)
    "keyrings.alt",
    # optional imports nothing in LiveStudio uses: syntax colouring in Mako's error pages,
    # pydoc's help() topics, numpy's Fortran wrapper generator
    "pygments", "pydoc_data", "numpy.f2py",
    # a GUI app has no interactive prompt or terminal UI
    "readline", "curses", "_curses",
    # Qt bindings nothing imports (their Qt libraries stay: others link them)
    "PySide6.QtDBus", "PySide6.QtConcurrent",
    # jieba parts Review never calls (their data is dropped too, see DROP)
    "jieba.lac_small", "jieba.analyse", "jieba.posseg", "paddle",
]  # fmt: skip

# Excluded modules that a dependency tries to import, inside try/except ImportError, and works
# without (tests/ship/test_packaging.py imports those dependencies with the module blocked).
OPTIONAL_IMPORTS: dict[str, str] = {
    "pygments": "mako.exceptions: colours template tracebacks if present",
    "PIL": "openpyxl.drawing.image: pictures inside sheets (LiveStudio writes none)",
}

# Our languages: Qt's own catalogues for these stay (standard dialogs, buttons).
LANGUAGES = ("zh_CN",)
QT_CATALOGUES = ("qt", "qtbase", "qtmultimedia")

DROP: tuple[str, ...] = (
    # QML / Quick modules and the virtual keyboard (the app has no QML)
    f"{QT}/qml/*",
    f"{QT}/lib/libQt6VirtualKeyboard*",
    f"{QT}/lib/libQt6QuickWidgets*",
    f"{QT}/lib/libQt6QuickControls2*",
    f"{QT}/lib/libQt6QuickTemplates2*",
    f"{QT}/lib/libQt6QuickShapes*",
    f"{QT}/lib/libQt6QuickLayouts*",
    f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    # QtPdf (a PDF *reader*) and the image plugin that pulls it in
    f"{QT}/lib/libQt6Pdf*",
    f"{QT}/plugins/imageformats/libqpdf.so",
    # image formats the app never reads (icons are PNG / SVG / ICO)
    f"{QT}/plugins/imageformats/libqtiff.so",
    f"{QT}/plugins/imageformats/libqtga.so",
    f"{QT}/plugins/imageformats/libqwbmp.so",
    f"{QT}/plugins/imageformats/libqicns.so",
    # embedded / kiosk platforms: framebuffer, EGL full-screen, VNC, Vulkan display
    f"{QT}/plugins/platforms/libqeglfs.so",
    f"{QT}/plugins/platforms/libqlinuxfb.so",
    f"{QT}/plugins/platforms/libqvnc.so",
    f"{QT}/plugins/platforms/libqvkkhrdisplay.so",
    f"{QT}/plugins/platforms/libqminimalegl.so",
    f"{QT}/plugins/egldeviceintegrations/*",
    f"{QT}/lib/libQt6EglFSDeviceIntegration*",
    f"{QT}/lib/libQt6EglFsKmsSupport*",
    f"{QT}/lib/libQt6EglFsKmsGbmSupport*",
    # raw input drivers for kiosks (evdev, TUIO); desktops deliver input through X11 / Wayland
    f"{QT}/plugins/generic/*",
    # the GTK 3 theme plugin drags in GTK, GDK, cairo, pango, atk (~17 MB); Qt's own style and
    # the xdg-desktop-portal theme are used instead
    f"{QT}/plugins/platformthemes/libqgtk3.so",
    # GTK stack collected only for libqgtk3 (top level of the bundle)
    "libgtk-3.so*",
    "libgdk-3.so*",
    "libatk-1.0.so*",
    "libatk-bridge-2.0.so*",
    "libatspi.so*",
    "libcairo-gobject.so*",
    "libgdk_pixbuf-2.0.so*",
    "libepoxy.so*",
    "libpangocairo-1.0.so*",
    "libpangoft2-1.0.so*",
    "libpango-1.0.so*",
    "libcairo.so*",
    "libpixman-1.so*",
    "libfribidi.so*",
    "libthai.so*",
    "libdatrie.so*",
    "libXcomposite.so*",
    "libXdamage.so*",
    "libXinerama.so*",
    "libXcursor.so*",
    "libcloudproviders.so*",
    "libtracker-sparql-3.0.so*",
    "libcolord*",
    "liblcms2.so*",
    "libjson-glib-1.0.so*",
    "libsoup-*",
    # jieba (Review's Chinese comment segmentation) uses only its dictionary and the HMM
    # (finalseg): not the Paddle model (needs paddlepaddle), keyword extraction or POS tagging
    "jieba/lac_small/*",
    "jieba/analyse/*",
    "jieba/posseg/*",
    # Qt's translations other than our languages (handled by keep_translation below)
)


# System libraries left to the operating system (Linux): Debian packages that every desktop
# able to run Qt has, and that the .deb declares in Depends. PyInstaller would otherwise copy
# the build machine's versions, which then override the user's newer ones (X11, fonts, sound,
# D-Bus) - a bundled libstdc++ older than the system's even stops Mesa's GPU drivers loading.
# The Python runtime's system libraries (OpenSSL 3, SQLite, zlib, libffi ...) are the same
# Debian packages Python was built against here, so they are left to the system too.
SYSTEM_PACKAGES: frozenset[str] = frozenset(
    """
    libx11-6 libx11-xcb1 libxau6 libxdmcp6 libxext6 libxrender1 libxi6 libxfixes3
    libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
    libxcb-util1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0
    libglib2.0-0 libfontconfig1 libfreetype6 libharfbuzz0b libgraphite2-3 libpng16-16
    libbrotli1 libdbus-1-3 libsystemd0 libgcrypt20 libgpg-error0 liblz4-1 libzstd1 libcap2
    libpcre2-8-0 libmount1 libblkid1 libselinux1 libbsd0 libmd0
    libpulse0 libpulse-mainloop-glib0 libsndfile1 libflac12 libvorbis0a libvorbisenc2 libogg0
    libopus0 libmpg123-0 libmp3lame0 libasyncns0 libasound2
    libgssapi-krb5-2 libkrb5-3 libk5crypto3 libkrb5support0 libcom-err2 libkeyutils1
    libjpeg62-turbo libegl1 libgl1 libglx0 libglvnd0 libopengl0 libwayland-client0
    libwayland-cursor0 libwayland-egl1 libxrandr2
    libssl3 libsqlite3-0 libstdc++6 libgcc-s1 zlib1g libbz2-1.0 liblzma5 libexpat1 libffi8
    libuuid1
    """.split()
)


def debian_owners(paths: list[str]) -> dict[str, str]:
    """{path: Debian package} for the paths dpkg knows (empty off Debian / Ubuntu)."""
    import os
    import shutil
    import subprocess

    if not paths or shutil.which("dpkg-query") is None:
        return {}
    candidates: dict[str, str] = {}
    for p in paths:
        candidates[p] = p
        real = os.path.realpath(p)
        candidates.setdefault(real, p)
        for a, b in (("/lib/", "/usr/lib/"), ("/usr/lib/", "/lib/")):
            for c in (p, real):
                if c.startswith(a):
                    candidates.setdefault(b + c[len(a) :], p)
    out = subprocess.run(
        ["dpkg-query", "-S", *candidates], capture_output=True, text=True, check=False
    ).stdout
    owners: dict[str, str] = {}
    for line in out.splitlines():
        pkgs, _, path = line.partition(": ")
        if path in candidates:
            owners.setdefault(candidates[path], pkgs.split(",")[0].split(":")[0].strip())
    return owners


def leave_to_system(
    toc: list[tuple[str, str, str]],
) -> tuple[list[tuple[str, str, str]], set[str]]:
    """The TOC without system libraries from SYSTEM_PACKAGES, and the packages they came from."""
    owners = debian_owners([src for _dest, src, _kind in toc if src.startswith(("/lib", "/usr"))])
    kept, packages = [], set()
    for entry in toc:
        pkg = owners.get(entry[1])
        if pkg in SYSTEM_PACKAGES:
            packages.add(pkg)
        else:
            kept.append(entry)
    return kept, packages


def keep_translation(name: str) -> bool:
    """Qt's .qm catalogues: keep only ours (qt_zh_CN.qm, qtbase_zh_CN.qm ...)."""
    stem = name.rsplit("/", 1)[-1].removesuffix(".qm")
    return any(stem == f"{cat}_{lang}" for cat in QT_CATALOGUES for lang in LANGUAGES)


def dropped(dest: str) -> bool:
    """True if the bundle should leave this file out (dest: its path inside the bundle)."""
    path = dest.replace("\\", "/")
    if path.startswith(f"{QT}/translations/") and path.endswith(".qm"):
        return not keep_translation(path)
    return any(fnmatchcase(path, pattern) for pattern in DROP)


def filter_toc(toc: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], int]:
    """A PyInstaller TOC without the dropped entries, and how many were dropped."""
    kept = [entry for entry in toc if not dropped(entry[0])]
    return kept, len(toc) - len(kept)
