"""Review's hooks into the main window: Tools ▸ Import platform data…, Help ▸ How review findings are made."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # the workspace (and its charts) load when Review is first opened
    from livestudio.ui.review.workspace import ReviewWorkspace


def _tr(text: str) -> str:
    return QApplication.translate("ReviewMenus", text)


def install_menus(window: Any) -> None:
    action = window.menu_tools.addAction(_tr("Import platform data for review…"))
    action.triggered.connect(lambda: _review(window).start_import())
    rules = window.menu_help.addAction(_tr("How review findings are made"))
    rules.triggered.connect(lambda: _review(window).show_rules())


def _review(window: Any) -> ReviewWorkspace:
    window.show_workspace("review")
    ws: ReviewWorkspace = window.workspace("review")
    return ws
