"""Edit and View menus: the workspaces on Ctrl+1…Ctrl+5, full screen, and Edit ▸ Undo / Find
acting on the workspace on screen through its own action (a key is never bound twice)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from livestudio.core.products import ProductData, ProductService


def test_view_menu_switches_workspaces_and_full_screen(main_window: Any, qtbot: Any) -> None:
    keys = [a.shortcut().toString() for a in main_window.workspace_actions.values()]
    assert keys == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    main_window.workspace_actions["check"].trigger()
    assert main_window.current_workspace_key() == "check"
    main_window.workspace_actions["review"].trigger()
    assert main_window.current_workspace_key() == "review"
    main_window.action_full_screen.setChecked(True)
    qtbot.waitUntil(main_window.isFullScreen)
    main_window.action_full_screen.setChecked(False)
    qtbot.waitUntil(lambda: not main_window.isFullScreen())


def test_edit_menu_undoes_in_the_workspace_on_screen(
    main_window: Any, qtbot: Any, store: Any, monkeypatch: Any
) -> None:
    main_window.show_workspace("products")
    ws = main_window.workspace("products")
    main_window.activateWindow()
    qtbot.waitUntil(ws.isVisible)
    ProductService(store).add(ProductData(None, "SKU-1", "Scarf"))
    main_window.ctx.products_changed.emit()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ws.select_ids([ws.model.product(0).id])
    ws.table.setFocus()
    qtbot.keyClick(ws.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 0)
    main_window.menu_edit.aboutToShow.emit()
    assert main_window.action_undo.isEnabled()
    main_window.action_undo.trigger()  # the workspace's own Ctrl+Z, through the menu
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1)
    main_window.menu_edit.aboutToShow.emit()
    assert main_window.action_find.isEnabled()
    main_window.action_find.trigger()
    qtbot.waitUntil(ws.filter_edit.hasFocus)
