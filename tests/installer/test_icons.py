"""The application icon: drawn from resources/icons/*.svg, committed as PNGs and an .ico
(`make icons`), and on the window."""

from __future__ import annotations

import make_icons
from PySide6.QtGui import QImage

from ksdesk import paths


def test_every_size_is_committed_and_matches_its_svg(qapp) -> None:
    for size in make_icons.SIZES:
        committed = QImage(str(make_icons.ICON_DIR / make_icons.png_name(size)))
        assert (committed.width(), committed.height()) == (size, size)
        fresh = make_icons.render(size).convertToFormat(committed.format())
        worst = max(
            abs(a - b)
            for y in range(size)
            for x in range(size)
            for a, b in zip(
                committed.pixelColor(x, y).getRgb(), fresh.pixelColor(x, y).getRgb(), strict=True
            )
        )
        assert worst <= 8, f"{make_icons.png_name(size)} is older than its SVG: run make icons"


def test_ico_holds_every_size_from_16_to_256() -> None:
    data = (make_icons.ICON_DIR / make_icons.ICO_NAME).read_bytes()
    assert sorted(make_icons.ico_sizes(data)) == sorted(make_icons.SIZES)
    assert make_icons.ico_sizes(make_icons.ico_bytes({16: b"x", 256: b"y"})) == [16, 256]


def test_the_window_carries_the_icon(qapp) -> None:
    from ksdesk.ui.app import application_icon

    icon = application_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
    assert paths.icons_dir().joinpath("ksdesk.svg").is_file()
