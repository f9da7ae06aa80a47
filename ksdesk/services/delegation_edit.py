"""Changing the delegationsordning: points edited in place, new drafts, adoption (and their
undo), renumbering and the look-alike fix. The role register is in delegation_roles.py, the
parts around the points (header, revisions, introduction, chapters) in
delegation_document.py. Each public function is one unit of work. An adopted version is a
record of what the board decided and is never changed: a change starts a new draft."""

from __future__ import annotations

import copy
import re
from datetime import date

from ksdesk.core.delegation import (
    Chapter,
    Point,
    Revision,
    Version,
    VersionStatus,
    revision_recording,
)
from ksdesk.core.delegation_checks import fix_mixed_point, version_vocabulary
from ksdesk.core.delegation_diff import ROLE_FIELDS
from ksdesk.core.delegation_numbering import Renumbering
from ksdesk.core.delegation_references import follow_renumbering
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.format import format_date
from ksdesk.core.identity import forget_identity
from ksdesk.core.topics import Topic
from ksdesk.core.typed_text import is_digits, quoted
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


def draft_version(store: Store, version_id: int) -> Version:
    """The version, refused (in Swedish) unless it is a draft: adopted versions are kept as
    the board decided them."""
    version = delegation_repo.get(store, version_id)
    if version.status != VersionStatus.UTKAST:
        raise InvalidInput(
            f"{version.name} är antagen och ändras inte. Skapa ett nytt utkast för ändringar."
        )
    return version


def find_point(version: Version, uid: str) -> tuple[Chapter, Point]:
    for chapter, point in version.all_points():
        if point.uid == uid:
            return chapter, point
    raise NotFound("Punkten finns inte längre i den här versionen.")


def split_roles(text: str | list[str]) -> list[str]:
    """Roles typed one per line (or separated by semicolons)."""
    items = text if isinstance(text, list) else re.split(r"[\n;]", text)
    return [" ".join(item.split()) for item in items if item.strip()]


def update_point(store: Store, version_id: int, uid: str, field_name: str, value) -> Topic:
    """Set one field of one point of a draft."""
    if field_name not in EDITABLE_FIELDS:
        raise InvalidInput(f"Fältet {field_name} kan inte ändras.")
    with store.atomic():
        version = draft_version(store, version_id)
        _chapter, point = find_point(version, uid)
        if field_name in ROLE_FIELDS:
            setattr(point, field_name, split_roles(value))
        else:
            text = str(value).strip() if field_name == "nr" else str(value)
            if field_name == "nr" and not text:
                raise InvalidInput("En punkt måste ha ett nummer.")
            setattr(point, field_name, text)
        delegation_repo.update_point(store, version_id, point)
    return Topic.DELEGATION


def add_point(store: Store, version_id: int, chapter_index: int, after_uid: str | None) -> Point:
    """A new empty point after `after_uid` (or first in the chapter), numbered after it."""
    with store.atomic():
        version = draft_version(store, version_id)
        chapter = version.chapters[chapter_index]
        position = 0
        if after_uid is not None:
            position = next(
                (i + 1 for i, p in enumerate(chapter.points) if p.uid == after_uid),
                len(chapter.points),
            )
        before = chapter.points[position - 1].nr if position else ""
        nr = str(int(before.rstrip(".")) + 1) if is_digits(before.rstrip(".")) else "?"
        point = Point(nr=nr, arende="")
        chapter.points.insert(position, point)
        delegation_repo.save(store, version)
    return point


def delete_point(store: Store, version_id: int, uid: str) -> None:
    with store.atomic():
        version = draft_version(store, version_id)
        chapter, point = find_point(version, uid)
        chapter.points.remove(point)
        delegation_repo.save(store, version)


def renumber(store: Store, version_id: int, plan: list[Renumbering]) -> int:
    """Apply a renumbering the secretary has seen (old → new); returns how many changed.
    A point's "se punkt 4.3" follows point 4.3 to its new number."""
    with store.atomic():
        version = draft_version(store, version_id)
        by_uid = {p.uid: p for _, p in version.all_points()}
        for step in plan:
            point = by_uid.get(step.uid)
            if point is None or point.nr != step.old:
                raise InvalidInput(
                    "Punkterna har ändrats sedan förslaget gjordes. Gör ett nytt förslag."
                )
        follow_renumbering(version, {step.uid: step.new for step in plan if step.changes})
        changed = 0
        for step in plan:
            point = by_uid[step.uid]
            if step.changes:
                point.nr = step.new
                changed += 1
        delegation_repo.save(store, version)
    return changed


def fix_mixed_script(store: Store, version_id: int, uid: str | None = None) -> int:
    """Replace Cyrillic/Greek look-alikes by Latin letters in one point (or all); returns the
    number of points changed."""
    with store.atomic():
        version = draft_version(store, version_id)
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
        draft = forget_identity(copy.deepcopy(source))  # new rows; points keep their uid
        today = date.today()
        draft.key = _unique_key(store, f"utkast-{today.isoformat()}")
        draft.name = name.strip() or f"Utkast {format_date(today)}"
        draft.status = VersionStatus.UTKAST
        draft.adopted_date, draft.adopted_paragraf, draft.adopted_dnr = None, "", ""
        draft.based_on = source.key
        prefix = organ_prefix(source)
        draft.revisions.append(Revision(f"{prefix}{today.year}-XX-XX § XX".strip()))
        delegation_repo.save(store, draft)
    return draft


def organ_prefix(version: Version) -> str:
    """ "KS " when the revision rows begin "KS 2019-08-20 § 164"."""
    for rev in reversed(version.revisions):
        first = rev.beslut.split(" ", 1)[0]
        if first.isalpha():
            return first + " "
    return ""


def paragraf_number(typed: str) -> str:
    """The § number in what was typed ("231", "§ 231", "231 §"); InvalidInput otherwise. Only
    the digits 0-9: str.isdigit() also takes "²³" and "٢٣١", which the revision table then
    printed as they were."""
    number = typed.strip().strip("§").strip()
    if not re.fullmatch(r"[0-9]{1,5}", number):
        raise InvalidInput(f'"{quoted(typed)}" är inget paragrafnummer. Skriv till exempel 231.')
    return number


def adopt(store: Store, version_id: int, on: date, paragraf: str, dnr: str = "") -> Version:
    """Record that the board adopted the draft on `on` in § `paragraf`: the pending revision
    row gets the real date and § (no "XX" is left), and the version becomes the one in force."""
    number = paragraf_number(paragraf)
    with store.atomic():
        version = draft_version(store, version_id)
        pending = next(
            (
                r
                for r in reversed(version.revisions)
                if _DATE_PLACEHOLDER.search(r.beslut) or _PARAGRAF_PLACEHOLDER.search(r.beslut)
            ),
            None,
        )
        if pending is None:
            # An imported order in force often records its own adoption already: that row
            # is the decision, not a second one beside it.
            pending = revision_recording(version.revisions, on, number)
        if pending is None:
            pending = Revision(f"{organ_prefix(version)}XXXX-XX-XX § XX".strip(), dnr=dnr)
            version.revisions.append(pending)
        pending.beslut = _PARAGRAF_PLACEHOLDER.sub(
            f"§ {number}", _DATE_PLACEHOLDER.sub(on.isoformat(), pending.beslut)
        )
        if dnr and not pending.dnr.strip():
            pending.dnr = dnr
        version.status = VersionStatus.ANTAGEN
        version.adopted_date = on
        version.adopted_paragraf = number
        version.adopted_dnr = dnr or pending.dnr
        delegation_repo.save(store, version)
    return version


def delete_draft(store: Store, version_id: int) -> None:
    with store.atomic():
        draft_version(store, version_id)
        delegation_repo.delete(store, version_id)


def snapshot(store: Store, version_id: int) -> Version:
    """The whole version, for undo."""
    return delegation_repo.get(store, version_id)


def restore(store: Store, version: Version) -> Topic:
    """Put a snapshot back (undo/redo of an edit to a draft)."""
    with store.atomic():
        draft_version(store, version.id)
        delegation_repo.save(store, copy.deepcopy(version))
    return Topic.DELEGATION


def restore_adoption(store: Store, version: Version) -> Topic:
    """Undo/redo of `adopt`: the version exactly as `version` was, before the adoption (a
    draft, its revision row with its "XX" as they stood) or after it (adopted). Refused
    once a newer draft starts from the adopted version: it would lose its source."""
    with store.atomic():
        current = delegation_repo.get(store, version.id)
        if current.key != version.key:
            raise NotFound("Versionen finns inte längre i den form den hade.")
        if version.status == VersionStatus.UTKAST and current.status == VersionStatus.ANTAGEN:
            children = [
                name
                for vid, _key, name, _status in delegation_repo.list_versions(store)
                if vid != version.id and delegation_repo.get(store, vid).based_on == version.key
            ]
            if children:
                raise InvalidInput(
                    f"{current.name} kan inte bli utkast igen: {children[0]} utgår från den."
                )
        delegation_repo.save(store, copy.deepcopy(version))
    return Topic.DELEGATION


def put_draft(store: Store, version_id: int, draft: Version | None) -> Topic:
    """Undo/redo of `new_draft`: None removes the draft again, a snapshot puts it back under
    its own id and key."""
    with store.atomic():
        if draft is None:
            draft_version(store, version_id)
            delegation_repo.delete(store, version_id)
        else:
            if draft.status != VersionStatus.UTKAST or draft.id != version_id:
                raise InvalidInput("Bara ett utkast kan läggas tillbaka.")
            delegation_repo.save(store, copy.deepcopy(draft))
    return Topic.DELEGATION
