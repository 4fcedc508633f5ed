"""Review's hooks into the main window: Tools ▸ Import platform data…, Help ▸ How review findings are made."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication


def _tr(text: str) -> str:
    return QApplication.translate("ReviewMenus", text)


def install_menus(window: Any) -> None:
    action = window.menu_tools.addAction(_tr("Import platform data for review…"))
    action.triggered.connect(lambda: _open(window, "start_import"))
    rules = window.menu_help.addAction(_tr("How review findings are made"))
    rules.triggered.connect(lambda: _open(window, "show_rules"))


def _open(window: Any, method: str) -> None:
    window.show_workspace("review")
    getattr(window.workspace("review"), method)()
