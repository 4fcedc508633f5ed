"""Qt item models for the Plan workspace: lineup and run-of-show tables, with drag-to-reorder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from livestudio.core import fmt, labels
from livestudio.core.durations import DurationError, format_duration, parse_duration
from livestudio.core.money import MoneyError, format_plain, parse_money
from livestudio.core.plan.service import LineupRowData, SegmentRowData
from livestudio.ui.compliance import marks
from livestudio.ui.plan.tables import tone

ROW_MIME = "application/x-livestudio-plan-row"
MARKER_BG = QColor(255, 183, 77, 60)

Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanModels", text)


def _pct(value: float | None) -> str:
    """A percentage given as 0-100 ('25%'), in the UI language; '—' when unknown."""
    return fmt.percent(None if value is None else value / 100, 0)


class ReorderModel(QAbstractTableModel):
    """A table whose rows the user can drag to a new place; the move is handed to `on_move`."""

    edit_refused = Signal(str)  # a reason for the user

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.on_move: Callable[[int, int], bool] | None = None
        self.on_edit: Callable[[int, str, Any], bool] | None = None
        self.rows: list[Any] = []

    # rows
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Same rows (by id): update in place, so an open editor is never destroyed mid-commit."""
        rows = list(rows)
        if [r.id for r in rows] == [r.id for r in self.rows] and rows:
            self.rows = rows
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
            )
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    # moving
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(ROW_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(ROW_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(ROW_MIME):
            return False
        try:
            src = int(bytes(data.data(ROW_MIME).data()).decode())
        except ValueError:
            return False
        if row < 0 and parent.isValid():
            # dropped onto a row: the dragged row takes that row's place
            target = parent.row()
            row = target + 1 if target > src else target
        elif row < 0:
            row = len(self.rows)
        return self.moveRows(QModelIndex(), src, 1, QModelIndex(), row)

    def moveRows(  # noqa: N802
        self, source_parent: Index, source_row: int, count: int, dest_parent: Index, dest_child: int
    ) -> bool:
        """`dest_child` is the row before which to insert (Qt's convention)."""
        if count != 1 or not 0 <= source_row < len(self.rows) or self.on_move is None:
            return False
        dest = dest_child if dest_child <= source_row else dest_child - 1
        dest = max(0, min(dest, len(self.rows) - 1))
        if dest == source_row:
            return False
        return bool(self.on_move(source_row, dest))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def _edit(self, row: int, key: str, value: Any) -> bool:
        return bool(self.on_edit(row, key, value)) if self.on_edit else False


def move_current_row(view: QTableView, step: int) -> None:
    """Move the current row of a `ReorderModel` view one up (-1) or down (+1), keeping it
    selected; the model's `on_move` makes the edit."""
    row, model = view.currentIndex().row(), view.model()
    assert isinstance(model, ReorderModel)
    dest = row + step
    if row < 0 or not 0 <= dest < model.rowCount() or model.on_move is None:
        return
    if model.on_move(row, dest):
        view.selectRow(dest)


# ---- lineup -------------------------------------------------------------------------------
class LineupModel(ReorderModel):
    COLUMNS = (
        "sku",
        "name",
        "role",
        "list_price",
        "live_price",
        "discount",
        "cost",
        "margin",
        "allocated",
        "on_hand",
        "talking_points",
    )
    EDITABLE = {"role", "live_price", "allocated", "talking_points"}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = "CNY"

    def headers(self) -> list[str]:
        return [
            _t("SKU"),
            _t("Name"),
            _t("Role"),
            _t("List price"),
            _t("Live price"),
            _t("Discount"),
            _t("Cost"),
            _t("Margin"),
            _t("Allocated"),
            _t("On hand"),
            _t("Talking points"),
        ]

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                "discount": _t("(list price − live price) ÷ list price"),
                "margin": _t(
                    "live price − cost, and as % of the live price; red when negative "
                    "(a giveaway may sell at a loss)"
                ),
                "allocated": _t(
                    "Units set aside for this show; orange when above the stock on hand"
                ),
                "on_hand": _t("Stock of the catalog product now"),
            }
            return tips.get(self.COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()] in self.EDITABLE:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: LineupRowData = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if col == "talking_points" and r.claims and role in marks.ROLES:
            return marks.cell_data(role, r.talking_points, r.claims)
        fig = r.figures
        cur = self.currency
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "sku":
                return r.sku
            if col == "name":
                return r.name + (_t(" (deleted from catalog)") if r.product_gone else "")
            if col == "role":
                return labels.lineup_role(r.role)
            if col == "list_price":
                return fmt.money(r.list_price, cur)
            if col == "live_price":
                return fmt.money(r.live_price, cur)
            if col == "discount":
                return _pct(fig.discount_pct)
            if col == "cost":
                return fmt.money(r.cost, cur)
            if col == "margin":
                if fig.margin is None:
                    return "—"
                pct = "" if fig.margin_pct is None else f" ({_pct(fig.margin_pct)})"
                return fmt.money(fig.margin, cur) + pct
            if col == "allocated":
                return "—" if r.allocated_stock is None else str(r.allocated_stock)
            if col == "on_hand":
                return "—" if fig.stock_on_hand is None else str(fig.stock_on_hand)
            if col == "talking_points":
                return r.talking_points.replace("\n", " · ")
        if role == Qt.ItemDataRole.EditRole:
            if col == "role":
                return r.role
            if col == "live_price":
                return format_plain(r.live_price, cur)
            if col == "allocated":
                return "" if r.allocated_stock is None else str(r.allocated_stock)
            if col == "talking_points":
                return r.talking_points
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == "margin" and fig.negative_margin:
                return QBrush(tone("bad"))
            if col == "allocated" and fig.over_allocated:
                return QBrush(tone("warn"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "margin" and fig.negative_margin:
                return (
                    _t("Sold below cost — allowed for a giveaway")
                    if r.role == "giveaway"
                    else _t("Sold below cost")
                )
            if col == "allocated" and fig.over_allocated:
                return _t("Allocated {allocated} but only {stock} in stock").format(
                    allocated=r.allocated_stock, stock=fig.stock_on_hand
                )
            if col == "talking_points":
                return r.talking_points
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            "list_price",
            "live_price",
            "discount",
            "cost",
            "margin",
            "allocated",
            "on_hand",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        col = self.COLUMNS[index.column()]
        text = str(value).strip() if value is not None else ""
        try:
            if col == "live_price":
                return self._edit(
                    index.row(), "live_price", parse_money(text, self.currency) if text else None
                )
            if col == "allocated":
                if not text:
                    return self._edit(index.row(), "allocated_stock", None)
                if not text.isdigit():
                    raise ValueError(_t("'{value}' is not a number of units").format(value=text))
                return self._edit(index.row(), "allocated_stock", int(text))
        except (MoneyError, ValueError) as exc:
            self.edit_refused.emit(str(exc))
            return False
        if col == "role":
            return self._edit(index.row(), "role", value)
        if col == "talking_points":
            return self._edit(index.row(), "talking_points", str(value))
        return False


# ---- run-of-show --------------------------------------------------------------------------
class SegmentsModel(ReorderModel):
    COLUMNS = (
        "start",
        "total",
        "kind",
        "title",
        "duration",
        "promotions",
        "product",
        "lead",
        "scene",
        "script",
    )
    EDITABLE = {"kind", "title", "duration", "product", "lead", "scene", "script"}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        #: clock times with seconds, when some segment starts off the minute
        self.with_seconds = False

    def headers(self) -> list[str]:
        return [
            _t("Start"),
            _t("Running total"),
            _t("Kind"),
            _t("Title"),
            _t("Duration"),
            _t("Promotions"),
            _t("Product"),
            _t("Warning"),
            _t("OBS scene"),
            _t("Cue / script"),
        ]

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                "start": _t(
                    "Clock time the segment starts: the scheduled start plus the durations above"
                ),
                "total": _t("Show time when the segment ends (sum of durations so far)"),
                "duration": _t("Type 90, 1:30, 01:30, 1m30s or 90s"),
                "lead": _t("How long before the end the host is warned"),
                "promotions": _t("Promotions that start during this segment"),
                "scene": _t(
                    "The OBS scene Live switches to when this segment starts (empty: leave OBS as it is)"
                ),
            }
            return tips.get(self.COLUMNS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()] in self.EDITABLE:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: SegmentRowData = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if col == "script" and r.claims and role in marks.ROLES:
            return marks.cell_data(role, r.script, r.claims)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "start":
                if r.start_at is None:
                    return format_duration(r.start_ms)
                text = fmt.clock_time(r.start_at, seconds=self.with_seconds)
                return text + (_t(" (+1 day)") if r.next_day else "")
            if col == "total":
                return format_duration(r.end_ms, always_hours=True)
            if col == "kind":
                return labels.segment_kind(r.kind)
            if col == "title":
                return r.title
            if col == "duration":
                text = format_duration(r.duration_ms)
                return text + ("  " + _t("zero length") if r.duration_ms == 0 else "")
            if col == "product":
                return r.product_name or "—"
            if col == "lead":
                return format_duration(r.warning_lead_ms)
            if col == "scene":
                return r.obs_scene
            if col == "script":
                return r.script.replace("\n", " · ")
            if col == "promotions":
                return "; ".join(
                    f"{m.title} {format_duration(m.start_ms)}–{format_duration(m.end_ms)}"
                    for m in r.markers
                )
        if role == Qt.ItemDataRole.EditRole:
            if col == "kind":
                return r.kind
            if col == "title":
                return r.title
            if col == "duration":
                return format_duration(r.duration_ms)
            if col == "product":
                return r.lineup_item_id
            if col == "lead":
                return format_duration(r.warning_lead_ms)
            if col == "scene":
                return r.obs_scene
            if col == "script":
                return r.script
        if role == Qt.ItemDataRole.ForegroundRole and col == "duration" and r.duration_ms == 0:
            return QBrush(tone("warn"))
        if role == Qt.ItemDataRole.BackgroundRole and col == "promotions" and r.markers:
            return QBrush(MARKER_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == "duration" and r.duration_ms == 0:
                return _t("This segment has no length; give it a duration or delete it.")
            if col == "script":
                return r.script
            if col == "promotions" and r.markers:
                return "\n".join(m.title for m in r.markers)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        col = self.COLUMNS[index.column()]
        row = index.row()
        if col in ("duration", "lead"):
            try:
                ms = parse_duration(value)
            except DurationError as exc:
                name = _t("Duration") if col == "duration" else _t("Warning")
                self.edit_refused.emit(
                    _t("Row {row}, {column}: {reason}").format(row=row + 1, column=name, reason=exc)
                )
                return False
            return self._edit(
                row, "planned_duration_ms" if col == "duration" else "warning_lead_ms", ms
            )
        if col == "kind":
            return self._edit(row, "kind", value)
        if col == "title":
            return self._edit(row, "title", str(value))
        if col == "product":
            return self._edit(row, "lineup_item_id", value if value else None)
        if col == "scene":
            return self._edit(row, "obs_scene", str(value or "").strip())
        if col == "script":
            return self._edit(row, "script", str(value))
        return False


# ---- delegates ----------------------------------------------------------------------------
class ComboDelegate(QStyledItemDelegate):
    """Edits a value chosen from (value, label) pairs; `options` is called each time an editor opens."""

    def __init__(self, options: Callable[[], list[tuple[Any, str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self.options = options

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.options():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        for i in range(editor.count()):
            if editor.itemData(i) == value:
                editor.setCurrentIndex(i)
                break

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SceneDelegate(QStyledItemDelegate):
    """An OBS scene: picked from OBS's own list when it is connected, typed otherwise."""

    def __init__(self, scenes: Callable[[], list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.scenes = scenes

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItem("")
        combo.addItems(self.scenes())
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class PlainTextDelegate(QStyledItemDelegate):
    """Multi-line text (talking points, cues) edited in a taller box; Enter adds a line,
    leaving the box saves."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height() * 4, 96))
        rect.setWidth(max(rect.width(), 280))
        editor.setGeometry(rect)
