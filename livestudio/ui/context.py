"""What every workspace shares: the store, the settings, the current show, and change signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from livestudio import settings as opts
from livestudio.core.db import Store

if TYPE_CHECKING:
    from livestudio.core.obs.link import ObsLink


class AppContext(QObject):
    products_changed = Signal()
    shows_changed = Signal()
    current_show_changed = Signal(int)  # 0 = none
    workspace_requested = Signal(str)  # "plan", "check", "live", "review", "products"
    status_message = Signal(str)

    def __init__(self, store: Store, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self._current_show_id = 0
        self._obs: ObsLink | None = None

    def obs_link(self) -> ObsLink:
        """The app's one link to OBS (made on first use; connects when an address is set)."""
        if self._obs is None:
            from livestudio.core.obs import credentials
            from livestudio.core.obs.link import ObsLink

            self._obs = ObsLink(self)
            url = str(opts.get(opts.OBS_URL, self.settings))
            if url:
                self._obs.start(url, credentials.get_password())
        return self._obs

    @property
    def obs_configured(self) -> bool:
        return bool(opts.get(opts.OBS_URL, self.settings))

    @property
    def current_show_id(self) -> int:
        return self._current_show_id

    def set_current_show(self, show_id: int | None) -> None:
        show_id = int(show_id or 0)
        if show_id != self._current_show_id:
            self._current_show_id = show_id
            self.current_show_changed.emit(show_id)

    def currency(self) -> str:
        return str(opts.get(opts.CURRENCY, self.settings))
