"""Live's hooks into the main window: crash recovery at start-up, and the OBS output menu items."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from livestudio import settings as opts
from livestudio.core.live.clock import OpenRun, end_stale_run, open_runs
from livestudio.core.live.engine import format_clock

log = logging.getLogger("livestudio.live")


def _tr(text: str) -> str:
    return QApplication.translate("LiveRecovery", text)


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question (tests replace this to answer without a modal dialog)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def after_show(window: Any) -> None:
    """If a run is still live (the app was killed or closed mid-show), offer to resume it; a run
    nobody touched for 12 hours is offered for ending instead."""
    try:
        runs = open_runs(window.ctx.store)
    except Exception:
        log.exception("could not look for open live runs")
        return
    resumed = False
    for run in runs:
        if run.stale:
            if ask(
                window,
                _tr("A show was left live"),
                _tr(
                    "\u201c{title}\u201d has been marked live since {when} with nothing logged for over "
                    "12 hours. End it now? Everything logged stays in its summary."
                ).format(
                    title=run.title,
                    when=run.last_event_wall.astimezone().strftime("%Y-%m-%d %H:%M"),
                ),
            ):
                end_stale_run(window.ctx.store, run.run_id)
                window.ctx.shows_changed.emit()
            continue
        if resumed:
            continue
        if ask(window, _tr("Resume the live show?"), resume_text(run)):
            window.show_workspace("live")
            window.workspace("live").attach_run(run.run_id)
            resumed = True


def resume_text(run: OpenRun) -> str:
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


def _choose_obs_folder(window: Any) -> None:
    current = str(opts.get(opts.OBS_TEXT_DIR, window.ctx.settings) or "")
    folder = QFileDialog.getExistingDirectory(window, _tr("Folder for OBS text files"), current)
    if not folder:
        return
    opts.put(opts.OBS_TEXT_DIR, folder, window.ctx.settings)
    ws = window.workspace("live")
    from pathlib import Path

    from livestudio.core.live.outputs import TextFileWriter

    ws.writer = TextFileWriter(Path(folder)) if ws.clock is not None else None
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
