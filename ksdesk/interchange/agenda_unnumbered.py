"""Rows a numbered ärendelista leaves without number that its neighbours tell apart:
the first row over an opening item that has no number either ("Studiebesök Duvehed
omlastningsstation" over "Val av justerare", Kungsbacka's nämnd for Service) is the meeting's
first ärende, not a heading over nothing; a kind's word alone over numbered ärenden of that
kind ("Information" over "1. Information om samråd …", Kungsbacka's kommunstyrelse) is the
heading of that group, not the standing ärende "Information", and the ärenden under it are
of that kind."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import ITEM_KIND_LABELS, Arende
from ksdesk.interchange.agenda_result import AgendaImport
from ksdesk.interchange.agenda_rows import RowNumber, is_heading, is_procedural_item


def opens_before_opening_item(title: str, next_title: str, next_nr: str) -> bool:
    """The list's first row, no heading by its words, above an opening item without
    number: an ärende of its own."""
    return (
        not next_nr
        and is_procedural_item(next_title)
        and not is_heading(title)
        and not title.isupper()
    )


def heads_its_kind(
    item: Arende,
    nr: RowNumber | None,
    next_title: str,
    next_nr: RowNumber | None,
    where: str,
    report: ImportReport,
) -> None:
    """A bare row of one word without number, the next row numbered and its title starting
    with that word: the heading over them (reported)."""
    words = item.title.split()
    bare = not (item.dnr or item.presenter or item.time_slot or item.proposal or item.secret)
    if item.is_section or nr is not None or not bare or len(words) != 1 or next_nr is None:
        return
    if next_title.split()[:1] != words:
        return
    item.is_section = True
    why = "står utan nummer över numrerade ärenden om samma sak: läses som rubrik"
    report.change(where, item.title, why)


# A heading's words for the kind of the ärenden under it: "Information", "Informationsärenden",
# "Beslutsärenden", "Anmälningsärenden", "Anmälningar".
_HEADING_KINDS = (("information", "information"), ("besluts", "beslut"), ("anmäl", "anmalan"))
# A title that is information by its first word ("Information om …", "Information från …",
# "Information – …"), not one that only begins so ("Informationssäkerhetspolicy").
_INFORMATION = re.compile(r"\s*information(?:\s+(?:om|från|kring|angående)\b|\s*[-–:]|\s*$)", re.I)


def kinds_under_headings(result: AgendaImport, columns: dict[str, int]) -> None:
    """The ärenden under a heading that names their kind get it, where the list has no Typ
    column (`columns`) to say it: Kungsbacka's "Information" over "3. Information om samråd
    …" makes information ärenden, not beslut that check() then finds without beslut.
    Reported once a heading."""
    if "kind" in columns:
        return
    kind, said, report = "", False, result.report
    for item, row in zip(result.items, result.rows, strict=True):
        if item.is_section:
            words = item.title.strip().lower()
            kind = next((k for start, k in _HEADING_KINDS if words.startswith(start)), "")
            said = False
        elif not kind and _INFORMATION.match(item.title) and item.kind == "beslut":
            # A list without such headings: "Information om arbetet med semesterbemanning"
            # (Kungsbacka Vård & Omsorg 2025-03-20, walk31) says its kind in its title, as
            # plainly as the Typ column then shows it: no line in the report for it.
            item.kind = "information"
        elif kind and item.kind != kind and not item.is_standard:
            item.kind = kind
            if not said:
                why = f"ärendena under rubriken blir av typen {ITEM_KIND_LABELS[kind]}"
                report.change(f"Rad {row}", item.title, why)
                said = True
