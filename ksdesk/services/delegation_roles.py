"""The register of roles (the titles that stand as Delegat or Ersättare): adding a title,
where a title is used, and renaming one in every draft. `role_state` and
`restore_role_state` give undo an exact picture of the register and the drafts, so undoing a
rename puts back precisely what it changed (and nothing a plain reverse rename would touch)."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from ksdesk.core.delegation import Point, Version, VersionStatus
from ksdesk.core.delegation_roles import Role, role_key
from ksdesk.core.delegation_word_diff import replace_title
from ksdesk.core.errors import InvalidInput
from ksdesk.core.topics import Topic
from ksdesk.db import delegation_repo, delegation_role_repo
from ksdesk.db.connection import Store
from ksdesk.services.delegation_edit import draft_version


def add_role(store: Store, name: str) -> Role:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("Skriv rollens titel.")
    with store.atomic():
        existing = {role_key(r.name): r for r in delegation_role_repo.role_list(store)}
        if role_key(name) in existing:
            return existing[role_key(name)]
        role = Role(name)
        delegation_role_repo.save_role(store, role)
    return role


def unregistered_titles(store: Store) -> list[tuple[str, int]]:
    """The titles that stand as Delegat or Ersättare in a draft but not in the register (all
    of them, after a kommun's own ordning is imported), each with the number of points it
    stands in, most used first: what the secretary may take into the register."""
    known = {role_key(role.name) for role in delegation_role_repo.role_list(store)}
    found: dict[str, tuple[str, int]] = {}  # key → (the first spelling met, points)
    for version in _drafts(store):
        for _, point in version.all_points():
            in_point = {role_key(n): " ".join(n.split()) for n in point.delegat + point.ersattare}
            for key, name in in_point.items():
                if key and key not in known:
                    spelled, count = found.get(key, (name, 0))
                    found[key] = (spelled, count + 1)
    return sorted(found.values(), key=lambda title: (-title[1], title[0].casefold()))


def add_roles(store: Store, names: list[str]) -> int:
    """Add every title of `names` not yet in the register, in one step; how many were new."""
    with store.atomic():
        before = len(delegation_role_repo.role_list(store))
        for name in names:
            add_role(store, name)
        return len(delegation_role_repo.role_list(store)) - before


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
    return [
        (role, counts.get(role_key(role.name), 0)) for role in delegation_role_repo.role_list(store)
    ]


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
        roles = {role_key(r.name): r for r in delegation_role_repo.role_list(store)}
        changed = 0
        for version in _drafts(store):
            for _, point in version.all_points():
                if _rename_in_point(point, old, new):
                    delegation_repo.update_point(store, version.id, point)
                    changed += 1
        retired = roles.get(role_key(old)) or Role(old)
        retired.replaced_by = new
        delegation_role_repo.save_role(store, retired)
        if role_key(new) not in roles:
            delegation_role_repo.save_role(store, Role(new))
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
    return RoleState(delegation_role_repo.role_list(store), _drafts(store))


def restore_role_state(store: Store, state: RoleState) -> Topic:
    """Put the register and the drafts back as `state` had them (undo/redo in the roles
    dialog). A draft adopted or removed since is refused, and nothing is written then."""
    with store.atomic():
        for draft in state.drafts:
            draft_version(store, draft.id)
            delegation_repo.save(store, copy.deepcopy(draft))
        delegation_role_repo.replace_roles(store, state.roles)
    return Topic.DELEGATION
