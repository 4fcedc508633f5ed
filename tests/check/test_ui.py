"""The Check workspace on the real main window, with fast fake devices injected."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QStyleOptionViewItem

from livestudio.core.checks import history, secrets
from livestudio.core.checks.audio import AudioDevice, LevelReport
from livestudio.core.checks.camera import CameraReport
from livestudio.core.checks.probes import PROBES
from livestudio.core.checks.results import Verdict
from livestudio.core.checks.system import SystemEnv
from livestudio.core.models import Show
from livestudio.ui.check.checklist import COL_STATUS, COL_VALUE

from .conftest import KEY
from .servers import listening_server
from .test_media import CAM, FakeCamera

DEVICE_TIME = threading.Event()  # never set: fakes wait on it to stand in for a capture's duration


class TimedCamera(FakeCamera):
    def measure(self, device_id, seconds, cancelled=None):  # type: ignore[no-untyped-def]
        DEVICE_TIME.wait(0.3)  # a worker-thread wait, like a real capture; the UI thread is free
        return super().measure(device_id, seconds, cancelled)


class GoodAudio:
    def inputs(self) -> list[AudioDevice]:
        return [AudioDevice("mic", "Rode NT-USB", True)]

    def outputs(self) -> list[AudioDevice]:
        return [AudioDevice("spk", "Studio monitors", True)]

    def measure(self, device_id, seconds, cancelled=None) -> LevelReport:  # type: ignore[no-untyped-def]
        DEVICE_TIME.wait(0.3)
        return LevelReport("Rode NT-USB", -9.0, -21.0, seconds, 48000)

    def play_tone(self, device_id, seconds) -> None:  # type: ignore[no-untyped-def]
        DEVICE_TIME.wait(0.2)


FAST_SYSTEM = SystemEnv(
    cpu_percent=lambda: 12.0, memory=lambda: (6 * 1024**3, 16 * 1024**3), battery=lambda: None
)


@pytest.fixture
def check_ws(main_window) -> Iterator:  # type: ignore[no-untyped-def]
    with listening_server() as port:
        store = main_window.ctx.store
        with store.transaction() as s:
            s.add(
                Show(
                    title="双十一美妆专场",
                    platform="Douyin 抖音",
                    planned_duration_ms=2 * 3600 * 1000,
                )
            )
        history.save_platform(store, "Douyin 抖音", f"rtmp://127.0.0.1:{port}/live", "720p30", None)
        main_window.show_workspace("check")
        ws = main_window.workspace("check")
        ws.select_show(1)
        ws.probe_overrides = dict(
            camera=TimedCamera([CAM], CameraReport("Logitech C920", 1920, 1080, 30.0, 90, 3.0)),
            audio=GoodAudio(),
            system_env=FAST_SYSTEM,
            key_present=lambda p: p == "Douyin 抖音",
            disk_free=lambda p: 500 * 1024**3,
        )
        yield ws


def _status(ws, key: str) -> str:  # type: ignore[no-untyped-def]
    return ws.checklist.row_text(key, COL_STATUS)


def _measured(ws, key: str) -> str:  # type: ignore[no-untyped-def]
    return ws.checklist.row_text(key, COL_VALUE)


def test_before_any_run_manual_items_read_not_yet_and_the_banner_is_neutral(
    check_ws, qtbot
) -> None:  # type: ignore[no-untyped-def]
    ws = check_ws
    keys = ws.checklist.manual_keys()
    assert keys and all(_status(ws, k) == "not yet" for k in keys)
    assert all(_status(ws, n) == "not run" for n in PROBES)
    assert "Not checked yet" in ws.banner.text() and ws.verdict() is None
    # the Selected item panel reads the row the same way
    rect = ws.checklist.visualItemRect(ws.checklist.row("manual:stock"))
    qtbot.mouseClick(ws.checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Status: not yet" in ws.detail.text() and "Time" not in ws.detail.text()
    ws.tick("stock")
    assert _status(ws, "manual:stock") == "pass"
    assert "Status: pass" in ws.detail.text() and "Time" in ws.detail.text()
    ws.tick("stock", done=False)
    assert _status(ws, "manual:stock") == "not yet"


def test_run_all_streams_results_and_names_what_blocks(check_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = check_ws
    arrived: list[str] = []
    ws.result_arrived.connect(arrived.append)
    with qtbot.waitSignal(ws.run_finished, timeout=30000):
        qtbot.mouseClick(ws.run_all_button, Qt.MouseButton.LeftButton)
        assert not ws.run_all_button.isEnabled()  # running
    assert sorted(arrived) == sorted(PROBES)
    assert "median" in _measured(ws, "network") and _status(ws, "network") == "pass"
    assert "Logitech C920: 1920x1080" in _measured(ws, "camera")
    # manual items still open and the speaker test unconfirmed: NO-GO naming what blocks
    assert ws.verdict() == Verdict.NO_GO
    assert "NO-GO" in ws.banner.text() and "Stock confirmed" in ws.banner.detail_lines()[0]
    assert _banner_fits(ws)
    assert _status(ws, "manual:stock") == "fail"  # after a run, an open required item blocks
    assert _status(ws, "manual:water") == "skipped"  # an open optional one does not
    assert ws.run_all_button.isEnabled()
    # the detail panel shows the whole measured value of the row clicked
    rect = ws.checklist.visualItemRect(ws.checklist.row("camera"))
    qtbot.mouseClick(ws.checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "Logitech C920: 1920x1080" in ws.detail.text()


@pytest.mark.perf
def test_run_all_never_stalls_the_window(check_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = check_ws
    gaps: list[float] = []
    last = [time.monotonic()]

    def beat() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.timeout.connect(beat)
    heart.start(10)
    # let the freshly built workspace finish its first layout and paint: that is not a probe
    qtbot.waitUntil(lambda: len(gaps) >= 3 and gaps[-1] < 0.03, timeout=5000)
    gaps.clear()
    last[0] = time.monotonic()
    with qtbot.waitSignal(ws.run_finished, timeout=30000):
        qtbot.mouseClick(ws.run_all_button, Qt.MouseButton.LeftButton)
    heart.stop()
    assert len(gaps) > 5
    assert max(gaps) < 0.100, (
        f"event loop stalled {max(gaps) * 1000:.0f} ms: {[round(g * 1000) for g in gaps]}"
    )


def test_ticks_and_hearing_the_tone_make_it_go_and_are_stored(
    check_ws, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ws = check_ws
    with qtbot.waitSignal(ws.run_finished, timeout=30000):
        ws.run_all()
    # the speaker row is selected and its panel asks whether the tone was heard
    assert ws.checklist.current_key() == "speakers"
    assert ws.detail.heard_button.isVisible() and "test tone" in ws.detail.question.text()
    qtbot.mouseClick(ws.detail.heard_button, Qt.MouseButton.LeftButton)
    assert not ws.detail.heard_button.isVisible()
    for key in ws.checklist.manual_keys():
        if ws.checklist.spec(key)[1]:  # required
            ws.tick(key, note="OK" if key == "manual:stock" else None)
    assert ws.verdict() == Verdict.GO, ws.banner.text()
    qtbot.waitUntil(ws.is_saved)
    assert ws.banner.text().count("GO") == 1 and "NO-GO" not in ws.banner.text()
    runs = history.list_runs(ws.ctx.store, 1)
    assert len(runs) == 1 and runs[0].verdict == Verdict.GO
    rec = history.load_run(ws.ctx.store, runs[0].id)
    stock = next(r for r in rec.results if r.key == "manual:stock")
    assert stock.status == "pass" and stock.note == "OK"
    assert next(r for r in rec.results if r.key == "speakers").status == "pass"
    assert ws.history.count() == 1 and "GO" in ws.history.text(0)
    assert ws.side_tabs.tabText(ws.side_tabs.indexOf(ws.history)) == "Earlier runs (1)"
    out = ws.export_current("xlsx", tmp_path / "run.xlsx")
    assert out is not None and out.exists()
    notice = _export_notice(ws)
    assert notice.findChild(QPushButton, "export_show_in_folder") is not None
    assert "run.xlsx" in notice.text()
    notice.close()
    pdf = ws.export_current("pdf", tmp_path / "run.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    _export_notice(ws).close()
    ws.history.open_row(0)
    dlg = ws.open_dialog
    assert dlg.table.rowCount() == len(rec.results) and "GO" in dlg.verdict_label.text()
    dlg.close()
    # a second Run all is a new run; the first stays in the history
    with qtbot.waitSignal(ws.run_finished, timeout=30000):
        ws.run_all()
    qtbot.waitUntil(ws.is_saved)
    assert len(history.list_runs(ws.ctx.store, 1)) == 2


def _banner_fits(ws) -> bool:  # type: ignore[no-untyped-def]
    """The verdict and every line under it show inside the banner's fixed height."""
    banner = ws.banner
    return banner.heightForWidth(banner.width()) <= banner.height()


def _export_notice(ws) -> QMessageBox:  # type: ignore[no-untyped-def]
    boxes = [b for b in ws.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no export notice"
    return boxes[-1]


def test_a_hung_probe_is_given_up_on_at_its_timeout(check_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = check_ws
    release = threading.Event()

    class HangingCamera(FakeCamera):
        def measure(self, device_id, seconds, cancelled=None):  # type: ignore[no-untyped-def]
            release.wait(10)
            return super().measure(device_id, seconds, cancelled)

    ws.probe_overrides["camera"] = HangingCamera(
        [CAM], CameraReport("Logitech C920", 1920, 1080, 30.0, 90, 3.0)
    )
    ws.probe_overrides["probe_timeout_s"] = 0.5
    try:
        with qtbot.waitSignal(
            ws.result_arrived, timeout=5000, check_params_cb=lambda k: k == "camera"
        ):
            ws.run_probes(["camera"])
        assert "no answer within" in _measured(ws, "camera")
        assert _status(ws, "camera") == "fail"
        # the media lane moves on: the microphone can run while the camera worker is stuck
        with qtbot.waitSignal(
            ws.result_arrived, timeout=5000, check_params_cb=lambda k: k == "microphone"
        ):
            ws.run_probes(["microphone"])
    finally:
        release.set()


def test_history_follows_the_current_show_and_works_without_one(check_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = check_ws
    busy = SystemEnv(cpu_percent=lambda: 97.0, memory=FAST_SYSTEM.memory, battery=lambda: None)
    ws.probe_overrides["system_env"] = busy  # a warning as well
    with qtbot.waitSignal(ws.run_finished, timeout=30000):
        ws.run_probes(["disk", "system"])
    qtbot.waitUntil(ws.is_saved)
    # what blocks, what warns and the probes not run: all within the banner's height
    assert len(ws.banner.detail_lines()) == 3 and _banner_fits(ws)
    assert ws.history.count() == 1
    ws.ctx.set_current_show(0)  # another workspace cleared the show
    assert ws.history.count() == 0 and "No show selected" in ws.show_label.text()
    assert ws.show_combo.currentText() == "(no show)"
    rect = ws.checklist.visualItemRect(ws.checklist.row("disk"))
    with qtbot.waitSignal(ws.run_finished, timeout=30000):  # a double-click runs that probe
        qtbot.mouseClick(ws.checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(ws.checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(ws.is_saved)
    assert ws.history.count() == 1
    assert history.list_runs(ws.ctx.store, None)[0].show_id is None
    # picking the show in Check's own picker brings its runs back and tells the other workspaces
    ws.show_combo.setFocus()
    qtbot.keyClick(ws.show_combo, Qt.Key.Key_Down)
    assert ws.current_show_id() == 1 and ws.ctx.current_show_id == 1
    assert ws.history.count() == 1 and "Douyin" in ws.show_label.text()
    assert "双十一美妆专场" in ws.show_combo.currentText()


def test_template_editor_changes_the_checklist(check_ws) -> None:  # type: ignore[no-untyped-def]
    from livestudio.ui.check.template_dialog import TemplateEditorDialog

    ws = check_ws
    dlg = TemplateEditorDialog(ws.service, ws.template_id(), ws)
    n = dlg.table.rowCount()
    dlg.add_button.click()
    dlg.table.item(n, 0).setText("Ring light charged 补光灯充电")
    dlg.table.setCurrentCell(0, 0)
    dlg.remove_button.click()  # drop "Lighting"
    dlg.accept()
    ws.load_checklist()
    titles = ws.checklist.titles()
    assert "Ring light charged 补光灯充电" in titles
    assert not any(t.startswith("Lighting") for t in titles)


def test_platform_dialog_stores_key_masked_and_clears_clipboard(
    main_window, memory_keyring, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from livestudio.ui.check.platforms_dialog import (
        CLIPBOARD_CLEAR_MS,
        PlatformsDialog,
        clipboard_wiper,
    )

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert main_window.check_platforms_action.text() == "Platforms and stream keys…"
    dlg = PlatformsDialog(main_window.ctx.store, main_window.ctx.settings, main_window)
    dlg.add_button.click()
    assert dlg.current_platform_name() == "Douyin"  # the name Plan uses
    dlg.ingest_edit.setText("http://not-an-ingest.example")
    assert not dlg.save_current() and "rtmp://" in warnings[-1]
    dlg.ingest_edit.setText("rtmp://push.douyin.example/live")
    dlg.preset_combo.setCurrentIndex(dlg.preset_combo.findData("1080p60"))
    assert dlg.save_current()
    assert history.find_platform(main_window.ctx.store, "douyin").default_preset == "1080p60"
    dlg.key_edit.setText(KEY)
    dlg.store_key_button.click()
    assert dlg.key_edit.text() == ""
    assert dlg.key_label.text() == "stored: ••••abcd"
    assert secrets.get_key("Douyin") == KEY
    dlg.copy_key_button.click()
    cb = QGuiApplication.clipboard()
    assert cb.text() == KEY
    wiper = clipboard_wiper()
    assert wiper.timer.isActive() and wiper.timer.interval() == CLIPBOARD_CLEAR_MS == 30_000
    wiper.timer.stop()
    wiper.wipe()  # what the 30-second timer does
    assert cb.text() == ""
    dlg.close()


def test_platform_dialog_without_keyring_refuses_plainly(main_window, no_keyring) -> None:  # type: ignore[no-untyped-def]
    from livestudio.ui.check.platforms_dialog import PlatformsDialog

    dlg = PlatformsDialog(main_window.ctx.store, main_window.ctx.settings, main_window)
    assert not dlg.key_edit.isEnabled() and not dlg.store_key_button.isEnabled()
    assert "never stores keys in plain text" in dlg.keyring_note.text()
    dlg.close()


def test_preview_without_a_camera_says_so(check_ws) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtMultimedia import QMediaDevices

    ws = check_ws
    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    ws.devices.preview_button.click()
    assert not ws.devices.preview_button.isChecked()
    assert "No camera found" in ws.devices.preview._message.text()
    assert ws.devices.camera_combo.currentText() == "(no camera found)"


@pytest.mark.pulse
def test_level_meter_follows_the_real_microphone(main_window, pulse, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from livestudio.core.checks.audio import tone

    from .conftest import MIC
    from .test_media import TONE_DBFS, _wav

    main_window.show_workspace("check")
    ws = main_window.workspace("check")
    dev = ws.devices
    dev.refresh_button.click()
    idx = dev.mic_combo.findData(MIC)
    assert idx >= 0, "QtMultimedia does not list the PulseAudio virtual microphone"
    dev.mic_combo.setCurrentIndex(idx)
    pulse(_wav(tmp_path / "tone.wav", tone(seconds=6.0, dbfs=TONE_DBFS)))
    levels: list[float] = []
    dev.meter.level_changed.connect(levels.append)
    dev.meter_button.click()
    try:
        qtbot.waitUntil(lambda: any(abs(v - TONE_DBFS) < 3 for v in levels), timeout=8000)
        assert "dBFS" in dev.meter.bar.format()
    finally:
        dev.meter_button.click()
    assert dev.meter.bar.format() == "off"


def test_cable_pulled_says_offline_no_route_without_hanging(check_ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    import socket as _socket

    from livestudio.core.checks.network import NetworkEnv

    def no_dns(host: str, port: int, timeout: float) -> list[str]:
        raise _socket.gaierror(_socket.EAI_AGAIN, "Temporary failure in name resolution")

    ws = check_ws
    ws.probe_overrides["net_env"] = NetworkEnv(
        interfaces=lambda: [("eth0", ["10.0.0.5"])], default_route=lambda: False, resolver=no_dns
    )
    history.save_platform(
        ws.ctx.store,
        "Douyin 抖音",
        "rtmp://push.douyin.example/live",
        "720p30",
        None,
        history.find_platform(ws.ctx.store, "Douyin 抖音").id,
    )
    ws.invalidate_config()
    with qtbot.waitSignal(ws.run_finished, timeout=10000):
        ws.run_probes(["network"])
    assert _status(ws, "network") == "fail"
    assert _measured(ws, "network").startswith("offline: no route")
    assert "NO-GO" in ws.banner.text() and "Network" in ws.banner.text()


def test_checklist_comes_in_chinese_for_a_chinese_ui(main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        main_window.show_workspace("check")
        ws = main_window.workspace("check")
        titles = ws.checklist.titles()
    finally:
        QLocale.setDefault(before)
    assert titles[:3] == ["灯光", "背景布置", "样品到位"]
    assert "主播饮用水 (optional)" in titles


def test_custom_preset_comes_from_settings(check_ws) -> None:  # type: ignore[no-untyped-def]
    from livestudio import settings as opts

    ws = check_ws
    if not hasattr(opts, "STREAM_CUSTOM"):
        pytest.skip("this Settings has no custom preset")
    ws.ctx.settings.setValue(opts.STREAM_CUSTOM.key, "1280x720@25:2500")
    ws.preset_combo.setCurrentIndex(ws.preset_combo.findData("custom"))
    cfg = ws.probe_config()
    assert (cfg.preset.name, cfg.preset.width, cfg.preset.fps, cfg.preset.video_kbps) == (
        "custom",
        1280,
        25,
        2500,
    )
    assert cfg.preset.required_upload_kbps == (2500 + 160) * 1.5


def test_reopening_on_check_picks_the_next_show_in_its_own_picker(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    with main_window.ctx.store.transaction() as s:
        s.add(Show(title="Last week", scheduled_start=now - timedelta(days=7)))
        s.add(Show(title="Tomorrow night", scheduled_start=now + timedelta(days=1)))
    assert main_window.ctx.current_show_id == 0  # as after a restart
    main_window.show_workspace("check")
    ws = main_window.workspace("check")
    assert "Tomorrow night" in ws.show_combo.currentText()
    assert ws.ctx.current_show_id == ws.current_show_id() != 0
    items = [ws.show_combo.itemText(i) for i in range(ws.show_combo.count())]
    assert items[0] == "(no show)" and "Tomorrow night" in items[1] and "Last week" in items[2]
    # choosing another show there is what the other workspaces then show
    ws.show_combo.setFocus()
    qtbot.keyClick(ws.show_combo, Qt.Key.Key_Down)
    assert "Last week" in ws.show_combo.currentText()
    assert main_window.ctx.current_show_id == ws.current_show_id()


def _lightness_spread(image, rect) -> int:  # type: ignore[no-untyped-def]
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    ]
    return max(values) - min(values)


def test_dark_theme_check_boxes_and_skipped_icon_are_visible(main_window, qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect

    from livestudio.ui import theme
    from livestudio.ui.check import status as look

    main_window.resize(1280, 800)
    main_window.show_workspace("check")
    ws = main_window.workspace("check")
    panel = ws.checklist
    light_icon = panel.row(panel.manual_keys()[0]).icon(COL_STATUS).cacheKey()
    theme.apply_theme(qapp, "dark")  # switched while the workspace is open
    try:
        qapp.processEvents()
        assert panel.row(panel.manual_keys()[0]).icon(COL_STATUS).cacheKey() != light_icon
        item = panel.row(panel.manual_keys()[0])
        rect = panel.visualItemRect(item)
        image = panel.viewport().grab().toImage()
        # the unticked box sits at the start of the Item cell, after the indentation
        box = QRect(panel.indentation(), rect.top() + 2, rect.height(), rect.height() - 4)
        assert _lightness_spread(image, box) > 60, "the unticked box vanishes on dark"
        background = panel.palette().color(panel.viewport().backgroundRole()).lightness()
        for status in ("skipped", "pass", "warn", "fail", ""):
            icon = look.icon(status).pixmap(16, 16).toImage()
            strongest = max(
                abs(icon.pixelColor(x, y).lightness() - background)
                for x in range(16)
                for y in range(16)
                if icon.pixelColor(x, y).alpha() > 200
            )
            assert strongest > 80, f"the {status or 'not yet'} icon is too faint on dark"
    finally:
        theme.apply_theme(qapp, "system")


@pytest.mark.parametrize("language", ["en_US", "zh_CN"])
def test_check_columns_fit_at_1280x800_after_a_run(check_ws, qapp, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from livestudio import translations
    from livestudio.ui.clipcheck import clipped_columns, horizontal_scrolls

    ws = check_ws
    translations.install(qapp, QLocale(language))
    try:
        ws.window().resize(1280, 800)
        with qtbot.waitSignal(ws.run_finished, timeout=30000):
            ws.run_all()
        qapp.processEvents()
        assert ws.window().minimumSizeHint().width() <= 1280  # nothing widens the window
        assert ws.window().minimumSizeHint().height() <= 800
        assert clipped_columns(ws) == []
        assert horizontal_scrolls(ws) == []
        # the measured values are the point of the table: none is elided
        panel = ws.checklist
        option = QStyleOptionViewItem()
        option.initFrom(panel)
        for name in PROBES:
            index = panel.indexFromItem(panel.row(name), COL_VALUE)
            width = panel.itemDelegate().sizeHint(option, index).width()
            text = panel.row_text(name, COL_VALUE)
            assert width <= panel.columnWidth(COL_VALUE), f"{name}: {text!r} does not fit"
    finally:
        translations.install(qapp, QLocale("en_US"))
