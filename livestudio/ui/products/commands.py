"""Undo commands of the catalog: an edited cell, an added (or duplicated) product, a delete.

Each works through its host (the workspace): `write_values(pid, values)` for one product's
fields, `guarded(fn)` to run a service call, report a refusal and reload the table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from livestudio.core.products import ProductData, ProductService, field_label


class Host(Protocol):
    service: ProductService

    def write_values(self, pid: int, values: dict[str, Any]) -> None: ...

    def guarded(self, fn: Callable[[], Any]) -> None: ...


class EditCommand(QUndoCommand):
    def __init__(self, host: Host, pid: int, field: str, old: Any, new: Any, sku: str) -> None:
        super().__init__(
            QCoreApplication.translate("ProductsWorkspace", "Edit {field} of {sku}").format(
                field=field_label(field), sku=sku
            )
        )
        self.host, self.pid, self.field, self.old, self.new = host, pid, field, old, new
        self._done_already = True  # the edit happened before the command was pushed

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self.host.write_values(self.pid, {self.field: self.new})

    def undo(self) -> None:
        self.host.write_values(self.pid, {self.field: self.old})


class AddCommand(QUndoCommand):
    def __init__(self, host: Host, product: ProductData, text: str) -> None:
        super().__init__(text)
        self.host, self.product = host, product
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self.host.guarded(lambda: self.host.service.restore([self.product]))

    def undo(self) -> None:
        assert self.product.id is not None
        pid = self.product.id
        self.host.guarded(lambda: self.host.service.delete([pid]))


class DeleteCommand(QUndoCommand):
    def __init__(self, host: Host, ids: list[int], text: str) -> None:
        super().__init__(text)
        self.host, self.ids = host, ids
        self.deleted: list[ProductData] = []

    def redo(self) -> None:
        def run() -> None:
            self.deleted = self.host.service.delete(self.ids)

        self.host.guarded(run)

    def undo(self) -> None:
        self.host.guarded(lambda: self.host.service.restore(self.deleted))
