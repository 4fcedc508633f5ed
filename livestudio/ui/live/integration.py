"""Live's hooks into the main window: crash recovery at start-up, and the OBS output menu items."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from livestudio import settings as opts

if TYPE_CHECKING:  # the live clock (and its store code) loads when start-up recovery runs
    from livestudio.core.live.clock import OpenRun

log = logging.getLogger("livestudio.live")


def _tr(text: str) -> str:
    return QApplication.translate("LiveRecovery", text)


def choose_resume(window: QWidget, run: OpenRun) -> tuple[str, int | None]:
    """Resume / End / Not now for a run left live, with the gap shown and correctable
    (tests replace this to answer without a modal dialog)."""
    from livestudio.ui.live.resume import choose

    return choose(window, run)


def tell(window: QWidget, title: str, text: str) -> None:
    """A plain notice (tests replace this)."""
    QMessageBox.information(window, title, text)


def after_show(window: Any) -> None:
    """At start-up: commit live actions a crash left in the journal, then, for each run still
    live (the app was killed or closed mid-show), ask to resume it — whatever the gap, 5 s or
    48 h, shown and correctable — or end it. A run another window drives is only reported."""
    from livestudio.core.live.clock import (
        LiveError,
        driven_elsewhere_message,
        end_run,
        open_runs,
        recover_journals,
        resume_run,
    )

    store = window.ctx.store
    try:
        recovered = recover_journals(store)
        if recovered:
            log.warning("%d live actions recovered from the journal", recovered)
        runs = open_runs(store)
    except Exception:
        log.exception("could not look for open live runs")
        return
    resumed = False
    for run in runs:
        if run.driver is not None:
            tell(
                window,
                _tr("A show is live in another window"),
                driven_elsewhere_message(run.title, run.driver),
            )
            continue
        if resumed:
            continue
        choice, downtime = choose_resume(window, run)
        if choice == "end":
            try:
                end_run(store, run.run_id)
            except LiveError as exc:
                tell(window, _tr("The show was not ended"), str(exc))
                continue
            window.ctx.shows_changed.emit()
        elif choice == "resume":
            try:
                if run.running and downtime is not None:
                    resume_run(store, run.run_id, downtime)
            except Exception as exc:  # noqa: BLE001 - a busy or full store: resume with the measured gap
                log.warning("resume of run %s not logged: %s", run.run_id, exc)
            try:
                window.show_workspace("live")
                window.workspace("live").attach_run(run.run_id)
            except LiveError as exc:
                tell(window, _tr("The show was not resumed"), str(exc))
                continue
            resumed = True


def resume_text(run: OpenRun) -> str:
    from livestudio.core.live.engine import format_clock

    return _tr("Resume the live show \u201c{title}\u201d (running {time})?").format(
        title=run.title, time=format_clock(run.running_ms, ceil=False)
    )


def install_menus(window: Any) -> None:
    menu = window.menu_tools
    menu.addSeparator()
    folder = menu.addAction(_tr("Live: folder for OBS text files…"))
    folder.triggered.connect(lambda: _choose_obs_folder(window))
    overlay = menu.addAction(_tr("Live: overlay server for OBS (127.0.0.1)"))
    overlay.setCheckable(True)
    overlay.setChecked(bool(opts.get(opts.OVERLAY_ENABLED, window.ctx.settings)))
    overlay.toggled.connect(lambda on: _toggle_overlay(window, on, overlay))
    window.live_overlay_action = overlay
    studio = menu.addAction(_tr("Live: studio network (phones and tablets)…"))
    studio.triggered.connect(lambda: open_studio_network_dialog(window))
    window.live_studio_network_action = studio
    mini = window.menu_view.addAction(_tr("&Mini clock"))
    mini.triggered.connect(lambda: _live(window).toggle_mini_clock())
    window.live_mini_clock_action = mini


def _live(window: Any) -> Any:
    window.show_workspace("live")
    return window.workspace("live")


def open_studio_network_dialog(window: Any) -> Any:
    """The read-only host page for phones on the studio Wi-Fi: off until turned on there."""
    from livestudio.ui.live.studio_network import open_studio_network

    ws = _live(window)
    dialog = open_studio_network(ws.controller.views, window.ctx.settings, window)
    dialog.finished.connect(lambda _code: ws.return_focus())
    dialog.sharing_changed.connect(lambda _on: ws.controller.write_outputs())
    ws.controller.write_outputs()  # the page has the show at once
    return dialog


def _choose_obs_folder(window: Any) -> None:
    current = str(opts.get(opts.OBS_TEXT_DIR, window.ctx.settings) or "")
    folder = QFileDialog.getExistingDirectory(window, _tr("Folder for OBS text files"), current)
    if not folder:
        return
    opts.put(opts.OBS_TEXT_DIR, folder, window.ctx.settings)
    window.workspace("live").controller.set_obs_folder(folder)
    window.ctx.status_message.emit(
        _tr(
            "OBS text files (segment.txt, remaining.txt, promo.txt, next.txt) go to {folder}"
        ).format(folder=folder)
    )


def _toggle_overlay(window: Any, on: bool, action: Any) -> None:
    ws = window.workspace("live")
    ok = ws.set_overlay_enabled(on)
    if on and not ok:
        action.blockSignals(True)
        action.setChecked(False)
        action.blockSignals(False)
        return
    opts.put(opts.OVERLAY_ENABLED, on, window.ctx.settings)
