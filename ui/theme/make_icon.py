"""Draw the application icon: 紫 in white on a red square. Run once; the files are committed.

    QT_QPA_PLATFORM=offscreen python -m ui.theme.make_icon
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

from ui.theme import HERE, ICON_ICO, ICON_PNG
from ui.theme.colours import ERROR

BUNDLED = HERE.parents[1] / "resources" / "fonts"  # the font the program ships, when no CJK font is installed
FAMILIES = ["Noto Sans CJK SC", "Microsoft YaHei", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei"]


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(ERROR))
    radius = size * 0.12
    painter.drawRoundedRect(QRectF(0, 0, size, size), radius, radius)
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setBold(True)
    font.setPixelSize(round(size * 0.72))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "紫")
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in sorted(BUNDLED.glob("*.tt[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        FAMILIES.extend(QFontDatabase.applicationFontFamilies(font_id))
    ICON_PNG.parent.mkdir(parents=True, exist_ok=True)
    ok = draw(256).save(str(ICON_PNG), b"PNG") and draw(256).save(str(ICON_ICO), b"ICO")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
