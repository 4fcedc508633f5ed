"""Light / dark theme, including the colours charts use (pyqtgraph follows `chart_palette()`).

`apply_theme(app, "system" | "light" | "dark")` sets the Fusion style with a full QPalette for
light and dark, or puts back the platform's own style and palette for "system". Charts take
their colours from `chart_palette()` and redraw when `notifier().theme_changed` fires.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SERIES_LIGHT = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"]
SERIES_DARK = ["#6cb4ff", "#ff6b6b", "#6ee07a", "#ffb454", "#c3a3ff", "#d9a07b", "#ff9ad5"]

THEMES = ("system", "light", "dark")

# Import previews (products, run-of-show, platform data): the same marks on every one
LEFT_EMPTY_BG = QColor("#FFD0B0")  # a cell left empty because it could not be read
REJECTED_BG = QColor("#F8C8C8")  # a row that will not be imported


class _Notifier(QObject):
    theme_changed = Signal(str)  # "light" or "dark": what is on screen now


_notifier: _Notifier | None = None
_original: tuple[str, QPalette] | None = None  # the platform's style name and palette
_current = "system"


def notifier() -> _Notifier:
    """`notifier().theme_changed.connect(...)`: redraw charts when the theme changes."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def current_theme() -> str:
    return _current


def _set(pal: QPalette, role: QPalette.ColorRole, colour: str, disabled: str | None = None) -> None:
    pal.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    if disabled is not None:
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))


def dark_palette() -> QPalette:
    R = QPalette.ColorRole  # noqa: N806 - an alias of a Qt enum
    pal = QPalette()
    _set(pal, R.Window, "#2b2d31")
    _set(pal, R.WindowText, "#e6e6e6", "#7c7f86")
    _set(pal, R.Base, "#1e1f22")
    _set(pal, R.AlternateBase, "#26282c")
    _set(pal, R.ToolTipBase, "#3a3d42")
    _set(pal, R.ToolTipText, "#f0f0f0")
    _set(pal, R.PlaceholderText, "#8b8e95")
    _set(pal, R.Text, "#e6e6e6", "#7c7f86")
    _set(pal, R.Button, "#34373c")
    _set(pal, R.ButtonText, "#e6e6e6", "#7c7f86")
    _set(pal, R.BrightText, "#ff6b6b")
    _set(pal, R.Light, "#45484e")
    _set(pal, R.Midlight, "#3c3f45")
    _set(pal, R.Mid, "#2f3136")
    _set(pal, R.Dark, "#18191c")
    _set(pal, R.Shadow, "#000000")
    _set(pal, R.Highlight, "#3d7bd9", "#44474d")
    _set(pal, R.HighlightedText, "#ffffff", "#a0a3a8")
    _set(pal, R.Link, "#6cb4ff")
    _set(pal, R.LinkVisited, "#c3a3ff")
    return pal


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    pal = style.standardPalette()
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fd0"))
    return pal


def resolved(theme: str) -> str:
    """'light' or 'dark' for a setting value ('system' asks the platform)."""
    if theme in ("light", "dark"):
        return theme
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    if _original is not None:
        return (
            "dark" if _original[1].color(QPalette.ColorRole.Window).lightness() < 128 else "light"
        )
    return "dark" if is_dark() else "light"


def apply_theme(app: QApplication, theme: str) -> str:
    """Apply a theme setting; returns what is now on screen ('light' or 'dark')."""
    global _original, _current
    if theme not in THEMES:
        theme = "system"
    if _original is None:
        _original = (app.style().name(), QPalette(app.palette()))
    if theme == "system":
        app.setStyle(QStyleFactory.create(_original[0]) or QStyleFactory.create("Fusion"))
        app.setPalette(_original[1])
    else:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(dark_palette() if theme == "dark" else light_palette())
    _current = theme
    shown = "dark" if is_dark() else "light"
    restyle_charts()
    notifier().theme_changed.emit(shown)
    return shown


def restyle_charts() -> int:
    """Give every open pyqtgraph plot the current chart background, axes and legend text.

    Charts built after a switch read chart_palette() themselves; this reaches the ones already
    on screen. Series colours stay as drawn (a chart may redraw on `theme_changed`). pyqtgraph
    is only touched if a chart already imported it.
    """
    pg = sys.modules.get("pyqtgraph")
    app = QApplication.instance()
    if pg is None or not isinstance(app, QApplication):
        return 0
    pal = chart_palette()
    fg = pg.mkPen(pal["foreground"])
    count = 0
    for widget in app.allWidgets():
        if not isinstance(widget, pg.PlotWidget):
            continue
        widget.setBackground(pal["background"])
        item = widget.getPlotItem()
        for axis in item.axes.values():
            axis["item"].setPen(fg)
            axis["item"].setTextPen(fg)
        legend = getattr(item, "legend", None)
        if legend is not None:
            legend.setLabelTextColor(pal["foreground"])
        count += 1
    return count


def chart_palette() -> dict[str, object]:
    dark = is_dark()
    return {
        "background": "#1e1f22" if dark else "#ffffff",
        "foreground": "#e6e6e6" if dark else "#202020",
        "grid": "#3a3d42" if dark else "#e3e3e3",
        "series": SERIES_DARK if dark else SERIES_LIGHT,
        "band_alpha": 60 if dark else 45,
    }
