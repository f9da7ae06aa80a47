"""The look of the presidium's meeting view: near-black background, off-white text, a warm
yellow for the current item and for what the chair must act on, red for secrecy; and the keys
a presentation clicker sends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QWidget

BACKGROUND, TEXT, MUTED = "#101317", "#f3f3ee", "#a9b0b8"
ACCENT, SECRET = "#ffd24a", "#c62828"
KIND_LABELS = {"beslut": "Beslutsärende", "information": "Information", "anmalan": "Anmälan"}
NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
CLICKER_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}  # what a presentation clicker sends

PANEL, BUTTON, BORDER = "#181c22", "#2a3039", "#6b7480"
ITEM_INDENT = 8  # the agenda's titles from the left edge of the yellow mark

# The agenda's scroll bar (at 150 %) and the förslag's are dark like the view: Qt's own was a
# white groove beside the dark list. Set on those two widgets themselves (meeting_view_layout):
# a rule "QListView QScrollBar" in STYLE missed, since a scroll area makes its scroll bars
# while it is still only a QAbstractScrollArea; and the beslut being edited is light, with
# Qt's light one.
DARK_SCROLL_BAR = f"""
QScrollBar:vertical {{ background: {PANEL}; width: 12px; margin: 0px; border: none; }}
QScrollBar::handle:vertical {{ background: {BORDER}; border-radius: 5px; min-height: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""

# Dialogs opened from the view (Lås upp, a wrong code) are its children and take this
# style too: dark like the view, never its light text on Qt's light grey.
STYLE = f"""
QWidget#meeting_view, QDialog {{ background: {BACKGROUND}; }}
QLabel {{ color: {TEXT}; background: transparent; }}
QLabel#meta_label, QLabel#position_label, QLabel#hint_label, QLabel#date_label,
QLabel#next_label, QLabel#presence_label {{
  color: {MUTED}; }}
QLabel#secret_banner {{ background: {SECRET}; color: white; padding: 10px 16px;
  border-radius: 6px; }}
QLabel#lock_label {{ color: {MUTED}; }}
QListView {{ background: {PANEL}; color: {TEXT}; border: none; padding: 8px;
  outline: none; }}
QListView::item {{ padding: 10px 0px 10px {ITEM_INDENT}px; border-radius: 6px; }}
QListView::item:selected {{ background: {ACCENT}; color: {BACKGROUND}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QPlainTextEdit, QLineEdit {{ background: {TEXT}; color: {BACKGROUND};
  border: 3px solid {BORDER}; border-radius: 6px; padding: 8px; }}
QPushButton {{ background: {BUTTON}; color: {TEXT}; border: 2px solid {BORDER};
  border-radius: 6px; padding: 8px 18px; }}
QPushButton:focus, QPlainTextEdit:focus, QLineEdit:focus {{ border: 3px solid {ACCENT}; }}
"""


# The view's sizes are drawn for a 1366 × 740 screen at 100 %. On a smaller one (the same
# laptop at 150 % is 910 × 512 logical pixels) the view asked for 1064 × 551, ran off the
# screen and squeezed a two-line title to half its height: every text there shrinks by
# one factor instead, and further while what is shown (unlocked: the beslut being edited
# and its button) needs more height than there is. A larger screen keeps the sizes drawn.
DRAWN_FOR = (1366, 740)
SMALLEST = 0.5  # of the sizes drawn: below it the presidium could not read it anyway


def drawn_fonts(view: QWidget) -> dict[QWidget, QFont]:
    """The fonts the view's parts were given when built (the sizes as drawn)."""
    return {
        part: QFont(part.font())
        for part in view.findChildren(QWidget)
        if part.testAttribute(Qt.WidgetAttribute.WA_SetFont)
    }


def fit_fonts(fonts: dict[QWidget, QFont], view: QWidget) -> None:
    factor = min(1.0, view.width() / DRAWN_FOR[0], view.height() / DRAWN_FOR[1])
    _scale(fonts, view, factor)
    while factor > SMALLEST and _squeezed(view):
        factor *= 0.95
        _scale(fonts, view, factor)


def _scale(fonts: dict[QWidget, QFont], view: QWidget, factor: float) -> None:
    for part, drawn in fonts.items():
        if part.font().pointSizeF() != drawn.pointSizeF() * factor:
            font = QFont(drawn)
            font.setPointSizeF(drawn.pointSizeF() * factor)
            part.setFont(font)
    view.layout().activate()  # laid out in the new sizes now, to be looked at


def _squeezed(view: QWidget) -> bool:
    """A text given less height than its lines need: drawn cut at the top and bottom."""
    return any(
        label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
        for label in view.findChildren(QLabel)
    )


class AgendaDelegate(QStyledItemDelegate):
    """Wraps an agenda title at the width it is drawn in. Qt wraps at the list's width and
    leaves out the item's indent (STYLE): a title within that of the width stayed on one
    line and was cut to "3.  Anmälan av …"."""

    def sizeHint(self, option, index):
        option.rect.setWidth(option.rect.width() - ITEM_INDENT)
        return super().sizeHint(option, index)
