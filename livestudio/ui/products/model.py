"""Qt item models for the product table: the catalog rows, and a proxy that sorts and filters
by text and category."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from livestudio.core import fmt
from livestudio.core.compliance import Claim
from livestudio.core.products import (
    FIELDS,
    INT_FIELDS,
    MONEY_FIELDS,
    ProductData,
    edit_text,
    field_label,
)
from livestudio.ui.compliance import marks

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

# Called with (product id, field, typed text); returns None when accepted, else the reason.
EditHandler = Callable[[int, str, str], str | None]


class ProductTableModel(QAbstractTableModel):
    edit_refused = Signal(str)  # the reason, for the user

    def __init__(self, currency: Callable[[], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProductData] = []
        self._search: list[str] = []
        self._row_of: dict[int, int] = {}
        self._currency = currency
        self.edit_handler: EditHandler | None = None
        # phrases to say differently in a text (set by ui/compliance/integration.py)
        self.claims_for: Callable[[str], Sequence[Claim]] | None = None

    # ---- contents --------------------------------------------------------------------
    def set_products(self, products: list[ProductData]) -> None:
        self.beginResetModel()
        self._rows = list(products)
        self._search = [self._search_text(p) for p in self._rows]
        self._row_of = {p.id: i for i, p in enumerate(self._rows) if p.id is not None}
        self.endResetModel()

    def replace_product(self, product: ProductData) -> None:
        row = self._row_of.get(product.id or -1)
        if row is None:
            return
        self._rows[row] = product
        self._search[row] = self._search_text(product)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))

    @staticmethod
    def _search_text(p: ProductData) -> str:
        return "\n".join((p.sku, p.name, p.category, p.selling_points, p.notes)).casefold()

    def product(self, row: int) -> ProductData:
        return self._rows[row]

    def row_of(self, product_id: int) -> int | None:
        return self._row_of.get(product_id)

    def search_text(self, row: int) -> str:
        return self._search[row]

    def products(self) -> list[ProductData]:
        return list(self._rows)

    # ---- Qt model --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(FIELDS):
            field = FIELDS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                label = field_label(field)
                if field in MONEY_FIELDS:
                    currencies = {p.currency or self._currency() for p in self._rows}
                    if len(currencies) > 1:  # each cell shows its own currency
                        return label
                    return self.tr("{label} ({currency})").format(
                        label=label, currency=currencies.pop() if currencies else self._currency()
                    )
                return label
            if role == Qt.ItemDataRole.ToolTipRole and field == "sku":
                return self.tr("Stock keeping unit: required and unique")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._rows[index.row()]
        field = FIELDS[index.column()]
        value = p.value(field)
        if field in ("selling_points", "notes") and value and self.claims_for is not None:
            if role in marks.ROLES and (claims := self.claims_for(str(value))):
                return marks.cell_data(role, str(value), claims)
        if role == Qt.ItemDataRole.DisplayRole:
            if field in MONEY_FIELDS:
                return "" if value is None else fmt.money(value, p.currency or self._currency())
            if value is None:
                return ""
            if field in INT_FIELDS:
                return fmt.number(int(value))
            text = str(value)
            return text.replace("\n", " ⏎ ") if field in ("selling_points", "notes") else text
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(p, field, p.currency or self._currency())
        if role == SORT_ROLE:
            if field in MONEY_FIELDS or field in INT_FIELDS:
                return -1 if value is None else value
            return str(value).casefold()
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            field in MONEY_FIELDS or field in INT_FIELDS
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and field in ("name", "selling_points", "notes")
            and value
        ):
            return str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.edit_handler is None:
            return False
        p = self._rows[index.row()]
        field = FIELDS[index.column()]
        text = "" if value is None else str(value)
        if text == edit_text(p, field, p.currency or self._currency()):
            return False
        reason = self.edit_handler(p.id or 0, field, text)
        if reason is not None:
            self.edit_refused.emit(reason)
            return False
        return True


class ProductFilterProxy(QSortFilterProxyModel):
    """Text filter over SKU, name, category, selling points and notes; optional exact category."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._category: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_category(self, category: str | None) -> None:
        self.beginFilterChange()
        self._category = category or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ProductTableModel):
            return True
        if self._category is not None and model.product(source_row).category != self._category:
            return False
        return not self._text or self._text in model.search_text(source_row)
