"""What the Delegation tab's version bar makes of a version: the export to Word, Excel or CSV,
the printed version (its changes since the compared one in yellow) and the Förteckning med
revideringar, the last two in the PDF preview. The export and PDF modules load when used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ksdesk.core.delegation import Version
from ksdesk.services import delegation as delegation_service
from ksdesk.services.store import Store

# The file dialog's choices, and the ending each adds to a name typed without one.
EXPORT_FILTERS = {
    "Word (*.docx)": ".docx",
    "Excel (*.xlsx)": ".xlsx",
    "CSV, semikolonavgränsad (*.csv)": ".csv",
}


def export_version(
    parent: QWidget, store: Store, version: Version, path: Path | None
) -> Path | None:
    """Write `version` to `path` (asked for when None; None when the secretary cancels), as
    Word, Excel or CSV by the name's ending. Raises KsdeskError when it cannot be written."""
    from ksdesk.services import delegation_export  # as the readers: loaded when used

    if path is None:
        name, chosen = QFileDialog.getSaveFileName(
            parent,
            "Exportera delegationsordningen",
            f"{version.key}.docx",
            ";;".join(EXPORT_FILTERS),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() not in delegation_export.FORMATS:
            path = path.with_name(path.name + EXPORT_FILTERS.get(chosen, ".docx"))
    delegation_export.export_file(store, version.id, path)
    return path


def preview_version(parent: QWidget, store: Store, version: Version, compare: str | None) -> None:
    """The version as printed, what changed since `compare` (a version's key) in yellow."""
    from ksdesk.ui.dialogs.pdf_dialog import show_pdf

    show_pdf(
        parent,
        store,
        f"{version.name} – förhandsgranskning",
        lambda reader: delegation_service.version_pdf(reader, version.id, highlight_from=compare),
        f"{version.key}.pdf",
    )


def preview_forteckning(parent: QWidget, store: Store, version: Version, compare: str) -> None:
    """The list of new, changed and removed points between `compare` and `version`."""
    from ksdesk.ui.dialogs.pdf_dialog import show_pdf

    show_pdf(
        parent,
        store,
        "Förteckning med revideringar",
        lambda reader: delegation_service.forteckning_pdf(reader, compare, version.id),
        f"forteckning-{version.key}.pdf",
    )
