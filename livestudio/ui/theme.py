"""Light / dark theme, including the colours charts use (pyqtgraph follows `chart_palette()`).

Owned by the "ship" area; charts must take their colours from here so the dark theme reaches them.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette

SERIES_LIGHT = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"]
SERIES_DARK = ["#6cb4ff", "#ff6b6b", "#6ee07a", "#ffb454", "#c3a3ff", "#d9a07b", "#ff9ad5"]


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def chart_palette() -> dict[str, object]:
    dark = is_dark()
    return {
        "background": "#1e1f22" if dark else "#ffffff",
        "foreground": "#e6e6e6" if dark else "#202020",
        "grid": "#3a3d42" if dark else "#e3e3e3",
        "series": SERIES_DARK if dark else SERIES_LIGHT,
        "band_alpha": 60 if dark else 45,
    }
