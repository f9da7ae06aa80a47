"""A table of points with no header row: Karlstad's vård- och omsorgsnämnd puts each section's
points in a two-column table, the Ärende left and the Delegat right, with no row naming the
columns (and some kommuner add the point's number in a first column). Such a table is read
as if it had the header "Ärende | Delegat" ("Nr | Ärende | Delegat"); only in a document
where no header row has been read yet, and only when its rows look like points: an Ärende of
a few words and a Delegat of short role lines."""

from __future__ import annotations

import re

from ksdesk.interchange.delegation_cells import is_point_nr
from ksdesk.interchange.delegation_layout import header_layout

# A role on a line of its own: short, capitalised, no sentence ("Vård- och omsorgsdirektör",
# "Respektive chef på område eller enhet").
_ROLE_LINE = re.compile(r"^[A-ZÅÄÖ][^.;:]{1,60}$")
_ROLE_WORDS = 7
_ARENDE_WORDS = 3
_SHARE = 0.6  # of the rows with text in both columns
_CODE = re.compile(r"^[A-ZÅÄÖ0-9./-]{1,6}$")  # an abbreviation alone ("MAS", "FC")


def headerless_header(rows: list[list[str]]) -> list[str] | None:
    """The header the table's rows would have ("Ärende", "Delegat"; with "Nr" first when
    the first column holds point numbers), or None when the rows are not points."""
    if not rows or any(len(row) != len(rows[0]) for row in rows):
        return None
    if any(header_layout(row) for row in rows[:3]):
        return None  # it has a header row after all
    width = len(rows[0])
    numbers = [r[0] for r in rows if r[0].strip() and r[0] != r[1]]  # not a title row
    numbered = width == 3 and bool(numbers) and all(is_point_nr(n) for n in numbers)
    if width != 2 and not numbered:
        return None
    pairs = [(r[-2].strip(), r[-1].strip()) for r in rows if r[-2].strip() != r[-1].strip()]
    filled = [(arende, roles) for arende, roles in pairs if arende and roles]
    if not filled or all(_CODE.match(roles) for _, roles in filled):
        return None  # "Medicinskt ansvarig sjuksköterska | MAS": a list of abbreviations
    points = [(a, roles) for a, roles in filled if _arende(a) and _roles(roles)]
    if len(points) < _SHARE * len(filled):
        return None
    return ["Nr", "Ärende", "Delegat"] if numbered else ["Ärende", "Delegat"]


def _arende(text: str) -> bool:
    return len(text.split()) >= _ARENDE_WORDS or text.lstrip("-–• ")[:1].islower()


def _roles(text: str) -> bool:
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    return all(_ROLE_LINE.match(line) and len(line.split()) <= _ROLE_WORDS for line in lines)
