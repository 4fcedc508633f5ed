"""The compliance check's hooks into the main window: Tools ▸ Compliance words…, the marks in the
product table, and redrawing Plan and Products when the word list is edited."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction

from livestudio.core.compliance import ComplianceService
from livestudio.ui.compliance import marks

if TYPE_CHECKING:  # the dialog (and the Plan pages it shows) loads when it is opened
    from livestudio.ui.compliance.dialog import ComplianceWordsDialog


class ComplianceHooks(QObject):
    """Lives as long as the window; Qt drops its connections when the window goes."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.built: dict[str, Any] = {}
        self.dialog: ComplianceWordsDialog | None = None
        window.workspace_built.connect(self._on_window_workspace_built)
        marks.notifier().words_changed.connect(self._on_words_changed)

    @Slot()
    def open_dialog(self) -> ComplianceWordsDialog:
        from livestudio.ui.compliance.dialog import open_words_dialog

        ctx = self.window.ctx
        platform = ""
        if ctx.current_show_id:
            from livestudio.core.plan.shows import ShowService

            show = ShowService(ctx.store).get(ctx.current_show_id)
            platform = show.platform if show is not None else ""
        self.dialog = open_words_dialog(ctx, self.window, platform)
        return self.dialog

    @Slot(str)
    def _on_window_workspace_built(self, key: str) -> None:
        ws = self.window.workspace(key)
        self.built[key] = ws
        if key == "products":
            self._mark_products(ws)

    def _mark_products(self, ws: Any) -> None:
        model = getattr(ws, "model", None)
        if model is not None and hasattr(model, "claims_for"):
            # catalog products carry no platform: the list every platform shares
            model.claims_for = marks.CachedScanner(ComplianceService(self.window.ctx.store).rules())
            rows, cols = model.rowCount(), model.columnCount()
            if rows and cols:
                model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, cols - 1))

    @Slot()
    def _on_words_changed(self) -> None:
        plan = self.built.get("plan")
        if plan is not None and hasattr(plan, "refresh"):
            plan.refresh()
        products = self.built.get("products")
        if products is not None:
            self._mark_products(products)


def install_menus(window: Any) -> None:
    if getattr(window, "compliance_hooks", None) is not None:
        return  # already hooked (ui/plan/integration.py calls this until main_window lists it)
    hooks = ComplianceHooks(window)
    action = QAction(QCoreApplication.translate("Compliance", "Compliance &words…"), window)
    action.setObjectName("actionComplianceWords")
    action.setStatusTip(
        QCoreApplication.translate(
            "Compliance",
            "Phrases the host should say differently (absolute, medical, guarantee and price "
            "claims) and allowed exceptions, per platform",
        )
    )
    action.triggered.connect(hooks.open_dialog)
    window.menu_tools.addAction(action)
    window.compliance_action = action
    window.compliance_hooks = hooks
