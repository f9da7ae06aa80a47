"""Reading, comparing and printing the delegationsordning.

`version_pdf` is what the Kallelse packet calls for a bilaga "delegationsordning:<key>".
Edits live in services/delegation_edit.py, the checks in services/delegation_check.py."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING

from ksdesk.core import delegation_forteckning
from ksdesk.core.delegation import Version, VersionStatus
from ksdesk.core.delegation_diff import VersionDiff, diff_versions
from ksdesk.core.delegation_forteckning import title_for
from ksdesk.core.delegation_roles import RoleRegister
from ksdesk.core.errors import NotFound
from ksdesk.core.typed_text import is_digits
from ksdesk.db import delegation_repo, delegation_role_repo, organ_repo
from ksdesk.db.connection import Store

if TYPE_CHECKING:  # ReportLab and the report modules load with the first print, not the tab
    from ksdesk.reports.base import Embedded


def list_versions(store: Store) -> list[tuple[int, str, str, str]]:
    """(id, key, name, status) of every version, oldest first."""
    return delegation_repo.list_versions(store)


def get_version(store: Store, version_id: int) -> Version:
    return delegation_repo.get(store, version_id)


def resolve(store: Store, key_or_id: str | int | None) -> Version:
    """A version by id, key or name; None means the newest (the draft being worked on)."""
    if key_or_id is None or key_or_id == "":
        newest = delegation_repo.newest_id(store)
        if newest is None:
            raise NotFound("Databasen har ingen delegationsordning.")
        return delegation_repo.get(store, newest)
    if isinstance(key_or_id, int):
        return delegation_repo.get(store, key_or_id)
    found = delegation_repo.find(store, key_or_id)
    if found is None and is_digits(key_or_id):
        with contextlib.suppress(NotFound):
            return delegation_repo.get(store, int(key_or_id))
    # Not "no version with id 2019": the secretary typed a name (or a year) and is told the
    # names there are.
    if found is None:
        names = ", ".join(key for _, key, _, _ in delegation_repo.list_versions(store))
        raise NotFound(
            f'Det finns ingen version av delegationsordningen som heter "{key_or_id}".'
            + (f" Versioner: {names}." if names else "")
        )
    return found


def version_in_force(store: Store, on: date | None = None) -> Version | None:
    """The adopted version in force on `on` (today when None)."""
    version_id = delegation_repo.in_force_id(store, on or date.today())
    return delegation_repo.get(store, version_id) if version_id is not None else None


def role_register(store: Store) -> RoleRegister:
    return RoleRegister(delegation_role_repo.role_list(store))


def diff(store: Store, old_key: str | int, new_key: str | int) -> VersionDiff:
    """Compare two versions (titles the role register knows as renamed count as renames)."""
    old, new = resolve(store, old_key), resolve(store, new_key)
    return diff_versions(old, new, role_register(store).renames())


def kommun_of(store: Store, version: Version) -> str:
    """The kommun printed in the running header: that of the organ the version belongs to."""
    organs = organ_repo.list_all(store)
    wanted = version.header.get("Beslutsinstans") or version.header.get("Omfattning") or ""
    organ = next((o for o in organs if o.name.lower() == wanted.lower()), None)
    organ = organ or (organs[0] if len(organs) == 1 else None)
    return organ.kommun if organ else ""


def version_pdf(
    store: Store,
    key_or_id: str | int | None,
    highlight_from: str | None = None,
    *,
    embedded: Embedded | None = None,
) -> bytes:
    """The delegationsordning as printed; with `highlight_from` (another version's key or
    name), text that is new or changed since that version is marked in yellow; `embedded`
    prints it as a bilaga of the packet (no page numbers of its own)."""
    from ksdesk.reports import delegation_pdf

    version = resolve(store, key_or_id)
    comparison = diff(store, highlight_from, version.id) if highlight_from else None
    return delegation_pdf.render_version(
        version,
        comparison,
        kommun=kommun_of(store, version),
        draft_label=status_label(version),
        embedded=embedded,
    )


def status_label(version: Version) -> str:
    """ "Utkast – ej antagen" or "Antagen 2019-08-20 § 164", under the printed title."""
    from ksdesk.core.format import format_date

    if version.status == VersionStatus.UTKAST:
        return "Utkast – ej antagen"
    if version.adopted_date is None:
        return "Antagen"
    paragraf = f" § {version.adopted_paragraf}" if version.adopted_paragraf else ""
    return f"Antagen {format_date(version.adopted_date)}{paragraf}"


def forteckning_pdf(store: Store, old_key: str | int, new_key: str | int) -> bytes:
    """The Förteckning med revideringar between two versions."""
    from ksdesk.reports import forteckning_pdf as forteckning_report

    comparison = diff(store, old_key, new_key)
    new = resolve(store, new_key)
    return forteckning_report.render_forteckning(comparison, new, kommun=kommun_of(store, new))


def forteckning_text(store: Store, comparison: VersionDiff) -> str:
    """The Förteckning med revideringar as plain text (the terminal's `delegation diff`)."""
    return delegation_forteckning.as_text(comparison, title_for(resolve(store, comparison.new_key)))


def diff_as_dict(comparison: VersionDiff) -> dict:
    return delegation_forteckning.as_dict(comparison)
