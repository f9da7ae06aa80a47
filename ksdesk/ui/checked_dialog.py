"""A dialog whose values are checked once the secretary has pressed OK, by a rule outside it
(a service, a core edit): a refusal is said over the dialog, open again with everything she
typed in it, and she corrects it or presses Avbryt. Before, the dialog had closed and the
refusal came after it: what she had typed was gone (session 23 fixed the adoption dialog by
checking inside it; this is the one rule for every other).

The same dialog object is shown again: a closed QDialog keeps its widgets and their text."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from ksdesk.core.errors import KsdeskError

T = TypeVar("T")


def exec_checked(dialog: QDialog, check: Callable[[], T], title: str) -> T | None:
    """Show `dialog` until `check()` (which reads its values and raises a KsdeskError for
    what it refuses) accepts them; its result, or None for Avbryt."""
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return check()
        except KsdeskError as error:
            # Said once the dialog is up again, over it, so she reads it beside her values.
            QTimer.singleShot(0, partial(QMessageBox.warning, dialog, title, str(error)))
    return None
