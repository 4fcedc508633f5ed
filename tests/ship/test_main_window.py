"""The main window remembers where it was and which workspace was open; Settings is in a menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from livestudio.ui.main_window import MainWindow


def test_geometry_and_last_tab_come_back_in_a_new_window(qtbot, store, settings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(store, settings=settings)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    # the offscreen screen is small (800 px); a height inside it is kept exactly
    first.resize(first.width(), 611)
    qtbot.waitUntil(lambda: first.height() == 611)
    first.show_workspace("live")
    first.close()  # saves state

    second = MainWindow(store, settings=QSettings())
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.current_workspace_key() == "live"
    assert second.height() == 611
    second.close()


def test_settings_action_opens_the_settings_dialog(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = [a for a in main_window.menu_tools.actions() if a is main_window.action_settings]
    assert actions, "Settings… belongs in the Tools menu"
    dialog = main_window.open_settings(modal=False)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Settings"
    assert dialog.store_path.text() == str(main_window.store.path)
    dialog.reject()


@pytest.mark.qt_log_level_fail("CRITICAL")  # workspaces' own device warnings are theirs to judge
def test_every_workspace_opens_in_smoke_mode(main_window) -> None:  # type: ignore[no-untyped-def]
    assert main_window.smoke_test() == 0
    assert main_window.workspace_keys() == ["products", "plan", "check", "live", "review"]


def test_launch_paints_the_window_before_opening_the_store(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys
    import threading

    from PySide6.QtWidgets import QApplication, QMessageBox

    from livestudio import app
    from livestudio.tasks import wait_all

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # launch() installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    offers: list[str] = []  # the first-run sample offer on an empty store: decline it
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: offers.append(a[1]) or QMessageBox.StandardButton.No,
    )
    launched = app.launch(tmp_path / "first-run.sqlite3")
    assert not isinstance(launched, int)
    window = launched.window
    seen: list[bool] = []
    window.first_painted.connect(lambda: seen.append(launched.store is None))
    try:
        with qtbot.waitSignal(window.workspace_built, timeout=30000) as built:
            pass
        assert seen == [True], "the window painted before the store was opened"
        assert launched.store is not None and launched.store.path.exists()
        assert built.args == ["products"]
        assert str(launched.store.path) in window._db_label.text()
        qtbot.waitUntil(lambda: len(offers) == 1)  # after_show ran once the store was open
    finally:
        window.close()
        launched.instance.close()
        wait_all(10000)
        if launched.store is not None:
            launched.store.close()
        window.deleteLater()
        QApplication.processEvents()


def test_a_store_that_cannot_be_opened_ends_with_exit_3(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys
    import threading

    from PySide6.QtWidgets import QApplication, QMessageBox

    from livestudio import app

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("x")
    launched = app.launch(blocker / "livestudio.sqlite3")  # its folder cannot be created
    assert not isinstance(launched, int)
    exits: list[int] = []
    monkeypatch.setattr(launched.app, "exit", lambda code=0: exits.append(code))
    try:
        qtbot.waitUntil(lambda: exits == [3], timeout=20000)
        assert shown and "a-file-not-a-folder" in shown[0]
        assert not launched.window.isVisible()
    finally:
        launched.instance.close()
        launched.window.deleteLater()
        QApplication.processEvents()
