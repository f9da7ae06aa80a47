"""Render ksdesk's icon from its SVG sources into the PNG sizes and the Windows .ico
(`make icons`). The PNGs and the .ico are committed: the bundle, the installer and the window
take them as they are, and tests/test_icons.py fails when they no longer match the SVG.

16 and 24 pixels come from ksdesk-small.svg (a simplified drawing that stays legible in a
title bar); the larger sizes from ksdesk.svg. The .ico holds every size as a PNG entry, which
Windows reads since Vista and which PyInstaller and Inno Setup copy as they are."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_SIZES = (16, 24)
ICO_NAME = "ksdesk.ico"


def png_name(size: int) -> str:
    return f"ksdesk-{size}.png"


def source_for(size: int) -> Path:
    return ICON_DIR / ("ksdesk-small.svg" if size in SMALL_SIZES else "ksdesk.svg")


def render(size: int):
    """The icon at `size` pixels as a QImage (a QGuiApplication must exist)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source_for(size)))
    if not renderer.isValid():
        raise SystemExit(f"{source_for(size)} är ingen giltig SVG-fil.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file with one PNG entry per size (ICONDIR, ICONDIRENTRY…, then the images)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def ico_sizes(data: bytes) -> list[int]:
    """The sizes an .ico file holds (read back from its directory)."""
    _reserved, _kind, count = struct.unpack_from("<HHH", data, 0)
    sizes = []
    for index in range(count):
        side = data[6 + 16 * index]
        sizes.append(side or 256)
    return sizes


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs: dict[int, bytes] = {}
    for size in SIZES:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        render(size).save(buffer, "PNG")
        pngs[size] = bytes(buffer.data())
        (ICON_DIR / png_name(size)).write_bytes(pngs[size])
    (ICON_DIR / ICO_NAME).write_bytes(ico_bytes(pngs))
    print(f"{len(SIZES)} PNG-filer och {ICO_NAME} i {ICON_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
