"""Changing the delegationsordning: points edited in place, new drafts, adoption,
renumbering, the look-alike fix and the role register. Each public function is one unit of
work. An adopted version is a record of what the board decided and is never changed: a change
starts a new draft."""

from __future__ import annotations

import copy
import re
from datetime import date

from ksdesk.core.delegation import Chapter, Point, Revision, Version
from ksdesk.core.delegation_checks import fix_mixed_point, version_vocabulary
from ksdesk.core.delegation_diff import ROLE_FIELDS, replace_title
from ksdesk.core.delegation_numbering import Renumbering
from ksdesk.core.delegation_roles import Role, role_key
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.format import format_date
from ksdesk.db import delegation_repo
from ksdesk.db.connection import Store
from ksdesk.services.delegation import resolve, version_in_force

EDITABLE_FIELDS = (
    "nr",
    "arende",
    "lagrum",
    "delegat",
    "ersattare",
    "vidaredelegation",
    "anmarkning",
)
_DATE_PLACEHOLDER = re.compile(r"(?:\d{4}|[Xx]{4})-[Xx]{2}-[Xx]{2}")
_PARAGRAF_PLACEHOLDER = re.compile(r"§\s*[Xx]{2,}")


def _draft(store: Store, version_id: int) -> Version:
    version = delegation_repo.get(store, version_id)
    if version.status != "utkast":
        raise InvalidInput(
            f"{version.name} är antagen och ändras inte. Skapa ett nytt utkast för ändringar."
        )
    return version


def _find_point(version: Version, uid: str) -> tuple[Chapter, Point]:
    for chapter, point in version.all_points():
        if point.uid == uid:
            return chapter, point
    raise NotFound("Punkten finns inte längre i den här versionen.")


def split_roles(text: str | list[str]) -> list[str]:
    """Roles typed one per line (or separated by semicolons)."""
    items = text if isinstance(text, list) else re.split(r"[\n;]", text)
    return [" ".join(item.split()) for item in items if item.strip()]


def update_point(store: Store, version_id: int, uid: str, field_name: str, value) -> Point:
    """Set one field of one point of a draft; returns the point as saved."""
    if field_name not in EDITABLE_FIELDS:
        raise InvalidInput(f"Fältet {field_name} kan inte ändras.")
    with store.atomic():
        version = _draft(store, version_id)
        _chapter, point = _find_point(version, uid)
        if field_name in ROLE_FIELDS:
            setattr(point, field_name, split_roles(value))
        else:
            text = str(value).strip() if field_name == "nr" else str(value)
            if field_name == "nr" and not text:
                raise InvalidInput("En punkt måste ha ett nummer.")
            setattr(point, field_name, text)
        delegation_repo.update_point(store, version_id, point)
    return point


def add_point(store: Store, version_id: int, chapter_index: int, after_uid: str | None) -> Point:
    """A new empty point after `after_uid` (or first in the chapter), numbered after it."""
    with store.atomic():
        version = _draft(store, version_id)
        chapter = version.chapters[chapter_index]
        position = 0
        if after_uid is not None:
            position = next(
                (i + 1 for i, p in enumerate(chapter.points) if p.uid == after_uid),
                len(chapter.points),
            )
        before = chapter.points[position - 1].nr if position else ""
        nr = str(int(before.rstrip(".")) + 1) if before.rstrip(".").isdigit() else "?"
        point = Point(nr=nr, arende="")
        chapter.points.insert(position, point)
        delegation_repo.save(store, version)
    return point


def delete_point(store: Store, version_id: int, uid: str) -> None:
    with store.atomic():
        version = _draft(store, version_id)
        chapter, point = _find_point(version, uid)
        chapter.points.remove(point)
        delegation_repo.save(store, version)


def add_chapter(store: Store, version_id: int, title: str) -> None:
    if not title.strip():
        raise InvalidInput("Kapitlet måste ha en rubrik.")
    with store.atomic():
        version = _draft(store, version_id)
        version.chapters.append(Chapter(title=title.strip()))
        delegation_repo.save(store, version)


def renumber(store: Store, version_id: int, plan: list[Renumbering]) -> int:
    """Apply a renumbering the secretary has seen (old → new); returns how many changed."""
    with store.atomic():
        version = _draft(store, version_id)
        by_uid = {p.uid: p for _, p in version.all_points()}
        changed = 0
        for step in plan:
            point = by_uid.get(step.uid)
            if point is None or point.nr != step.old:
                raise InvalidInput(
                    "Punkterna har ändrats sedan förslaget gjordes. Gör ett nytt förslag."
                )
            if step.changes:
                point.nr = step.new
                changed += 1
        delegation_repo.save(store, version)
    return changed


def fix_mixed_script(store: Store, version_id: int, uid: str | None = None) -> int:
    """Replace Cyrillic/Greek look-alikes by Latin letters in one point (or all); returns the
    number of points changed."""
    with store.atomic():
        version = _draft(store, version_id)
        known = version_vocabulary(version)
        changed = 0
        for _, point in version.all_points():
            if (uid is None or point.uid == uid) and fix_mixed_point(point, known):
                delegation_repo.update_point(store, version_id, point)
                changed += 1
    return changed


def _unique_key(store: Store, base: str) -> str:
    taken = {key for _, key, _, _ in delegation_repo.list_versions(store)}
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def new_draft(store: Store, from_key: str | int | None = None, name: str = "") -> Version:
    """A new draft, a copy of `from_key` (default: the version in force today). Points keep
    their uid, so the comparison matches them; a revision row awaits the adoption."""
    with store.atomic():
        source = resolve(store, from_key) if from_key else version_in_force(store)
        if source is None:
            raise NotFound("Det finns ingen antagen version att utgå från.")
        draft = copy.deepcopy(source)
        today = date.today()
        draft.id = None
        for chapter in draft.chapters:
            chapter.id = None
            for point in chapter.points:
                point.id = None
        draft.key = _unique_key(store, f"utkast-{today.isoformat()}")
        draft.name = name.strip() or f"Utkast {format_date(today)}"
        draft.status = "utkast"
        draft.adopted_date, draft.adopted_paragraf, draft.adopted_dnr = None, "", ""
        draft.based_on = source.key
        prefix = _organ_prefix(source)
        draft.revisions.append(Revision(f"{prefix}{today.year}-XX-XX § XX".strip()))
        delegation_repo.save(store, draft)
    return draft


def _organ_prefix(version: Version) -> str:
    for rev in reversed(version.revisions):
        first = rev.beslut.split(" ", 1)[0]
        if first.isalpha():
            return first + " "
    return ""


def adopt(store: Store, version_id: int, on: date, paragraf: str, dnr: str = "") -> Version:
    """Record that the board adopted the draft on `on` in § `paragraf`: the pending revision
    row gets the real date and § (no "XX" is left), and the version becomes the one in force."""
    number = paragraf.strip().lstrip("§").strip()
    if not number.isdigit():
        raise InvalidInput(f'"{paragraf}" är inget paragrafnummer. Skriv till exempel 231.')
    with store.atomic():
        version = _draft(store, version_id)
        pending = next(
            (
                r
                for r in reversed(version.revisions)
                if _DATE_PLACEHOLDER.search(r.beslut) or _PARAGRAF_PLACEHOLDER.search(r.beslut)
            ),
            None,
        )
        if pending is None:
            pending = Revision(f"{_organ_prefix(version)}XXXX-XX-XX § XX".strip(), dnr=dnr)
            version.revisions.append(pending)
        pending.beslut = _PARAGRAF_PLACEHOLDER.sub(
            f"§ {number}", _DATE_PLACEHOLDER.sub(on.isoformat(), pending.beslut)
        )
        if dnr and not pending.dnr.strip():
            pending.dnr = dnr
        version.status = "antagen"
        version.adopted_date = on
        version.adopted_paragraf = number
        version.adopted_dnr = dnr or pending.dnr
        delegation_repo.save(store, version)
    return version


def delete_draft(store: Store, version_id: int) -> None:
    with store.atomic():
        _draft(store, version_id)
        delegation_repo.delete(store, version_id)


def snapshot(store: Store, version_id: int) -> Version:
    """The whole version, for undo."""
    return delegation_repo.get(store, version_id)


def restore(store: Store, version: Version) -> None:
    """Put a snapshot back (undo/redo of an edit to a draft)."""
    with store.atomic():
        _draft(store, version.id)
        delegation_repo.save(store, copy.deepcopy(version))


# The role register ------------------------------------------------------------------------


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


def role_overview(store: Store) -> list[tuple[Role, int]]:
    """Each role of the register and in how many points of the drafts it stands as Delegat
    or Ersättare."""
    counts: dict[str, int] = {}
    for version_id, _key, _name, status in delegation_repo.list_versions(store):
        if status != "utkast":
            continue
        for _, point in delegation_repo.get(store, version_id).all_points():
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
        for version_id, _key, _name, status in delegation_repo.list_versions(store):
            if status != "utkast":
                continue
            version = delegation_repo.get(store, version_id)
            for _, point in version.all_points():
                if _rename_in_point(point, old, new):
                    delegation_repo.update_point(store, version_id, point)
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
