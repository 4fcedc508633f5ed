"""Plan ▸ Compliance: every phrase the host should say differently in the selected show — the
cues, the lineup's talking points and its products' selling points and notes — with a jump to
the row where it is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core.compliance import ComplianceService, Hit
from livestudio.ui.compliance import marks
from livestudio.ui.context import AppContext
from livestudio.ui.plan.edit_page import PlanEditPage
from livestudio.ui.widgets.columns import FIT, Col, apply_columns

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT_CHARS = 14
COL_PHRASE, COL_KIND, COL_WHERE, COL_CONTEXT = range(4)


def excerpt(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> str:
    """The phrase in «» with a little of the text around it, on one line."""
    a, b = max(0, start - chars), min(len(text), end + chars)
    head = ("…" if a else "") + text[a:start]
    tail = text[end:b] + ("…" if b < len(text) else "")
    return " ".join(f"{head}«{text[start:end]}»{tail}".split())


class CompliancePage(PlanEditPage):
    """Read-only: edits happen where the text is written (Go to), the list in its own dialog."""

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, undo_stack, parent)
        self.service = ComplianceService(ctx.store)
        self.hits: list[Hit] = []
        self._texts: dict[tuple[str, str, int], str] = {}
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Phrase"), self.tr("Why"), self.tr("Where"), self.tr("As written")]
        )
        self.tree.setAccessibleName(self.tr("Phrases to say differently"))
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        layout.addWidget(self.tree, 1)
        bar = QHBoxLayout()
        self.go_button = QPushButton(self.tr("&Go to"), self)
        self.go_button.setToolTip(
            self.tr("Open the row where the phrase is written (double-click)")
        )
        self.go_button.clicked.connect(self._on_go_clicked)
        self.go_button.setEnabled(False)
        bar.addWidget(self.go_button)
        bar.addStretch(1)
        self.words_button = QPushButton(self.tr("Compliance &words…"), self)
        self.words_button.setToolTip(
            self.tr("Add or remove phrases and allowed exceptions, per platform")
        )
        self.words_button.clicked.connect(self._on_words_clicked)
        bar.addWidget(self.words_button)
        layout.addLayout(bar)

    def reload(self) -> None:
        self.hits = self.service.scan_show(self.show_id) if self.show_id else []
        show = self.plan.overview(self.show_id)
        texts: dict[tuple[str, str, int], str] = {}
        if self.show_id and show is not None:
            for seg in self.plan.run_of_show(self.show_id).rows:
                texts["segment", "script", seg.id] = seg.script
            for li in self.plan.lineup(self.show_id).rows:
                texts["lineup", "talking_points", li.id] = li.talking_points
        self._texts = texts
        platform = show.platform if show is not None else ""
        scope = (
            self.tr("the {platform} list").format(platform=platform)
            if platform
            else self.tr("the list for every platform")
        )
        if not self.hits:
            self.summary.setText(
                self.tr(
                    "Nothing to say differently: no listed phrase in the cues, talking points "
                    "or selling points (checked against {scope})."
                ).format(scope=scope)
            )
        else:
            self.summary.setText(
                self.tr(
                    "<b>{n} phrase(s) to say differently</b> — absolute, medical, guarantee or "
                    "price claims that advertising law and the platforms ban in live selling "
                    "(checked against {scope}). A warning, never a block."
                ).format(n=len(self.hits), scope=scope)
            )
        self.tree.clear()
        icon = marks.warning_icon()
        for n, hit in enumerate(self.hits):
            c = hit.claim
            written = self._written(hit)
            item = QTreeWidgetItem(
                self.tree,
                [
                    c.phrase,
                    c.label,
                    hit.place.text(),
                    excerpt(written, c.start, c.end) if written else "",
                ],
            )
            item.setIcon(COL_PHRASE, icon)
            item.setToolTip(COL_KIND, c.why)
            item.setToolTip(COL_PHRASE, c.why)
            item.setToolTip(COL_CONTEXT, written)
            item.setData(COL_PHRASE, HIT_ROLE, n)
        apply_columns(
            self.tree,
            {
                COL_PHRASE: FIT,
                COL_KIND: FIT,
                COL_WHERE: Col.elide(200),
                COL_CONTEXT: Col.elide(160),
            },
        )
        self.go_button.setEnabled(False)

    def _written(self, hit: Hit) -> str:
        p = hit.place
        if p.kind == "product":
            return ""  # the catalog's text: Go to opens Products
        return self._texts.get((p.kind, p.field, p.row_id), "")

    def current_hit(self) -> Hit | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        n = item.data(COL_PHRASE, HIT_ROLE)
        return self.hits[int(n)] if isinstance(n, int) and 0 <= n < len(self.hits) else None

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(self, current: Any, _previous: Any) -> None:
        self.go_button.setEnabled(current is not None)

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_double_clicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.go_to(self.current_hit())

    @Slot()
    def _on_go_clicked(self) -> None:
        self.go_to(self.current_hit())

    def go_to(self, hit: Hit | None) -> bool:
        """Show the row the phrase stands in: the run-of-show or lineup tab with it selected, or
        the product in Products. False when that row is not on screen any more."""
        if hit is None:
            return False
        p = hit.place
        if p.kind == "product":
            window: Any = self.window()
            self.ctx.workspace_requested.emit("products")
            if hasattr(window, "workspace"):
                products = window.workspace("products")
                if hasattr(products, "select_ids"):
                    products.select_ids([p.row_id], p.field)
                    return True
            return False
        plan = self._plan_workspace()
        if plan is None:
            return False
        page = plan.run_of_show if p.kind == "segment" else plan.lineup
        rows = [r.id for r in page.model.rows]
        if p.row_id not in rows:
            return False
        plan.tabs.setCurrentWidget(page)
        row = rows.index(p.row_id)
        column = page.model.COLUMNS.index(p.field)
        page.view.setCurrentIndex(page.model.index(row, column))
        page.view.scrollTo(page.model.index(row, column))
        page.view.setFocus()
        return True

    def _plan_workspace(self) -> Any:
        w = self.parentWidget()
        while w is not None and not (hasattr(w, "run_of_show") and hasattr(w, "lineup")):
            w = w.parentWidget()
        return w

    @Slot()
    def _on_words_clicked(self) -> None:
        from livestudio.ui.compliance.dialog import open_words_dialog

        show = self.plan.overview(self.show_id)
        open_words_dialog(self.ctx, self, show.platform if show is not None else "")
