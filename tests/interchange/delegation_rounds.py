"""What the tests of the real delegation rounds (test_real_delegation_tenth … _thirteenth) read
of a document their builders rebuild: the version and its report, the introduction as text,
and each point's fields in the order the rounds' expectations list them; the words of a text and
of a version, for the tests that no word is lost without a line in the report."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ksdesk.core.delegation import Version
from ksdesk.services.delegation_import import read_file


def read_built(build: Callable[[Path], None], tmp_path: Path):
    """(version, report) of the document `build` writes."""
    path = tmp_path / "d.docx"
    build(path)
    return read_file(path)


def intro_text(version) -> str:
    return "\n".join(f"{s.heading}\n{s.text}" for s in version.intro)


def point_fields(version) -> list[tuple]:
    """(Nr, chapter, Ärende, Delegat, Ersättare, Lagrum, Anmärkning) of every point."""
    return [
        (p.nr, c.title, p.arende, p.delegat, p.ersattare, p.lagrum, p.anmarkning)
        for c, p in version.all_points()
    ]


def words(text: str) -> set[str]:
    """The words of `text`, folded; a soft hyphen ("Vidare\\xaddelegering") joins its word."""
    return {w.casefold() for w in re.findall(r"[^\W_]+", text.replace("\xad", ""))}


def version_words(version: Version) -> set[str]:
    """Every word the version keeps: header, introduction, revisions, chapters, points."""
    texts = [*version.header, *version.header.values(), *version.column_headings.values()]
    texts += version.extra_columns
    texts += [f"{s.heading} {s.text}" for s in version.intro]
    texts += [f"{a.short} {a.long}" for a in version.abbreviations]
    texts += [f"{r.beslut} {r.text} {r.dnr}" for r in version.revisions]
    for chapter in version.chapters:
        texts += [chapter.title, chapter.subtitle, chapter.part, chapter.note]
        for p in chapter.points:
            texts += [p.nr, p.arende, p.lagrum, p.vidaredelegation, p.anmarkning, p.heading]
            texts += [*p.delegat, *p.ersattare, *p.extra.values()]
    return words(" ".join(texts))
