"""Every screen readable on a 1280x800 laptop: on the sample store, in English and Chinese, no
table column that carries information shows "…" for its values or sits off-screen, and no
form scrolls sideways. Walks every workspace and every sub-tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from livestudio import translations
from livestudio.core import sample
from livestudio.ui.clipcheck import clipped_columns, every_page, horizontal_scrolls
from livestudio.ui.widgets.columns import FIT, Col, apply_columns


def test_the_column_check_sees_a_squeezed_column(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    model = QStandardItemModel(3, 2)
    model.setHorizontalHeaderLabels(["Product", "Notes"])
    for row in range(3):
        model.setItem(row, 0, QStandardItem("Velvet lipstick, shade 12 丝绒口红"))
        model.setItem(row, 1, QStandardItem("long free text " * 20))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    view.horizontalHeader().resizeSection(0, 40)
    assert any("Product" in p for p in clipped_columns(view))
    apply_columns(view, {"Product": FIT, "Notes": Col.elide(120)})
    QApplication.processEvents()
    assert clipped_columns(view) == []


@pytest.mark.qt_log_level_fail("CRITICAL")  # device probes may warn; not this test's subject
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_table_fits_at_1280x800(qtbot, qapp, store, settings, language) -> None:  # type: ignore[no-untyped-def]
    from livestudio.ui.main_window import MainWindow

    translations.install(qapp, QLocale(language))
    try:
        sample.add_sample(store, "zh" if language == "zh_CN" else "en")
        window = MainWindow(store, settings=settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        problems: list[str] = []
        for key in window.workspace_keys():
            window.show_workspace(key)
            ws = window.workspace(key)
            qapp.processEvents()

            def visit(key: str = key, ws: QWidget = ws) -> None:
                qapp.processEvents()
                problems.extend(f"[{key}] {p}" for p in clipped_columns(ws))
                problems.extend(f"[{key}] {p}" for p in horizontal_scrolls(ws))

            every_page(ws, visit)
        window.close()
        unique = list(dict.fromkeys(problems))
        assert not unique, f"{len(unique)} clipped at 1280x800 ({language}):\n" + "\n".join(unique)
    finally:
        translations.install(qapp, QLocale("en_US"))
