"""Text pasted into a one-line field (a rubrik, a Dnr, a name, a cell being edited) with line
breaks or tabs in it: a title copied out of a PDF comes with the PDF's line breaks, a row
copied out of Excel with its tabs. Qt's line edit keeps them, invisible, and they went on
into the database and the PDFs ("Dnr KS 2020/434⏎KS 2020/435"). Every one-line field in
every window turns each run of them into one space the moment they arrive, and says so
beside the field: the secretary sees what the field holds now, nothing changes unseen."""

from __future__ import annotations

import re
from functools import partial

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip, QWidget

from ksdesk.core.glyphs import without_turns

# A line break (any of Unicode's), a tab or a form feed, with the blanks around it.
BREAKS = re.compile(r"[ \t]*[\r\n\t\v\f\u0085\u2028\u2029]+[ \t]*")
SAID = "Radbrytningar och tabbar blev mellanslag: fältet rymmer en rad."
TURNED = "Tecken som vänder skrivriktningen togs bort."
_WATCHED = "ksdesk_one_line"


def one_line(text: str) -> str:
    """The text with every run of line breaks and tabs one space ("Rad ett⏎rad två" → "Rad
    ett rad två"); text without them is returned as it is."""
    return BREAKS.sub(" ", text) if BREAKS.search(text) else text


class OneLineFields(QObject):
    """Watches each line edit from the first time it gets the keyboard focus (which typing,
    Ctrl+V and the right-click Klistra in all give it). Not an event filter on the
    application: that hands every event of every object to Python (ui/access.py)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if isinstance(now, QLineEdit) and not now.property(_WATCHED):
            now.setProperty(_WATCHED, True)
            now.textEdited.connect(partial(flatten, now))


def _flat(text: str) -> tuple[str, int]:
    """The text as one line without bidirectional controls (core.glyphs.TURNS: a title
    pasted with U+202E showed backwards in every table), and how many of those it had."""
    return without_turns(one_line(text))


def flatten(edit: QLineEdit, text: str) -> bool:
    """Make the field's text one line, keeping the cursor where it was; True when it did."""
    flat, turns = _flat(text)
    if flat == text:
        return False
    cursor = edit.cursorPosition()
    after = len(_flat(text[:cursor])[0])  # the cursor's place in the flattened text
    edit.setText(flat)  # setText sends no textEdited: no second round
    edit.setCursorPosition(after)
    said = " ".join(
        sentence for sentence, done in ((SAID, BREAKS.search(text)), (TURNED, turns)) if done
    )
    if edit.isVisible():
        QToolTip.showText(edit.mapToGlobal(QPoint(0, edit.height())), said, edit)
    return True
