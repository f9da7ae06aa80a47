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
from ksdesk.interchange.agenda_wrapped import ends_open

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
    details = _Details(proposes, report)
    texts = [_text(cells) for _, cells in rows]
    for at, (number, _) in enumerate(rows):
        details.read(number, texts[at], texts[at + 1] if at + 1 < len(texts) else "")
    why = "lästes som ärendets Dnr och förslag till beslut"
    where = "i listan" if proposes else "på webbsidan"
    report.change("Filen", f"diarienummer och förslag under ärendena {where}", why)
    return details.out, HEADER


class _Details:
    """The lines of a list read one by one into its ärenden, each with what stands under it."""

    def __init__(self, proposes: bool, report: ImportReport) -> None:
        self.proposes, self.report = proposes, report
        self.out: Rows = []
        # What the lines under an ärende are: "proposal" (under a heading "… förslag till
        # beslut"), "sentence" (a förslag written without heading, its att-satser numbered
        # from 1), "listing" (a list the description leads into with a colon), "description".
        self.part = ""
        self.last = 0  # the number of the ärende read last
        self.item = 0  # where in `out` that ärende stands (its delpunkter follow it)
        self.att = 0  # the att-satser of its förslag numbered so far ("1. Utökad …", "2. …")
        self.listed = 0  # the points of a listing numbered so far
        # A line of the förslag, the description or a delpunkt that a PDF broke at the
        # page's width goes on on the next line: "proposal", "description" or "title".
        self.open = ""
        self.under = (
            f"beskrivning under ärendet{'' if proposes else ' på webbsidan'}, läses inte in"
        )

    def read(self, number: int, line: str, following: str) -> None:
        nr = first_nr(line)
        numbered = nr is not None and nr.number is not None and not nr.sub
        number_read = nr.number if numbered and nr is not None else None
        if self.open and self._goes_on(line, number_read, following):
            self._go_on(number, line)
        elif not self._numbered(number, line, number_read):
            self.open = ""
            self._unnumbered(number, line, following)

    def _goes_on(self, line: str, nr: int | None, following: str) -> bool:
        """Whether the line is the rest of the line above, broken where the page ends."""
        expected = {self.last + 1, self.att + 1, self.listed + 1}
        return self._goes_on_text(line) and not (
            (nr is not None and nr in expected)
            or self._heads(line, following)
            or is_page_mark(line)
            or sub_in_title(line) is not None
            or is_heading(line)
            or _DNR_LINE.fullmatch(line)
            or _decides(line)
            or informer_line(line)
        )

    def _goes_on_text(self, line: str) -> bool:
        """A förslag's line goes on only where it plainly does: in lower case or a figure, or
        after a word no sentence ends with; a description's or a delpunkt's, always (what
        else may stand there, a number, a heading, a förslag, is told apart before)."""
        if self.open != "proposal":
            return True
        above = self.out[self.item][1][2]
        return line[:1].islower() or line[:1].isdigit() or ends_open(above)

    def _go_on(self, number: int, line: str) -> None:
        if self.open == "proposal":
            cell = self.out[self.item][1]
            cell[2] = f"{cell[2]} {line}"
        elif self.open == "title":
            self.out[-1][1][0] = f"{self.out[-1][1][0]} {line}"
            self.report.merge(f"Rad {number}", line, "fortsättning på raden ovan")
        else:
            self.report.drop(f"Rad {number}", line, self.under)
            if line.endswith(":"):
                self.part, self.listed = "listing", 0
        self.open = self.open if _unended(line) else ""

    def _numbered(self, number: int, line: str, nr: int | None) -> bool:
        """A numbered line read: an att-sats, a listing's point or the next ärende."""
        if nr is None:
            return False
        if self.part in ("proposal", "sentence") and nr == self.att + 1:
            self.att += 1  # the förslag's own numbering, not the list's
            self._propose(line)
        elif self.part == "listing" and nr == self.listed + 1:
            self.listed += 1
            self._describe(number, line)
        elif self.proposes and nr == 1 and self.last and self.part != "listing":
            self.part, self.att = "sentence", 1  # "1. Informationen noteras." under "4 …"
            self._propose(line)
        elif not self.out or nr > self.last:
            self.out.append((number, [line, "", "", ""]))
            self.part, self.last, self.item, self.att, self.listed = "", nr, len(self.out) - 1, 0, 0
            self.open = ""
        else:
            return False
        return True

    def _unnumbered(self, number: int, line: str, following: str) -> None:
        out, report, cells = self.out, self.report, self.out[self.item][1] if self.out else []
        if _runs_on(out, number, line) and not self.part:
            # "9 Överklagande av … enligt miljöbalken," over "Bostadsrättsföreningen …": the
            # title runs on, as the page breaks it
            out[-1][1][0] = f"{out[-1][1][0]} {line}"
            report.merge(f"Rad {number}", line, "fortsättning på rubriken på raden ovan")
        elif out and is_page_mark(line):
            report.drop(f"Rad {number}", line, "sidhuvud eller sidfot, inte en rad i listan")
        elif not out or is_heading(line) or presenter_line(line) or self._heads(line, following):
            out.append((number, [line, "", "", ""]))
            self.part = ""
        elif self.proposes and sub_in_title(line) is not None and self.part != "listing":
            out.append((number, [line, "", "", ""]))  # "a) NN har avsagt sig …": a delpunkt
            self.open = "title" if _unended(line) else ""
        elif self.proposes and not cells[3] and (name := informer_line(line)):
            cells[3] = name  # "Information från säkerhetsstrateg Ola Strand."
            report.change(f"Rad {number}", line, "lästes som föredragande för ärendet ovan")
        elif (dnr := _DNR_LINE.fullmatch(line)) and parse_dnr(dnr["dnr"]).is_complete:
            cells[1] = dnr["dnr"].strip()
        elif _proposal_heading(line):
            self.part = "proposal"
            report.change(f"Rad {number}", line, "rubrik för förslaget till beslut under den")
        elif _DESCRIPTION.fullmatch(line):
            self.part = "description"
            report.drop(f"Rad {number}", line, "webbsidans del av ärendet, läses inte in")
        elif self.part == "proposal" or (
            self.proposes and self.part != "sentence" and _decides(line)
        ):
            self.part = self.part or "sentence"
            self._propose(line)
        else:
            if line.endswith(":"):
                self.part, self.listed = "listing", 0
            elif self.part != "listing":  # a listing's point may run over two lines
                self.part = "description"
            self._describe(number, line)

    def _heads(self, line: str, following: str) -> bool:
        """A heading over the next ärende in a list that writes its förslag under each
        ("Regional tillväxt" over "4 Motion om …"): a few words, no sentence, no one's name
        or document, right above the next number."""
        nr = first_nr(following)
        return bool(
            self.proposes
            and nr is not None
            and nr.number == self.last + 1
            and not nr.sub
            and _GROUP_HEADING.fullmatch(line)
        )

    def _propose(self, line: str) -> None:
        cell = self.out[self.item][1]
        cell[2] = f"{cell[2]}\n{line}".strip()
        self.open = "proposal" if self.proposes and _unended(line) else ""

    def _describe(self, number: int, line: str) -> None:
        self.report.drop(f"Rad {number}", line, self.under)
        self.open = "description" if self.proposes and _unended(line) else ""


# "Regional tillväxt", "Hälso- och sjukvård": a few words without figures, brackets or
# the words that name a document's sender ("Motion från Eva Lind (C)", "Skrivelse av …").
_GROUP_HEADING = re.compile(
    r"(?!.*\b(?:från|av|till|om|över|med|enligt)\b)[A-ZÅÄÖ][^\d().:;,!?]{2,40}",
)


def _unended(line: str) -> bool:
    """A line as long as a page's that stops without ending its sentence: it goes on."""
    return len(line) >= _FULL_LINE and not line.endswith((".", ":", ";", "!", "?"))


_FULL_LINE = 55


def _runs_on(out: Rows, number: int, line: str) -> bool:
    """Whether the line goes on with the title right above it, which ends in a comma or
    goes on in lower case."""
    return bool(
        out
        and out[-1][0] == number - 1
        and (out[-1][1][0].endswith(",") or line[:1].islower())
        and sub_in_title(line) is None
        and not _DNR_LINE.fullmatch(line)
        and not is_page_mark(line)
    )


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
    r"|tillstyrker|avstyrker|lägger)\s\S.*",
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
