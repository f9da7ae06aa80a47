"""Exporting a version of the delegationsordning: Word (laid out like the seed), Excel or
CSV (one row per point, under the column names the importer reads). The file is written
whole or not at all (ksdesk.atomic.save_as)."""

from __future__ import annotations

from pathlib import Path

from ksdesk.atomic import save_as
from ksdesk.core.delegation import Version
from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import scrubbed
from ksdesk.db.connection import Store
from ksdesk.interchange import delegation_docx_export, delegation_tabular_export
from ksdesk.services.delegation import kommun_of, resolve, status_label

FORMATS = {".docx": "Word", ".xlsx": "Excel", ".csv": "CSV"}


def export_bytes(store: Store, version: Version, suffix: str) -> bytes:
    suffix = suffix.lower()
    # A control character typed or imported long ago would make Word and Excel refuse the
    # whole file: the export leaves it out.
    version = scrubbed(version)
    if suffix == ".docx":
        return delegation_docx_export.write_docx(
            version, kommun=kommun_of(store, version), status=status_label(version)
        )
    if suffix == ".xlsx":
        return delegation_tabular_export.write_xlsx(version)
    if suffix == ".csv":
        return delegation_tabular_export.write_csv(version)
    raise InvalidInput(
        f"Filändelsen {suffix or '(ingen)'} känns inte igen: delegationsordningen kan sparas "
        "som Word (.docx), Excel (.xlsx) eller CSV (.csv)."
    )


def export_file(store: Store, key_or_id: str | int | None, path: Path | str) -> Version:
    """Write the version (default: the newest) to `path`; the format follows the suffix."""
    path = Path(path)
    version = resolve(store, key_or_id)
    save_as(path, export_bytes(store, version, path.suffix))
    return version
