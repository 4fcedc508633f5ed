"""The product catalog service: list, filter, add, edit one field with validation, delete, restore
(for undo) and duplicate. Money is integer minor units; every refusal is a `ProductError` whose
`str()` tells the user what is wrong."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from livestudio.core.db import Store
from livestudio.core.i18n import translate
from livestudio.core.models import Product
from livestudio.core.models.base import utcnow
from livestudio.core.money import (
    STORE_MAX,
    MoneyError,
    format_plain,
    normalise_text,
    parse_decimal,
    parse_money,
)

FIELDS: tuple[str, ...] = (
    "sku",
    "name",
    "category",
    "list_price",
    "cost",
    "stock",
    "selling_points",
    "notes",
)
MONEY_FIELDS = frozenset({"list_price", "cost"})
INT_FIELDS = frozenset({"stock"})
TEXT_FIELDS = frozenset({"sku", "name", "category", "selling_points", "notes"})
SKU_MAX = 120


def field_label(field: str) -> str:
    """The column title people see (and the English header our exports write)."""
    labels = {
        "sku": translate("Products", "SKU"),
        "name": translate("Products", "Name"),
        "category": translate("Products", "Category"),
        "list_price": translate("Products", "List price"),
        "cost": translate("Products", "Cost"),
        "stock": translate("Products", "Stock"),
        "selling_points": translate("Products", "Selling points"),
        "notes": translate("Products", "Notes"),
    }
    return labels[field]


class ProductError(ValueError):
    """A refused change; `str()` is the reason for the user."""


@dataclass(frozen=True)
class ProductData:
    """A snapshot of one product row (what the table shows and what undo restores)."""

    id: int | None
    sku: str
    name: str = ""
    category: str = ""
    list_price: int | None = None
    cost: int | None = None
    stock: int | None = None
    selling_points: str = ""
    notes: str = ""
    currency: str = ""  # of its prices; "" = the currency set in Settings

    def value(self, field: str) -> Any:
        return getattr(self, field)

    def with_values(self, **values: Any) -> ProductData:
        return replace(self, **values)


def _from_row(row: Any) -> ProductData:
    return ProductData(
        id=row.id,
        sku=row.sku,
        name=row.name or "",
        category=row.category or "",
        list_price=row.list_price,
        cost=row.cost,
        stock=row.stock,
        selling_points=row.selling_points or "",
        notes=row.notes or "",
        currency=row.currency or "",
    )


_COLUMNS = [getattr(Product, f) for f in ("id", *FIELDS, "currency")]


# ---- validation (shared by the table editor and the importer) --------------------------------
def clean_sku(raw: object) -> str:
    text = normalise_text("" if raw is None else str(raw))
    if not text:
        raise ProductError(translate("Products", "the SKU is empty; every product needs one"))
    if len(text) > SKU_MAX:
        raise ProductError(
            translate("Products", "the SKU is longer than {n} characters").format(n=SKU_MAX)
        )
    return text


def clean_money(raw: object, currency: str) -> int | None:
    """Minor units, None for an empty cell. Refuses text, negatives and too many decimals."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        return parse_money(raw, currency)
    except MoneyError as exc:
        raise ProductError(str(exc)) from exc


def clean_stock(raw: object) -> int | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = Decimal(raw)
    else:
        try:
            value = parse_decimal(raw)
        except MoneyError as exc:
            raise ProductError(str(exc)) from exc
    shown = raw if not isinstance(raw, str) else raw.strip()
    if value != value.to_integral_value():
        raise ProductError(
            translate("Products", "{value} is not a whole number; stock counts items").format(
                value=shown
            )
        )
    if value < 0:
        raise ProductError(
            translate("Products", "{value} is negative; stock must be 0 or more").format(
                value=shown
            )
        )
    if value > STORE_MAX:
        raise ProductError(
            translate("Products", "{value} is larger than LiveStudio can store").format(value=shown)
        )
    return int(value)


def clean_value(field: str, raw: object, currency: str) -> Any:
    """Turn what a person typed (or a cell held) into the stored value, or raise ProductError."""
    if field == "sku":
        return clean_sku(raw)
    if field in MONEY_FIELDS:
        return clean_money(raw, currency)
    if field in INT_FIELDS:
        return clean_stock(raw)
    if field in TEXT_FIELDS:
        return clean_text(raw)
    raise KeyError(field)


def clean_text(raw: object) -> str:
    """Trimmed, with Windows / old-Mac line ends as plain newlines (what .xlsx files keep anyway)."""
    if raw is None:
        return ""
    return str(raw).replace("\r\n", "\n").replace("\r", "\n").strip()


def edit_text(data: ProductData, field: str, currency: str) -> str:
    """The value as it is edited: '1299.00' for money, '12' for stock."""
    value = data.value(field)
    if field in MONEY_FIELDS:
        return format_plain(value, currency)
    if value is None:
        return ""
    return str(value)


# ---- the service ---------------------------------------------------------------------------
class ProductService:
    def __init__(self, store: Store, currency: str = "CNY") -> None:
        self.store = store
        self.currency = currency

    def products(self, text: str = "", category: str | None = None) -> list[ProductData]:
        stmt = select(*_COLUMNS).order_by(Product.sku)
        if category:
            stmt = stmt.where(Product.category == category)
        if text:
            like = f"%{text.strip()}%"
            stmt = stmt.where(
                Product.sku.ilike(like)
                | Product.name.ilike(like)
                | Product.category.ilike(like)
                | Product.selling_points.ilike(like)
                | Product.notes.ilike(like)
            )
        with self.store.session() as s:
            return [_from_row(r) for r in s.execute(stmt)]

    def get(self, product_id: int) -> ProductData:
        with self.store.session() as s:
            row = s.execute(select(*_COLUMNS).where(Product.id == product_id)).one_or_none()
        if row is None:
            raise ProductError(translate("Products", "that product no longer exists"))
        return _from_row(row)

    def count(self) -> int:
        with self.store.session() as s:
            return int(s.scalar(select(func.count(Product.id))) or 0)

    def shows_using(self, product_ids: Iterable[int]) -> list[str]:
        """Titles of the shows whose lineup plans with any of these products (asked before
        deleting them; those shows keep their own copy of name and prices)."""
        from livestudio.core.plan.shows import shows_using_product

        titles: list[str] = []
        with self.store.session() as s:
            for pid in product_ids:
                for show in shows_using_product(s, pid):
                    if show.title not in titles:
                        titles.append(show.title)
        return titles

    def categories(self) -> list[str]:
        with self.store.session() as s:
            rows = s.scalars(
                select(Product.category)
                .where(Product.category != "")
                .distinct()
                .order_by(Product.category)
            )
            return list(rows)

    def _check_sku_free(self, s: Any, sku: str, except_id: int | None = None) -> None:
        stmt = select(Product.id, Product.name).where(Product.sku == sku)
        if except_id is not None:
            stmt = stmt.where(Product.id != except_id)
        other = s.execute(stmt).first()
        if other is not None:
            raise ProductError(
                translate("Products", "SKU '{sku}' is already used by '{name}'").format(
                    sku=sku, name=other.name or sku
                )
            )

    def suggest_sku(self, base: str = "NEW") -> str:
        with self.store.session() as s:
            taken = set(s.scalars(select(Product.sku).where(Product.sku.like(f"{base}%"))))
        if base not in taken and base != "NEW":
            return base
        n = 1
        while f"{base}-{n}" in taken:
            n += 1
        return f"{base}-{n}"

    def add(self, data: ProductData) -> ProductData:
        """Insert after validating; `data.id` is ignored unless restoring (see `restore`)."""
        sku = clean_sku(data.sku)
        values = asdict(data)
        values.pop("id")
        values["sku"] = sku
        values["currency"] = (data.currency or "").upper()[:3]  # "": the Settings currency
        for f in TEXT_FIELDS - {"sku"}:
            values[f] = clean_text(values[f])
        for f in MONEY_FIELDS:
            if values[f] is not None and values[f] < 0:
                raise ProductError(translate("Products", "a price must be 0 or more"))
        with self.store.transaction() as s:
            self._check_sku_free(s, sku)
            now = utcnow()
            new_id = s.execute(
                insert(Product)
                .values(**values, created_at=now, updated_at=now)
                .returning(Product.id)
            ).scalar_one()
        kept = {k: v for k, v in values.items() if k in FIELDS or k == "currency"}
        return replace(data, id=int(new_id), **kept)

    def update_field(
        self, product_id: int, field: str, raw: object
    ) -> tuple[ProductData, ProductData]:
        """Validate and store one edited cell. Returns (before, after); raises ProductError."""
        if field not in FIELDS:
            raise KeyError(field)
        with self.store.transaction() as s:
            row = s.execute(select(*_COLUMNS).where(Product.id == product_id)).one_or_none()
            if row is None:
                raise ProductError(translate("Products", "that product no longer exists"))
            before = _from_row(row)
            # a price is read in the product's own currency (JPY has no cents, USD has)
            value = clean_value(field, raw, before.currency or self.currency)
            if field == "sku":
                self._check_sku_free(s, value, except_id=product_id)
            if before.value(field) != value:
                s.execute(
                    update(Product)
                    .where(Product.id == product_id)
                    .values({field: value, "updated_at": utcnow()})
                )
        return before, before.with_values(**{field: value})

    def set_values(self, product_id: int, values: dict[str, Any]) -> None:
        """Write already-validated stored values (undo / redo of an edit)."""
        with self.store.transaction() as s:
            if "sku" in values:
                self._check_sku_free(s, values["sku"], except_id=product_id)
            s.execute(
                update(Product)
                .where(Product.id == product_id)
                .values({**values, "updated_at": utcnow()})
            )

    def delete(self, ids: Iterable[int]) -> list[ProductData]:
        """Delete and return what was deleted, so it can be restored by undo."""
        ids = list(ids)
        if not ids:
            return []
        with self.store.transaction() as s:
            gone = [_from_row(r) for r in s.execute(select(*_COLUMNS).where(Product.id.in_(ids)))]
            s.execute(delete(Product).where(Product.id.in_(ids)))
        return gone

    def restore(self, products: Sequence[ProductData]) -> None:
        """Put deleted products back with their old ids (undo of a delete / redo of an add)."""
        if not products:
            return
        with self.store.transaction() as s:
            for p in products:
                self._check_sku_free(s, p.sku)
            now = utcnow()
            s.execute(
                insert(Product),
                [{**asdict(p), "created_at": now, "updated_at": now} for p in products],
            )

    def duplicate(self, product_id: int) -> ProductData:
        """A copy with a fresh SKU ('A-1-copy', 'A-1-copy-2'...), same everything else."""
        original = self.get(product_id)
        with self.store.session() as s:
            base = f"{original.sku}-copy"
            taken = set(s.scalars(select(Product.sku).where(Product.sku.like(f"{base}%"))))
        sku, n = base, 2
        while sku in taken:
            sku, n = f"{base}-{n}", n + 1
        return self.add(replace(original, id=None, sku=sku[:SKU_MAX]))
