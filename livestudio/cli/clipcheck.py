"""Find text that does not fit its widget — for checking translated (or stretched) layouts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m livestudio.cli.clipcheck --lang zh_CN
    LIVESTUDIO_PSEUDO_I18N=1 .venv/bin/python -m livestudio.cli.clipcheck --lang en

opens every workspace and the Settings dialog on a temporary store, and lists each visible
label, button, check box and tab whose single-line text is wider than the space it has.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from livestudio.ui.clipcheck import clipped_texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="zh_CN", help="en, zh_CN or system")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=820)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp(prefix="livestudio-clip-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    from livestudio import APP_NAME, ORG_NAME
    from livestudio import settings as opts

    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    opts.put(opts.LANGUAGE, args.lang, QSettings())
    from livestudio import app as lsapp
    from livestudio.core.db import open_store
    from livestudio.ui.main_window import MainWindow

    qapp = lsapp.make_application()
    store = open_store(tmp / "clip.sqlite3")
    window = MainWindow(store, settings=QSettings())
    window.resize(args.width, args.height)
    window.show()
    qapp.processEvents()
    problems: list[str] = []
    for key in window.workspace_keys():
        window.show_workspace(key)
        window.workspace(key)
        qapp.processEvents()
        problems += [f"[{key}] {p}" for p in clipped_texts(window)]
    dialog = window.open_settings(modal=False)
    for i in range(dialog.tabs.count()):  # type: ignore[attr-defined]
        dialog.tabs.setCurrentIndex(i)  # type: ignore[attr-defined]
        qapp.processEvents()
        problems += [f"[settings] {p}" for p in clipped_texts(dialog)]
    dialog.close()
    window.close()
    store.close()
    for p in dict.fromkeys(problems):
        print(p)
    print(f"{len(set(problems))} clipped text(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
