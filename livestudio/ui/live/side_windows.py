"""The Live screen's other windows: the full-screen host view and the mini clock, opened and
closed by key or button, each showing what the Live screen shows (and OBS's health strip when
OBS is linked). A mixin of LiveWorkspace, kept apart so each file stays one room."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from livestudio.ui.live.hostview import HostView
from livestudio.ui.live.miniclock import MiniClock

if TYPE_CHECKING:
    from livestudio.ui.context import AppContext
    from livestudio.ui.live.controller import LiveController
    from livestudio.ui.live.obs_panel import LiveObsPanel
    from livestudio.ui.live.toolbar import LiveToolbar


class SideWindows:
    """Mixed into LiveWorkspace after QWidget (`class LiveWorkspace(QWidget, SideWindows)`)."""

    if TYPE_CHECKING:  # what LiveWorkspace provides
        host_view: HostView | None
        mini_clock: MiniClock | None
        obs: LiveObsPanel | None
        controller: LiveController
        toolbar: LiveToolbar
        ctx: AppContext

        def return_focus(self) -> None: ...

        def window(self) -> QWidget: ...

    def toggle_host_view(self) -> None:
        if self.host_view is not None:
            self.close_host_view()
        else:
            self.open_host_view(None)

    def open_host_view(self, screen: QScreen | None = None) -> HostView:
        if self.host_view is None:
            self.host_view = HostView(None)
            if self.obs is not None:
                self.obs.add_strip(self.host_view)
            self.host_view.closed.connect(self._on_host_view_closed)
            self.toolbar.host_open = True
        screens = QGuiApplication.screens()
        chosen = screen or (screens[-1] if screens else None)  # prefer the second screen
        self.host_view.show_on(chosen)
        self.host_view.set_message(self.controller.message, self.controller.blink)
        self.controller.refresh(force=True)
        return self.host_view

    def close_host_view(self) -> None:
        if self.host_view is not None:
            self.host_view.close()

    def _on_host_view_closed(self) -> None:
        if self.host_view is not None:
            self.host_view.deleteLater()
        self.host_view = None
        self.toolbar.host_open = False
        self.return_focus()

    def toggle_mini_clock(self) -> None:
        if self.mini_clock is not None:
            self.close_mini_clock()
        else:
            self.open_mini_clock()

    def open_mini_clock(self) -> MiniClock:
        if self.mini_clock is None:
            self.mini_clock = MiniClock(self.ctx.settings, None)
            if self.obs is not None:
                self.obs.add_strip(self.mini_clock)
            self.mini_clock.closed.connect(self._on_mini_clock_closed)
        self.mini_clock.set_message(self.controller.message, self.controller.blink)
        self.mini_clock.open_on(self.window().screen())
        self.controller.refresh(force=True)
        return self.mini_clock

    def close_mini_clock(self) -> None:
        if self.mini_clock is not None:
            self.mini_clock.close()

    def _on_mini_clock_closed(self) -> None:
        if self.mini_clock is not None:
            self.mini_clock.deleteLater()
        self.mini_clock = None
        self.return_focus()

    def _on_controller_message_changed(self, text: str, blink: bool) -> None:
        for w in (self.host_view, self.mini_clock):
            if w is not None:
                w.set_message(text, blink)
        self.controller.refresh(force=False)
