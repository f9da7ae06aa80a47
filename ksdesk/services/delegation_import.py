"""Importing a delegationsordning from DOCX, XLSX or CSV as a new draft.

The file is read whole first, into a Version and an ImportReport (nothing is written): the GUI
shows the report and saves only when the secretary says so (`save_draft`); the CLI reads and
saves in one go (`import_file`), or only reads (`--dry-run`). A file that cannot be read leaves
the database untouched."""

from __future__ import annotations

import re
from pathlib import Path

from ksdesk.core.delegation import Version, VersionStatus
from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport, without_turns_in
from ksdesk.db import delegation_repo
from ksdesk.db.connection import Store
from ksdesk.interchange import delegation_docx, delegation_tabular
from ksdesk.interchange.import_guard import check_import_file, guarded

SUFFIXES = (".docx", ".xlsx", ".csv")


def read_file(path: Path | str) -> tuple[Version, ImportReport]:
    """The file as an unsaved draft, and the report of what was read, merged and dropped."""
    from ksdesk.interchange.wrong_intake import DELEGATION_INTAKE, check_file

    path = Path(path)
    # Size/emptiness checked first, and any parser crash becomes a Swedish refusal.
    check_import_file(path, "delegationsordning")
    report = ImportReport("delegationsordning", path.name)
    guarded(lambda: check_file(path, DELEGATION_INTAKE), "delegationsordning", path.name)
    version = guarded(lambda: _read_file(path, report), "delegationsordning", path.name)
    # Headings and the intro are read without cleaned_cell: bidi controls (core.glyphs.TURNS)
    # would turn their text backwards in the window.
    version = without_turns_in(version, report, "Dokumentet")
    return version, report


def _read_file(path: Path, report: ImportReport) -> Version:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return delegation_docx.read_docx(path, report)
    if suffix == ".xlsx":
        return delegation_tabular.read_xlsx(path, report)
    if suffix == ".csv":
        return delegation_tabular.read_csv(path, report)
    raise InvalidInput(
        f"{path.name}: bara Word (.docx), Excel (.xlsx) och CSV (.csv) kan importeras."
    )


def _key(name: str) -> str:
    slug = re.sub(r"[^a-z0-9åäö]+", "-", name.lower()).strip("-")
    return slug or "import"


def check_name(store: Store, name: str) -> str:
    """The name a new draft may have (stripped), or InvalidInput when it is taken."""
    name = name.strip()
    if not name:
        raise InvalidInput("Ange ett namn på den nya versionen.")
    taken = {(k, n.lower()) for _, k, n, _ in delegation_repo.list_versions(store)}
    if any(name.lower() == n or _key(name) == k for k, n in taken):
        raise InvalidInput(
            f'Det finns redan en version som heter "{name}". Välj ett annat namn med --version.'
        )
    return name


def save_draft(store: Store, version: Version, name: str, report: ImportReport) -> Version:
    """Write a version read by `read_file` as a new draft named `name`."""
    version.name = check_name(store, name)
    version.key = _key(version.name)
    version.status = VersionStatus.UTKAST
    with store.atomic():
        delegation_repo.save(store, version)
    report.saved = True
    return version


def import_file(
    store: Store, path: Path | str, name: str | None = None, *, dry_run: bool = False
) -> tuple[Version, ImportReport]:
    """Read `path` and save it as a new draft named `name` (default: the file name); with
    `dry_run`, only read it and report."""
    path = Path(path)
    wanted = (name or path.stem).strip()
    check_name(store, wanted)  # before reading: a taken name is the first thing to say
    version, report = read_file(path)
    if dry_run:
        version.name = wanted
        return version, report
    return save_draft(store, version, wanted, report), report
