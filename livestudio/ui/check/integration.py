"""Check's hooks into the main window: Tools ▸ Platforms and stream keys…"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication


def install_menus(window: Any) -> None:
    action = window.menu_tools.addAction(
        QApplication.translate("Check", "Platforms and stream keys…")
    )
    action.setObjectName("actionPlatforms")

    def open_dialog() -> None:
        from livestudio.core.checks.service import CheckRunService
        from livestudio.ui.check.platforms_dialog import PlatformsDialog

        info = CheckRunService(window.ctx.store).show(window.ctx.current_show_id or None)
        dlg = PlatformsDialog(
            window.ctx.store, window.ctx.settings, window, suggest=info.platform if info else ""
        )
        dlg.exec()
        window.ctx.shows_changed.emit()  # the Check workspace re-reads the show's platform settings

    action.triggered.connect(open_dialog)
    window.check_platforms_action = action
