"""Importing a delegationsordning from DOCX, XLSX or CSV as a new draft. The file is read
whole before anything is written: a file that cannot be read leaves the database untouched."""

from __future__ import annotations

import re
from pathlib import Path

from ksdesk.core.delegation import Version, VersionStatus
from ksdesk.core.errors import InvalidInput
from ksdesk.db import delegation_repo
from ksdesk.db.connection import Store
from ksdesk.interchange import delegation_docx, delegation_tabular
from ksdesk.interchange.import_guard import check_import_file, guarded

SUFFIXES = (".docx", ".xlsx", ".csv")


def read_file(path: Path) -> Version:
    # Size and emptiness first (import_guard); a parser crash becomes a Swedish refusal.
    check_import_file(path, "delegationsordning")
    return guarded(lambda: _read_file(path), "delegationsordning")


def _read_file(path: Path) -> Version:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return delegation_docx.read_docx(path)
    if suffix == ".xlsx":
        return Version(key="", name="", chapters=delegation_tabular.read_xlsx(path))
    if suffix == ".csv":
        return Version(key="", name="", chapters=delegation_tabular.read_csv(path))
    raise InvalidInput(
        f"{path.name}: bara Word (.docx), Excel (.xlsx) och CSV (.csv) kan importeras."
    )


def _key(name: str) -> str:
    slug = re.sub(r"[^a-z0-9åäö]+", "-", name.lower()).strip("-")
    return slug or "import"


def import_file(store: Store, path: Path | str, name: str | None = None) -> Version:
    """Read `path` and save it as a new draft named `name` (default: the file name)."""
    path = Path(path)
    version = read_file(path)
    version.name = (name or path.stem).strip()
    taken = {(k, n.lower()) for _, k, n, _ in delegation_repo.list_versions(store)}
    if any(version.name.lower() == n or _key(version.name) == k for k, n in taken):
        raise InvalidInput(
            f'Det finns redan en version som heter "{version.name}". Välj ett annat namn '
            "med --version."
        )
    version.key = _key(version.name)
    version.status = VersionStatus.UTKAST
    with store.atomic():
        delegation_repo.save(store, version)
    return version
