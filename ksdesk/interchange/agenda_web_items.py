"""What a web page writes under each ärende of its list, when the page is pasted whole: a
portal (insynsverige.se, a Meetings or Netpublicator page) shows each ärende with its
diarienummer on a line of its own, the nämnd's förslag till beslut, a description and the
bilagor:

    1 Informationsärende - Digital fritidsgård
    Diarienummer 2021/KFN 0002 001
    Kultur- och fritidsnämndens förslag till beslut
    - Informationen noteras
    Beskrivning av ärendet
    Kultur- och fritidsnämnden informeras om digital fritidsgård

The diarienummer becomes the ärende's Dnr and the förslag its Förslag till beslut; the
description and the list of bilagor are not part of an ärendelista and are left out, each
line named in the report. The att-satser of a förslag numbered from 1 ("1. Utökad
investeringsbudget …") belong to it; a number past the last ärende's begins the next."""

from __future__ import annotations

import itertools
import re

from ksdesk.core.dnr import LABEL_WORDS, parse_dnr
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_presenter import presenter_line
from ksdesk.interchange.agenda_rows import first_nr, is_heading

Rows = list[tuple[int, list[str]]]
HEADER = ["Ärende", "Dnr", "Förslag till beslut"]

_DNR_LINE = re.compile(rf"(?:{LABEL_WORDS})\b\.?:?\s*(?P<dnr>.*)", re.IGNORECASE)
# "Kultur- och fritidsnämndens förslag till beslut", "… förslag till kommunstyrelsen för
# förslag till kommunfullmäktige", "Förslag till beslut": the förslag follows.
_PROPOSAL = re.compile(r"(?:[\w-]+(?: och [\w-]+)?s )?förslag till \w.{0,80}", re.IGNORECASE)
# The page's other parts of an ärende: its description and its documents.
_DESCRIPTION = re.compile(
    r"beskrivning av ärendet|ärendebeskrivning|sammanfattning(?: av ärendet)?|bakgrund"
    r"|bilagor|handlingar|beslutsunderlag|ärendet i korthet",
    re.IGNORECASE,
)


def with_item_details(rows: Rows, report: ImportReport) -> tuple[Rows, list[str]]:
    """(the list's rows, its rubrikrad): each ärende with its Dnr and förslag read from the
    lines under it, as HEADER's columns, when the page writes such lines; the rows as they
    are, under a rubrikrad of one column, when it does not."""
    if not any(_DNR_LINE.fullmatch(_text(cells)) for _, cells in rows):
        return rows, ["Ärende"]
    out: list[tuple[int, list[str]]] = []
    part = ""  # "proposal" or "description": what the lines under an ärende are
    last = 0  # the number of the ärende read last
    att = 0  # the att-satser of its förslag numbered so far ("1. Utökad …", "2. …")
    for number, cells in rows:
        line = _text(cells)
        nr = first_nr(line)
        numbered = nr is not None and nr.number is not None and not nr.sub
        if numbered and part == "proposal" and nr.number == att + 1:
            att += 1  # the förslag's own numbering, not the list's
        elif numbered and (not out or nr.number > last):
            out.append((number, [line, "", ""]))
            part, last, att = "", nr.number, 0
            continue
        if not out or is_heading(line) or presenter_line(line):
            out.append((number, [line, "", ""]))
            part = ""
        elif (dnr := _DNR_LINE.fullmatch(line)) and parse_dnr(dnr["dnr"]).is_complete:
            out[-1][1][1] = dnr["dnr"].strip()
        elif _proposal_heading(line):
            part = "proposal"
            report.change(f"Rad {number}", line, "rubrik för förslaget till beslut under den")
        elif _DESCRIPTION.fullmatch(line):
            part = "description"
            report.drop(f"Rad {number}", line, "webbsidans del av ärendet, läses inte in")
        elif part == "proposal":
            cell = out[-1][1]
            cell[2] = f"{cell[2]}\n{line}".strip()
        else:
            why = "beskrivning under ärendet på webbsidan, läses inte in"
            report.drop(f"Rad {number}", line, why)
    why = "lästes som ärendets Dnr och förslag till beslut"
    report.change("Filen", "diarienummer och förslag under ärendena på webbsidan", why)
    return out, HEADER


def writes_item_details(rows: Rows) -> bool:
    """Whether pasted lines are such a page's ärenden, copied without any line of the page
    itself (from "Sammanträde 2018-11-22" down): two or more numbered titles, each with its
    diarienummer on the line right under it, and the page's headings of what follows it
    ("Kommunfullmäktiges förslag till beslut", "Beskrivning av ärendet"). A kallelse's
    numbered list with the Dnr under each title has no such headings."""
    texts = [_text(cells) for _, cells in rows]
    if not any(_DESCRIPTION.fullmatch(t) or _proposal_heading(t) for t in texts):
        return False
    under = 0
    for title, line in itertools.pairwise(texts):
        nr = first_nr(title)
        if nr is None or nr.number is None or nr.sub:
            continue
        dnr = _DNR_LINE.fullmatch(line)
        under += bool(dnr and parse_dnr(dnr["dnr"]).is_complete)
    return under >= 2


def _proposal_heading(line: str) -> bool:
    return bool(_PROPOSAL.fullmatch(line)) and not line.endswith(".")


def _text(cells: list[str]) -> str:
    return next((c.strip() for c in cells if c.strip()), "")
