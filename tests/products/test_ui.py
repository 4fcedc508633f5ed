"""The Products workspace on the real main window: add, edit in place, refused edits, delete with
Ctrl+Z, filters, and imports / exports through the dialogs, checking what the store then holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from livestudio.core.products import ProductData, ProductService
from tests.products.sheets import DATA, make_xlsx

SAMPLE_ZH = Path(__file__).resolve().parents[2] / "resources" / "sample" / "products_zh.xlsx"


@pytest.fixture(autouse=True)
def english_locale():  # type: ignore[no-untyped-def]
    """Money and counts as an English (UK) user reads them: ¥1,299.50, 1,600 (tests otherwise
    run in the C locale, where Qt writes money as '1299.50¥')."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def ws(main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.show_workspace("products")
    workspace = main_window.workspace("products")
    main_window.activateWindow()
    qtbot.waitUntil(lambda: workspace.isVisible())
    return workspace


def seed(ws, *products: ProductData) -> None:  # type: ignore[no-untyped-def]
    service = ProductService(ws.ctx.store)
    for p in products:
        service.add(p)
    ws.ctx.products_changed.emit()


def stored(ws) -> dict[str, ProductData]:  # type: ignore[no-untyped-def]
    return {p.sku: p for p in ProductService(ws.ctx.store).products()}


def commit(qtbot, ws, editor: QLineEdit) -> None:  # type: ignore[no-untyped-def]
    """Press Return in a cell editor; the delegate commits and closes it on the next event loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: not [e for e in ws.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    )


def open_editor(ws) -> QLineEdit:  # type: ignore[no-untyped-def]
    editors = [e for e in ws.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "one cell editor is open"
    return editors[0]


def type_into_cell(qtbot, ws, sku: str, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    pid = stored(ws)[sku].id
    index = ws.proxy_index(pid, field)
    ws.table.setCurrentIndex(index)
    ws.table.edit(index)
    editor = open_editor(ws)
    editor.selectAll()
    editor.insert(text)  # QTest cannot type CJK or ¥; insert() is what an input method does
    commit(qtbot, ws, editor)


def shown(ws, sku: str, field: str) -> str:  # type: ignore[no-untyped-def]
    return str(ws.proxy_index(stored(ws)[sku].id, field).data())


def test_add_then_edit_price_and_an_invalid_edit_is_refused(ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    seed(ws, ProductData(None, "LS-KH-001", "丝绒口红", "彩妆", 12900, 3250, 860))
    qtbot.mouseClick(ws.add_button, Qt.MouseButton.LeftButton)
    editor = open_editor(ws)  # the new row's SKU cell is open for typing
    assert editor.text() == "NEW-1"
    editor.selectAll()
    qtbot.keyClicks(editor, "LS-BWB-001")
    commit(qtbot, ws, editor)
    assert set(stored(ws)) == {"LS-KH-001", "LS-BWB-001"}

    type_into_cell(qtbot, ws, "LS-BWB-001", "list_price", "¥1,299.50")
    assert stored(ws)["LS-BWB-001"].list_price == 129950
    assert shown(ws, "LS-BWB-001", "list_price") == "¥1,299.50"

    type_into_cell(qtbot, ws, "LS-BWB-001", "list_price", "abc")
    assert stored(ws)["LS-BWB-001"].list_price == 129950  # old value kept
    assert ws.banner.isVisible()
    assert ws.banner.text() == "List price was not changed: 'abc' is not a number"
    assert shown(ws, "LS-BWB-001", "list_price") == "¥1,299.50"

    type_into_cell(qtbot, ws, "LS-BWB-001", "sku", "LS-KH-001")
    assert ws.banner.text() == "SKU was not changed: SKU 'LS-KH-001' is already used by '丝绒口红'"
    type_into_cell(qtbot, ws, "LS-BWB-001", "stock", "-3")
    assert ws.banner.text() == "Stock was not changed: -3 is negative; stock must be 0 or more"
    type_into_cell(qtbot, ws, "LS-BWB-001", "cost", "0.125")
    assert ws.banner.text() == "Cost was not changed: 0.125 has more than 2 decimals"
    assert stored(ws)["LS-BWB-001"].stock is None and stored(ws)["LS-BWB-001"].cost is None


def test_delete_asks_and_ctrl_z_brings_it_back(ws, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seed(
        ws,
        ProductData(None, "A-1", "口红", "彩妆", 100),
        ProductData(None, "A-2", "面霜", "护肤", 200),
    )
    asked = []

    def answer(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    ws.select_ids([stored(ws)["A-1"].id])
    ws.table.setFocus()
    qtbot.keyClick(ws.table, Qt.Key.Key_Delete)
    assert asked and "Delete 口红?" in asked[0]
    assert set(stored(ws)) == {"A-2"}
    assert ws.model.rowCount() == 1
    qtbot.keyClick(ws.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(stored(ws)) == {"A-1", "A-2"}
    assert stored(ws)["A-1"].list_price == 100
    assert ws.model.rowCount() == 2


def test_undo_an_edit_and_duplicate(ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    seed(ws, ProductData(None, "B-1", "保温杯", "家居", 8900, 2000, 50))
    type_into_cell(qtbot, ws, "B-1", "stock", "80")
    assert stored(ws)["B-1"].stock == 80
    ws.undo_action.trigger()
    assert stored(ws)["B-1"].stock == 50 and shown(ws, "B-1", "stock") == "50"
    ws.redo_action.trigger()
    assert stored(ws)["B-1"].stock == 80
    ws.select_ids([stored(ws)["B-1"].id])
    qtbot.mouseClick(ws.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(open_editor(ws), Qt.Key.Key_Escape)  # keep the suggested SKU
    qtbot.waitUntil(
        lambda: not [e for e in ws.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    )
    assert stored(ws)["B-1-copy"].name == "保温杯"


def test_text_and_category_filters(ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    seed(
        ws,
        ProductData(None, "C-1", "保温杯 500ml", "家居", 8900),
        ProductData(None, "C-2", "降噪耳机", "数码", 29900, notes="Earbuds with ANC"),
        ProductData(None, "C-3", "儿童保温水杯", "母婴", 7900),
    )
    ws.filter_edit.insert("保温")
    assert ws.proxy.rowCount() == 2
    assert ws.count_label.text() == "Showing 2 of 3 products"
    ws.category_combo.setCurrentIndex(ws.category_combo.findText("母婴"))
    assert ws.proxy.rowCount() == 1
    ws.filter_edit.clear()
    ws.category_combo.setCurrentIndex(0)
    qtbot.keyClicks(ws.filter_edit, "earb")
    assert ws.proxy.rowCount() == 1
    assert ws.proxy.index(0, 0).data() == "C-2"


def test_sorting_by_price(ws) -> None:  # type: ignore[no-untyped-def]
    seed(
        ws,
        ProductData(None, "S-1", "a", "", 500),
        ProductData(None, "S-2", "b", "", 10000),
        ProductData(None, "S-3", "c", "", 90),
    )
    ws.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert [ws.proxy.index(r, 0).data() for r in range(3)] == ["S-2", "S-1", "S-3"]


def test_import_from_the_file_menu_through_the_preview(
    main_window, ws, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    seed(ws, ProductData(None, "LS-KH-001", "丝绒雾面口红 #316 豆沙色", "彩妆", 9900, 3250, 860))
    wb = load_workbook(SAMPLE_ZH)
    wb.active["A5"] = None  # row 5 (LS-KH-002) loses its SKU: the row is refused
    wb.save(tmp_path / "选品表.xlsx")
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "选品表.xlsx"), "")
    )
    main_window.action_import.trigger()
    qtbot.waitUntil(lambda: ws.preview_dialog is not None, timeout=10000)
    dialog = ws.preview_dialog
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["To add (28)", "To update (1)", "Unchanged (0)", "Rejected (1)"]
    assert dialog.tabs.currentWidget() is dialog.views["rejected"]
    rejected = dialog.views["rejected"].model()
    assert rejected.index(0, 2).data() == (
        "row 5, column 商品编码: the SKU is empty; every product needs one"
    )
    update = dialog.views["update"].model()
    price_col = 1 + [f for f in ("sku", "name", "category", "list_price")].index("list_price")
    assert update.index(0, price_col).data() == "¥129.00"
    assert (
        update.index(0, price_col).data(Qt.ItemDataRole.BackgroundRole) is not None
    )  # highlighted
    assert update.index(0, price_col).data(Qt.ItemDataRole.ToolTipRole) == "Was: ¥99.00"
    assert dialog.import_button.text() == "Import 29 valid rows"
    with qtbot.waitSignal(ws.import_finished, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    got = stored(ws)
    assert len(got) == 29 and "LS-KH-002" not in got
    assert got["LS-KH-001"].list_price == 12900
    assert ws.model.rowCount() == 29
    assert "added 28, updated 1, unchanged 0, rejected 1" in ws.banner.text()


def test_cancelling_the_preview_writes_nothing(ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws.import_file(str(SAMPLE_ZH))
    qtbot.waitUntil(lambda: ws.preview_dialog is not None, timeout=10000)
    qtbot.mouseClick(ws.preview_dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.preview_dialog is None)
    assert stored(ws) == {}
    assert ws.banner.text() == "Import cancelled; nothing was changed."


def test_unknown_sku_column_goes_through_the_mapping_dialog_and_is_remembered(
    ws, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    rows = [["Artikel", "商品名称", "售价"], ["K-1", "羊绒围巾", 268], ["K-2", "瑜伽垫", 79]]
    path = make_xlsx(tmp_path / "supplier.xlsx", rows)
    ws.import_file(str(path))
    qtbot.waitUntil(lambda: ws.mapping_dialog is not None, timeout=10000)
    dialog = ws.mapping_dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.problem.text() == "Choose a column for SKU."
    combo = dialog.combos["sku"]
    combo.setCurrentIndex(combo.findData(0))
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.preview_dialog is not None, timeout=10000)
    with qtbot.waitSignal(ws.import_finished, timeout=10000):
        qtbot.mouseClick(ws.preview_dialog.import_button, Qt.MouseButton.LeftButton)
    assert stored(ws)["K-1"].list_price == 26800
    # the same headers next time: straight to the preview
    make_xlsx(tmp_path / "supplier2.xlsx", [rows[0], ["K-3", "跳绳", 39.9]])
    ws.import_file(str(tmp_path / "supplier2.xlsx"))
    qtbot.waitUntil(lambda: ws.preview_dialog is not None, timeout=10000)
    assert ws.mapping_dialog is None
    assert ws.preview_dialog.import_button.text() == "Import 1 valid rows"
    ws.preview_dialog.reject()


def test_an_unreadable_file_is_refused_with_the_reason(ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws.import_file(str(DATA / "encrypted.xlsx"))
    qtbot.waitUntil(lambda: ws.message_box is not None, timeout=10000)
    assert "encrypted.xlsx is password-protected" in ws.message_box.text()
    assert "password-protected" in ws.banner.text()
    ws.message_box.close()
    qtbot.waitUntil(lambda: ws.message_box is None)


def test_dropping_a_file_on_the_table_starts_an_import(ws, qtbot) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE_ZH))])
    viewport = ws.table.viewport()
    pos = QPoint(20, 20)
    import warnings

    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent

    with (
        warnings.catch_warnings()
    ):  # Qt 6 has only the QPoint form for drag-enter, marked deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            pos,
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)
    qtbot.waitUntil(lambda: ws.preview_dialog is not None, timeout=10000)
    assert ws.preview_dialog.import_button.text() == "Import 30 valid rows"
    ws.preview_dialog.reject()


def test_export_from_the_file_menu(main_window, ws, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seed(ws, ProductData(None, "E-1", "=1+1 口红", "彩妆", 12900, 3250, 860))
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "导出"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    with qtbot.waitSignal(ws.export_finished, timeout=10000):
        main_window.action_export.trigger()
    wb = load_workbook(tmp_path / "导出.xlsx")
    row = [c.value for c in wb.active[2]]
    name_cell = wb.active["B2"]
    wb.close()
    # formula-like text is kept as typed, as a text cell with quotePrefix (no visible apostrophe)
    assert row[:6] == ["E-1", "=1+1 口红", "彩妆", 129, 32.5, 860]
    assert name_cell.data_type == "s" and name_cell.quotePrefix
    assert ws.banner.text().startswith("Exported 1 products to ")
    # the notice names the file and offers to open it or show its folder
    notice = ws.export_notice
    assert notice is not None and notice.isVisible() and "导出.xlsx" in notice.text()
    assert notice.findChild(QPushButton, "export_open") is not None
    assert notice.findChild(QPushButton, "export_show_in_folder") is not None
    notice.close()


@pytest.mark.parametrize("step", ["load_job", "apply_job"])
def test_cancel_in_the_progress_dialog_writes_nothing(ws, qtbot, monkeypatch, step) -> None:  # type: ignore[no-untyped-def]
    import threading

    from livestudio.core.excel import product_import
    from livestudio.ui.products import importing as module

    monkeypatch.setattr(
        product_import, "CHUNK", 5
    )  # several chunks, so the write is part-way when it stops
    gate = threading.Event()
    real = getattr(module, step)

    def gated(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(10)  # the job holds here until the user has pressed Cancel
        return real(*args, **kwargs)

    monkeypatch.setattr(module, step, gated)
    ws.import_file(str(SAMPLE_ZH))
    if step == "apply_job":
        qtbot.waitUntil(lambda: ws.preview_dialog is not None, timeout=10000)
        qtbot.mouseClick(ws.preview_dialog.import_button, Qt.MouseButton.LeftButton)
    assert ws.busy()
    progress = ws.job.dialog
    assert not ws.import_button.isEnabled()
    from PySide6.QtWidgets import QPushButton

    progress.findChild(QPushButton).click()  # the dialog's Cancel button
    gate.set()
    qtbot.waitUntil(lambda: not ws.busy(), timeout=10000)
    assert ws.banner.text() == "Cancelled; nothing was changed."
    assert stored(ws) == {}
    assert ws.preview_dialog is None
    assert ws.import_button.isEnabled()


def test_change_columns_from_the_preview(ws, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = make_xlsx(
        tmp_path / "p.xlsx", [["SKU", "Name", "吊牌价", "直播价"], ["P-1", "口红", 199, 129]]
    )
    ws.import_file(str(path))
    qtbot.waitUntil(lambda: ws.preview_dialog is not None, timeout=10000)
    qtbot.mouseClick(ws.preview_dialog.remap_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: ws.mapping_dialog is not None and ws.preview_dialog is None, timeout=10000
    )
    combo = ws.mapping_dialog.combos["list_price"]
    assert combo.currentData() == 2  # 吊牌价 was recognised as the list price
    combo.setCurrentIndex(combo.findData(3))  # this seller wants the live price instead
    ok = ws.mapping_dialog.buttons.button(ws.mapping_dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.preview_dialog is not None, timeout=10000)
    with qtbot.waitSignal(ws.import_finished, timeout=10000):
        qtbot.mouseClick(ws.preview_dialog.import_button, Qt.MouseButton.LeftButton)
    assert stored(ws)["P-1"].list_price == 12900


def test_a_workbook_with_several_sheets_asks_which_one(ws, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表由供应商提供"])
    sheet = wb.create_sheet("商品")
    sheet.append(["货号", "品名", "售价"])
    sheet.append(["W-1", "羊绒围巾", 268])
    wb.save(tmp_path / "two.xlsx")
    ws.import_file(str(tmp_path / "two.xlsx"))
    qtbot.waitUntil(lambda: ws.sheet_dialog is not None)
    chooser = ws.sheet_dialog
    assert [chooser.combo.itemText(i) for i in range(chooser.combo.count())] == ["说明", "商品"]
    chooser.combo.setCurrentIndex(1)
    chooser.accept()
    qtbot.waitUntil(lambda: ws.preview_dialog is not None, timeout=10000)
    with qtbot.waitSignal(ws.import_finished, timeout=10000):
        qtbot.mouseClick(ws.preview_dialog.import_button, Qt.MouseButton.LeftButton)
    assert stored(ws)["W-1"].list_price == 26800


def test_deleting_a_product_a_show_uses_asks_first_and_the_show_keeps_its_copy(
    ws, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from livestudio.core.models import LineupItem, Show

    seed(ws, ProductData(None, "A-1", "口红", "彩妆", 12900))
    lipstick = stored(ws)["A-1"]
    with ws.ctx.store.transaction() as s:
        show = Show(title="Friday beauty night")
        s.add(show)
        s.flush()
        s.add(
            LineupItem(
                show_id=show.id,
                product_id=lipstick.id,
                sku="A-1",
                name="口红",
                list_price=12900,
                live_price=8900,
            )
        )
    asked = []

    def answer(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    ws.select_ids([lipstick.id])
    ws.table.setFocus()
    qtbot.keyClick(ws.table, Qt.Key.Key_Delete)
    assert "Friday beauty night" in asked[0]
    assert set(stored(ws)) == set()
    with ws.ctx.store.session() as s:
        item = s.query(LineupItem).one()
        assert (item.product_id, item.name, item.list_price, item.live_price) == (
            None,
            "口红",
            12900,
            8900,
        )


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_catalog_columns_fit_at_1280x800_on_the_sample(main_window, ws, qapp, language) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from livestudio import translations
    from livestudio.core import sample
    from livestudio.ui.clipcheck import clipped_columns

    translations.install(qapp, QLocale(language))
    try:
        sample.add_sample(ws.ctx.store, "zh" if language == "zh_CN" else "en")
        ws.ctx.products_changed.emit()
        main_window.resize(1280, 800)
        qapp.processEvents()
        assert ws.model.rowCount() > 5
        assert clipped_columns(ws) == []
        # product names never collapse: the longest one shows whole
        name_col = 1
        longest = max(
            (ws.proxy.index(r, name_col).data() for r in range(ws.proxy.rowCount())), key=len
        )
        need = ws.table.fontMetrics().horizontalAdvance(longest)
        assert ws.table.columnWidth(name_col) >= need
    finally:
        translations.install(qapp, QLocale("en_US"))
