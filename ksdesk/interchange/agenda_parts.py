"""A lettered delpunkt a list writes under an ärende without a number of its own ("10
VÅRDNADSÖVERFLYTTNING" over "a) Enskilt ärende RMA" and "b) Enskilt ärende KM"; "15 a)
Anmälan av protokollsjustering" over "b) …" and "c) …"; Region Västmanland's avsägelser a)–b)
under one förslag): a part of that ärende, as the list has it, read into its title with its
letter, so that the ärenden after it keep the numbers the list gave them. A delpunkt the list
numbers itself ("3 a", "3 b" under "3") or that has a Dnr, a föredragande, a time or a förslag
of its own is an ärende of its own (agenda_numbering.Numbering.place)."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende
from ksdesk.interchange.agenda_result import AgendaImport
from ksdesk.interchange.agenda_rows import RowNumber

# The letter a row's Nr ends in: "15 a)", "a)", "b."
_LETTER_AT_END = re.compile(r"(?P<letter>[a-zåäö])\s*[).]?$")


def joins_as_part(
    nr: RowNumber | None,
    item: Arende,
    result: AgendaImport,
    label: str,
    where: str,
    report: ImportReport,
) -> bool:
    """Whether the row is a lettered part of the numbered ärende above; if so it is read into
    that ärende's title with its letter as written ("… a) Enskilt ärende RMA b) Enskilt
    ärende KM", Alingsås's "… A/ Handlingsplan kosten"), reported."""
    if nr is None or nr.number is not None or not nr.sub.isalpha() or not result.items:
        return False
    own = item.dnr or item.presenter or item.time_slot or item.proposal or item.secret
    above = result.items[-1]
    if own or item.is_section or above.is_section or result.numbers[-1] is None:
        return False
    first = _LETTER_AT_END.search(result.labels[-1])
    if first and not above.title.startswith(f"{first['letter']}) "):
        above.title = f"{first['letter']}) {above.title}"  # "15 a)": its part a)
    above.title = f"{above.title} {label} {item.title}"
    why = (
        f"delpunkt {nr.sub}) under ärende {result.numbers[-1]}, utan eget nummer eller Dnr: "
        "lästes in i ärendets rubrik, som en del av det"
    )
    report.change(where, item.title, why)
    return True
