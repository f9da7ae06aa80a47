"""A kallelse printed by a Finnish kommun's case system, pasted as text (Jakobstad's
stadsstyrelse): each ärende begins on a line stamped with its paragraph, the organ's short
name and the meeting's date and time, its diarienummer on the next line when it has one, then
its title, mostly in capitals, then the beredning's text and the förslag:

    § 7, STST 2015-01-22 16:00
    CFV: 49/2015
    ÖVERTAGANDE AV ÄRENDEN TILL BEHANDLING I STADSSTYRELSEN
    Stadsdirektörens beslut:
    Bilaga § 7 A
    Förslag
    Stadsdirektören:
    Stadsstyrelsen beslutar att inte utöva sin rätt att överta …

Each stamped paragraph becomes one row of the list: its number and title, its Dnr, and the
förslag (the lines after "Förslag" and who makes it). The other lines of its text are not
part of an ärendelista: each is named in the report. The lines above the first paragraph
(the kallelse's own page, stamped "§ -2", with who is called) are the document's heading,
read as such by agenda_header.header_at."""

from __future__ import annotations

import re

from ksdesk.core.dnr import dnr_alone
from ksdesk.core.import_report import ImportReport

Rows = list[tuple[int, list[str]]]
HEADER = ["Ärende", "Dnr", "Förslag till beslut"]

# "§ 7, STST 2015-01-22 16:00": the paragraph, the organ's short name, the date and time.
_STAMP = re.compile(
    r"§\s*(?P<nr>-?\d{1,4}),\s*[A-ZÅÄÖ]{2,10}\s+(?:\d{4}-\d\d-\d\d|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:\s+\d{1,2}[:.]\d\d)?"
)
_PROPOSAL = re.compile(r"(?:förslag|beslutsförslag)(?: till beslut)?:?", re.IGNORECASE)
_WHO = re.compile(r"[A-ZÅÄÖ][\w -]{2,60}:")  # "Stadsdirektörens ersättare:", who proposes


def with_stamped_items(rows: Rows, report: ImportReport) -> Rows:
    """The rows with each stamped paragraph read into one row under HEADER (a rubrikrad
    given as row 0); rows of no such kallelse as they are."""
    if any(sum(1 for c in cells if c.strip()) > 1 for _, cells in rows):
        return rows
    stamps = [at for at, (_, cells) in enumerate(rows) if _positive_stamp(_text(cells))]
    if len(stamps) < 2:
        return rows
    out: Rows = [*rows[: stamps[0]], (0, list(HEADER))]
    for start, end in zip(stamps, [*stamps[1:], len(rows)], strict=True):
        number, cells = rows[start]
        stamp = _STAMP.match(_text(cells))
        assert stamp is not None
        out.append((number, _paragraph(stamp["nr"], rows[start + 1 : end], report)))
        why = "paragrafens rad i kallelsen: numret läses, ärendets rubrik står på raden under"
        report.change(f"Rad {number}", _text(cells), why)
    return out


def _paragraph(nr: str, lines: Rows, report: ImportReport) -> list[str]:
    """[number and title, Dnr, förslag] of one paragraph from the lines under its stamp."""
    texts = [(number, _text(cells)) for number, cells in lines]
    dnr = ""
    if texts and dnr_alone(texts[0][1]):
        dnr = texts.pop(0)[1]
    title = texts.pop(0)[1] if texts else ""
    proposal: list[str] = []
    part = ""
    for number, text in texts:
        if _PROPOSAL.fullmatch(text):
            part = "who"
            report.change(f"Rad {number}", text, "rubrik för förslaget till beslut under den")
        elif part == "who" and _WHO.fullmatch(text):
            part = "proposal"
            report.change(f"Rad {number}", text, "den som lägger förslaget till beslut")
        elif part in ("who", "proposal"):
            part = "proposal"
            proposal.append(text)
        else:
            why = "text under paragrafen i kallelsen (beredning, bilagor): läses inte in"
            report.drop(f"Rad {number}", text, why)
    return [f"{nr} {title}".strip(), dnr, "\n".join(proposal)]


def _positive_stamp(line: str) -> bool:
    """A paragraph's stamp; "§ -2" stamps the kallelse's own page, no ärende."""
    stamp = _STAMP.fullmatch(line)
    return stamp is not None and int(stamp["nr"]) > 0


def _text(cells: list[str]) -> str:
    return next((c.strip() for c in cells if c.strip()), "")
