"""Find text that does not fit its widget — for checking translated (or stretched) layouts.

`clipped_texts(root)` lists each visible label, button, check box and tab under `root` whose
single-line text is wider than the space it has. `python -m livestudio.cli.clipcheck` runs it
over every workspace and the Settings dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)


def _describe(w: QWidget) -> str:
    names = []
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
