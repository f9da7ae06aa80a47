"""What lets a page fit a short, narrow screen. A row of buttons from a form, made to wrap
(ksdesk.ui.widgets.flow_layout.wrap_row): where it fits it looks as the QHBoxLayout did,
where it does not its buttons go on a next line and the page asks for the height of both
lines. A page in a scroll area (widgets/scroll_page.py) looks as it did outside one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ksdesk.ui.widgets.flow_layout import FlowLayout, wrap_row
from tests.ui.test_kallelse_tab import window  # noqa: F401 (fixture)


def _page(qtbot) -> tuple[QWidget, list[QPushButton]]:
    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    row = QHBoxLayout()
    row.setObjectName("toolbar")
    row.addWidget(QLabel("<b>Ärendelista</b>"))
    row.addStretch(1)
    buttons = [QPushButton(text) for text in ("Nytt ärende…", "Ändra…", "Ta bort")]
    for button in buttons:
        row.addWidget(button)
    column.addLayout(row)
    column.addWidget(QLabel("Under raden"))
    flow = wrap_row(row)
    assert isinstance(flow, FlowLayout) and flow.objectName() == "toolbar"
    return page, buttons


def _settle(page: QWidget, width: int) -> None:
    page.resize(width, page.minimumSizeHint().height() + 40)
    page.show()
    for _ in range(3):
        QApplication.processEvents()


def test_a_wide_row_keeps_its_buttons_on_one_line_at_the_right(qtbot) -> None:
    page, buttons = _page(qtbot)
    _settle(page, 900)
    assert len({button.y() for button in buttons}) == 1
    assert buttons[-1].geometry().right() >= page.width() - 20  # pushed right by the stretch


def test_a_narrow_row_wraps_and_the_page_asks_for_both_lines(qtbot) -> None:
    page, buttons = _page(qtbot)
    _settle(page, 900)
    one_line = page.minimumSizeHint().height()
    widest = max(button.sizeHint().width() for button in buttons)
    _settle(page, widest + 40)
    assert buttons[-1].y() > buttons[0].y()
    assert page.minimumSizeHint().height() > one_line
    assert page.minimumSizeHint().width() < 900
    below = page.findChildren(QLabel)[-1]
    assert below.y() >= buttons[-1].geometry().bottom()  # nothing drawn over the text below


def test_the_room_left_goes_as_the_row_gave_it(qtbot) -> None:
    """By stretch factor first, up to each one's maximum, then to the stretches: the meeting
    list of the Sammanträde bar kept its full width (its place name) only so."""
    from PySide6.QtWidgets import QComboBox, QSizePolicy

    page = QWidget()
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    row = QHBoxLayout()
    combo = QComboBox()
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    policy.setHorizontalStretch(1)
    combo.setSizePolicy(policy)
    combo.setMaximumWidth(600)
    button = QPushButton("Starta protokollet")
    row.addWidget(combo)
    row.addStretch()
    row.addWidget(button)
    column.addLayout(row)
    wrap_row(row)
    _settle(page, 900)
    assert combo.width() == 600
    assert button.geometry().right() >= page.width() - 20


def test_a_scrolled_page_shows_the_tabs_own_background(window) -> None:  # noqa: F811
    """The Ärenden page sits in a scroll area (it scrolls on a short screen): it is painted
    on the tab's lighter background as the pages beside it are, not the window colour."""
    tab = window.tab("Kallelse")
    tabs = tab.ui.detail_tabs

    def margin_colour() -> str:
        QApplication.processEvents()
        page = tabs.currentWidget()
        spot = page.mapTo(tabs, page.rect().center())
        spot.setX(page.mapTo(tabs, page.rect().topRight()).x() - 3)  # the page's right margin
        return tabs.grab().toImage().pixelColor(spot).name()

    tabs.setCurrentIndex(0)
    scrolled = margin_colour()
    tabs.setCurrentIndex(1)  # Utskrift, a page of its own
    assert scrolled == margin_colour()
