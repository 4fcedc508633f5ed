"""The main window's Edit and View menus: undo / redo / find acting on the workspace on screen
(each workspace keeps its own shortcut, so a key is never bound twice), the workspaces on
Ctrl+1…Ctrl+5, the Live host view and full screen. A mixin of MainWindow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenuBar, QTabWidget, QWidget

if TYPE_CHECKING:
    from livestudio.ui.main_window import WorkspaceSpec, _LazyTab


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the same context as MainWindow's


class WindowMenus:
    """Mixed into MainWindow after QMainWindow."""

    if TYPE_CHECKING:  # what MainWindow provides
        tabs: QTabWidget
        _tabs: dict[str, _LazyTab]

        def show_workspace(self, key: str) -> None: ...

        def workspace(self, key: str) -> QWidget: ...

        def showFullScreen(self) -> None: ...  # noqa: N802

        def showNormal(self) -> None: ...  # noqa: N802

    def _build_edit_menu(self, bar: QMenuBar) -> None:
        """Edit ▸ Undo / Redo / Find act on the workspace on screen. Each workspace keeps its own
        shortcut (Ctrl+Z means "undo the last log entry" in Live); the menu shows the key and
        triggers the workspace's own action, so a key is never bound twice."""
        self.menu_edit = bar.addMenu(_t("&Edit"))
        self.action_undo = self.menu_edit.addAction(_t("&Undo"))
        self.action_redo = self.menu_edit.addAction(_t("&Redo"))
        self.menu_edit.addSeparator()
        self.action_find = self.menu_edit.addAction(_t("&Find…"))
        for action, key in (
            (self.action_undo, QKeySequence.StandardKey.Undo),
            (self.action_redo, QKeySequence.StandardKey.Redo),
            (self.action_find, QKeySequence.StandardKey.Find),
        ):
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown, not bound
            action.triggered.connect(lambda _=False, k=key: self._trigger_workspace_key(k))
        self.menu_edit.aboutToShow.connect(self._on_menu_edit_about_to_show)

    def _workspace_key_target(self, key: QKeySequence.StandardKey) -> QAction | QShortcut | None:
        """The enabled action or shortcut of the workspace on screen bound to `key`."""
        tab = self.tabs.currentWidget()
        ws: QWidget | None = getattr(tab, "workspace", None)  # a _LazyTab, once built
        if ws is None:
            return None
        wanted = set(QKeySequence.keyBindings(key))
        if key == QKeySequence.StandardKey.Redo:
            wanted.add(QKeySequence("Ctrl+Y"))
        for action in ws.findChildren(QAction):
            if action.isEnabled() and wanted & set(action.shortcuts()):
                return action
        for shortcut in ws.findChildren(QShortcut):
            if shortcut.isEnabled() and shortcut.key() in wanted:
                return shortcut
        return None

    def _trigger_workspace_key(self, key: QKeySequence.StandardKey) -> None:
        target = self._workspace_key_target(key)
        if isinstance(target, QAction):
            target.trigger()
        elif isinstance(target, QShortcut):
            target.activated.emit()

    def _on_menu_edit_about_to_show(self) -> None:
        for action, key in (
            (self.action_undo, QKeySequence.StandardKey.Undo),
            (self.action_redo, QKeySequence.StandardKey.Redo),
            (self.action_find, QKeySequence.StandardKey.Find),
        ):
            action.setEnabled(self._workspace_key_target(key) is not None)

    def _build_view_menu(self, bar: QMenuBar, specs: list[WorkspaceSpec]) -> None:
        """View ▸ the workspaces on Ctrl+1…Ctrl+5, the Live host view, full screen."""
        self.menu_view = bar.addMenu(_t("&View"))
        self.workspace_actions: dict[str, QAction] = {}
        for number, spec in enumerate(specs, start=1):
            action = self.menu_view.addAction(spec.title())
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=spec.key: self.show_workspace(k))
            self.workspace_actions[spec.key] = action
        self.menu_view.addSeparator()
        self.action_host_view = self.menu_view.addAction(_t("&Host view"))
        self.action_host_view.triggered.connect(self._on_action_host_view_triggered)
        self.action_full_screen = self.menu_view.addAction(_t("&Full screen"))
        self.action_full_screen.setCheckable(True)
        self.action_full_screen.setShortcut(QKeySequence(QKeySequence.StandardKey.FullScreen))
        self.action_full_screen.toggled.connect(self._on_action_full_screen_toggled)

    def _on_action_host_view_triggered(self) -> None:
        self.show_workspace("live")
        opener = getattr(self.workspace("live"), "open_host_view", None)
        if opener is not None:
            opener()

    def _on_action_full_screen_toggled(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
