"""Which of the lines above the first table of points head it, and which are the introduction.

Before the first point, every heading and paragraph is read into the introduction, and the
short lines since the last full sentence wait as the next table's titles. What follows a
heading with prose under it, or a plain line under such a heading, tells what it is:

- chapters of points (a heading after the prose, "2.1 Allmänna ärenden", or a table that
  opens with its own chapter row): the heading is a section of the introduction ("2
  DELEGERING" / "Kommunstyrelsen uppdrar åt nedan angivna att besluta i följande ärenden"),
  never a part over those chapters, and its prose stays the introduction's;
- the points themselves: the heading is their chapter and its line their sub-title, as before.

A heading with nothing under it ("2 Delegeringar" over "2.1 Allmänna ärenden") still heads the
chapters after it. A plain line straight over the table ("Allmänna ärenden") is the table's
chapter title, and leaves the introduction it was read into.
"""

from __future__ import annotations

from ksdesk.core.delegation import IntroSection
from ksdesk.interchange.delegation_title_shapes import NUMBERED_TITLE, PART_TITLE


def table_titles(
    titles: list[str], intro: list[IntroSection], headings: set[str], rows: list[list[str]]
) -> list[str]:
    """`titles` (the lines waiting above the first table, whose cells' texts are `rows`)
    without the introduction's sections that chapters follow. `headings`: the lines that are
    Word headings or bold lines typed as headings."""
    chapters_follow = opens_with_chapter(rows)
    with_prose = {s.heading for s in intro if s.heading and s.text.strip()}
    # Each paragraph of the introduction, and the heading of the section it stands in.
    under: dict[str, str] = {}
    for section in intro:
        for line in section.text.replace("\n\n", "\n").split("\n"):
            # A bullet's line stands in the introduction with its "- ".
            under.setdefault(line.removeprefix("- "), section.heading)
    dropped: set[str] = set()
    for index, title in enumerate(titles):
        later_heading = any(t in headings and t not in under for t in titles[index + 1 :])
        if title in with_prose and (later_heading or chapters_follow):
            dropped.add(title)  # a section of the introduction, over chapters
            continue
        section = under.get(title)
        if title in headings or not section or PART_TITLE.match(title):
            continue  # a heading, a line no heading is over, or "Del A …"
        if later_heading or chapters_follow:
            dropped.add(title)  # prose under a heading of the introduction, not a title
    return [t for t in titles if t not in dropped]


def leave_introduction(intro: list[IntroSection], title: str) -> None:
    """A plain line read into the introduction that turned out to head a table: taken out of
    the introduction's last paragraph, so it is the chapter's title and not both."""
    if not intro:
        return
    section = intro[-1]
    paragraphs = section.text.split("\n\n")
    if paragraphs and paragraphs[-1] == title:
        section.text = "\n\n".join(paragraphs[:-1])


def opens_with_chapter(rows: list[list[str]]) -> bool:
    """The table's first row under its header is a numbered chapter title across the table
    ("2.1 Allmänna ärenden"): the table brings its own chapters."""
    for row in rows[1:3]:
        distinct = {cell.strip() for cell in row if cell.strip()}
        if len(distinct) > 1:
            return False
        if distinct:
            return bool(NUMBERED_TITLE.match(distinct.pop()))
    return False


def kept_sections(intro: list[IntroSection], levels: dict[str, int]) -> list[IntroSection]:
    """The introduction's sections with text, and a heading without text of its own that
    heads the sections under it ("DELEGATION" over "Allmänt om delegation", a Heading 1 over
    Heading 2s): it is the document's structure, printed as the document has it."""
    kept: list[IntroSection] = []
    for section in reversed(intro):
        below = kept[0] if kept else None
        level = levels.get(section.heading)
        heads = (
            below is not None
            and level is not None
            and levels.get(below.heading, 0) > level
            and bool(section.heading.strip())
        )
        if section.text.strip() or heads:
            kept.insert(0, section)
    return kept
