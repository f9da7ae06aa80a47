"""Editing the parts of a draft around its points: the header fields (Dokumentnamn …
Diarienummer), the revision table, the introduction, the abbreviations, and the chapters
(added, renamed, removed, reordered; a point moved to another chapter).

Each public function is one unit of work on a draft (an adopted version is refused, as for
points). The list setters take the whole list as it should be: the tab's undo hands them
the list before and after an edit, so undo writes back exactly what was there."""

from __future__ import annotations

import copy
from datetime import date

from ksdesk.core.delegation import (
    HEADER_FIELDS,
    Abbreviation,
    Chapter,
    IntroSection,
    Revision,
    Version,
)
from ksdesk.core.delegation_numbering import nr_key
from ksdesk.core.dnr import parse_dnr
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.lookalike import search_key
from ksdesk.core.topics import Topic
from ksdesk.db import delegation_repo
from ksdesk.db.connection import Store
from ksdesk.services.delegation_edit import draft_version, find_point, organ_prefix

# Header fields whose value is a diarienummer (checked by core/dnr.py, as a warning).
DNR_FIELDS = ("Diarienummer",)


def header_warnings(name: str, value: str) -> list[str]:
    """What looks odd in a header value but is saved anyway (a Dnr without löpnummer …)."""
    if name in DNR_FIELDS and value.strip():
        return list(parse_dnr(value).warnings)
    return []


def set_header_field(store: Store, version_id: int, name: str, value: str) -> Topic:
    """Set one header field (saved whatever `header_warnings` says of it)."""
    name = name.strip()
    if not name:
        raise InvalidInput("Fältet måste ha ett namn.")
    value = " ".join(value.split())
    with store.atomic():
        version = draft_version(store, version_id)
        header = dict(version.header)
        if value or name in HEADER_FIELDS:
            header[name] = value
        else:
            header.pop(name, None)  # an extra field emptied is gone
        delegation_repo.save_header(store, version_id, header)
    return Topic.DELEGATION


def blank_revision(version: Version, today: date | None = None) -> Revision:
    """A new revision row as the secretary starts it: "KS 2021-XX-XX § XX", to be filled
    when the board has decided (adopting the draft fills the last one)."""
    year = (today or date.today()).year
    return Revision(f"{organ_prefix(version)}{year}-XX-XX § XX".strip())


def set_revisions(store: Store, version_id: int, revisions: list[Revision]) -> Topic:
    for i, rev in enumerate(revisions, start=1):
        if not rev.beslut.strip() and (rev.text.strip() or rev.dnr.strip()):
            raise InvalidInput(
                f"Rad {i} i revideringstabellen saknar beslut (till exempel KS 2020-12-07 § 231)."
            )
    with store.atomic():
        draft_version(store, version_id)
        delegation_repo.save_revisions(store, version_id, copy.deepcopy(revisions))
    return Topic.DELEGATION


def set_intro(store: Store, version_id: int, sections: list[IntroSection]) -> Topic:
    for i, section in enumerate(sections, start=1):
        if not section.heading.strip():
            raise InvalidInput(f"Avsnitt {i} i inledningen saknar rubrik.")
    with store.atomic():
        draft_version(store, version_id)
        delegation_repo.save_intro(store, version_id, copy.deepcopy(sections))
    return Topic.DELEGATION


def set_abbreviations(store: Store, version_id: int, abbreviations: list[Abbreviation]) -> Topic:
    seen: set[str] = set()
    for abbr in abbreviations:
        short = abbr.short.strip()
        if not short:
            what = f" för ”{abbr.long}”" if abbr.long.strip() else ""
            raise InvalidInput(f"Skriv förkortningen{what}: den får inte vara tom.")
        if short in seen:  # case matters: "SoL" and "SOL" are two abbreviations
            raise InvalidInput(f"Förkortningen {short} finns redan i listan.")
        seen.add(short)
    with store.atomic():
        draft_version(store, version_id)
        delegation_repo.save_abbreviations(store, version_id, copy.deepcopy(abbreviations))
    return Topic.DELEGATION


# Chapters ---------------------------------------------------------------------------------


def chapter_title(title: str, chapters: list[Chapter], skip: int | None = None) -> str:
    """`title` as one line, unless it is empty or another chapter's (InvalidInput); also
    asked by the chapter dialog before it closes."""
    title = " ".join(title.split())
    if not title:
        raise InvalidInput("Kapitlet måste ha en rubrik.")
    for i, chapter in enumerate(chapters):
        if i != skip and search_key(chapter.title) == search_key(title):
            raise InvalidInput(f"Det finns redan ett kapitel som heter ”{chapter.title}”.")
    return title


def _chapter(chapters: list[Chapter], index: int) -> Chapter:
    if not 0 <= index < len(chapters):
        raise NotFound("Kapitlet finns inte längre i den här versionen.")
    return chapters[index]


def add_chapter(store: Store, version_id: int, title: str, position: int | None = None) -> int:
    """A new empty chapter at `position` (default last); returns its index."""
    with store.atomic():
        version = draft_version(store, version_id)
        title = chapter_title(title, version.chapters)
        index = len(version.chapters) if position is None else position
        index = max(0, min(index, len(version.chapters)))
        version.chapters.insert(index, Chapter(title=title))
        delegation_repo.save(store, version)
    return index


def rename_chapter(store: Store, version_id: int, index: int, title: str) -> None:
    edit_chapter(store, version_id, index, title=title)


def set_chapter_part(store: Store, version_id: int, index: int, part: str) -> None:
    """The part of the ordning the chapter belongs to ("Del A Kommunstyrelsen"; "" for none),
    as one line."""
    edit_chapter(store, version_id, index, part=part)


def edit_chapter(
    store: Store,
    version_id: int,
    index: int,
    title: str | None = None,
    part: str | None = None,
    note: str | None = None,
) -> None:
    """The chapter's title and its part (each as one line), and the text under its table
    (its lines kept); None: as it is. One step: the chapter dialog changes all at once."""
    with store.atomic():
        version = draft_version(store, version_id)
        chapter = _chapter(version.chapters, index)
        if title is not None:
            chapter.title = chapter_title(title, version.chapters, skip=index)
        if part is not None:
            chapter.part = " ".join(part.split())
        if note is not None:
            chapter.note = "\n".join(line.strip() for line in note.strip().splitlines())
        delegation_repo.save(store, version)


def remove_chapter(store: Store, version_id: int, index: int) -> Chapter:
    """Remove a chapter with its points; returns what was removed."""
    with store.atomic():
        version = draft_version(store, version_id)
        chapter = _chapter(version.chapters, index)
        version.chapters.remove(chapter)
        delegation_repo.save(store, version)
    return chapter


def move_chapter(store: Store, version_id: int, index: int, to_index: int) -> int:
    """Move a chapter up or down the document; returns where it now stands."""
    with store.atomic():
        version = draft_version(store, version_id)
        chapter = _chapter(version.chapters, index)
        to_index = max(0, min(to_index, len(version.chapters) - 1))
        version.chapters.remove(chapter)
        version.chapters.insert(to_index, chapter)
        delegation_repo.save(store, version)
    return to_index


def move_point(store: Store, version_id: int, uid: str, chapter_index: int) -> int:
    """Move a point to another chapter. It keeps its number and identity, and goes where its
    number sorts among the chapter's points (last when the numbers do not tell). Returns
    its position in that chapter."""
    with store.atomic():
        version = draft_version(store, version_id)
        source, point = find_point(version, uid)
        target = _chapter(version.chapters, chapter_index)
        if target is source:
            return source.points.index(point)
        source.points.remove(point)
        key = nr_key(point.nr)
        position = len(target.points)
        for i, other in enumerate(target.points):
            if nr_key(other.nr) > key:
                position = i
                break
        target.points.insert(position, point)
        delegation_repo.save(store, version)
    return position
