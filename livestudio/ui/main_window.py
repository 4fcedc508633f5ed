"""The main window: one tab per workspace, built the first time it is shown.

Start-up paints the window first and opens the store after that: `MainWindow(None, settings)`
is the bare shell (tab bar, menus), `attach_store(store)` adds the store, the workspaces' menu
hooks and the open tab's content. Tests and tools pass the store to the constructor and get
everything at once. Nothing that imports SQLAlchemy is imported before the first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livestudio import settings as opts
from livestudio.tasks import wait_all
from livestudio.ui.window_menus import WindowMenus

if TYPE_CHECKING:
    from livestudio.core.db import Store
    from livestudio.ui.context import AppContext

log = logging.getLogger("livestudio.ui")

# A workspace class: constructed as Cls(ctx, parent).
WorkspaceFactory = Callable[["AppContext", QWidget], QWidget]


# Each workspace is imported directly, but only when its tab is first shown (start-up stays
# small). A renamed module or class fails loudly here instead of switching a feature off.
def _products() -> WorkspaceFactory:
    from livestudio.ui.products.workspace import ProductsWorkspace

    return ProductsWorkspace


def _plan() -> WorkspaceFactory:
    from livestudio.ui.plan.workspace import PlanWorkspace

    return PlanWorkspace


def _check() -> WorkspaceFactory:
    from livestudio.ui.check.workspace import CheckWorkspace

    return CheckWorkspace


def _live() -> WorkspaceFactory:
    from livestudio.ui.live.workspace import LiveWorkspace

    return LiveWorkspace


def _review() -> WorkspaceFactory:
    from livestudio.ui.review.workspace import ReviewWorkspace

    return ReviewWorkspace


def integrations() -> list[ModuleType]:
    """The workspaces' `integration` modules: `install_menus(window)` / `after_show(window)`."""
    from livestudio.ui.check import integration as check
    from livestudio.ui.live import integration as live
    from livestudio.ui.plan import integration as plan
    from livestudio.ui.review import integration as review

    return [plan, check, live, review]


@dataclass(frozen=True)
class WorkspaceSpec:
    key: str
    load: Callable[[], WorkspaceFactory]
    title: Callable[[], str]
    blurb: Callable[[], str]


# Titles are written out as QApplication.translate("MainWindow", ...) so pyside6-lupdate sees them.
WORKSPACES = [
    WorkspaceSpec(
        "products",
        _products,
        lambda: QApplication.translate("MainWindow", "Products"),
        lambda: QApplication.translate("MainWindow", "Your product catalog, in and out as Excel."),
    ),
    WorkspaceSpec(
        "plan",
        _plan,
        lambda: QApplication.translate("MainWindow", "Plan"),
        lambda: QApplication.translate(
            "MainWindow", "Goals, audience, lineup, run-of-show, promotions, preparation and risks."
        ),
    ),
    WorkspaceSpec(
        "check",
        _check,
        lambda: QApplication.translate("MainWindow", "Check"),
        lambda: QApplication.translate(
            "MainWindow", "A pre-stream checklist that probes camera, microphone, network and disk."
        ),
    ),
    WorkspaceSpec(
        "live",
        _live,
        lambda: QApplication.translate("MainWindow", "Live"),
        lambda: QApplication.translate(
            "MainWindow", "The show clock, segment cues, promotion countdowns and the live log."
        ),
    ),
    WorkspaceSpec(
        "review",
        _review,
        lambda: QApplication.translate("MainWindow", "Review"),
        lambda: QApplication.translate(
            "MainWindow", "Platform data, KPIs, charts against the run-of-show, and the report."
        ),
    ),
]


class _LazyTab(QWidget):
    """Holds a workspace's place in the tab bar and builds it on first show."""

    def __init__(
        self, spec: WorkspaceSpec, window: MainWindow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec, self._window = spec, window
        self.workspace: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def ctx(self) -> AppContext:
        ctx = self._window.ctx
        if ctx is None:
            raise RuntimeError("the store is not open yet; workspaces are built after it is")
        return ctx

    def ensure_built(self) -> QWidget:
        if self.workspace is None:
            cls = self.spec.load()
            self.workspace = cls(self.ctx, self)
            self._layout.addWidget(self.workspace)
        return self.workspace


class MainWindow(QMainWindow, WindowMenus):
    workspace_built = Signal(str)  # key; the first one is built just after the first paint
    first_painted = Signal()
    store_attached = Signal()
    restart_requested = Signal()  # the app starts again once this window has closed

    def __init__(
        self, store: Store | None, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.store: Store | None = None
        self.ctx: AppContext | None = None
        self.settings = settings
        self._leaving = False  # set once the store was closed for a restore
        self._first_paint_done = False
        self.setWindowTitle(self.tr("LiveStudio"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._tabs: dict[str, _LazyTab] = {}
        for spec in WORKSPACES:
            tab = _LazyTab(spec, self, self.tabs)
            self._tabs[spec.key] = tab
            self.tabs.addTab(tab, spec.title())
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._build_menus()
        self._db_label = QLabel("")
        self._db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self._db_label)
        self._restore_state()
        if store is not None:
            self.attach_store(store)

    def attach_store(self, store: Store) -> None:
        """Give the window its store: context, workspace menu hooks, then the open tab."""
        from livestudio.ui.context import AppContext

        self.store = store
        self.ctx = AppContext(store, self.settings, self)
        self.ctx.workspace_requested.connect(self.show_workspace)
        self.ctx.status_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self._db_label.setText(str(store.path))
        self._call_integrations("install_menus")
        from livestudio.ui import sample

        sample.install_menus(self)
        self.store_attached.emit()
        if self._first_paint_done:
            QTimer.singleShot(0, self, self._build_current_workspace)
        if self.ctx.obs_configured:  # connect to OBS once the window is up
            QTimer.singleShot(200, self, self._connect_obs)

    @Slot()
    def _connect_obs(self) -> None:
        if self.ctx is not None:
            self.ctx.obs_link()

    # ---- workspaces -------------------------------------------------------------------
    def workspace(self, key: str) -> QWidget:
        tab = self._tabs[key]
        built = tab.workspace is not None
        ws = tab.ensure_built()
        if not built:
            self.workspace_built.emit(key)
        return ws

    @Slot(str)
    def show_workspace(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._tabs[key])

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, _LazyTab) and self._first_paint_done and self.ctx is not None:
            self.workspace(tab.spec.key)

    @Slot()
    def _build_current_workspace(self) -> None:
        self._on_tabs_current_changed(self.tabs.currentIndex())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_paint_done:
            QTimer.singleShot(0, self, self._on_first_paint)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._first_paint_done:  # a platform that never paints us still goes on
            QTimer.singleShot(500, self, self._on_first_paint)

    @Slot()
    def _on_first_paint(self) -> None:
        if self._first_paint_done:
            return
        self._first_paint_done = True
        self.first_painted.emit()
        self._build_current_workspace()

    def _call_integrations(self, hook: str) -> None:
        """Each workspace may ship `ui/<area>/integration.py` with `install_menus(window)` and
        `after_show(window)`; this keeps the main window free of per-workspace wiring."""
        for module in integrations():
            fn = getattr(module, hook, None)
            if fn is not None:
                fn(self)

    def after_show(self) -> None:
        """Start-up offers that need the window on screen (crash recovery, sample show...)."""
        self._call_integrations("after_show")
        from livestudio.ui import sample

        sample.offer_on_first_run(self)

    def workspace_keys(self) -> list[str]:
        return list(self._tabs)

    def smoke_test(self) -> int:
        """Build every workspace and let each check itself; 0 when all is well.

        A workspace that raises fails the smoke run with its name in the message.
        """
        for key in self._tabs:
            self.show_workspace(key)
            try:
                ws = self.workspace(key)
                QApplication.processEvents()
                check = getattr(ws, "smoke", None)
                if check is not None:
                    check()
                    QApplication.processEvents()
            except Exception as exc:
                raise RuntimeError(f"workspace {key!r} failed its smoke check: {exc}") from exc
        QApplication.processEvents()
        return 0

    @Slot()
    def bring_to_front(self) -> None:
        """Another launch on the same store asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # ---- settings, backups ------------------------------------------------------------
    def open_settings(self, modal: bool = True) -> QWidget:
        from livestudio.ui.settings.dialog import SettingsDialog

        if self.ctx is None:
            raise RuntimeError("Settings need the store to be open")
        dialog = SettingsDialog(self.ctx, self)
        dialog.restore_requested.connect(self.restore_backup)
        dialog.restart_requested.connect(self._on_settings_restart_requested)
        live = self._tabs["live"].workspace
        keys = getattr(live, "global_keys", None)  # the Live workspace, once it was built
        if keys is not None:
            dialog.settings_saved.connect(keys.reload)
        if modal:
            dialog.exec()
        else:
            dialog.show()
        return dialog

    def open_obs_dialog(self, modal: bool = True) -> QWidget:
        from livestudio.ui.obs.dialog import ObsDialog

        if self.ctx is None:
            raise RuntimeError("the OBS settings need the store to be open")
        dialog = ObsDialog(self.ctx, self)
        if modal:
            dialog.exec()
        else:
            dialog.show()
        return dialog

    @Slot()
    def _on_action_obs_triggered(self) -> None:
        if self.ctx is not None:
            self.open_obs_dialog()

    @Slot()
    def _on_settings_triggered(self) -> None:
        if self.ctx is not None:
            self.open_settings()

    def _prepare_to_leave(self) -> bool:
        """Ask every workspace whether it may close (a running show may refuse)."""
        for tab in self._tabs.values():
            closing = getattr(tab.workspace, "close_workspace", None)
            if closing is not None and closing() is False:
                return False
        return True

    @Slot()
    def _on_settings_restart_requested(self) -> None:
        if not self._prepare_to_leave():
            return
        self.save_state()
        self.restart_requested.emit()
        self._leaving = True  # workspaces already agreed; do not ask twice
        self.close()

    @Slot(str)
    def restore_backup(self, backup_path: str) -> bool:
        """Replace the store with a backup (the caller has confirmed), then restart.

        The current file is first copied to the backup folder, so nothing is lost.
        """
        from pathlib import Path

        from livestudio.core import backup

        if self.store is None or not self._prepare_to_leave():
            return False
        self.save_state()
        wait_all(10000)
        self.store.close()
        try:
            result = backup.restore(self.store.path, Path(backup_path), opts.daily_backup_dir())
        except OSError as exc:
            log.exception("restore failed")
            QMessageBox.critical(
                self,
                self.tr("Restore failed"),
                self.tr(
                    "The backup could not be restored: {reason}\nYour data was not changed."
                ).format(reason=exc),
            )
            return False
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            self.tr(
                "Restored {name}.\n\nThe data you had before is kept as {copy}.\n\n"
                "LiveStudio will now restart."
            ).format(name=Path(backup_path).name, copy=result.safety_copy or "—"),
        )
        self.restart_requested.emit()
        self._leaving = True
        self.close()
        return True

    # ---- menus ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&File"))
        self.action_import = QAction(self.tr("&Import products…"), self)
        self.action_import.setShortcut(QKeySequence(self.tr("Ctrl+I")))
        self.action_import.triggered.connect(self._on_action_import_triggered)
        self.action_export = QAction(self.tr("&Export products…"), self)
        self.action_export.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.action_export.triggered.connect(self._on_action_export_triggered)
        self.menu_file.addAction(self.action_import)
        self.menu_file.addAction(self.action_export)
        self.menu_file.addSeparator()
        open_folder = self.menu_file.addAction(self.tr("Open &data folder"))
        open_folder.triggered.connect(self._on_open_folder_triggered)
        backup = self.menu_file.addAction(self.tr("&Back up database…"))
        backup.triggered.connect(self._on_backup_triggered)
        self.menu_file.addSeparator()
        self.action_quit = self.menu_file.addAction(self.tr("&Quit"))
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        self._build_edit_menu(bar)
        self._build_view_menu(bar, WORKSPACES)
        self.menu_tools = bar.addMenu(self.tr("&Tools"))
        self.action_settings = QAction(self.tr("&Settings…"), self)
        self.action_settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_settings.triggered.connect(self._on_settings_triggered)
        self.menu_tools.addAction(self.action_settings)
        self.action_obs = self.menu_tools.addAction(self.tr("&OBS Studio…"))
        self.action_obs.triggered.connect(self._on_action_obs_triggered)
        self.menu_tools.addSeparator()
        self.menu_help = bar.addMenu(self.tr("&Help"))
        about = self.menu_help.addAction(self.tr("&About LiveStudio"))
        about.triggered.connect(self._on_about_triggered)

    @Slot()
    def _on_action_import_triggered(self) -> None:
        self.show_workspace("products")
        start = getattr(self.workspace("products"), "start_import", None)
        if start:
            start()

    @Slot()
    def _on_action_export_triggered(self) -> None:
        self.show_workspace("products")
        start = getattr(self.workspace("products"), "start_export", None)
        if start:
            start()

    @Slot()
    def _on_open_folder_triggered(self) -> None:
        if self.store is None:
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.path.parent)))

    @Slot()
    def _on_backup_triggered(self) -> None:
        from livestudio.core.db import timestamp

        if self.store is None:
            return
        suggested = self.store.path.with_name(f"{self.store.path.stem}-{timestamp()}.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            str(suggested),
            self.tr("SQLite database (*.sqlite3)"),
        )
        if not path:
            return
        try:
            from pathlib import Path

            self.store.backup_to(Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path), 8000)

    @Slot()
    def _on_about_triggered(self) -> None:
        from livestudio.ui.about import show_about

        show_about(self.store.path if self.store else None, self)

    # ---- state ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value(opts.STATE_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        state = self.settings.value(opts.STATE_WINDOW)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        last = self.settings.value(opts.STATE_TAB, "")
        if isinstance(last, str) and last in self._tabs:
            self.show_workspace(last)

    def current_workspace_key(self) -> str:
        tab = self.tabs.currentWidget()
        return tab.spec.key if isinstance(tab, _LazyTab) else ""

    def save_state(self) -> None:
        self.settings.setValue(opts.STATE_GEOMETRY, self.saveGeometry())
        self.settings.setValue(opts.STATE_WINDOW, self.saveState())
        self.settings.setValue(opts.STATE_TAB, self.current_workspace_key())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving and not self._prepare_to_leave():
            event.ignore()
            return
        if not self._leaving:
            self.save_state()
        wait_all(5000)
        super().closeEvent(event)
