"""A row of buttons from a form, made to wrap (ksdesk.ui.widgets.flow_layout.wrap_row): where
it fits it looks as the QHBoxLayout did, where it does not its buttons go on a next line and
the page asks for the height of both lines."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ksdesk.ui.widgets.flow_layout import FlowLayout, wrap_row


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
