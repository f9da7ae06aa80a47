"""Creating or refreshing the demo database: the Ludvika meeting of 7 December 2020."""

from __future__ import annotations

from pathlib import Path

from ksdesk import paths
from ksdesk.core.delegation_roles import Role
from ksdesk.db import (
    budget_repo,
    delegation_repo,
    delegation_role_repo,
    delegationsbeslut_repo,
    document_repo,
    meeting_repo,
    organ_repo,
    protokoll_repo,
)
from ksdesk.db.connection import Store
from ksdesk.interchange.demo_json import DemoData, read_demo


def load_demo(store: Store, folder: Path | None = None) -> DemoData:
    """Write the demo data, replacing any earlier copy of it (other data is left alone)."""
    data = read_demo(folder or paths.demo_dir())
    with store.atomic():
        _remove_previous(store, data)
        organ_id = organ_repo.save(store, data.organ)
        data.meeting.organ_id = organ_id
        for document in data.documents:
            document_repo.save(store, document)
        for position, sheet in enumerate(data.sheets):
            budget_repo.save(store, sheet, position=position)
        if data.delegation_in_force is not None:
            delegation_repo.save(store, data.delegation_in_force)  # older: saved first
        if data.delegationsordning is not None:
            version = data.delegationsordning
            delegation_repo.save(store, version)
            delegation_role_repo.add_roles(
                store, sorted({r for _, p in version.all_points() for r in p.delegat + p.ersattare})
            )
        _register_renamed_roles(store, data.renamed_roles)
        meeting_repo.save(store, data.meeting)
        for beslut in data.beslut:
            delegationsbeslut_repo.save(store, beslut)
        for paragraf in data.paragrafer:
            paragraf.organ_id = organ_id
            protokoll_repo.save(store, paragraf)
    return data


def _register_renamed_roles(store: Store, renamed: list[tuple[str, str]]) -> None:
    roles = {role.name: role for role in delegation_role_repo.role_list(store)}
    for name, replaced_by in renamed:
        role = roles.get(name) or Role(name)
        role.replaced_by = replaced_by
        delegation_role_repo.save_role(store, role)


def _remove_previous(store: Store, data: DemoData) -> None:
    existing = organ_repo.find_by_name(store, data.organ.name)
    if existing is not None:
        old = meeting_repo.find_by_date(store, data.meeting.date, existing.id)
        if old is not None:
            meeting_repo.delete(store, old.id)
        for paragraf in data.paragrafer:
            found = protokoll_repo.find(store, existing.id, paragraf.meeting_date, paragraf.nr)
            if found is not None:
                protokoll_repo.delete(store, found.id)
        data.organ.id = existing.id  # update the organ in place: other meetings refer to it
    for sheet in data.sheets:
        found = budget_repo.find(store, sheet.key)
        if found is not None:
            budget_repo.delete(store, found.id)
    for demo_version in (data.delegationsordning, data.delegation_in_force):
        found_version = delegation_repo.find(store, demo_version.key) if demo_version else None
        if found_version is not None:
            delegation_repo.delete(store, found_version.id)
    for document in data.documents:
        found_doc = document_repo.find(store, document.key)
        if found_doc is not None:
            document.id = found_doc.id
    for beslut in data.beslut:
        found_beslut = delegationsbeslut_repo.find_by_dnr(store, beslut.dnr)
        if found_beslut is not None:
            beslut.id = found_beslut.id
