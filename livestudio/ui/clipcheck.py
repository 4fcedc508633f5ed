"""Find text that does not fit its widget — for checking translated (or stretched) layouts.

`clipped_texts(root)` lists each visible label, button, check box and tab under `root` whose
single-line text is wider than the space it has. `python -m livestudio.cli.clipcheck` runs it
over every workspace and the Settings dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from livestudio.ui.widgets.columns import Mode, column_mode, needed_width


def _describe(w: QWidget) -> str:
    names: list[str] = []
    node: QWidget | None = w
    while node is not None and len(names) < 4:
        names.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return " < ".join(names)


def clipped_texts(root: QWidget) -> list[str]:
    """Visible single-line texts under `root` wider than their widget (a few px of slack)."""
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 1:
            continue
        fm = w.fontMetrics()
        if isinstance(w, QLabel):
            text = w.text()
            if (
                not text
                or w.wordWrap()
                or w.textFormat() == Qt.TextFormat.RichText
                or ("<" in text and ">" in text)
                or "\n" in text
            ):
                continue
            room = w.contentsRect().width() - 2 * w.margin() - w.indent() * (w.indent() > 0)
            need = fm.horizontalAdvance(text.replace("&", ""))
        elif isinstance(w, QAbstractButton) and not w.text():
            continue
        elif isinstance(w, QPushButton):
            opt = QStyleOptionButton()
            w.initStyleOption(opt)
            contents = w.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, w)
            room = contents.width() - (w.iconSize().width() + 4 if not w.icon().isNull() else 0)
            need = fm.horizontalAdvance(w.text().replace("&", ""))
            text = w.text()
        elif isinstance(w, QCheckBox | QRadioButton):
            opt = QStyleOptionButton()
            w.initStyleOption(opt)
            element = (
                QStyle.SubElement.SE_CheckBoxContents
                if isinstance(w, QCheckBox)
                else QStyle.SubElement.SE_RadioButtonContents
            )
            room = w.style().subElementRect(element, opt, w).width()
            need = fm.horizontalAdvance(w.text().replace("&", ""))
            text = w.text()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                t = w.tabText(i).replace("&", "")
                if fm.horizontalAdvance(t) > w.tabRect(i).width() - 8 and w.tabRect(i).width() > 0:
                    found.append(f"tab {t!r} in {_describe(w)}")
            continue
        else:
            continue
        if need > room + 3:
            found.append(
                f"{type(w).__name__} {text!r} needs {need}px, has {room}px ({_describe(w)})"
            )
    return found


def _visible_views(root: QWidget) -> list[QAbstractItemView]:
    views: list[QAbstractItemView] = []
    candidates = root.findChildren(QAbstractItemView)
    if isinstance(root, QAbstractItemView):
        candidates.insert(0, root)
    for view in candidates:
        if isinstance(view, QTableView | QTreeView) and view.isVisible():
            model = view.model()
            if model is not None and model.rowCount() > 0:
                views.append(view)
    return views


def clipped_columns(root: QWidget, slack: int = 2) -> list[str]:
    """Table columns under `root` that carry information (not set to elide in their column
    policy) and are narrower than their header and first cells need, or pushed out of sight
    to the right of the view."""
    found: list[str] = []
    for view in _visible_views(root):
        assert isinstance(view, QTableView | QTreeView)
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        model = view.model()
        viewport = view.viewport().width()
        for col in range(model.columnCount()):
            if header.isSectionHidden(col):
                continue
            title = model.headerData(col, Qt.Orientation.Horizontal) or col
            if column_mode(view, col) in (Mode.ELIDE, Mode.FIXED, Mode.STRETCH_ELIDE):
                start = header.sectionViewportPosition(col)
                if start + 24 > viewport + slack:  # free text may elide, but must be in sight
                    found.append(
                        f"column {title!r} in {_describe(view)}: off-screen at x={start} "
                        f"(view is {viewport} px wide)"
                    )
                continue
            need = needed_width(view, col)
            have = header.sectionSize(col)
            left = header.sectionViewportPosition(col)
            if have + slack < need:
                found.append(
                    f"column {title!r} in {_describe(view)}: {have} px wide, needs {need} px"
                )
            elif left + min(need, have) > viewport + slack:
                found.append(
                    f"column {title!r} in {_describe(view)}: off-screen at x={left} "
                    f"(view is {viewport} px wide)"
                )
    return found


def horizontal_scrolls(root: QWidget) -> list[str]:
    """Scroll areas (forms, overviews) under `root` that need a sideways scroll bar."""
    return [
        f"{_describe(area)} scrolls sideways"
        for area in root.findChildren(QScrollArea)
        if area.isVisible()
        and area.horizontalScrollBar().maximum() > 0
        and not isinstance(area, QAbstractItemView)
    ]


def every_page(root: QWidget, visit: Callable[[], None]) -> None:
    """Call `visit` once for every combination of pages in the tab widgets under `root`
    (depth first), so nested sub-tabs are all seen."""

    def tabs_now() -> list[QTabWidget]:
        return [t for t in root.findChildren(QTabWidget) if t.isVisible()]

    def walk(seen: set[int]) -> None:
        pending = [t for t in tabs_now() if id(t) not in seen]
        if not pending:
            visit()
            return
        tabs = pending[0]
        for i in range(tabs.count()):
            if not tabs.isTabEnabled(i) or not tabs.isTabVisible(i):
                continue
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            walk(seen | {id(tabs)})

    walk(set())
