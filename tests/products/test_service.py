"""The catalog service behind the table: validation of edited cells, delete + restore, duplicate."""

from __future__ import annotations

import pytest

from livestudio.core.db import Store
from livestudio.core.products import ProductData, ProductError, ProductService


@pytest.fixture
def service(store: Store) -> ProductService:
    s = ProductService(store, "CNY")
    s.add(ProductData(None, "LS-001", "丝绒口红", "彩妆", 12900, 3250, 860))
    s.add(ProductData(None, "LS-002", "保温杯", "家居", 8900, 2300, 720))
    return s


def pid(service: ProductService, sku: str) -> int:
    return next(p.id for p in service.products() if p.sku == sku)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("field", "typed", "reason"),
    [
        ("sku", "  ", "the SKU is empty; every product needs one"),
        ("sku", "LS-002", "SKU 'LS-002' is already used by '保温杯'"),
        ("list_price", "abc", "'abc' is not a number"),
        ("list_price", "-1", "-1 is negative; a price must be 0 or more"),
        ("cost", "1.234", "1.234 has more than 2 decimals"),
        ("stock", "1.5", "1.5 is not a whole number; stock counts items"),
        ("stock", "-2", "-2 is negative; stock must be 0 or more"),
    ],
)
def test_invalid_edits_are_refused_and_the_old_value_kept(
    service: ProductService, field: str, typed: str, reason: str
) -> None:
    target = pid(service, "LS-001")
    before = service.get(target)
    with pytest.raises(ProductError) as info:
        service.update_field(target, field, typed)
    assert str(info.value) == reason
    assert service.get(target) == before


def test_valid_edits_accept_what_people_type(service: ProductService) -> None:
    target = pid(service, "LS-001")
    service.update_field(target, "list_price", "¥1,399.50")
    service.update_field(target, "stock", "１２０")
    service.update_field(target, "sku", " LS-001A ")
    service.update_field(target, "cost", "")
    p = service.get(target)
    assert (p.sku, p.list_price, p.stock, p.cost) == ("LS-001A", 139950, 120, None)


def test_delete_then_restore_brings_back_the_same_products(service: ProductService) -> None:
    all_before = service.products()
    gone = service.delete([pid(service, "LS-001")])
    assert [p.sku for p in service.products()] == ["LS-002"]
    service.restore(gone)
    assert service.products() == all_before


def test_duplicate_gets_a_fresh_sku(service: ProductService) -> None:
    first = service.duplicate(pid(service, "LS-001"))
    second = service.duplicate(pid(service, "LS-001"))
    assert (first.sku, second.sku) == ("LS-001-copy", "LS-001-copy-2")
    assert (first.name, first.list_price, first.stock) == ("丝绒口红", 12900, 860)


def test_filter_by_text_and_category(service: ProductService) -> None:
    assert [p.sku for p in service.products(text="保温")] == ["LS-002"]
    assert [p.sku for p in service.products(category="彩妆")] == ["LS-001"]
    assert service.categories() == ["家居", "彩妆"]
