"""A list of delegationsbeslut written as text, as kallelser and protokoll publish it: the item
"Anmälan av delegationsbeslut", then the decisions as lettered points, one a line or several on
one line, the decision's date first or none, the Dnr last or none:

    2 Anmälan av delegationsbeslut: A. Öppettider på Farsta sim- och idrottshall B. Öppettider …
    A. 2022-05-11, yttrande i mål nr 7978-22
    A. Evenemangsavtal mellan IF Brommapojkarna och Stockholms stad, dnr 322/432/2014. B. …

(Stockholm idrottsnämnden, tests/interchange/real_beslut_lists.py), or numbered from 1, a
socialnämnd's "1. Dnr. 12.S0068 754 IFO-beslut …" (real_beslut_lists_second.py). A secretary
saves it as a .txt file, or pastes it into a sheet. beslut_list reads it so when the file
has no rubrikrad.

The list ends where the page goes on to the next agenda item ("3 Anmälningsärenden:"): its
lettered lines are other matters, never decisions. Without a heading naming delegationsbeslut,
lettered points that are a sentence's clauses or a numbered point's sub-list (a stadga's
"a) att …, b) att …,") are no list either. Every line not read as a decision is a line
in the report, naming its row; a decision the list does not date, number or name a delegat for
is read without them, and the import says what it lacks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport, cleaned_cell, count
from ksdesk.core.written_dates import read_written_date
from ksdesk.interchange.beslut_agenda import agenda_follows, heading_number, next_agenda_item
from ksdesk.interchange.beslut_item_dnr import item_dnr_why
from ksdesk.interchange.beslut_point_words import DNR_FIRST, DNR_TOKENS, split_point
from ksdesk.interchange.beslut_rows import BeslutRow, line_where
from ksdesk.interchange.beslut_text_layout import (
    AFTER_LIST,
    DNR_LED,
    GROUP_HEADING,
    GROUP_TEXT,
    PAGE_HEAD,
    delegat_group,
    dnr_cells,
    group_heading,
    list_end,
    page_head,
)
from ksdesk.interchange.column_map import heading_key
from ksdesk.interchange.import_guard import decode_text

# The line that opens the list: "2 Anmälan av delegationsbeslut:", "Redovisning av
# delegeringsbeslut", "§ 41 Delegationsbeslut", "Förteckning över delegationsbeslut".
_LIST_HEADING = re.compile(r"(?i)\bdelegations?beslut|\bdelegeringsbeslut")
# The next item of an agenda: its number, then a capital ("3 Anmälningsärenden:", "§ 42 Riktl…",
# "p. 3 Personärende" as a kallelse numbers its items).
_NEXT_ITEM = re.compile(r"^(?:§\s*|p\.\s*)?\d{1,3}\.?\s+[A-ZÅÄÖ]")
# A lettered point: "A. ", "b) ". Only the letter that comes next opens one, so that a capital
# and a full stop inside a title ("Stockholms stad. B") are not taken for a point unless it is
# the next letter, where a list would put it anyway.
_POINT = re.compile(r"(?:^|(?<=\s))([A-Za-zÅÄÖåäö])[.)]\s+")


class TextLine(NamedTuple):
    """A line of the text: its number (in the file, the sheet or the PDF's page) and words."""

    row: int
    text: str
    page: int = 0

    @property
    def where(self) -> str:
        return line_where(self.row, self.page)


class _Point:
    """One decision of the text: the line it starts on, its letter and its words."""

    def __init__(
        self, line: TextLine, label: str, words: str, delegat: str, group: str = ""
    ) -> None:
        self.line, self.label, self.words, self.delegat = line, label, words, delegat
        self.group = group  # the heading the decision stands under ("Lex Sarah")

    def beslut_row(self, report: ImportReport) -> BeslutRow:
        date_text, text, dnr = split_point(self.words)
        if not text and dnr and self.group:  # "Diarienummer VO-2024-00444" under "Lex Sarah"
            text = self.group
            report.change(self.line.where, dnr, GROUP_TEXT.format(self.group))
        row = BeslutRow(self.line.row, dnr=dnr, date_text=date_text, text=text, label=self.label)
        row.page = self.line.page
        row.date = read_written_date(date_text) if date_text else None
        if date_text and not text.startswith(date_text) and date_text in text:
            report.change(row.where, date_text, "datumet i texten lästes som beslutsdatum")
        row.delegat = self.delegat
        return row


def numbered_lines(data: bytes) -> list[TextLine]:
    """The lines of a text file."""
    return [TextLine(n, text) for n, text in enumerate(decode_text(data).splitlines(), start=1)]


def text_lines(records: Iterable[tuple[int, list[str]]]) -> list[TextLine]:
    """The rows of a sheet as lines: the cells of a row joined."""
    return [TextLine(n, " ".join(c.strip() for c in cells if c.strip())) for n, cells in records]


def read_text_list(
    lines: list[TextLine], filename: str, report: ImportReport
) -> list[BeslutRow] | None:
    """The decisions of a list written as text; None when `lines` hold no such list (no line
    names delegationsbeslut, none is a lettered point). InvalidInput when the list names none."""
    lines = [line._replace(text=cleaned_cell(line.text, report, line.where)) for line in lines]
    lines = [line for line in lines if line.text.strip()]
    start = list_start(lines)
    if start is None:
        return None
    item_dnr = item_dnr_why([line.text for line in lines[: start + 1]])  # over the heading
    for at, line in enumerate(lines[:start]):
        why = item_dnr.get(at, "står före listan över delegationsbeslut")
        report.drop(line.where, line.text, why)
    found: list[_Point] = []
    delegat, letter, number, heading_above = "", "A", 1, ""
    heading = heading_number(lines[start].text)  # "2. Anmälan …": the agenda's "3." ends it
    for at, line in enumerate(lines[start:], start):
        text, where = line.text, line.where
        # A numbered point ("1. Dnr 12.S0068 754 …") is the list's while its numbers run on
        # from 1 in a list not lettered; any other number is the agenda's next item.
        numbered = _NUMBERED.match(text) if at > start and letter == "A" else None
        if (
            numbered
            and int(numbered[1]) == number
            and not next_agenda_item(heading, number, text[numbered.end() :])
        ):
            found.append(_Point(line, numbered[1], text[numbered.end() :].strip(), delegat))
            number += 1
            continue
        if at > start and _NEXT_ITEM.match(text):
            for rest in lines[at:]:
                report.drop(rest.where, rest.text, "hör till nästa punkt på dagordningen")
            break
        if at > start and (group := delegat_group(text)):  # "Kommundirektörens beslut"
            delegat, letter, number = group, "A", 1
            report.change(where, text, f"delegat för besluten under: {delegat}")
            continue
        if found and found[-1].label and _dnr_only(text):  # "Dnr 187-2007-107" under a point
            found[-1].words += " " + text
            continue
        if at > start and not (found and found[-1].label) and (cells := dnr_cells(text)):
            found += [_Point(line, "", f"Dnr {dnr}", delegat, heading_above) for dnr in cells]
            continue
        if at > start and DNR_FIRST.match(text):  # a decision a line, its Dnr first
            found.append(_Point(line, "", text, delegat, heading_above))
            continue
        if at > start and _dnr_led(found) and (page_head(text) or list_end(text)):
            if page_head(text):
                report.drop(where, text, PAGE_HEAD)
                continue
            for rest in lines[at:]:
                report.drop(rest.where, rest.text, AFTER_LIST)
            break
        if at > start and _dnr_led(found) and DNR_LED.match(text):  # "AVTAL-2025-00422. …"
            found.append(_Point(line, "", text, delegat, heading_above))
            continue
        if at > start and (not found or _dnr_led(found)) and _group_at(lines, at):  # "Övrigt"
            report.drop(where, text, GROUP_HEADING)
            heading_above = text.strip()
            continue
        if at > start and letter != "A" and _starts_again(lines, at):  # "Individ- och familj…"
            report.drop(where, text, "underrubrik i listan: ingen rad med beslut")
            letter = "A"
            continue
        before, points = _points(text, letter)
        if before and at == start:
            report.drop(where, before, "listans rubrik")
        elif before and found:  # a point's words run on over the line's end
            found[-1].words += " " + before
        elif before:
            report.drop(where, before, "står före listans första punkt")
        for label, words in points:
            found.append(_Point(line, label, words, delegat))
            letter = chr(ord(label) + 1)
    if not found:
        raise InvalidInput(
            f"{filename}: listan under ”{lines[start].text}” namnger inga beslut. Importera "
            "listan där besluten står, en rad för varje (Dnr, beslutsdatum, beslut, delegat)."
        )
    report.read.append(count(len(found), "beslut", "beslut") + " ur en lista skriven som text")
    return [point.beslut_row(report) for point in found]


def list_start(lines: list[TextLine]) -> int | None:
    texts = [line.text for line in lines]
    for at, line in enumerate(lines):
        # A title over a numbered agenda names delegationsbeslut but heads no list.
        heads = _LIST_HEADING.search(line.text) and not _POINT.match(line.text)
        if heads and not agenda_follows(texts, at):
            return at
    for at, line in enumerate(lines):  # no heading: the list is its lettered points
        point = _POINT.match(line.text)
        if point and point[1] in "Aa" and not in_a_sentence(lines, at):
            return at
    return None


# A point that goes on in the next ("…, ", "…; ", "… och"): the clauses of one sentence.
_CLAUSE_END = re.compile(r"(?:[,;]|\s(?:och|samt|eller))$", re.I)
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s")


def in_a_sentence(lines: list[TextLine], at: int) -> bool:
    """Whether the lettered points from `at` without a heading over them are a sentence's
    clauses, not decisions: a list in a stadga or an avtal ("… som innebär:" over "a) att en
    medlems skyldighet … ökas," "b) att …,"), whose points but the last go on in the next with
    a comma, a semicolon or "och", or that stands inside a numbered list (in point 2, with
    point 3 after it). A list of decisions names one matter a point."""
    points: list[str] = []
    letter, end = "a", at
    while end < len(lines) and not _NUMBERED.match(text := lines[end].text.strip()):
        point = _POINT.match(text)
        if point and point[1].lower() == letter:
            points.append(text)
            letter = chr(ord(letter) + 1)
        elif point or end - at > 3 * len(points):  # another list, or prose after the points
            break
        else:  # a point's words wrapped onto the next line
            points[-1] += " " + text
        end += 1
    if len(points) >= 2 and all(_CLAUSE_END.search(text) for text in points[:-1]):
        return True
    before = _NUMBERED.match(lines[at - 1].text.strip()) if at > 0 else None
    after = _NUMBERED.match(lines[end].text.strip()) if end < len(lines) else None
    return bool(before and after and int(after[1]) == int(before[1]) + 1)


REPEATED_HEADER, SUB_HEADING = "rubrikrad", "underrubrik"


def layout_row(cells: list[str], header: list[str]) -> str | None:
    """What a row of a table is when it is no decision: the rubrikrad again (a list printed
    over several pages and copied back into a sheet), or a sub-heading alone in its row
    ("Kommundirektörens beslut", "Individ- och familjeomsorg"); None for a decision's row."""
    filled = [heading_key(c) for c in cells if c.strip()]
    if filled and filled == [heading_key(c) for c in header if c.strip()]:
        return REPEATED_HEADER
    if len(filled) == 1 and sum(1 for c in header if c.strip()) >= 3:
        return SUB_HEADING
    return None


def _starts_again(lines: list[TextLine], at: int) -> bool:
    """Whether the line at `at` is a sub-heading: no point of its own, and the points start
    again from A on the next line (a list grouped by chapter or by unit)."""
    if at + 1 >= len(lines) or _POINT.match(lines[at].text):
        return False
    point = _POINT.match(lines[at + 1].text)
    return point is not None and point[1] in "Aa"


def _dnr_led(found: list[_Point]) -> bool:
    """Whether the list's decisions are paragraphs led by their Dnr, not lettered points."""
    return bool(found) and not found[-1].label


def _group_at(lines: list[TextLine], at: int) -> bool:
    after = lines[at + 1].text if at + 1 < len(lines) else ""
    starts = bool(DNR_FIRST.match(after) or DNR_LED.match(after) or dnr_cells(after))
    return group_heading(lines[at - 1].text, lines[at].text, after, starts)


def _dnr_only(text: str) -> bool:
    label = DNR_FIRST.match(text)
    token = DNR_TOKENS.match(text, label.end()) if label else None
    return token is not None and not text[token.end() :].strip(" .")


def _points(text: str, letter: str) -> tuple[str, list[tuple[str, str]]]:
    """(the words before the first point, [(letter, words) of each point]) of one line: the
    points open with `letter` and run on in the alphabet ("A." then "B."), in either case."""
    starts: list[tuple[int, int, str]] = []
    position = 0
    while match := _POINT.search(text, position):
        if match[1].upper() == letter.upper():
            starts.append((match.start(), match.end(), match[1].upper()))
            letter = chr(ord(letter.upper()) + 1)
        position = match.end()
    if not starts:
        return text.strip(), []
    heading = text[: starts[0][0]].strip()
    points = []
    for at, (_, end, label) in enumerate(starts):
        stop = starts[at + 1][0] if at + 1 < len(starts) else len(text)
        points.append((label, text[end:stop].strip()))
    return heading, points
