"""Settings dialog: values persist, the theme switches the palette, backups can be restored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from livestudio import settings as opts
from livestudio.core.models import Product
from livestudio.ui import theme
from livestudio.ui.settings.dialog import SettingsDialog


def _pick(combo, data) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def test_settings_persist_and_come_back_in_a_new_dialog(main_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    _pick(dialog.currency, "USD")
    _pick(dialog.preset, "custom")
    dialog.custom_w.setValue(1280)
    dialog.custom_h.setValue(720)
    dialog.custom_fps.setValue(25)
    dialog.custom_kbps.setValue(2500)
    dialog.chime_enabled.setChecked(False)
    dialog.chime_volume.setValue(35)
    dialog.recording_dir.setText(str(tmp_path / "rec"))
    dialog.backup_dir.setText(str(tmp_path / "bk"))
    dialog.backups_kept.setValue(12)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    dialog.close()

    fresh = QSettings()  # what the next start reads
    assert opts.get(opts.CURRENCY, fresh) == "USD"
    assert main_window.ctx.currency() == "USD"
    assert opts.get(opts.STREAM_PRESET, fresh) == "custom"
    preset = opts.stream_preset(fresh)
    assert (preset.width, preset.height, preset.fps, preset.bitrate_kbps) == (1280, 720, 25, 2500)
    assert opts.get(opts.CHIME_ENABLED, fresh) is False
    assert opts.get(opts.CHIME_VOLUME, fresh) == 35
    assert opts.get(opts.BACKUPS_KEPT, fresh) == 12

    again = SettingsDialog(main_window.ctx, main_window)
    qtbot.addWidget(again)
    assert again.currency.currentData() == "USD"
    assert again.preset.currentData() == "custom" and again.custom.isEnabled()
    assert again.custom_fps.value() == 25
    assert not again.chime_enabled.isChecked()
    assert again.recording_dir.text() == str(tmp_path / "rec")
    assert again.backups_kept.value() == 12
    assert again.store_path.text() == str(main_window.store.path)
    again.close()


def test_stream_preset_text_round_trips() -> None:
    for name, preset in opts.STREAM_PRESETS.items():
        assert opts.parse_stream_preset(name) == preset
    custom = opts.StreamPreset("custom", 1080, 1920, 30, 3500)  # vertical phone stream
    assert custom.value() == "custom"  # what the Check workspace's preset list knows
    assert opts.parse_stream_preset(custom.value(), custom.custom_value()) == custom
    assert opts.parse_stream_preset("custom:garbage").name == "1080p30"


def test_dark_theme_changes_the_palette_and_the_chart_colours(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    dialog = SettingsDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    light_chart = theme.chart_palette()
    try:
        with qtbot.waitSignal(theme.notifier().theme_changed) as sig:
            _pick(dialog.theme, "dark")
            dialog.apply()
        assert sig.args == ["dark"]
        qtbot.waitUntil(
            lambda: main_window.palette().color(QPalette.ColorRole.Window).lightness() < 80
        )
        assert app.style().name().lower() == "fusion"
        dark_chart = theme.chart_palette()
        assert dark_chart["background"] != light_chart["background"]
        # the tab bar is really painted dark
        image = main_window.grab().toImage()
        assert image.pixelColor(image.width() // 2, image.height() // 2).lightness() < 80
        assert opts.get(opts.THEME, QSettings()) == "dark"
        _pick(dialog.theme, "light")
        dialog.apply()
        qtbot.waitUntil(
            lambda: main_window.palette().color(QPalette.ColorRole.Window).lightness() > 180
        )
    finally:
        theme.apply_theme(app, "system")
        dialog.close()


def _skus(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT sku FROM product")}
    finally:
        con.close()


def test_restore_from_the_list_backs_up_first_and_restarts(  # type: ignore[no-untyped-def]
    main_window, qtbot, tmp_path, monkeypatch
) -> None:

    store = main_window.store
    opts.put(opts.BACKUP_DIR, str(tmp_path / "bk"), main_window.settings)
    with store.transaction() as s:
        s.add(Product(sku="OLD", name="Jade bangle 和田玉手镯"))
    dialog = SettingsDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.backup_now, Qt.MouseButton.LeftButton)
    assert dialog.backup_list.count() == 1
    with store.transaction() as s:
        s.add(Product(sku="NEW", name="Linen shirt 亚麻衬衫"))

    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_restore", lambda p: asked.append(p.name) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    restarts: list[bool] = []
    main_window.restart_requested.connect(lambda: restarts.append(True))
    dialog.restore_requested.connect(main_window.restore_backup)
    dialog.backup_list.setCurrentRow(0)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()

    assert asked and restarts == [True]
    assert _skus(store.path) == {"OLD"}
    copies = sorted((tmp_path / "bk").glob("*before-restore*"))
    assert len(copies) == 1 and _skus(copies[0]) == {"OLD", "NEW"}
    assert not main_window.isVisible()


@pytest.mark.parametrize("choice", ["en", "zh_CN"])
def test_language_choice_is_stored_and_offers_a_restart(
    main_window, qtbot, monkeypatch, choice
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    _pick(dialog.language, choice)
    dialog.accept()
    assert opts.get(opts.LANGUAGE, QSettings()) == choice


def test_charts_already_on_screen_follow_a_theme_switch(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    import pyqtgraph as pg

    plot = pg.PlotWidget(background=theme.chart_palette()["background"])
    plot.resize(300, 200)
    qtbot.addWidget(plot)
    plot.show()
    qtbot.waitExposed(plot)

    def corner_lightness() -> int:
        return plot.grab().toImage().pixelColor(plot.width() - 5, 5).lightness()

    try:
        assert corner_lightness() > 200
        theme.apply_theme(qapp, "dark")
        qtbot.waitUntil(lambda: corner_lightness() < 60)
        axis_colour = plot.getPlotItem().getAxis("left").pen().color().lightness()
        assert axis_colour > 180, "axis lines turn light on a dark chart"
    finally:
        theme.apply_theme(qapp, "system")


@pytest.mark.qt_log_level_fail("CRITICAL")  # a machine without a sound device may warn
def test_play_button_plays_the_chime_at_the_chosen_volume(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    dialog.chime_volume.setValue(40)
    dialog.chime_test.click()
    effect = dialog._test_effect
    assert effect is not None
    assert effect.volume() == pytest.approx(0.4, abs=0.01)
    assert effect.source().toLocalFile().endswith("chime.wav")
    dialog.close()
