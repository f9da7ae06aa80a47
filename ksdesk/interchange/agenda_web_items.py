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
from ksdesk.interchange.agenda_presenter import informer_line, presenter_line
from ksdesk.interchange.agenda_ranges import is_page_mark
from ksdesk.interchange.agenda_rows import first_nr, is_heading, sub_in_title

Rows = list[tuple[int, list[str]]]
HEADER = ["Ärende", "Dnr", "Förslag till beslut", "Föredragande"]

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
    proposes = proposes_under_items(rows)
    if not proposes and not any(_DNR_LINE.fullmatch(_text(cells)) for _, cells in rows):
        return rows, ["Ärende"]
    out: list[tuple[int, list[str]]] = []
    # What the lines under an ärende are: "proposal" (under a heading "… förslag till
    # beslut"), "sentence" (a förslag written without heading, its att-satser numbered from
    # 1), "listing" (a list the description leads into with a colon), "description".
    part = ""
    last = 0  # the number of the ärende read last
    item = 0  # where in `out` that ärende stands (its delpunkter follow it)
    att = 0  # the att-satser of its förslag numbered so far ("1. Utökad …", "2. …")
    listed = 0  # the points of a listing numbered so far
    under = f"beskrivning under ärendet{'' if proposes else ' på webbsidan'}, läses inte in"
    for number, cells in rows:
        line = _text(cells)
        nr = first_nr(line)
        numbered = nr is not None and nr.number is not None and not nr.sub
        if numbered and part in ("proposal", "sentence") and nr.number == att + 1:
            att += 1  # the förslag's own numbering, not the list's
            _propose(out[item][1], line)
            continue
        if numbered and part == "listing" and nr.number == listed + 1:
            listed += 1
            report.drop(f"Rad {number}", line, under)
            continue
        if numbered and proposes and nr.number == 1 and last and part != "listing":
            part, att = "sentence", 1  # "1. Informationen noteras." under "4 Information"
            _propose(out[item][1], line)
            continue
        if numbered and (not out or nr.number > last):
            out.append((number, [line, "", "", ""]))
            part, last, item, att, listed = "", nr.number, len(out) - 1, 0, 0
            continue
        if _runs_on(out, number, line) and not part:
            # "9 Överklagande av … enligt miljöbalken," over "Bostadsrättsföreningen …": the
            # title runs on, as the page breaks it
            out[-1][1][0] = f"{out[-1][1][0]} {line}"
            report.merge(f"Rad {number}", line, "fortsättning på rubriken på raden ovan")
        elif out and is_page_mark(line):
            report.drop(f"Rad {number}", line, "sidhuvud eller sidfot, inte en rad i listan")
        elif not out or is_heading(line) or presenter_line(line):
            out.append((number, [line, "", "", ""]))
            part = ""
        elif proposes and sub_in_title(line) is not None and part != "listing":
            out.append((number, [line, "", "", ""]))  # "a) NN har avsagt sig …": a delpunkt
        elif proposes and not out[item][1][3] and (name := informer_line(line)):
            out[item][1][3] = name  # "Information från säkerhetsstrateg Ola Strand."
            report.change(f"Rad {number}", line, "lästes som föredragande för ärendet ovan")
        elif (dnr := _DNR_LINE.fullmatch(line)) and parse_dnr(dnr["dnr"]).is_complete:
            out[item][1][1] = dnr["dnr"].strip()
        elif _proposal_heading(line):
            part = "proposal"
            report.change(f"Rad {number}", line, "rubrik för förslaget till beslut under den")
        elif _DESCRIPTION.fullmatch(line):
            part = "description"
            report.drop(f"Rad {number}", line, "webbsidans del av ärendet, läses inte in")
        elif part == "proposal" or (proposes and part != "sentence" and _decides(line)):
            part = part or "sentence"
            _propose(out[item][1], line)
        else:
            part, listed = ("listing", 0) if line.endswith(":") else ("description", listed)
            report.drop(f"Rad {number}", line, under)
    why = "lästes som ärendets Dnr och förslag till beslut"
    where = "i listan" if proposes else "på webbsidan"
    report.change("Filen", f"diarienummer och förslag under ärendena {where}", why)
    return out, HEADER


def _runs_on(out: Rows, number: int, line: str) -> bool:
    """Whether the line goes on with the title right above it, which ends in a comma."""
    return bool(
        out
        and out[-1][0] == number - 1
        and out[-1][1][0].endswith(",")
        and not _DNR_LINE.fullmatch(line)
        and not is_page_mark(line)
    )


def _propose(cell: list[str], line: str) -> None:
    cell[2] = f"{cell[2]}\n{line}".strip()


def writes_item_details(rows: Rows) -> bool:
    """Whether pasted lines are such a page's ärenden, copied without any line of the page
    itself (from "Sammanträde 2018-11-22" down): two or more numbered titles, each with its
    diarienummer on the line right under it, and the page's headings of what follows it
    ("Kommunfullmäktiges förslag till beslut", "Beskrivning av ärendet"). A kallelse's
    numbered list with the Dnr under each title has no such headings."""
    if proposes_under_items(rows):
        return True
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


# A förslag a föredragningslista writes under its ärende as one sentence, without heading:
# who decides or proposes, then what ("Regionstyrelsen utser Per Persson att jämte
# ordföranden justera protokollet.", "Ordföranden föreslår fullmäktige att …").
_DECIDES = re.compile(
    r"(?:[A-ZÅÄÖ][\w-]*(?:styrelsen|nämnden|fullmäktige|utskottet|direktionen|presidiet)"
    r"|Fullmäktige|Ordföranden|Presidiet|Direktionen|Förvaltningen)"
    r"\s+(?:beslutar|föreslår|utser|godkänner|antecknar|fastställer|noterar|överlämnar"
    r"|tillstyrker|avstyrker|lägger)\s.*[.!]",
)


def _decides(line: str) -> bool:
    return bool(_DECIDES.fullmatch(" ".join(line.split())))


def proposes_under_items(rows: Rows) -> bool:
    """Whether a pasted list writes each ärende's förslag under it without heading, as a
    föredragningslista of a region or a fullmäktige does: two or more numbered titles with
    such a sentence or an att-sats numbered 1 ("1. Informationen noteras.") among the lines
    before the next title."""
    texts = [_text(cells) for _, cells in rows]
    last = 0
    proposed: set[int] = set()
    for text in texts:
        nr = first_nr(text)
        if nr is not None and nr.number is not None and not nr.sub and nr.number > last:
            last = nr.number
            continue
        if last and (_decides(text) or (nr is not None and nr.number == 1 and text.endswith("."))):
            proposed.add(last)
    return len(proposed) >= 2


def _proposal_heading(line: str) -> bool:
    return bool(_PROPOSAL.fullmatch(line)) and not line.endswith(".")


def _text(cells: list[str]) -> str:
    return next((c.strip() for c in cells if c.strip()), "")
