"""Help ▸ About shows the version, the build, the folders and the third-party notices; Copy
diagnostics puts versions, OS and paths on the clipboard, never a stream key."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from livestudio import __version__
from livestudio.core import paths
from livestudio.ui import about


def _open_about(main_window, qtbot) -> about.AboutDialog:  # type: ignore[no-untyped-def]
    main_window.menu_help.menuAction()  # the menu exists
    action = next(a for a in main_window.menu_help.actions() if "About" in a.text())
    action.trigger()
    dialog = main_window.findChild(about.AboutDialog)
    assert dialog is not None, "Help ▸ About opened no About dialog"
    qtbot.waitExposed(dialog)
    return dialog


def test_about_shows_version_folders_and_the_notices(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_about(main_window, qtbot)
    labels = " ".join(w.text() for w in dialog.findChildren(type(dialog.build_label)))
    assert __version__ in labels
    assert str(paths.data_dir()) in dialog.data_label.text()
    assert str(paths.log_dir()) in dialog.log_label.text()
    assert dialog.db_label.text() == str(main_window.store.path)
    assert "running from the source folder" in dialog.build_label.text()  # not a bundle here
    notices = dialog.notices.toPlainText()
    for name in ("Qt ", "FFmpeg", "PySide6", "SQLAlchemy", "LGPL-3.0"):
        assert name in notices, name
    assert "REPLACING QT, PYSIDE6 AND FFMPEG" in notices  # the relinking note
    dialog.close()


def test_about_shows_the_build_date_of_a_bundle(main_window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "THIRD-PARTY.txt").write_text("Qt 6\n", encoding="utf-8")
    (tmp_path / "build-info.json").write_text(
        json.dumps({"version": __version__, "built": "2026-11-30T08:15:00Z", "commit": "abc1234"}),
        encoding="utf-8",
    )
    monkeypatch.setattr(paths, "resource_root", lambda: tmp_path)
    dialog = _open_about(main_window, qtbot)
    assert "2026" in dialog.build_label.text() and "abc1234" in dialog.build_label.text()
    assert dialog.notices.toPlainText() == "Qt 6\n"
    dialog.close()


def test_copy_diagnostics_has_versions_os_paths_and_no_secret(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from livestudio.core.redact import register_secret

    key = "live_9Xq2Lw7TbA-secretkey"
    register_secret(key)
    dialog = _open_about(main_window, qtbot)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert f"LiveStudio {__version__}" in text
    for part in (
        "OS: ",
        "Python: ",
        "Qt: ",
        "Keyring: ",
        str(paths.data_dir()),
        str(paths.log_dir()),
    ):
        assert part in text, part
    assert str(main_window.store.path) in text
    assert key not in text
    assert "copied" in dialog.copied_label.text()
    dialog.close()


def test_the_notices_name_every_bundled_package() -> None:
    """resources/THIRD-PARTY.txt is regenerated whenever a dependency is added."""
    import sys

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "packaging"))
    try:
        import third_party
    finally:
        sys.path.remove(str(root / "packaging"))
    text = (root / "resources" / "THIRD-PARTY.txt").read_text(encoding="utf-8")
    missing = [c.name for c in third_party.packages() if f"\n{c.name} {c.version}\n" not in text]
    assert not missing, f"run packaging/third_party.py: {missing} not in THIRD-PARTY.txt"
    for c in third_party.packages():
        assert c.url.startswith("http"), c
        assert c.licence, c
