"""Draw the LiveStudio app icon with QPainter and write every format the bundles need.

    .venv/bin/python packaging/make_icons.py

Writes resources/icons/livestudio-{16..512}.png, packaging/livestudio.ico (Windows) and
packaging/livestudio.icns (macOS); Pillow writes the last two (`pip install -e '.[package]'`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw_icon(size: int) -> QImage:
    """A warm rounded tile, a white screen with a play mark, and a red 'on air' dot."""
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 512.0
    tile = QRectF(24 * s, 24 * s, 464 * s, 464 * s)
    grad = QLinearGradient(tile.topLeft(), tile.bottomRight())
    grad.setColorAt(0.0, QColor("#ff4d6d"))
    grad.setColorAt(1.0, QColor("#ff9f1c"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(grad))
    p.drawRoundedRect(tile, 104 * s, 104 * s)
    # the screen
    screen = QRectF(96 * s, 128 * s, 320 * s, 228 * s)
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(screen, 36 * s, 36 * s)
    # stand
    p.drawRoundedRect(QRectF(216 * s, 352 * s, 80 * s, 46 * s), 8 * s, 8 * s)
    p.drawRoundedRect(QRectF(160 * s, 388 * s, 192 * s, 30 * s), 15 * s, 15 * s)
    # play mark
    tri = QPainterPath()
    tri.moveTo(QPointF(222 * s, 186 * s))
    tri.lineTo(QPointF(222 * s, 298 * s))
    tri.lineTo(QPointF(314 * s, 242 * s))
    tri.closeSubpath()
    p.setBrush(QColor("#ff4d6d"))
    p.drawPath(tri)
    # on-air dot with a white ring, top right
    p.setPen(QPen(QColor("#ffffff"), max(1.0, 18 * s)))
    p.setBrush(QColor("#e0002a"))
    p.drawEllipse(QPointF(400 * s, 120 * s), 56 * s, 56 * s)
    p.end()
    return img


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in SIZES:
        path = ICONS / f"livestudio-{size}.png"
        if not draw_icon(size).save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        pngs[size] = path
    print(f"wrote {len(pngs)} PNGs to {ICONS}")
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is missing: pip install -e '.[package]' to write .ico/.icns", file=sys.stderr)
        return 1
    big = Image.open(pngs[512]).convert("RGBA")
    ico = ROOT / "packaging" / "livestudio.ico"
    big.save(ico, sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    icns = ROOT / "packaging" / "livestudio.icns"
    big.save(icns)
    print(f"wrote {ico.relative_to(ROOT)} and {icns.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
