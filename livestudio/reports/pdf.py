"""HTML -> PDF through Qt's own printing (QTextDocument + QPdfWriter), A4 or Letter, CJK fonts."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

BASE_CSS = """
body { font-size: 10pt; color: #111; }
h1 { font-size: 18pt; margin: 0 0 4pt 0; }
h2 { font-size: 13pt; margin: 10pt 0 4pt 0; color: #1f3b73; border-bottom: 1px solid #1f3b73; }
h3 { font-size: 11pt; margin: 6pt 0 2pt 0; }
table { border-collapse: collapse; width: 100%; }
th { background: #dde4f0; font-weight: bold; text-align: left; padding: 3pt; border: 1px solid #8899bb; }
td { padding: 3pt; border: 1px solid #aab4c8; vertical-align: top; }
.num { text-align: right; }
.muted { color: #555; }
.bad { color: #b00020; font-weight: bold; }
.good { color: #0a7d32; font-weight: bold; }
.warn { color: #a65b00; font-weight: bold; }
"""


def ensure_gui_app() -> QGuiApplication:
    """Text layout needs a QGuiApplication; the headless CLI gets an offscreen one."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["livestudio"])
    return app  # type: ignore[return-value]


def esc(text: object) -> str:
    """Escape any value for HTML, line breaks kept."""
    return html.escape("" if text is None else str(text)).replace("\n", "<br>")


def html_to_pdf(
    body_html: str,
    path: Path,
    page: str = "A4",
    title: str = "",
    landscape: bool = False,
    base_pt: float = 10.0,
) -> Path:
    """Lay out `body_html` (our CSS applied) on A4/Letter pages with 12 mm margins; atomic write."""
    ensure_gui_app()
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("LiveStudio")
    writer.setResolution(300)
    layout = QPageLayout(
        QPageSize(PAGE_SIZES.get(page, QPageSize.PageSizeId.A4)),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(12, 12, 12, 12),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    doc = QTextDocument()
    # lay text out at the writer's resolution; otherwise points are screen-sized and print ~1/3 size
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    # Latin fonts first: with a CJK font first, Qt's PDFs lose digits on copy/search; CJK text
    # still falls back to the CJK fonts listed after them.
    font.setFamilies(
        [
            "Noto Sans",
            "DejaVu Sans",
            "Segoe UI",
            "Helvetica",
            "Noto Sans CJK SC",
            "Microsoft YaHei",
            "PingFang SC",
            "Sans Serif",
        ]
    )
    font.setPointSizeF(base_pt)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(BASE_CSS)
    doc.setHtml(f"<html><body>{body_html}</body></html>")
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    del writer
    tmp.replace(path)
    return path
