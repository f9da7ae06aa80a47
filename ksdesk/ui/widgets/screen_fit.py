"""Window sizes that fit the screen they open on. A dialog asks for the size its contents read
best at; on a 1366 × 768 laptop at 150 % the screen is only 910 × 512 logical pixels (a 1080p
one at 150 %: 1280 × 680 less the taskbar), and a dialog taller than that has its Stäng or
Spara button below the screen's edge, out of reach."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What a window leaves free of the screen it opens on: its title bar and frame, which the
# window's own size does not count.
FRAME_MARGIN = 40


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """`window` at `width` × `height`, or as much of it as the screen it opens on can show
    (never smaller than the window's own minimum, which the layout needs)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME_MARGIN)
        height = min(height, room.height() - FRAME_MARGIN)
    window.resize(width, height)
