"""A message box that quotes what the secretary typed shows it as typed. Qt reads a box's
text as markup when it looks like some ('Ogiltigt datum "<b>5": …' does), and the refusal
then showed "5" in bold and lost the characters it was about. ksdesk's own markup in a box
always has a line break or a closing tag (and escapes whatever it quotes); a box with
neither is plain text. And no box obeys a bidirectional control in what it quotes (a file
named "Protokoll \u202efdp.exe" read "Protokoll exe.pdf"): they are taken out."""

from __future__ import annotations

import re

from PySide6.QtGui import Qt  # the Qt namespace with QtGui's functions (mightBeRichText)
from PySide6.QtWidgets import QMessageBox

from ksdesk.core.glyphs import without_turns

_OURS = re.compile(r"<br\s*/?>|</\w", re.IGNORECASE)


def keep_plain(box: QMessageBox) -> bool:
    """Show `box`'s text as plain text when Qt would read it as markup that ksdesk did not
    write; True when it did so."""
    text = box.text()
    if box.textFormat() != Qt.TextFormat.AutoText or _OURS.search(text):
        return False
    if not Qt.mightBeRichText(text):
        return False
    box.setTextFormat(Qt.TextFormat.PlainText)
    return True


def without_turns_shown(box: QMessageBox) -> bool:
    """Take the bidirectional controls out of `box`'s texts; True when there were any."""
    found = False
    for get, put in ((box.text, box.setText), (box.informativeText, box.setInformativeText)):
        text, turns = without_turns(get())
        if turns:
            put(text)
            found = True
    return found
