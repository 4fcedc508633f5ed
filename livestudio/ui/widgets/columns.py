"""Column policy for every table: which column stretches, which fit their content, minimum
widths, and elided text with the full value in a tooltip.

    apply_columns(view, {
        "name": STRETCH, "sku": FIT, "notes": Col.elide(160),
    })

Keys are column indexes or header texts (the model's DisplayRole header). A table with no
STRETCH column stretches its last section. `needed_width()` is what a column needs to show its
content without "…"; tests use it to check that no informative column is clipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QToolTip,
    QTreeView,
)


class Mode(Enum):
    FIT = "fit"  # as wide as its content (and header)
    STRETCH = "stretch"  # takes the space left
    ELIDE = "elide"  # a fixed share; long text elided, full text in the tooltip
    STRETCH_ELIDE = "stretch_elide"  # takes the space left; elided (tooltip) when that is short
    FIXED = "fixed"


@dataclass(frozen=True)
class Col:
    mode: Mode
    width: int = 0  # minimum (FIT/STRETCH) or starting width (ELIDE/FIXED)

    @staticmethod
    def fit(min_width: int = 0) -> Col:
        return Col(Mode.FIT, min_width)

    @staticmethod
    def stretch(min_width: int = 0) -> Col:
        return Col(Mode.STRETCH, min_width)

    @staticmethod
    def stretch_elide(min_width: int = 0) -> Col:
        """Free text that also takes the room left (titles beside many figures)."""
        return Col(Mode.STRETCH_ELIDE, min_width)

    @staticmethod
    def elide(width: int) -> Col:
        """Free text (notes, scripts, talking points): shown up to `width`, elided past it."""
        return Col(Mode.ELIDE, width)

    @staticmethod
    def fixed(width: int) -> Col:
        return Col(Mode.FIXED, width)


FIT = Col(Mode.FIT)
STRETCH = Col(Mode.STRETCH)

Policy = dict[int | str, Col]

_POLICY_PROPERTY = "livestudio_column_policy"


class ElidingTooltipDelegate(QStyledItemDelegate):
    """Elides at the right and shows the whole text as a tooltip when it does not fit."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            text = index.data(Qt.ItemDataRole.DisplayRole)
            own_tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if text and not own_tip and self.sizeHint(option, index).width() > option.rect.width():
                QToolTip.showText(event.globalPos(), str(text), view)
                return True
        return super().helpEvent(event, view, option, index)


def _header_texts(model: QAbstractItemModel) -> dict[str, int]:
    out: dict[str, int] = {}
    for col in range(model.columnCount()):
        text = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text is not None:
            out[str(text)] = col
    return out


def _resolve(model: QAbstractItemModel, policy: Policy) -> dict[int, Col]:
    names = _header_texts(model)
    out: dict[int, Col] = {}
    for key, col in policy.items():
        if isinstance(key, int):
            out[key] = col
        elif key in names:
            out[names[key]] = col
    return out


def apply_columns(view: QTableView | QTreeView | QTableWidget, policy: Policy) -> None:
    """Set the header's resize modes from `policy`; re-applied when the model resets."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    model = view.model()
    if model is None:
        return
    resolved = _resolve(model, policy)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(36)
    has_stretch = any(c.mode in (Mode.STRETCH, Mode.STRETCH_ELIDE) for c in resolved.values())
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    for col in range(model.columnCount()):
        rule = resolved.get(col, FIT)
        if rule.mode in (Mode.STRETCH, Mode.STRETCH_ELIDE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            if rule.mode is Mode.STRETCH_ELIDE and view.itemDelegateForColumn(col) is None:
                view.setItemDelegateForColumn(col, ElidingTooltipDelegate(view))
        elif rule.mode is Mode.FIT:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, rule.width)
            if view.itemDelegateForColumn(col) is None:
                view.setItemDelegateForColumn(col, ElidingTooltipDelegate(view))
    if not has_stretch and model.columnCount():
        header.setStretchLastSection(True)
    view.setProperty(_POLICY_PROPERTY, {c: r.mode.value for c, r in resolved.items()})


def column_mode(view: QTableView | QTreeView, col: int) -> Mode:
    """The mode `apply_columns` gave a column (FIT when none was given)."""
    stored = view.property(_POLICY_PROPERTY) or {}
    return Mode(stored.get(col, Mode.FIT.value))


def needed_width(view: QTableView | QTreeView, col: int, rows: int = 200) -> int:
    """The width column `col` needs to show its header and its first `rows` cells unclipped."""
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    need = header.sectionSizeHint(col) if not header.isSectionHidden(col) else 0
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate = view.itemDelegateForColumn(col) or view.itemDelegate()
    for index in _shown_indexes(view, col, rows):
        need = max(need, delegate.sizeHint(option, index).width())
    return need


def _shown_indexes(view: QTableView | QTreeView, col: int, rows: int) -> list[QModelIndex]:
    """Column `col` of the first `rows` rows a user sees: in a tree, the children of expanded
    rows too, without rows spanned across all columns (group titles)."""
    model = view.model()
    tree = view if isinstance(view, QTreeView) else None
    out: list[QModelIndex] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            if len(out) >= rows:
                return
            if tree is None or not tree.isFirstColumnSpanned(row, parent):
                out.append(model.index(row, col, parent))
            first = model.index(row, 0, parent)
            if tree is not None and tree.isExpanded(first):
                walk(first)

    walk(QModelIndex())
    return out
