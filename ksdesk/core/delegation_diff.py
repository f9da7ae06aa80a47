"""Comparing two versions of a delegationsordning: the Förteckning med revideringar.

Points are matched by identity first (a draft copied from the version in force keeps every
point's uid), then by the similarity of their text (a version imported from Word has new uids),
never by number: the seed's new chapter reuses the numbers 83–88. A matched pair may differ in
its fields (changed), in its number or chapter (renumbered or moved), or both.

Titles renamed throughout ("Kommunchef är utbytt mot kommundirektör") would otherwise make half
the document "changed"; like the seed's förteckning, such changes are listed once under
"Övriga förändringar" and a point whose only change is a renamed title is not listed again.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from ksdesk.core.delegation import Chapter, IntroSection, Point, Revision, Version
from ksdesk.core.delegation_diff_structure import diff_structure
from ksdesk.core.delegation_word_diff import replace_title, word_pattern
from ksdesk.core.lookalike import same_text, search_key

CONTENT_FIELDS = ("arende", "lagrum", "delegat", "ersattare", "vidaredelegation", "anmarkning")
FIELD_LABELS = {
    "nr": "Nr",
    "arende": "Ärende",
    "lagrum": "Lagrum",
    "delegat": "Delegat",
    "ersattare": "Ersättare",
    "vidaredelegation": "Med rätt att vidaredelegera",
    "anmarkning": "Anmärkning",
    "note": "Text under tabellen",  # a chapter's note (Chapter.note)
}
ROLE_FIELDS = ("delegat", "ersattare")
# Below this similarity two points are different points, not one point rewritten.
MATCH_THRESHOLD = 0.6


@dataclass
class FieldChange:
    field: str
    old: str | list[str]
    new: str | list[str]

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)


@dataclass
class PointChange:
    """One point present in both versions."""

    old_chapter: str
    old: Point
    new_chapter: str
    new: Point
    matched_by: str  # "uid" | "text"
    fields: list[FieldChange] = field(default_factory=list)
    role_only: bool = False  # every field change is explained by a renamed title
    renamed_fields: set[str] = field(default_factory=set)  # fields a renamed title explains

    @property
    def substantive(self) -> list[FieldChange]:
        """The field changes a renamed title does not explain."""
        return [c for c in self.fields if c.field not in self.renamed_fields]

    @property
    def renumbered(self) -> bool:
        return _nr_key(self.old.nr) != _nr_key(self.new.nr)

    @property
    def moved(self) -> bool:
        return self.old_chapter != self.new_chapter


@dataclass
class RoleRename:
    old: str
    new: str
    points: int  # how many points it touched


@dataclass
class VersionDiff:
    old_key: str
    new_key: str
    old_name: str
    new_name: str
    added: list[tuple[str, Point]] = field(default_factory=list)
    removed: list[tuple[str, Point]] = field(default_factory=list)
    matched: list[PointChange] = field(default_factory=list)
    role_renames: list[RoleRename] = field(default_factory=list)
    chapters_added: list[str] = field(default_factory=list)
    chapters_removed: list[str] = field(default_factory=list)
    # (chapter title, old part, new part) of a chapter in both versions in another part now.
    parts_changed: list[tuple[str, str, str]] = field(default_factory=list)
    # (chapter title, old note, new note) of a chapter whose text under its table changed.
    notes_changed: list[tuple[str, str, str]] = field(default_factory=list)
    intro_added: list[IntroSection] = field(default_factory=list)
    intro_removed: list[IntroSection] = field(default_factory=list)
    intro_changed: list[tuple[IntroSection, IntroSection]] = field(default_factory=list)
    revisions_added: list[Revision] = field(default_factory=list)
    header_changes: list[FieldChange] = field(default_factory=list)

    @property
    def changed(self) -> list[PointChange]:
        """Points whose content changed beyond a renamed title."""
        return [m for m in self.matched if m.fields and not m.role_only]

    @property
    def renamed_only(self) -> list[PointChange]:
        return [m for m in self.matched if m.fields and m.role_only]

    @property
    def moved(self) -> list[PointChange]:
        """Points with a new number or in another chapter."""
        return [m for m in self.matched if m.renumbered or m.moved]

    def is_empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or any(m.fields or m.renumbered or m.moved for m in self.matched)
            or self.intro_added
            or self.intro_removed
            or self.intro_changed
            or self.chapters_added
            or self.chapters_removed
            or self.parts_changed
            or self.notes_changed
            or self.header_changes
        )


def diff_versions(
    old: Version, new: Version, renames: list[tuple[str, str]] | tuple = ()
) -> VersionDiff:
    """Compare `old` with `new`; `renames` are (old title, new title) from the role register."""
    result = VersionDiff(old.key, new.key, old.name, new.name)
    pairs, added, removed = match_points(old, new)
    result.added, result.removed = added, removed
    for (old_ch, old_p), (new_ch, new_p), how in pairs:
        change = PointChange(old_ch, old_p, new_ch, new_p, how, _field_changes(old_p, new_p))
        result.matched.append(change)
    all_renames = _rename_pairs(result.matched, renames)
    pairs_renamed = [(r.old, r.new) for r in all_renames]
    for change in result.matched:
        if change.fields:
            # Field by field: a title renamed elsewhere may still stand, unchanged, in another
            # field of this point (the seed's point 55 keeps "Enhetschef arbetsmarknadsenheten").
            renamed = apply_renames(change.old, pairs_renamed)
            change.renamed_fields = {
                c.field for c in change.fields if _same(getattr(renamed, c.field), c.new)
            }
            change.role_only = len(change.renamed_fields) == len(change.fields)
    result.role_renames = [r for r in all_renames if r.points]
    diff_structure(old, new, result)
    for name in dict.fromkeys([*old.header, *new.header]):
        a, b = old.header.get(name, ""), new.header.get(name, "")
        if search_key(a) != search_key(b):
            result.header_changes.append(FieldChange(name, a, b))
    return result


def match_points(
    old: Version, new: Version
) -> tuple[list[tuple], list[tuple[str, Point]], list[tuple[str, Point]]]:
    """Pairs ((old chapter, old point), (new chapter, new point), "uid"|"text"), then the
    new points nothing matched (added) and the old points nothing matched (removed)."""
    old_points = [(c.title, p) for c, p in old.all_points()]
    new_points = [(c.title, p) for c, p in new.all_points()]
    by_uid = {p.uid: (ch, p) for ch, p in old_points}
    pairs: list[tuple] = []
    used_old: set[str] = set()
    rest_new = []
    for ch, p in new_points:
        hit = by_uid.get(p.uid)
        if hit is not None and p.uid not in used_old:
            pairs.append((hit, (ch, p), "uid"))
            used_old.add(p.uid)
        else:
            rest_new.append((ch, p))
    rest_old = [(ch, p) for ch, p in old_points if p.uid not in used_old]
    text_pairs, rest_new, rest_old = _match_by_text(rest_old, rest_new)
    pairs.extend(text_pairs)
    order = {id(p): i for i, (_, p) in enumerate(new_points)}
    pairs.sort(key=lambda pair: order[id(pair[1][1])])
    return pairs, rest_new, rest_old


def _point_text(point: Point) -> str:
    return search_key(point.arende)


def similarity(a: Point, b: Point) -> float:
    """How alike two points are: mostly their Ärende, a little their other fields."""
    text = difflib.SequenceMatcher(None, _point_text(a), _point_text(b), autojunk=False)
    if text.quick_ratio() < MATCH_THRESHOLD:
        return 0.0
    rest_a = search_key(" ".join([a.lagrum, *a.delegat, a.anmarkning]))
    rest_b = search_key(" ".join([b.lagrum, *b.delegat, b.anmarkning]))
    rest = difflib.SequenceMatcher(None, rest_a, rest_b, autojunk=False).ratio()
    return 0.85 * text.ratio() + 0.15 * rest


def _match_by_text(rest_old: list, rest_new: list) -> tuple[list, list, list]:
    scored = []
    for i, (_, old_p) in enumerate(rest_old):
        for j, (_, new_p) in enumerate(rest_new):
            score = similarity(old_p, new_p)
            if score >= MATCH_THRESHOLD:
                scored.append((score, i, j))
    scored.sort(key=lambda s: (-s[0], s[1], s[2]))
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    pairs = []
    for _score, i, j in scored:
        if i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        pairs.append((rest_old[i], rest_new[j], "text"))
    left_new = [x for j, x in enumerate(rest_new) if j not in taken_new]
    left_old = [x for i, x in enumerate(rest_old) if i not in taken_old]
    return pairs, left_new, left_old


def _same(a: str | list[str], b: str | list[str]) -> bool:
    if isinstance(a, list):
        return len(a) == len(b) and all(same_text(x, y) for x, y in zip(a, b, strict=True))
    return same_text(a, b)


def _field_changes(old: Point, new: Point) -> list[FieldChange]:
    """Content fields that differ; a difference only in look-alike letters or spacing is none."""
    changes = []
    for name in CONTENT_FIELDS:
        a, b = getattr(old, name), getattr(new, name)
        if not _same(a, b):
            changes.append(FieldChange(name, a, b))
    return changes


def apply_renames(point: Point, renames: list[tuple[str, str]]) -> Point:
    """A copy of `point` with every renamed title replaced in every field."""
    values = {}
    for name in CONTENT_FIELDS:
        value = getattr(point, name)
        for old, new in renames:
            if isinstance(value, list):
                value = [replace_title(v, old, new) for v in value]
            else:
                value = replace_title(value, old, new)
        values[name] = value
    return Point(nr=point.nr, uid=point.uid, **values)


def _rename_pairs(matched: list[PointChange], known: list | tuple) -> list[RoleRename]:
    """Titles renamed throughout: those the role register knows, and whole roles replaced
    by the same other role in at least two points."""
    counts: dict[tuple[str, str], int] = {}
    for change in matched:
        for name in ROLE_FIELDS:
            old_roles, new_roles = getattr(change.old, name), getattr(change.new, name)
            if len(old_roles) != len(new_roles):
                continue
            for a, b in zip(old_roles, new_roles, strict=True):
                if search_key(a) != search_key(b):
                    counts[(a, b)] = counts.get((a, b), 0) + 1
    found = [pair for pair, n in counts.items() if n >= 2]
    pairs = list(dict.fromkeys([*[tuple(k) for k in known], *found]))
    renames = []
    for old, new in pairs:
        touched = sum(1 for c in matched if _touches(c, old, new))
        renames.append(RoleRename(old, new, touched))
    # Apply longer titles first, so "Enhetschef integration" is not eaten by a shorter rename.
    renames.sort(key=lambda r: -len(r.old))
    return renames


def _touches(change: PointChange, old: str, new: str) -> bool:
    pattern = word_pattern(old)
    for name in CONTENT_FIELDS:
        a = getattr(change.old, name)
        b = getattr(change.new, name)
        a_text = "\n".join(a) if isinstance(a, list) else a
        b_text = "\n".join(b) if isinstance(b, list) else b
        if pattern.search(a_text) and word_pattern(new).search(b_text):
            return True
    return False


def _nr_key(nr: str) -> str:
    return search_key(nr).rstrip(".").strip()


def chapter_of(version: Version, uid: str) -> Chapter | None:
    return next((c for c in version.chapters if any(p.uid == uid for p in c.points)), None)
