"""Word's heading levels over a table of points: which heading is the part, which the chapter,
which heads the points, where the chapters are unnumbered headings ("Övergripande ärenden" /
"Allmänna ärenden" / "Polisanmälan", three levels deep) and only their levels tell. Only
Word's own headings tell their level; a bold line's is a guess."""

from __future__ import annotations

from ksdesk.interchange.delegation_title_shapes import NUMBERED_TITLE


def over_table(
    titles: list[str], levels: dict[str, int], headings: set[str], chapter_level: int | None
) -> tuple[str, list[str], str]:
    """(part, titles, heading of the points) from the lines over a table (`titles`, the last
    three at most). Three unnumbered Word headings a level apart each: the part, the
    chapter and the heading of its first points. Two, the lower at the level the chapters
    already stand at: the part and the chapter. Else the last two, as they were."""
    plain = [t for t in titles if t in headings and not NUMBERED_TITLE.match(t)]
    if len(titles) == 3 and plain == titles:
        top, middle, low = (levels[t] for t in titles)
        if top < middle < low:
            return titles[0], [titles[1]], titles[2]
    last = titles[-2:]
    two = len(last) == 2 and plain[-2:] == last and chapter_level is not None
    if two and levels[last[0]] < levels[last[1]] == chapter_level:
        return last[0], [last[1]], ""
    return "", last, ""


def part_ended(part: str, title: str, levels: dict[str, int], headings: set[str]) -> bool:
    """A chapter's heading at its part's level or above ("B.8 Offentlighets- och
    sekretesslag" at the level of "Individ och familjeomsorg", whose chapters were a level
    below it) is in no part: the part has ended."""
    if not (part in headings and title in headings):
        return False
    return levels[title] <= levels[part]


def below_chapter(title: str, levels: dict[str, int], chapter_level: int | None) -> bool:
    """An unnumbered heading a level below the heading of the chapter ("Personalärenden" /
    "Anställningen", then "Under anställningen" over the next table) heads the next points."""
    level = levels.get(title)
    if level is None or chapter_level is None or NUMBERED_TITLE.match(title):
        return False
    return level > chapter_level
