"""One row of an ärendelista made an ärende: its cells (by field, as agenda_import.py found
the columns) read into an Arende and the number the file gave it. Each part of the row has
its function: the title, the Nr, the time, the Dnr, whether the row is a heading, the kind.
What a row's text can be is read in agenda_rows.py, what its title cell carries besides the
title in agenda_title.py, its sekretess in agenda_secrecy.py; a "Föredragande …: Namn" row
for the ärenden under a heading (and what else it carries) in `presenter_row`.

A cell that cannot be read is refused with an InvalidInput in Swedish naming the file, the row
(as the spreadsheet numbers it) and the column; what is changed on the way is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.dnr import without_label
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import FormatError
from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende
from ksdesk.core.meeting_agenda import normalise_time_slot
from ksdesk.interchange.agenda_cells import dnr_cell, duration, title_cell
from ksdesk.interchange.agenda_header import LABELS
from ksdesk.interchange.agenda_presenter import informer_line, officials_under, presenter_line
from ksdesk.interchange.agenda_proposal import proposal_from_title, without_heading
from ksdesk.interchange.agenda_rows import (
    RowNumber,
    is_heading,
    is_heading_label,
    is_numbered_heading,
    is_opening_item,
    number_first,
    read_nr,
    sub_in_title,
    without_page,
)
from ksdesk.interchange.agenda_secrecy import (
    Secrecy,
    not_in_full_proposal,
    not_in_full_title,
    read_secrecy,
    secret_by_proposal,
    secret_by_title,
    warn_no_ref,
)
from ksdesk.interchange.agenda_title import from_title, title_bilagor

# What a web page writes after a link's text: "(pdf-dokument)", "(pdf, 120 kB)", "(Word-fil)".
_LINK_LABEL = re.compile(
    r"\s*\((?:pdf|word|excel)(?:-?(?:dokument|fil))?(?:,\s*\d+(?:[.,]\d+)?\s*[km]b)?\)\s*$",
    re.IGNORECASE,
)
# "Beslut", "Beslutsärende", "Information", "Info", "Anmälan", "Anmälningsärende".
_KINDS = (("besl", "beslut"), ("info", "information"), ("anm", "anmalan"))

_QUOTED = 80  # characters of a row's text quoted in a refusal
# A Dnr's line broken after its year's dash or slash: "BN-2020- 00017".
_BROKEN_AT_DASH = re.compile(r"(?<=[0-9][-/]) (?=[0-9])")


@dataclass(frozen=True)
class RowPlace:
    """Where a row stands, for the report and for a refusal."""

    filename: str
    row: int
    report: ImportReport

    @property
    def where(self) -> str:
        return f"Rad {self.row}"

    def refuse(self, column: str, message: str) -> InvalidInput:
        return InvalidInput(f"{self.filename}, rad {self.row}, kolumn {LABELS[column]}: {message}")


@dataclass(frozen=True)
class _Nr:
    """The row's Nr cell read: its number, the text as written, and whether it is the letter
    or roman numeral of a heading ("B. Informationsärenden")."""

    number: RowNumber | None
    text: str
    heading_label: bool


def read_item(
    values: dict[str, str],
    place: RowPlace,
    has_nr: bool,
    next_nr: RowNumber | None = None,
) -> tuple[Arende, RowNumber | None]:
    """The ärende (or heading row) a row holds, and the number the file gave it. `has_nr`: the
    list numbers its ärenden, so a row without number is a heading unless it is an opening
    item; `next_nr`: the next row's number (a heading over "3.1", "3.2" took number 3)."""
    title = title_cell(_title(values, place), place.where, place.report)
    dnr_cell(values, place.where, place.report)
    if not values.get("presenter"):
        title = _officials(title, values, place)
    nr = _nr(values.get("nr", "").strip(), title, place)
    number = nr.number
    if not nr.text and (sub := sub_in_title(title)):
        number, title = RowNumber(None, sub[0]), sub[1]
    title, bilagor = title_bilagor(title, place.where, place.report)
    if not values.get("proposal"):
        title = proposal_from_title(title, values, place.where, place.report)
    title = from_title(title, values, place.where, place.report)
    title, note = not_in_full_title(title, values.get("secrecy", ""), place.where, place.report)
    secrecy = read_secrecy(title, values.get("secrecy", ""), place.where, place.report)
    if number is not None and number.number is not None and not secrecy.secret:
        secrecy = secret_by_title(secrecy, place.where, place.report)
    proposal = without_heading(values.get("proposal", ""), place.where, place.report)
    secret, ref, proposal = secret_by_proposal(proposal, place.where, place.report)
    if secret:
        if not (secrecy.secret or ref):  # a mark already read has said so
            warn_no_ref(place.where, secrecy.title, place.report)
        secrecy = Secrecy(secrecy.title, True, secrecy.ref or ref)
    title = secrecy.title
    proposal, note = not_in_full_proposal(proposal, note, place.where, place.report)
    slot = _time_slot(values.get("time_slot", ""), place)
    dnr = _dnr(values.get("dnr", ""), place)
    bare = not dnr and not secrecy.secret
    bare = bare and not any(values.get(k) for k in ("presenter", "time_slot", "proposal"))
    section = bare and _is_heading_row(nr, number, title, has_nr, next_nr)
    if section and nr.text:
        why = "är en rubrikrad med nummer, inget ärende"
        place.report.change(place.where, f"{nr.text} {title}", why)
    item = Arende(
        title=" ".join(title.split()),
        dnr=dnr,
        is_section=section,
        presenter=" ".join(values.get("presenter", "").split()),
        time_slot=slot,
        proposal=proposal,
        secret=secrecy.secret,
        secrecy_ref=secrecy.ref,
        not_in_full=note is not None,
        not_in_full_note=note or "",
    )
    if kind := _kind(values.get("kind", "")):
        item.kind = kind
    item.bilagor = bilagor
    return item, number


def informer_row(values: dict[str, str], items: list[Arende], place: RowPlace) -> bool:
    """ "Muntlig information av Karin Holm, RKM" on a row of its own under an ärende: who
    presents that ärende."""
    if values.get("nr") or values.get("dnr") or not items or items[-1].is_section:
        return False
    name = informer_line(values.get("title", ""))
    if name is None or items[-1].presenter:
        return False
    items[-1].presenter = name
    place.report.change(place.where, values["title"], "lästes som föredragande för ärendet ovan")
    return True


def presenter_row(values: dict[str, str], has_nr: bool, place: RowPlace) -> tuple[str, bool] | None:
    """(the föredragande a "Föredragande …: Namn" row names for the ärenden under it, whether
    the row holds an ärende too), reported; None for any other row. An ärende run onto the
    name ("… (m) 6 Arbetsordning …") is left in `values` to read; a Nr or Dnr beside the name
    alone makes the row an ärende as written; other cells beside it are reported dropped."""
    found = presenter_line(values["title"])
    if found is None:
        return None
    report, where = place.report, place.where
    beside = {key: text for key, text in values.items() if key != "title" and text}
    if not found.rest and ("nr" in beside or "dnr" in beside):
        why = "har nummer eller Dnr och läses som ett ärende; är det föredraganden för ärendena"
        report.warn(where, values["title"], f"{why} under rubriken, ändra raden")
        return None
    why = "föredragande för ärendena under rubriken, till nästa rubrik"
    report.change(where, values["title"] if not found.rest else found.name, why)
    if found.rest:
        values["title"] = found.rest
        if has_nr and not values.get("nr") and (nr_title := number_first(found.rest))[0]:
            values["nr"], values["title"] = nr_title
        report.change(where, found.rest, "stod på raden med föredraganden: läses som ett ärende")
        return found.name, True
    for key, text in beside.items():
        report.drop(where, text, f"i kolumnen {LABELS[key]} på raden med föredraganden")
    return found.name, False


def _officials(title: str, values: dict[str, str], place: RowPlace) -> str:
    """The title without the föredragande named on lines under it ("Karin Nielsen,
    enhetschef"), who go to the row's Föredragande, reported."""
    title, people = officials_under(title)
    if people:
        joint = "; " if len(people) > 1 else ""
        values["presenter"] = joint.join(" ".join(person.split()) for person in people)
        why = "stod under rubriken i ärendecellen: läses som föredragande"
        place.report.change(place.where, values["presenter"], why)
    return title


def _title(values: dict[str, str], place: RowPlace) -> str:
    """The title cell, required, without a table of contents' page after it."""
    title = values.get("title", "").replace("\r\n", "\n").strip()
    if not title:
        # The row's text quoted, so that the secretary finds it (walk29: "sida 1, rad 9"
        # named a förslag's second line, read as a row of its own, and nothing more).
        text = " ".join(" ".join(v.split()) for v in values.values() if v.strip())
        quoted = text if len(text) <= _QUOTED else text[:_QUOTED].rsplit(" ", 1)[0] + " …"
        said = f"”{quoted}” har ingen rubrik ovanför sig." if text else "ärendet saknar rubrik."
        raise place.refuse("title", said)
    if (paged := without_page(title)) != title:
        why = "sidnumret efter rubriken (innehållsförteckning) togs bort"
        place.report.change(place.where, title, why)
    if (unlinked := _LINK_LABEL.sub("", paged)) != paged and unlinked.strip():
        why = "webbsidans text om länken efter rubriken togs bort"
        place.report.change(place.where, paged, why)
        paged = unlinked
    return paged


def _nr(text: str, title: str, place: RowPlace) -> _Nr:
    """The Nr cell: a number, a heading's letter ("B."), or a beteckning that is no number
    ("SP8", reported); anything else is refused."""
    heading_label = is_heading_label(text) and is_heading(title)
    number = None if heading_label or not text else read_nr(text)
    if text and number is None and not heading_label:
        raise place.refuse("nr", f"”{text}” är inget nummer.")
    if number and number.code:
        why = "är en beteckning, inget nummer: ärendet numreras efter sin plats i listan"
        place.report.change(place.where, text, why)
    return _Nr(number, text, heading_label)


def _time_slot(text: str, place: RowPlace) -> str:
    """The Tid cell as the agenda writes a time ("ca 13.15" stays approximate); a length of
    time ("5 min", Kungsbacka's) is none, and is reported."""
    if length := duration(text):
        why = "är ärendets längd, ingen klocktid: ärendet får ingen tid"
        place.report.drop(place.where, length, why)
        return ""
    try:
        return normalise_time_slot(text)
    except FormatError as error:
        raise place.refuse("time_slot", str(error)) from None


def _dnr(text: str, place: RowPlace) -> str:
    """The Dnr cell, its label dropped ("Dnr 106-156/2013" prints as the number, reported);
    a Dnr broken at the cell's width after a dash ("BN-2020-" over "00017") is one word."""
    dnr = _BROKEN_AT_DASH.sub("", " ".join(text.split()))
    number = without_label(dnr)
    if number != dnr:
        label = dnr[: len(dnr) - len(number)].strip()
        place.report.change(place.where, dnr, f"”{label}” framför diarienumret togs bort")
    return number


def _is_heading_row(
    nr: _Nr,
    number: RowNumber | None,
    title: str,
    has_nr: bool,
    next_nr: RowNumber | None,
) -> bool:
    """Whether a row with nothing but its title (and maybe a number) is a heading: a word
    naming a group of ärenden, or in a numbered list a row without number, Dnr or anything
    else that is not one of the opening items lists leave unnumbered."""
    if nr.heading_label or is_numbered_heading(number, title, next_nr):
        return True
    if nr.text or (number and number.sub):
        return False
    return is_heading(title) or (has_nr and not is_opening_item(title))


def _kind(typed: str) -> str:
    """The Typ cell as one of the kinds ksdesk knows ("Beslutsärende" → beslut), else ""."""
    typed = typed.strip().lower()
    return next((kind for start, kind in _KINDS if typed.startswith(start)), "")
