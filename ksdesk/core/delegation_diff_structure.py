"""What a comparison of two delegationsordningar finds beside the points
(core/delegation_diff): chapters added, removed or put in another part, the text under a
chapter's table changed, the introduction's sections and new rows of the revision table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ksdesk.core.lookalike import search_key

if TYPE_CHECKING:
    from ksdesk.core.delegation import Chapter, Version
    from ksdesk.core.delegation_diff import VersionDiff


def diff_structure(old: Version, new: Version, result: VersionDiff) -> None:
    old_titles = [search_key(c.title) for c in old.chapters]
    new_titles = [search_key(c.title) for c in new.chapters]
    result.chapters_added = [c.title for c in new.chapters if search_key(c.title) not in old_titles]
    result.chapters_removed = [
        c.title for c in old.chapters if search_key(c.title) not in new_titles
    ]
    result.parts_changed = _chapters_changed(old, new, lambda c: c.part)
    result.notes_changed = _chapters_changed(old, new, lambda c: c.note)
    old_intro = {search_key(s.heading): s for s in old.intro}
    new_intro = {search_key(s.heading): s for s in new.intro}
    result.intro_added = [s for k, s in new_intro.items() if k not in old_intro]
    result.intro_removed = [s for k, s in old_intro.items() if k not in new_intro]
    result.intro_changed = [
        (old_intro[k], s)
        for k, s in new_intro.items()
        if k in old_intro and search_key(old_intro[k].text) != search_key(s.text)
    ]
    old_revs = {search_key(r.beslut + r.text) for r in old.revisions}
    result.revisions_added = [
        r for r in new.revisions if search_key(r.beslut + r.text) not in old_revs
    ]


def _chapters_changed(
    old: Version, new: Version, value: Callable[[Chapter], str]
) -> list[tuple[str, str, str]]:
    """(title, old value, new value) of each chapter in both versions whose value differs
    (its part, its note); the chapters are matched by title."""
    old_values = {search_key(c.title): value(c) for c in old.chapters}
    return [
        (c.title, old_values[key], value(c))
        for c in new.chapters
        if (key := search_key(c.title)) in old_values
        and search_key(old_values[key]) != search_key(value(c))
    ]
