"""The register of roles (the titles that stand as Delegat or Ersättare): adding a title,
where a title is used, and renaming one in every draft. `role_state` and
`restore_role_state` give undo an exact picture of the register and the drafts, so undoing a
rename puts back precisely what it changed (and nothing a plain reverse rename would touch)."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from ksdesk.core.delegation import Point, Version, VersionStatus
from ksdesk.core.delegation_diff import replace_title
from ksdesk.core.delegation_roles import Role, role_key
from ksdesk.core.errors import InvalidInput
from ksdesk.core.topics import Topic
from ksdesk.db import delegation_repo
from ksdesk.db.connection import Store
from ksdesk.services.delegation_edit import draft_version


def add_role(store: Store, name: str) -> Role:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Skriv rollens titel.")
    with store.atomic():
        existing = {role_key(r.name): r for r in delegation_repo.role_list(store)}
        if role_key(name) in existing:
            return existing[role_key(name)]
        role = Role(name)
        delegation_repo.save_role(store, role)
    return role


def _drafts(store: Store) -> list[Version]:
    return [
        delegation_repo.get(store, version_id)
        for version_id, _key, _name, status in delegation_repo.list_versions(store)
        if status == VersionStatus.UTKAST
    ]


def role_overview(store: Store) -> list[tuple[Role, int]]:
    """Each role of the register and in how many points of the drafts it stands as Delegat
    or Ersättare."""
    counts: dict[str, int] = {}
    for version in _drafts(store):
        for _, point in version.all_points():
            for role in {role_key(r) for r in point.delegat + point.ersattare}:
                counts[role] = counts.get(role, 0) + 1
    return [(role, counts.get(role_key(role.name), 0)) for role in delegation_repo.role_list(store)]


def role_uses(store: Store, name: str) -> list[tuple[str, str, str, str]]:
    """(version name, chapter, nr, field) of every place the title stands, in every version."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    uses = []
    for version_id, _key, version_name, _status in delegation_repo.list_versions(store):
        version = delegation_repo.get(store, version_id)
        for chapter, point in version.all_points():
            for field_name in ("delegat", "ersattare", "arende", "anmarkning"):
                value = getattr(point, field_name)
                text = "\n".join(value) if isinstance(value, list) else value
                if pattern.search(text):
                    uses.append((version_name, chapter.title, point.nr, field_name))
    return uses


def rename_role(store: Store, old: str, new: str) -> int:
    """The title `old` is now `new`: replaced in every draft (adopted versions keep what was
    decided), and the register remembers the old title as replaced. Returns points changed."""
    new = " ".join(new.split())
    if not new or role_key(new) == role_key(old):
        raise InvalidInput("Skriv den nya titeln.")
    with store.atomic():
        roles = {role_key(r.name): r for r in delegation_repo.role_list(store)}
        changed = 0
        for version in _drafts(store):
            for _, point in version.all_points():
                if _rename_in_point(point, old, new):
                    delegation_repo.update_point(store, version.id, point)
                    changed += 1
        retired = roles.get(role_key(old)) or Role(old)
        retired.replaced_by = new
        delegation_repo.save_role(store, retired)
        if role_key(new) not in roles:
            delegation_repo.save_role(store, Role(new))
    return changed


def _rename_in_point(point: Point, old: str, new: str) -> bool:
    changed = False
    for field_name in ("delegat", "ersattare"):
        roles = getattr(point, field_name)
        renamed = [replace_title(r, old, new) for r in roles]
        if renamed != roles:
            setattr(point, field_name, renamed)
            changed = True
    for field_name in ("arende", "anmarkning"):
        text = getattr(point, field_name)
        renamed_text = replace_title(text, old, new)
        if renamed_text != text:
            setattr(point, field_name, renamed_text)
            changed = True
    return changed


# Undo -------------------------------------------------------------------------------------


@dataclass
class RoleState:
    """The register and every draft at one moment (what a rename can change)."""

    roles: list[Role] = field(default_factory=list)
    drafts: list[Version] = field(default_factory=list)


def role_state(store: Store) -> RoleState:
    return RoleState(delegation_repo.role_list(store), _drafts(store))


def restore_role_state(store: Store, state: RoleState) -> Topic:
    """Put the register and the drafts back as `state` had them (undo/redo in the roles
    dialog). A draft adopted or removed since is refused, and nothing is written then."""
    with store.atomic():
        for draft in state.drafts:
            draft_version(store, draft.id)
            delegation_repo.save(store, copy.deepcopy(draft))
        delegation_repo.replace_roles(store, state.roles)
    return Topic.DELEGATION
