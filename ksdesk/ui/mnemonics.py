"""Mnemonics (Alt+letter) for buttons and buddied labels: each gets a letter of its text,
unique among what is shown at the same time and clear of the main menu's letters (the same
rule KDE's accelerator manager follows)."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from ksdesk.ui.widget_tree import inside_compound, is_name, page_of

# Letters a mnemonic may take, best first within a word: Swedish letters last, as a
# keyboard without them (a remote session) could not type them.
MNEMONIC_LETTERS = "abcdefghijklmnopqrstuvwxyzåäö0123456789"
_MNEMONIC = re.compile(r"&([^&\s])")


def assign_mnemonics(root: QWidget, reserved: str = "") -> None:
    """Give each button and buddied label without a mnemonic a free letter of its text.
    Widgets on different pages of a stack (tabs) are never shown together and share
    letters; those shown together never do."""
    groups: dict[QWidget, list[QWidget]] = {}
    for widget in _mnemonic_candidates(root):
        groups.setdefault(page_of(widget, root), []).append(widget)
    taken_by_page: dict[QWidget, set[str]] = {}
    for page in sorted(groups, key=lambda p: _depth(p, root)):
        taken = set(reserved.lower()) | _outer_taken(page, root, taken_by_page)
        taken |= {mnemonic_of(_text(w)) for w in groups[page]} - {""}
        taken_by_page[page] = taken
        for widget in groups[page]:
            if not mnemonic_of(_text(widget)):
                _give_mnemonic(widget, taken, reserved.lower())


def _outer_taken(page: QWidget, root: QWidget, taken_by_page: dict[QWidget, set[str]]) -> set:
    """The letters used by what is shown around `page` (the pages it sits on, and root)."""
    while page is not root:
        page = page_of(page.parentWidget(), root)
        if page in taken_by_page:
            return taken_by_page[page]
    return set()


def _mnemonic_candidates(root: QWidget) -> list[QWidget]:
    found = [
        w
        for w in root.findChildren(QAbstractButton)
        if is_name(w.text()) and not inside_compound(w)
    ]
    found += [w for w in root.findChildren(QLabel) if w.buddy() is not None and is_name(w.text())]
    return found


def _depth(widget: QWidget, root: QWidget) -> int:
    depth = 0
    while widget is not None and widget is not root:
        widget, depth = widget.parentWidget(), depth + 1
    return depth


def _text(widget: QWidget) -> str:
    return widget.text()  # type: ignore[attr-defined]


def mnemonic_of(text: str) -> str:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def _give_mnemonic(widget: QWidget, taken: set[str], reserved: str = "") -> None:
    text = _text(widget)
    if "&" in text.replace("&&", ""):
        return
    positions = _candidate_positions(text)
    free = [p for p in positions if text[p].lower() not in taken]
    # No letter left: share one. Qt then moves focus between the widgets with that letter
    # at each press (Space presses the button), rather than pressing one at once. Never a
    # menu's letter: Alt+A must open Arkiv ("Anslaget sattes upp" took it on the Justering
    # page once "Ajournering" took its "g").
    shareable = [p for p in positions if text[p].lower() not in reserved]
    chosen = free[0] if free else (shareable[0] if shareable else None)
    if chosen is None:
        return
    taken.add(text[chosen].lower())
    own_key = widget.shortcut() if isinstance(widget, QAbstractButton) else QKeySequence()
    widget.setText(text[:chosen] + "&" + text[chosen:])  # type: ignore[attr-defined]
    if not own_key.isEmpty():
        # A button's text with & replaces its key (Ctrl+N) with Alt+letter: keep both.
        kept = QShortcut(own_key, widget)
        kept.activated.connect(widget.animateClick)  # type: ignore[attr-defined]


def _candidate_positions(text: str) -> list[int]:
    """Where a mnemonic may go, best first: the first letter, other words' first letters,
    then any letter (Swedish letters after the rest)."""
    starts = [m.start() for m in re.finditer(r"\b\w", text)]
    rest = [i for i, ch in enumerate(text) if ch.isalnum() and i not in starts]

    def rank(i: int) -> int:
        ch = text[i].lower()
        return MNEMONIC_LETTERS.index(ch) // 26 if ch in MNEMONIC_LETTERS else 9

    ordered = [i for i in starts if text[i].lower() in MNEMONIC_LETTERS]
    ordered += sorted((i for i in rest if text[i].lower() in MNEMONIC_LETTERS), key=rank)
    return ordered
