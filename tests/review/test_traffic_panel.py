"""Review ▸ Traffic sources panel: a real widget over a real store — read a file, look before
saving, save or discard, and the paid share across shows with its finding."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor

from livestudio.core.db import Store
from livestudio.core.models.review import TrafficSource
from livestudio.core.review.traffic import TrafficService
from livestudio.ui.review.traffic_panel import TrafficPanel
from livestudio.ui.theme import chart_palette
from tests.review.test_traffic import BAD, DOUYIN, _show, _with_history


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


def _panel(qtbot: Any, store: Store, show_id: int | None) -> TrafficPanel:
    panel = TrafficPanel(TrafficService(store))
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_show(show_id)
    return panel


def _read(qtbot: Any, panel: TrafficPanel, path: Path) -> None:
    assert panel.import_file(path) is not None
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)


def _stored(store: Store, sid: int) -> int:
    with store.session() as s:
        return s.query(TrafficSource).filter_by(show_id=sid).count()


def test_a_show_without_sources_says_so(qtbot: Any, store: Store) -> None:
    panel = _panel(qtbot, store, _show(store))
    assert panel.empty_label.isVisible()
    assert "No traffic sources for this show yet" in panel.empty_label.text()
    assert panel.table.rowCount() == 0 and panel.paid_label.text() == ""
    assert panel.import_button.isEnabled()
    assert not panel.preview_bar.isVisible()
    panel.set_show(None)
    assert not panel.import_button.isEnabled()


def test_read_look_then_save(qtbot: Any, store: Store) -> None:
    sid = _show(store)
    panel = _panel(qtbot, store, sid)
    _read(qtbot, panel, DOUYIN)
    assert panel.preview_bar.isVisible()
    text = panel.preview_label.text()
    assert text.startswith("douyin_流量来源.csv: 10 sources read (paid 20.8%).")
    assert "Nothing is saved until you press Save." in text
    assert _stored(store, sid) == 0  # nothing saved yet
    assert panel.table.column_texts(0)[:3] == ["直播推荐", "短视频引流", "关注"]
    with qtbot.waitSignal(panel.traffic_saved) as saved:
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [sid]
    assert _stored(store, sid) == 10
    assert not panel.preview_bar.isVisible()
    assert panel.paid_label.text() == "Paid: 20.8% of viewers"
    # the stored view: most viewers first, with the canonical channel, the paid mark, money
    assert panel.table.column_texts(0)[0] == "直播推荐"
    row = panel.table.column_texts(0).index("千川")
    assert panel.table.item(row, 1).text() == "Paid (ads, promote)"
    assert panel.table.item(row, 2).text() == "paid"
    assert panel.table.item(row, 4).text() == "11.2%"
    assert panel.table.item(0, 5).text() == "¥12,480.00"
    nearby = panel.table.column_texts(0).index("同城")
    assert panel.table.item(nearby, 5).text() == "—"  # GMV not given is a dash, not 0
    assert panel.shares.full_labels[0] == "直播推荐"


def test_bad_rows_are_listed_and_discard_keeps_what_was_there(qtbot: Any, store: Store) -> None:
    sid = _show(store)
    TrafficService(store).import_file(sid, DOUYIN)
    panel = _panel(qtbot, store, sid)
    _read(qtbot, panel, BAD)
    assert "2 rows skipped, listed below." in panel.preview_label.text()
    lines = [panel.problems.item(i).text() for i in range(panel.problems.count())]
    assert panel.problems.isVisible()
    assert "bad_rows.csv, row 4, column 流量来源: no traffic source named; row skipped" in lines
    assert panel.table.rowCount() == 3  # the preview is what the table shows
    qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    assert _stored(store, sid) == 10
    assert panel.table.rowCount() == 10 and not panel.problems.isVisible()


def test_a_file_that_is_not_a_breakdown_is_explained(
    qtbot: Any, store: Store, tmp_path: Path
) -> None:
    sid = _show(store)
    f = tmp_path / "products.csv"
    f.write_text("SKU,Name,Price\nA1,Tee,12.99\n", encoding="utf-8")
    panel = _panel(qtbot, store, sid)
    _read(qtbot, panel, f)
    assert panel.preview_bar.isVisible() and not panel.save_button.isVisible()
    assert panel.preview_label.text().startswith("products.csv: no sheet has a traffic source")
    assert panel.discard_button.text() == "Close"


def test_switching_show_drops_an_unsaved_preview(qtbot: Any, store: Store) -> None:
    sid, other = _show(store), _show(store, "Other", day=1)
    panel = _panel(qtbot, store, sid)
    _read(qtbot, panel, DOUYIN)
    panel.set_show(other)
    assert panel.preview is None and not panel.preview_bar.isVisible()
    assert panel.save_preview() == 0
    assert _stored(store, sid) == 0 and _stored(store, other) == 0


def test_across_shows_charts_and_the_finding(qtbot: Any, store: Store) -> None:
    ids = _with_history(
        store, [(0.18, 31, 1000), (0.25, 29, 1000), (0.33, 24, 1000), (0.41, 19, 1000)]
    )
    panel = _panel(qtbot, store, ids[-1])
    assert panel.across_label.text() == (
        "Across your 4 CNY shows with traffic sources, oldest first."
    )
    assert panel.finding_label.isVisible()
    assert "Paid traffic 18% → 41% over 4 shows while conversion fell 3.1% → 1.9%" in (
        panel.finding_label.text()
    )
    # the paid share is drawn: the series colour is on the chart
    qtbot.wait(50)
    image = panel.paid_trend.grab().toImage()
    colour = QColor(str(list(chart_palette()["series"])[0]))  # type: ignore[call-overload]
    hits = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if _near(QColor(image.pixel(x, y)), colour)
    )
    assert hits > 20
    # the first show alone says nothing
    panel.set_show(ids[0])
    assert not panel.finding_label.isVisible()


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 40
