"""The main window: one tab per workspace, built the first time it is shown."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
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

from livestudio import __version__
from livestudio import settings as opts
from livestudio.core.db import Store, timestamp
from livestudio.tasks import wait_all
from livestudio.ui.context import AppContext
from livestudio.ui.widgets.placeholder import ComingLaterPage

log = logging.getLogger("livestudio.ui")


@dataclass(frozen=True)
class WorkspaceSpec:
    key: str
    module: str
    cls: str
    title: Callable[[], str]
    blurb: Callable[[], str]


def _t(text: str) -> str:
    return QApplication.translate("MainWindow", text)


WORKSPACES = [
    WorkspaceSpec("products", "livestudio.ui.products.workspace", "ProductsWorkspace",
                  lambda: _t("Products"), lambda: _t("Your product catalog, in and out as Excel.")),
    WorkspaceSpec("plan", "livestudio.ui.plan.workspace", "PlanWorkspace",
                  lambda: _t("Plan"),
                  lambda: _t("Goals, audience, lineup, run-of-show, promotions, preparation and risks.")),
    WorkspaceSpec("check", "livestudio.ui.check.workspace", "CheckWorkspace",
                  lambda: _t("Check"),
                  lambda: _t("A pre-stream checklist that probes camera, microphone, network and disk.")),
    WorkspaceSpec("live", "livestudio.ui.live.workspace", "LiveWorkspace",
                  lambda: _t("Live"),
                  lambda: _t("The show clock, segment cues, promotion countdowns and the live log.")),
    WorkspaceSpec("review", "livestudio.ui.review.workspace", "ReviewWorkspace",
                  lambda: _t("Review"),
                  lambda: _t("Platform data, KPIs, charts against the run-of-show, and the report.")),
]


def _load_workspace_class(spec: WorkspaceSpec) -> type[QWidget] | None:
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None
        raise
    return getattr(module, spec.cls, None)


class _LazyTab(QWidget):
    """Holds a workspace's place in the tab bar and builds it on first show."""

    def __init__(self, spec: WorkspaceSpec, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self.ctx = spec, ctx
        self.workspace: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.workspace is None:
            cls = _load_workspace_class(self.spec)
            if cls is None:
                self.workspace = ComingLaterPage(self.spec.title(), self.spec.blurb(), self)
            else:
                self.workspace = cls(self.ctx, self)  # type: ignore[call-arg]
            self._layout.addWidget(self.workspace)
        return self.workspace


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.store = store
        self.settings = settings
        self.ctx = AppContext(store, settings, self)
        self.setWindowTitle(self.tr("LiveStudio"))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._tabs: dict[str, _LazyTab] = {}
        for spec in WORKSPACES:
            tab = _LazyTab(spec, self.ctx, self.tabs)
            self._tabs[spec.key] = tab
            self.tabs.addTab(tab, spec.title())
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.ctx.workspace_requested.connect(self.show_workspace)
        self.ctx.status_message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self._build_menus()
        self._db_label = QLabel(str(store.path))
        self._db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self._db_label)
        self._restore_state()
        self._call_integrations("install_menus")
        self._on_tabs_current_changed(self.tabs.currentIndex())

    # ---- workspaces -------------------------------------------------------------------
    def workspace(self, key: str) -> QWidget:
        return self._tabs[key].ensure_built()

    @Slot(str)
    def show_workspace(self, key: str) -> None:
        self.tabs.setCurrentWidget(self._tabs[key])

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, _LazyTab):
            tab.ensure_built()

    def _call_integrations(self, hook: str) -> None:
        """Each workspace may ship `ui/<area>/integration.py` with `install_menus(window)` and
        `after_show(window)`; this keeps the main window free of per-workspace wiring."""
        for spec in WORKSPACES:
            name = spec.module.rsplit(".", 1)[0] + ".integration"
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name == name:
                    continue
                raise
            fn = getattr(module, hook, None)
            if fn is not None:
                fn(self)

    def after_show(self) -> None:
        """Start-up offers that need the window on screen (crash recovery, sample show...)."""
        self._call_integrations("after_show")

    def smoke_test(self) -> int:
        """Build every workspace and let each check itself; 0 when all is well."""
        for key in self._tabs:
            self.show_workspace(key)
            ws = self.workspace(key)
            QApplication.processEvents()
            check = getattr(ws, "smoke", None)
            if check is not None:
                check()
        QApplication.processEvents()
        return 0

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
        self.menu_tools = bar.addMenu(self.tr("&Tools"))
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
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.store.path.parent)))

    @Slot()
    def _on_backup_triggered(self) -> None:
        suggested = self.store.path.with_name(f"{self.store.path.stem}-{timestamp()}.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up database"), str(suggested), self.tr("SQLite database (*.sqlite3)")
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
        QMessageBox.about(
            self,
            self.tr("About LiveStudio"),
            self.tr(
                "<h3>LiveStudio {version}</h3><p>Plan, check, run and review a live-selling show.</p>"
                "<p>Data: {path}</p>"
            ).format(version=__version__, path=self.store.path),
        )

    # ---- state ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value(opts.STATE_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        last = self.settings.value(opts.STATE_TAB, "")
        if isinstance(last, str) and last in self._tabs:
            self.show_workspace(last)

    def current_workspace_key(self) -> str:
        tab = self.tabs.currentWidget()
        return tab.spec.key if isinstance(tab, _LazyTab) else ""

    def save_state(self) -> None:
        self.settings.setValue(opts.STATE_GEOMETRY, self.saveGeometry())
        self.settings.setValue(opts.STATE_TAB, self.current_workspace_key())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        for tab in self._tabs.values():
            closing = getattr(tab.workspace, "close_workspace", None)
            if closing is not None and closing() is False:
                event.ignore()
                return
        self.save_state()
        wait_all(5000)
        super().closeEvent(event)
