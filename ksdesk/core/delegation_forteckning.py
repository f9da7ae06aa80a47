"""A comparison written out as the seed's "Förteckning med revideringar": Nya punkter,
Justeringar i befintliga punkter, Punkter som tagits bort, Omnumrerade eller flyttade punkter
and Övriga förändringar. Both the terminal and the PDF print these sections."""

from __future__ import annotations

from dataclasses import dataclass, field

from ksdesk.core.delegation import Point, Version
from ksdesk.core.delegation_diff import FieldChange, PointChange, VersionDiff
from ksdesk.core.listing import and_listed
from ksdesk.core.lookalike import search_key
from ksdesk.core.typed_text import is_digits


@dataclass
class Entry:
    text: str
    changes: list[FieldChange] = field(default_factory=list)
    point: Point | None = None  # the point as it now reads (new and changed points)


@dataclass
class Section:
    heading: str
    entries: list[Entry] = field(default_factory=list)


def title_for(version: Version) -> str:
    """ "Förteckning med revideringar i kommunstyrelsens delegationsordning"."""
    name = version.header.get("Dokumentnamn") or "delegationsordningen"
    return f"Förteckning med revideringar i {name[:1].lower()}{name[1:]}"


def describe_point(chapter: str, point: Point) -> str:
    who = ", ".join(point.delegat) or "ingen delegat"
    return f"Punkt {point.nr} ({chapter}): {point.arende.rstrip('.')}. Delegat: {who}."


def build(diff: VersionDiff) -> list[Section]:
    """The förteckning's sections; an empty section is left out."""
    sections = [
        Section("Nya punkter", _new_entries(diff)),
        Section("Justeringar i befintliga punkter", [_changed_entry(c) for c in diff.changed]),
        Section("Punkter som tagits bort", _removed_entries(diff)),
        Section("Omnumrerade eller flyttade punkter", _moved_entries(diff.moved)),
        Section("Övriga förändringar", _other_entries(diff)),
    ]
    return [s for s in sections if s.entries]


def _new_entries(diff: VersionDiff) -> list[Entry]:
    entries = [
        Entry(f"Nytt stycke i inledningen: {s.heading}.", point=None) for s in diff.intro_added
    ]
    new_chapters = {search_key(t) for t in diff.chapters_added}
    for title in diff.chapters_added:
        numbers = [p.nr for ch, p in diff.added if search_key(ch) == search_key(title)]
        span = f", punkt {numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else ""
        if len(numbers) == 1:
            span = f", punkt {numbers[0]}"
        entries.append(Entry(f"Nytt kapitel: {title}{span}."))
    for chapter, point in diff.added:
        if search_key(chapter) not in new_chapters:
            entries.append(Entry(describe_point(chapter, point), point=point))
    return entries


def _changed_entry(change: PointChange) -> Entry:
    where = f"Punkt {change.new.nr} ({change.new_chapter})"
    if change.renumbered:
        where += f", tidigare punkt {change.old.nr}"
    return Entry(f"{where}: {change.new.arende.rstrip('.')}.", change.substantive, change.new)


def _removed_entries(diff: VersionDiff) -> list[Entry]:
    entries = [Entry(f"Kapitlet {title} har tagits bort.") for title in diff.chapters_removed]
    entries += [
        Entry(f"Punkt {p.nr} ({chapter}): {p.arende.rstrip('.')}.") for chapter, p in diff.removed
    ]
    entries += [
        Entry(f"Stycket {s.heading} i inledningen har tagits bort.") for s in diff.intro_removed
    ]
    return entries


def _as_int(nr: str) -> int | None:
    text = nr.rstrip(".").strip()
    return int(text) if is_digits(text) else None


def _moved_entries(moved: list[PointChange]) -> list[Entry]:
    """Runs of points shifted by the same amount are told once: "Punkt 15–43 är nu 16–44"."""
    entries: list[Entry] = []
    run: list[PointChange] = []

    def flush() -> None:
        if not run:
            return
        first, last = run[0], run[-1]
        if len(run) == 1:
            entries.append(Entry(_one_move(first)))
        else:
            entries.append(
                Entry(
                    f"Punkt {first.old.nr}–{last.old.nr} är nu {first.new.nr}–{last.new.nr} "
                    f"({first.new_chapter}"
                    + ("" if first.new_chapter == last.new_chapter else f" – {last.new_chapter}")
                    + ")."
                )
            )
        run.clear()

    for change in moved:
        if change.moved or not run or not _continues(run[-1], change):
            flush()
        if change.moved:
            entries.append(Entry(_one_move(change)))
        else:
            run.append(change)
    flush()
    return entries


def _continues(prev: PointChange, cur: PointChange) -> bool:
    values = [_as_int(x) for x in (prev.old.nr, prev.new.nr, cur.old.nr, cur.new.nr)]
    if None in values:
        return False
    po, pn, co, cn = values  # type: ignore[misc]
    return co == po + 1 and cn == pn + 1


def _one_move(change: PointChange) -> str:
    text = f"Punkt {change.old.nr} ({change.old_chapter})"
    if change.moved and change.renumbered:
        return f"{text} är nu punkt {change.new.nr} i kapitlet {change.new_chapter}."
    if change.moved:
        return f"{text} har flyttats till kapitlet {change.new_chapter}."
    return f"{text} är nu punkt {change.new.nr}."


def _other_entries(diff: VersionDiff) -> list[Entry]:
    entries = []
    for rename in diff.role_renames:
        count = "1 punkt" if rename.points == 1 else f"{rename.points} punkter"
        entries.append(Entry(f"{rename.old} är utbytt mot {rename.new.lower()} ({count})."))
    entries += [
        Entry(f"Stycket {new.heading} i inledningen har ändrats.") for _, new in diff.intro_changed
    ]
    entries += _part_entries(diff)
    entries += [
        Entry(f"Texten under kapitlet {title} har ändrats.", [FieldChange("note", old, new)])
        for title, old, new in diff.notes_changed
    ]
    entries += [Entry(f"{c.field}: {c.old or '–'} → {c.new or '–'}.") for c in diff.header_changes]
    entries += [Entry(f"Ny rad i revideringstabellen: {r.beslut}.") for r in diff.revisions_added]
    return entries


def _part_entries(diff: VersionDiff) -> list[Entry]:
    """Chapters put in another part, one entry for the chapters that moved alike: a part
    renamed over five chapters is one line, not five."""
    moves: dict[tuple[str, str], list[str]] = {}
    for title, old, new in diff.parts_changed:
        moves.setdefault((old, new), []).append(title)
    entries = []
    for (old, new), titles in moves.items():
        which = f"Kapitlet {titles[0]}" if len(titles) == 1 else f"Kapitlen {and_listed(titles)}"
        where = f"nu till {new}" if new else "inte längre till någon del"
        before = f" (tidigare {old})" if old else ""
        entries.append(Entry(f"{which} hör {where}{before}."))
    return entries


def as_text(diff: VersionDiff, title: str) -> str:
    """The förteckning as plain text for the terminal."""
    lines = [title, f"{diff.new_name} jämförd med {diff.old_name}", ""]
    sections = build(diff)
    if not sections:
        lines.append("Versionerna har samma innehåll.")
    for section in sections:
        lines.append(section.heading)
        for entry in section.entries:
            lines.append(f"- {entry.text}")
            for change in entry.changes:
                lines.append(f"    {change.label}: {_flat(change.old)} → {_flat(change.new)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _flat(value: str | list[str]) -> str:
    text = "; ".join(value) if isinstance(value, list) else value
    return f"“{text}”" if text else "(tomt)"


def _point_ref(chapter: str, point: Point) -> dict:
    return {"chapter": chapter, "nr": point.nr, "arende": point.arende, "uid": point.uid}


def as_dict(diff: VersionDiff) -> dict:
    """The comparison as JSON-ready data."""
    return {
        "from": diff.old_key,
        "to": diff.new_key,
        "new": [_point_ref(ch, p) for ch, p in diff.added],
        "removed": [_point_ref(ch, p) for ch, p in diff.removed],
        "changed": [
            {
                **_point_ref(c.new_chapter, c.new),
                "old_chapter": c.old_chapter,
                "old_nr": c.old.nr,
                "matched_by": c.matched_by,
                "renamed_only": c.role_only,
                "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in c.fields],
            }
            for c in diff.matched
            if c.fields
        ],
        "moved": [
            {**_point_ref(c.new_chapter, c.new), "old_chapter": c.old_chapter, "old_nr": c.old.nr}
            for c in diff.moved
        ],
        "role_renames": [
            {"old": r.old, "new": r.new, "points": r.points} for r in diff.role_renames
        ],
        "chapters_added": diff.chapters_added,
        "chapters_removed": diff.chapters_removed,
        "parts_changed": [
            {"chapter": title, "old_part": old, "new_part": new}
            for title, old, new in diff.parts_changed
        ],
        "notes_changed": [
            {"chapter": title, "old_note": old, "new_note": new}
            for title, old, new in diff.notes_changed
        ],
        "intro_added": [s.heading for s in diff.intro_added],
        "intro_removed": [s.heading for s in diff.intro_removed],
        "intro_changed": [new.heading for _, new in diff.intro_changed],
        "revisions_added": [r.beslut for r in diff.revisions_added],
        "header_changes": [
            {"field": c.field, "old": c.old, "new": c.new} for c in diff.header_changes
        ],
    }
