"""First run: offer the sample show on an empty store; Help menu: add or remove it in one click."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from livestudio.core.i18n import ui_language
from livestudio.tasks import run_task

if TYPE_CHECKING:
    from livestudio.ui.main_window import MainWindow

log = logging.getLogger("livestudio.sample")
OFFERED_KEY = "state/sample_offered"


def _t(text: str) -> str:
    return QApplication.translate("Sample", text)


def install_menus(window: MainWindow) -> None:
    window.menu_help.addSeparator()
    add = window.menu_help.addAction(_t("Add the &sample show"))
    add.triggered.connect(lambda: add_sample(window))
    remove = window.menu_help.addAction(_t("&Remove the sample show"))
    remove.triggered.connect(lambda: remove_sample(window))


def offer_on_first_run(window: MainWindow) -> None:
    if window.ctx is None or window.store is None:
        return
    settings = window.ctx.settings
    if settings.value(OFFERED_KEY, False, type=bool):
        return
    from livestudio.core import sample  # the sample data layer loads only when it is used

    with window.store.session() as s:
        empty = sample.is_empty(s)
    if not empty:
        return
    settings.setValue(OFFERED_KEY, True)
    answer = QMessageBox.question(
        window,
        _t("Welcome to LiveStudio"),
        _t(
            "Your store is empty. Add a sample show to explore? It has products, a plan, a "
            "completed check, a finished live log and platform data, so every workspace shows "
            "something real. You can remove it in one click from the Help menu."
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        add_sample(window)


def add_sample(window: MainWindow) -> None:
    from livestudio.core import sample

    ctx = window.ctx
    if ctx is None:  # the store is not open yet
        return
    window.statusBar().showMessage(_t("Adding the sample show…"))

    def done(show_id: int) -> None:
        ctx.products_changed.emit()
        ctx.shows_changed.emit()
        ctx.set_current_show(show_id)
        window.show_workspace("review")
        window.statusBar().showMessage(_t("Sample show added. Remove it from the Help menu."), 8000)

    def failed(exc: BaseException) -> None:
        log.error("sample failed: %s", exc)
        QMessageBox.warning(
            window, _t("Sample show"), _t("Could not add the sample: {reason}").format(reason=exc)
        )

    run_task(sample.add_sample, ctx.store, ui_language(), on_result=done, on_error=failed)


def remove_sample(window: MainWindow) -> None:
    answer = QMessageBox.question(
        window,
        _t("Remove the sample show"),
        _t("Remove the sample shows and the sample products? Your own shows and products stay."),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    from livestudio.core import sample

    ctx = window.ctx
    if ctx is None:
        return
    shows, products = sample.remove_sample(ctx.store)
    ctx.set_current_show(0)
    ctx.products_changed.emit()
    ctx.shows_changed.emit()
    window.statusBar().showMessage(
        _t("Removed {shows} sample shows and {products} sample products.").format(
            shows=shows, products=products
        ),
        8000,
    )
