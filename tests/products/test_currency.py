"""Products carry their own currency: the English sample is priced in dollars (not "List price
(CNY) ¥12.99"), and a price is read and shown in the product's currency."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from livestudio.core import sample
from livestudio.core.products import ProductData, ProductService


def test_english_sample_products_show_dollars(main_window: Any, qtbot: Any, store: Any) -> None:
    sample.add_sample(store, "en")
    main_window.show_workspace("products")
    ws = main_window.workspace("products")
    main_window.ctx.products_changed.emit()
    model = ws.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "List price (USD)" in headers and not any("CNY" in str(h) for h in headers)
    prices = [
        model.index(r, headers.index("List price (USD)")).data() for r in range(model.rowCount())
    ]
    assert prices and all("$" in p and "¥" not in p for p in prices if p)


def test_a_price_is_read_in_the_products_own_currency(store: Any) -> None:
    service = ProductService(store, "CNY")
    tea = service.add(ProductData(None, "JP-1", "Matcha", list_price=1200, currency="JPY"))
    service.update_field(tea.id or 0, "list_price", "1,500")
    assert service.get(tea.id or 0).list_price == 1500  # yen have no minor unit
    rice = service.add(ProductData(None, "CN-1", "Rice"))
    service.update_field(rice.id or 0, "list_price", "15.5")
    assert service.get(rice.id or 0).list_price == 1550 and service.get(rice.id or 0).currency == ""
