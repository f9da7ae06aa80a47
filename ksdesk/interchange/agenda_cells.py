"""What a kallelse's table writes in a cell besides the cell's own field, as Kungsbacka
kommun's nämnder do: the Tid column holding how long an ärende takes ("5 min", "10" over
"min"), not when it starts; the Ärende cell holding under the title the föredragande
("Föredragande: Christina" over "Nordberg, controller"), the number of documents ("5 st
dokument"), the minutes ("15 min"), or the hour and the names without label ("08:30-09:15",
"Sven-Erik Bergström", "Anders Lund"); the Beteckning cell holding after the Dnr the
föredragande and the hour ("TE-2025-00369, Föredragande: Fanny Nilsson 17:00 – 17:35").
agenda_item.read_item takes each apart, reporting what it moved and what it left out."""

from __future__ import annotations

import re

from ksdesk.core.dnr import parse_dnr
from ksdesk.core.import_report import ImportReport

# "5 min", "10 min", "1,5 tim", "ca 20 minuter", "1 h": how long, not when.
_DURATION = re.compile(
    r"(?:ca\.?\s*)?\d{1,3}(?:[,.]\d)?\s*(?:min(?:uter)?|tim(?:me|mar)?|h)\.?", re.IGNORECASE
)


def duration(text: str) -> str | None:
    """The cell as a length of time ("10 min" for "10" over "min"), None for other text."""
    cleaned = " ".join(text.split())
    return cleaned if cleaned and _DURATION.fullmatch(cleaned) else None


# "5 st dokument", "1 st dokument", "3 dokument": how many handlingar the ärende has.
_DOCUMENTS = re.compile(r"\d{1,3}\s*(?:st\.?\s*)?(?:dokument|handlingar|bilagor)", re.IGNORECASE)


def counts_or_lasts(text: str) -> bool:
    """Whether a line is how many documents an ärende has or how long it takes ("2 st
    dokument", "10 min"): a number at a line's start that is no list number."""
    cleaned = " ".join(text.split())
    return bool(duration(cleaned) or _DOCUMENTS.fullmatch(cleaned))


# A line broken after a dash between digits: "(KS 2024-" over "00740)", "Strategi 2024–"
# over "2027": one word, also where a PDF's cell gave the lines joined ("2024- 00740").
_DIGITS_BROKEN = re.compile(r"(?<=[0-9][-–])(?:[ \t]*\n[ \t]*| )(?=[0-9])")
_SPAN = re.compile(r"\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}")
_SPAN_AT_END = re.compile(rf"(?:^|\s){_SPAN.pattern}$")
# "… verksamhetschef 1 st dokument": a count run onto a line, "st" making it one.
_DOCUMENTS_AT_END = re.compile(r"\s(?P<count>\d{1,3}\s*st\.?\s*dokument)$", re.IGNORECASE)
# A name's line that goes on on the next: "Ivan Stipic, Individ &" over "Familjeomsorg".
_GOES_ON = re.compile(r"(?:[&,–-]|\boch)$")
# The Beteckning cell: the Dnr, then who presents and when, "TE-2025-00369, Föredragande:
# Fanny Nilsson – (Ernst & Young) 17:00 – 17:35", "…, Handläggare: Simon Nissen".
_DNR_AND_MORE = re.compile(
    r"(?P<dnr>[^,]+),\s*(?:(?:föredragande|handläggare)\s*:\s*)?(?P<who>.*?)[\s,]*"
    rf"(?P<span>{_SPAN.pattern})?",
    re.IGNORECASE,
)


def title_cell(title: str, where: str, report: ImportReport) -> str:
    """The Ärende cell's lines made the title's: a line broken inside a number joined, the
    lines under it saying how many documents and how many minutes left out (reported), the
    names each on a line under an hour ("08:30-09:15" over "Sven-Erik Bergström" over "Anders
    Lund") joined as a list, for agenda_title.from_title to read as the föredragande."""
    lines = _DIGITS_BROKEN.sub("", title).split("\n")
    while len(lines) > 1 and (tail := _counted_tail(lines[-1])):
        why = "ärendets längd" if duration(tail) else "antalet handlingar"
        report.drop(where, tail, f"{why} under rubriken i ärendecellen: läses inte in")
        lines[-1] = lines[-1].strip()[: -len(tail)].strip()
        if not lines[-1]:
            lines.pop()
    at = next((i for i, line in enumerate(lines) if _SPAN_AT_END.search(line)), None)
    if at is None or at == len(lines) - 1:
        return "\n".join(lines)
    people = [lines[at + 1].strip()]
    for line in lines[at + 2 :]:
        if _GOES_ON.search(people[-1]):
            people[-1] += " " + line.strip()
        else:
            people.append(line.strip())
    joint = "; " if any("," in person for person in people) else ", "
    return "\n".join([*lines[: at + 1], joint.join(people)])


def _counted_tail(line: str) -> str:
    """A line that is a count of documents or minutes, or ends in a count of documents
    ("… verksamhetschef 1 st dokument", a PDF's cell line run on): that part, else ""."""
    line = line.strip()
    if _DOCUMENTS.fullmatch(line) or duration(line):
        return line
    found = _DOCUMENTS_AT_END.search(line)
    return found["count"] if found else ""


def dnr_cell(values: dict[str, str], where: str, report: ImportReport) -> None:
    """A Beteckning cell holding after the Dnr who presents the ärende and when: each to its
    own field (when the row has nothing there), reported."""
    cell = " ".join(_DIGITS_BROKEN.sub("", values.get("dnr", "")).split())
    match = _DNR_AND_MORE.fullmatch(cell)
    if match is None or not parse_dnr(match["dnr"]).is_complete:
        return
    values["dnr"] = match["dnr"].strip()
    who, span = match["who"].strip(" ,"), match["span"]
    if who and not values.get("presenter"):
        values["presenter"] = who
    if span and not values.get("time_slot"):
        values["time_slot"] = span
    report.change(where, cell, "föredragande och tid lästes ur Dnr-cellen")
