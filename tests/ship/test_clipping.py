"""Text fits its widgets: the Settings dialog in Chinese and in stretched-text mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from livestudio import translations
from livestudio.ui.clipcheck import clipped_texts
from livestudio.ui.settings.dialog import SettingsDialog


def test_the_detector_sees_a_squeezed_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    squeezed = QPushButton("Restore the newest backup now")
    squeezed.setFixedWidth(40)
    layout.addWidget(squeezed)
    layout.addWidget(QLabel("fits"))
    box.show()
    qtbot.waitExposed(box)
    found = clipped_texts(box)
    assert len(found) == 1 and "Restore the newest backup now" in found[0]


@pytest.mark.parametrize("mode", ["zh_CN", "stretched"])
def test_settings_dialog_text_fits(main_window, qtbot, qapp, monkeypatch, mode) -> None:  # type: ignore[no-untyped-def]
    if mode == "stretched":
        monkeypatch.setenv(translations.PSEUDO_ENV, "1")
        translations.install(qapp, QLocale("en_US"))
    else:
        translations.install(qapp, QLocale("zh_CN"))
    try:
        dialog = SettingsDialog(main_window.ctx, main_window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems = []
        for i in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(i)
            qapp.processEvents()
            problems += clipped_texts(dialog)
        dialog.close()
        assert not problems, "\n".join(problems)
    finally:
        monkeypatch.delenv(translations.PSEUDO_ENV, raising=False)
        translations.install(qapp, QLocale("en_US"))


@pytest.mark.qt_log_level_fail("CRITICAL")  # workspaces' own device warnings are theirs to judge
def test_every_workspace_fits_in_chinese(qtbot, qapp, store, settings) -> None:  # type: ignore[no-untyped-def]
    from livestudio.ui.main_window import MainWindow

    translations.install(qapp, QLocale("zh_CN"))
    try:
        window = MainWindow(store, settings=settings)
        qtbot.addWidget(window)
        window.resize(1280, 820)
        window.show()
        qtbot.waitExposed(window)
        problems = []
        for key in window.workspace_keys():
            window.show_workspace(key)
            window.workspace(key)
            qapp.processEvents()
            problems += [f"[{key}] {p}" for p in clipped_texts(window)]
        window.close()
        assert not problems, "text cut off in the Chinese UI:\n" + "\n".join(problems)
    finally:
        translations.install(qapp, QLocale("en_US"))
