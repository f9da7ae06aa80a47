"""What the new version of a delegationsordning marks as new or changed against the version
it is compared with (the seed: "Förändringarna är gulmarkerade"), as (text, changed) runs:
the paper prints the changed runs on a yellow ground, the web edition too."""

from __future__ import annotations

from ksdesk.core.delegation_diff import VersionDiff
from ksdesk.core.delegation_word_diff import word_segments
from ksdesk.core.lookalike import search_key

Segments = list[tuple[str, bool]]


class ChangeMarks:
    """What to mark in the new version of a comparison (nothing when `diff` is None)."""

    def __init__(self, diff: VersionDiff | None) -> None:
        self.diff = diff
        self.new_uids = {p.uid for _, p in diff.added} if diff else set()
        self.old_of = {m.new.uid: m.old for m in diff.matched if m.fields} if diff else {}
        self.new_chapters = {search_key(t) for t in diff.chapters_added} if diff else set()
        self.intro_new = {search_key(s.heading) for s in diff.intro_added} if diff else set()
        self.intro_old = {search_key(n.heading): o for o, n in diff.intro_changed} if diff else {}
        self.revisions_new = (
            {search_key(r.beslut + r.text) for r in diff.revisions_added} if diff else set()
        )
        self.note_old = {search_key(t): old for t, old, _ in diff.notes_changed} if diff else {}
        self.header_old = {c.field: str(c.old) for c in diff.header_changes} if diff else {}

    def text(self, uid: str, name: str, value: str) -> Segments:
        old = self.old_of.get(uid)
        if old is None:
            return [(value, False)]
        return word_segments(getattr(old, name), value)

    def roles(self, uid: str, name: str, roles: list[str]) -> list[Segments]:
        """One run list per role (printed one to a line)."""
        old = self.old_of.get(uid)
        if old is None:
            return [[(role, False)] for role in roles]
        old_roles = getattr(old, name)
        old_keys = {search_key(r) for r in old_roles}
        lines: list[Segments] = []
        for i, role in enumerate(roles):
            if search_key(role) in old_keys:
                lines.append([(role, False)])
            elif i < len(old_roles):
                lines.append(word_segments(old_roles[i], role))
            else:
                lines.append([(role, True)])
        return lines

    def header(self, name: str, value: str) -> Segments:
        if name in self.header_old:
            return word_segments(self.header_old[name], value)
        return [(value, False)]

    def intro_line(self, heading: str, line: str) -> Segments:
        """A line of an introduction section: all new in a new section; in a changed one the
        words the old text lacks (a sentence that only moved is not marked)."""
        key = search_key(heading)
        if key in self.intro_new:
            return [(line, True)]
        old = self.intro_old.get(key)
        if old is None or search_key(line) in search_key(old.text):
            return [(line, False)]
        return word_segments(old.text, line)

    def note_line(self, chapter_title: str, line: str) -> Segments:
        """A line of the text under a chapter's table: all new under a new chapter, else the
        words the old note lacks."""
        if self.chapter_new(chapter_title):
            return [(line, True)]
        old = self.note_old.get(search_key(chapter_title))
        if old is None or search_key(line) in search_key(old):
            return [(line, False)]
        return word_segments(old, line)

    def intro_heading_new(self, heading: str) -> bool:
        return search_key(heading) in self.intro_new

    def revision_new(self, beslut: str, text: str) -> bool:
        return search_key(beslut + text) in self.revisions_new

    def chapter_new(self, title: str) -> bool:
        return search_key(title) in self.new_chapters
