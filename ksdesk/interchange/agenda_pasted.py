"""A list pasted as text, one line an ärende with its number first ("1. Upprop", "26 Dnr KS
2018/14 Information ... 3"): whether lines are such a list, where it begins on a pasted page
(under the page's own lines, or under its heading "Dagordning" / "Ärenden" further down),
which lines without number it may hold (headings, delpunkter, bilagor, a few events of the
meeting between its points), and where it ends (the page's closing lines after it). What a
single row is, is read in agenda_rows.py."""

from __future__ import annotations

import re

from ksdesk.core.written_dates import find_written_date
from ksdesk.interchange.agenda_presenter import informer_line, presenter_line
from ksdesk.interchange.agenda_rows import (
    bilaga_line,
    first_nr,
    is_first_unnumbered,
    is_heading,
    is_opening_item,
    number_first,
    sub_in_title,
)
from ksdesk.interchange.agenda_title import has_dnr
from ksdesk.interchange.agenda_withdrawn import withdrawn_line

_SECTION_NAME = re.compile(r"[A-ZÅÄÖ][^\d\n.:;]{2,40}")  # a heading's: "Inledning"

# The lines of a pasted page searched for the list's heading, and the headings a page gives
# the list under it.
_PAGE_LINES = 40
_LIST_HEADING = re.compile(
    r"(?:(?:utsänd|reviderad|preliminär|kompletterad)\s+)?"  # "Utsänd föredragningslista"
    r"(?:dagordning|ärenden|ärendelista|föredragningslista|ärenden som behandlas)\s*:?",
    re.IGNORECASE,
)
# A list whose lines all start with their number may have one line without number (an event
# of the meeting, a line the webcast added) for every four numbered points, no more.
_NUMBERED_PER_EVENT = 4


def list_start(rows: list[tuple[int, list[str]]]) -> int | None:
    """A list pasted as text without a rubrikrad, one line an ärende with its number first
    ("1 Ordföranden hälsar välkommen.", "92 Ändring av föredragningslistan"): the row where
    it begins (the lines above are the document's heading, "BEHANDLADE ÄRENDEN"). None when
    the rows are no such list."""
    if any(sum(1 for c in cells if c.strip()) > 1 for _, cells in rows):
        return None
    texts = [next((c.strip() for c in cells if c.strip()), "") for _, cells in rows]
    first = next((at for at in _list_starts(texts) if _is_list(texts[at:])), None)
    if first is None:
        # A kungörelse's lines of time, place and who presides right above its "1. Upprop".
        first = next((at for at, t in enumerate(texts[:_PAGE_LINES]) if number_first(t)[0]), None)
        if first is None or not _is_list(texts[first:]):
            return None
    if first and names_list(texts[first - 1]):
        return first  # "Dagordning" over "1. Sammanträdet öppnas": the list's own heading
    if first and is_first_unnumbered(texts[first - 1], first_nr(texts[first])):
        # Its first ärende, unnumbered: "Information från ledamöter …"; a group of lettered
        # points may stand above it and the list's heading, or more such standing items
        # ("Val av protokolljusterare" over "Godkännande av dagordning" over "1 …").
        start = _points_above(texts, first - 1)
        while start == first - 1 and start and is_opening_item(texts[start - 1]):
            start, first = start - 1, first - 1
        return start
    if first and is_heading(texts[first - 1]):
        return first - 1  # "Beslutsärenden" over "1. Upprop": the first group's heading
    if first and _in_groups(texts[first:]) and _group_heading(texts[first - 1]):
        return first - 1  # "Interpellationer och frågor" over 1–4, "Ärenden" over 1–7 later
    return first


def _points_above(texts: list[str], start: int) -> int:
    """Where the list begins when points lettered "A/", "B/" stand under their heading above
    it and its own heading (Alingsås: "Information och överläggningar", "A/ Träff med …",
    "B/ …", "Ärendelista"): at that heading, so the points are read, not left out."""
    at = start - 1 if start and names_list(texts[start - 1]) else start
    above = at
    while above and (sub := sub_in_title(texts[above - 1])) is not None and sub[0] != "-":
        above -= 1
    if above == at or not above or not _SECTION_NAME.fullmatch(texts[above - 1].strip()):
        return start
    return above - 1


def _in_groups(texts: list[str]) -> bool:
    """Whether the list numbers its groups from 1 each, under a line without number."""
    return any(
        at and not first_nr(texts[at - 1]) and getattr(first_nr(text), "number", None) == 1
        for at, text in enumerate(texts)
    )


def _group_heading(line: str) -> bool:
    """A group's heading, not the document's (in capitals, dated) nor the list's own."""
    return not (line.isupper() or find_written_date(line) or names_list(line))


def _list_starts(texts: list[str]) -> list[int]:
    """Where a pasted list may begin: a numbered line among the first four, or one right
    under the list's own heading further down a pasted page ("Dagordning", "Ärenden" under
    the page's lines of time, place and links)."""
    return [
        at
        for at, text in enumerate(texts[:_PAGE_LINES])
        if number_first(text)[0] and (at <= 3 or names_list(texts[at - 1]))
    ]


def names_list(line: str) -> bool:
    """ "Dagordning", "Ärenden", "Föredragningslista:": the heading a page gives its list."""
    return bool(_LIST_HEADING.fullmatch(" ".join(line.split())))


def _is_list(texts: list[str]) -> bool:
    """Whether the lines from a numbered one on are a list, the page's closing lines after
    its last ärende left out ("Fullmäktiges sammanträden är offentliga.")."""
    return numbers_in_titles(texts[: list_end(texts)])


def numbers_in_titles(titles: list[str]) -> bool:
    """True for a list pasted into one column, where every ärende's title starts with its
    number (headings, delpunkter and bilagor aside), in at least two rows."""
    numbered = [at for at, title in enumerate(titles) if number_first(title)[0]]
    events = 0
    for at, title in enumerate(titles):
        if at in numbered or (
            is_heading(title)
            or sub_in_title(title)
            or bilaga_line(title)
            or is_opening_item(title)
            or presenter_line(title)  # "Föredragande landstingsråd: …" over its ärenden
            or informer_line(title)  # "Muntlig information av …" under its ärende
            or withdrawn_line(title) is not None  # "Ärende 5 utgår"
            or (names_list(title) and bool(numbered) and at < numbered[0])  # "Ärendelista"
            or (at == 0 and len(titles) > 1 and is_first_unnumbered(title, first_nr(titles[1])))
            or (at == 0 and _SECTION_NAME.fullmatch(title.strip()))  # "Inledning" over "1 …"
        ):
            continue
        if has_dnr(title) and numbered and at > numbered[0]:
            continue  # an ärende without number in a group of them ("Anmälningsärenden")
        if not numbered or not (numbered[0] < at < numbered[-1] or _in_group_after(titles, at)):
            return False
        events += 1  # Heby's "Fullmäktige ajournerar sig för Information …" between 4 and 5
    return len(numbered) >= 2 and events <= len(numbered) // _NUMBERED_PER_EVENT


def _in_group_after(titles: list[str], at: int) -> bool:
    """Whether the line stands under a heading after the list's last number."""
    last = max(n for n, title in enumerate(titles) if number_first(title)[0])
    return at > last and any(is_heading(t) for t in titles[last + 1 : at])


def is_event_between(title: str) -> bool:
    """Whether a line without number between a list's numbered points is no heading of
    its own kind but something that happens at the meeting ("Justering av närvarolistan",
    "Fullmäktige ajournerar sig för …"): `numbers_in_titles` lets a few stand in the list."""
    return not (
        is_heading(title)
        or sub_in_title(title)
        or bilaga_line(title)
        or is_opening_item(title)
        or presenter_line(title)
        or informer_line(title)
    )


def list_end(titles: list[str]) -> int:
    """Where a list of numbered titles ends: after its last numbered line and the delpunkter,
    bilagor and standing items right under it. The lines after it close the document
    ("Protokollet framlagt", the ordförande's name under a kungörelse), no ärenden."""
    numbered = [at for at, title in enumerate(titles) if number_first(title)[0]]
    end = numbered[-1] + 1 if numbered else len(titles)
    while end < len(titles) and (
        sub_in_title(titles[end]) or bilaga_line(titles[end]) or is_opening_item(titles[end])
    ):
        end += 1
    return _group_after(titles, end)


def _group_after(titles: list[str], end: int) -> int:
    """A group of ärenden without numbers after the numbered list, under its heading, each
    with its Dnr (Region Jönköping's page: "Anmälningsärenden" over "Granskning … - RJL
    2017/953"): the list goes on to the last line with a Dnr under the heading."""
    if end >= len(titles) or not is_heading(titles[end]):
        return end
    with_dnr = [at for at in range(end + 1, len(titles)) if has_dnr(titles[at])]
    return with_dnr[-1] + 1 if with_dnr else end
