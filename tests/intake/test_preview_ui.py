"""The import previews as a user sees them: cells left empty in orange with the reason, the
count of control characters removed, and the "remembered on <date> for these columns — change"
line that reopens the column choice."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from livestudio.core.db import Store
from livestudio.core.excel import load_for_import, prepare_import, remember_mapping
from livestudio.core.models import Show
from livestudio.core.review import importer
from livestudio.core.review.service import ReviewService
from livestudio.ui.products.dialogs import PreviewDialog
from livestudio.ui.review.dialogs import ImportDialog
from livestudio.ui.theme import LEFT_EMPTY_BG
from tests.intake.conftest import CASES
from tests.products.sheets import make_xlsx


def test_products_preview_shows_cells_left_empty_and_control_characters(
    qtbot, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text("SKU,Name,Price\nM-1,Mug\x00,abc\nM-2,Hat,5\n", encoding="utf-8")
    dlg = PreviewDialog(prepare_import(store, path))
    qtbot.addWidget(dlg)
    dlg.show()
    titles = [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())]
    assert titles == [
        "To add (2)",
        "To update (0)",
        "Unchanged (0)",
        "Rejected (0)",
        "Cells left empty (1)",
    ]
    assert dlg.tabs.currentWidget() is dlg.views["warnings"]  # opens on the problem
    warnings = dlg.views["warnings"].model()
    assert [warnings.index(0, c).data() for c in range(4)] == [
        2,
        "Price",
        "abc",
        "'abc' is not a number; left empty",
    ]
    assert "1 cells could not be read and are left empty" in dlg.notes_label.text()
    assert "1 control characters" in dlg.notes_label.text()
    added = dlg.views["add"].model()
    price = added.index(0, 3)  # Row, SKU, Name, Price
    assert price.data() == ""
    assert price.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(LEFT_EMPTY_BG)
    assert price.data(Qt.ItemDataRole.ToolTipRole) == "'abc' is not a number; left empty"
    assert not dlg.remembered_label.isVisible()


def test_products_preview_says_when_the_columns_were_remembered_and_change_reopens_them(
    qtbot, store: Store, tmp_path: Path
) -> None:
    path = make_xlsx(tmp_path / "odd.xlsx", [["Artikel", "Name"], ["A-1", "Becher"]])
    remember_mapping(store, load_for_import(store, path).data.signature, {"sku": 0, "name": 1})
    dlg = PreviewDialog(prepare_import(store, path))
    qtbot.addWidget(dlg)
    dlg.show()
    label = dlg.remembered_label
    assert label.isVisible()
    today = datetime.now(UTC).astimezone()
    from livestudio.core import fmt

    assert label.text() == (
        f"Columns remembered on {fmt.date_text(today)} for these columns — "
        '<a href="change">change</a>'
    )
    with qtbot.waitSignal(dlg.remap_requested):
        label.linkActivated.emit("change")  # what a click on the link sends
    assert dlg.result() == PreviewDialog.REMAP


def test_review_import_dialog_lists_cells_left_empty_and_marks_them(
    qtbot, store: Store, tmp_path: Path
) -> None:
    with store.transaction() as s:
        show = Show(
            title="Winter", scheduled_start=datetime(2026, 11, 30, 12, tzinfo=UTC), currency="USD"
        )
        s.add(show)
        s.flush()
        show_id = show.id
    path = tmp_path / "list.csv"
    path.write_text(
        (CASES / "tiktok-live-list.csv").read_text(encoding="utf-8").replace("1min 42s", "soon"),
        encoding="utf-8",
    )
    dlg = ImportDialog(ReviewService(store), show_id, "USD")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load(path)
    qtbot.waitUntil(lambda: dlg.preview is not None and not dlg.busy())
    items = [dlg.problems.item(i) for i in range(dlg.problems.count())]
    assert [i.text() for i in items] == [
        "Left empty: list.csv, sheet list, row 2, column Avg. viewing duration (per viewer): "
        "'soon' is not a duration (try 90, 1:30 or 1m30s); left empty (the cell holds 'soon')"
    ]
    assert items[0].background().color() == QColor("#FFD0B0")
    assert dlg.ok_button.text() == "Import 1 rows" and dlg.ok_button.isEnabled()
    # once imported, the same columns say when they were remembered
    assert dlg.preview is not None
    with store.transaction() as s:
        importer.apply_import(s, dlg.preview)
    dlg.preview = None
    dlg.load(path)
    qtbot.waitUntil(lambda: dlg.preview is not None and not dlg.busy())
    assert "Columns remembered on " in dlg.status.text()
    dlg.status.linkActivated.emit("change")
    assert dlg.mapping_table.currentColumn() == 1
