"""The changes of the Delegation tab's version bar that make or adopt a version: a new draft,
a draft imported from Word, Excel or CSV, and the board's adoption. Each asks what it needs
(a name, a file, the adoption's date and §), writes, and returns the change as the tab's
undo stack records it: the state before (None for a draft that did not exist, so that undo
removes it) and after. They raise KsdeskError when the file refuses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ksdesk.core.delegation import Version, VersionStatus
from ksdesk.core.format import format_date
from ksdesk.core.topics import Topic
from ksdesk.services import delegation_edit
from ksdesk.services.store import Store
from ksdesk.ui.dialogs import import_report_dialog


@dataclass
class VersionChange:
    """A change written, to be recorded as one undoable edit."""

    text: str  # the undo stack's words for it
    apply: Callable[..., Topic]  # writes a state (before or after)
    before: Version | None
    after: Version
    shown_id: int | None = None  # the version to show once it is recorded


def _draft_change(store: Store, text: str, draft: Version) -> VersionChange:
    """A draft just saved, recorded with None before it: undo removes it."""
    snapshot = delegation_edit.snapshot(store, draft.id)
    draft_id = draft.id

    def apply(value: Version | None) -> Topic:
        return delegation_edit.put_draft(store, draft_id, value)

    return VersionChange(text, apply, None, snapshot, draft_id)


def new_draft(parent: QWidget, store: Store, shown: Version | None) -> VersionChange | None:
    """A draft from the adopted version `shown` (else from the version in force), under the
    name asked for; None when the secretary cancels."""
    source = shown.key if shown and shown.status == VersionStatus.ANTAGEN else None
    name, ok = QInputDialog.getText(
        parent, "Nytt utkast", "Namn på utkastet:", text=f"Utkast {format_date(date.today())}"
    )
    if not ok:
        return None
    draft = delegation_edit.new_draft(store, source, name)
    return _draft_change(store, f"Nytt utkast {draft.name}", draft)


def imported_draft(parent: QWidget, store: Store, path: Path | None) -> VersionChange | None:
    """The file at `path` (asked for when None) read, its report shown with a name to give
    the draft, and saved on Spara; None when the secretary cancels."""
    if path is None:
        name, _chosen = QFileDialog.getOpenFileName(
            parent,
            "Importera delegationsordning",
            "",
            "Delegationsordningar (*.docx *.xlsx *.csv);;Alla filer (*)",
        )
        if not name:
            return None
        path = Path(name)
    # The Word and Excel readers (36 ms of imports) load at the first import, not when
    # ksdesk starts on this tab.
    from ksdesk.services import delegation_import

    version, report = delegation_import.read_file(path)
    name = import_report_dialog.confirm_named_import(parent, report, path.stem)
    if name is None:
        return None
    draft = delegation_import.save_draft(store, version, name, report)
    return _draft_change(store, f"Importera {path.name}", draft)


def adoption(parent: QWidget, store: Store, version: Version, errors: int) -> VersionChange | None:
    """The board's adoption of the draft `version`, as the dialog gives it (the dialog is the
    confirmation, and says how many `errors` the draft has); undo makes it a draft again,
    its revision row with the "XX" exactly as before."""
    from ksdesk.ui.dialogs.adopt_dialog import AdoptDialog

    dialog = AdoptDialog(version, errors, parent)
    if not dialog.exec():
        return None
    before = delegation_edit.snapshot(store, version.id)
    delegation_edit.adopt(store, version.id, dialog.adopted_on(), dialog.paragraf(), dialog.dnr())
    after = delegation_edit.snapshot(store, version.id)

    def apply(value: Version) -> Topic:
        return delegation_edit.restore_adoption(store, value)

    return VersionChange(f"Anta {before.name}", apply, before, after)
