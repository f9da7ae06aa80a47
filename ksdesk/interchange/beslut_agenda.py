"""Where a list of delegationsbeslut written as text meets the agenda around it: the numbers
of an agenda ("1. Upprop", "2. Val av justerare") are no points of the list, though the
list's points are numbered too ("1. Dnr. 12.S0068 754 …").

- A heading naming delegationsbeslut followed directly by an agenda numbered from "1." (a
  kallelse's title line "… anmälan av delegationsbeslut" over its agenda) is not the list's
  heading: the agenda's points are its opening items ("Upprop", "Val av justerare") or name
  delegationsbeslut themselves ("3. Anmälan av delegationsbeslut").
- A heading numbered as an agenda item ("2. Anmälan av delegationsbeslut") is followed, after
  the list, by the agenda's next number ("3. Budgetuppföljning"): that number ends the list
  unless its line is plainly a decision (a Dnr or a date on it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ksdesk.core.written_dates import find_written_date

_LIST_HEADING = re.compile(r"(?i)\bdelegations?beslut|\bdelegeringsbeslut")
_NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(.*)$")
# The items every agenda opens or closes with, none of them a decision.
_AGENDA_ITEM = re.compile(
    r"(?i)^(?:(?:mötets|sammanträdets)\s+öppnande|upprop|närvaro\w*|val\s+av\s+justerar\w*|"
    r"justering\w*|(?:godkännande|fastställande)\s+av\s+(?:dagordning|föredragningslista)\w*|"
    r"övriga\s+frågor|(?:mötets|sammanträdets)\s+avslutande|meddelanden|anmälningsärenden)\b"
)
# An agenda item's number at the start of the heading ("2. Anmälan …", "2 Anmälan …"); not a
# protokoll's paragraph ("§ 1 …"), whose next one is written "§ 2", not "2.".
_HEADING_NUMBER = re.compile(r"^(\d{1,2})[.)]?\s+\D")
_DNR = re.compile(r"(?i)\b(?:dnr|diarienr|diarienummer)\b")
_LOOK_AHEAD = 12  # lines: an agenda's first items stand close under its title


def agenda_follows(texts: Sequence[str], at: int) -> bool:
    """Whether the lines after the heading at `at` are an agenda numbered from 1, not the
    list: its numbered items (the first of them "1.") hold an agenda's own items."""
    first = _NUMBERED.match(texts[at + 1].strip()) if at + 1 < len(texts) else None
    if first is None or first[1] != "1":
        return False
    items, number = [], 1
    for text in texts[at + 1 : at + 1 + _LOOK_AHEAD]:
        numbered = _NUMBERED.match(text.strip())
        if numbered and int(numbered[1]) == number:
            items.append(numbered[2])
            number += 1
    return any(_AGENDA_ITEM.match(item) or _LIST_HEADING.search(item) for item in items)


def heading_number(heading: str) -> int | None:
    """The agenda number of the list's heading ("2. Anmälan av delegationsbeslut" → 2)."""
    match = _HEADING_NUMBER.match(heading.strip())
    return int(match[1]) if match else None


def next_agenda_item(heading: int | None, number: int, words: str) -> bool:
    """Whether the point numbered `number` under a heading numbered `heading` is the
    agenda's next item: the heading's number plus one, on a line that names no Dnr or date."""
    if heading is None or number != heading + 1:
        return False
    return not (_DNR.search(words) or find_written_date(words) is not None)
