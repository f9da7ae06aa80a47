"""A kallelse's table copied out of its PDF a cell a line (pypdf's text, and what a PDF
viewer's copy gives): the rubrikrad a heading a line ("Ärende", "Beteckning", "Förslag",
"Tid"), then each row as its number alone ("6."), its title's lines with "Föredragande: …"
and "5 st dokument" under it, the Dnr broken after its year ("BN-2020-" over "00017"), the
förslag's lines and the Tid ("10" over "min"). Each line was read as a row of its own: only
the first of Kungsbacka's lists was read (1/68 rows right).

The lines are set back into the rubrikrad's columns by what each line is and where it stands
in its row: a number alone opens a row, the lines after it are its title up to the Dnr, the
lines after the Dnr its förslag, a duration its Tid (then the row is closed). A Dnr ending in
a comma goes on in its narrow cell ("00369," "Föredragande:" "Fanny Nilsson" "17:00 – 17:35").
A short heading right over a number ("Information", "Beslutsärenden") is a row of its own;
the lines between the rubrikrad and the first number an unnumbered row (its title, then its
förslag: "Val av justerare" over "Ordinarie: …"). The rubrikrad repeated on a new page and
the page's head ("KUNGSBACKA KOMMUN", "2(3)") are reported; the signatures after the last
row ("Lisa Andersson", "ordförande") stay lines of their own, which the reader reports after
the list."""

from __future__ import annotations

import re

from ksdesk.core.dnr import dnr_alone, dnr_line
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_header import field_of
from ksdesk.interchange.agenda_pdf_plain import nr_alone
from ksdesk.interchange.agenda_rows import AFTER_LIST, is_heading, is_procedural_item
from ksdesk.interchange.agenda_title import names_line

Rows = list[tuple[int, list[str]]]

_MOST_HEADINGS = 6
_PAGE_LINES = 60  # the rubrikrad is looked for on the pasted text's first lines
_DNR_START = re.compile(r"(?:[A-ZÅÄÖ]{1,4}[- ])?(?:19|20)\d\d-")  # "BN-2020-", "2024-"
_DNR_END = re.compile(r"\d{3,6},?")  # "00017", "00369,"
_YEAR_DNR = re.compile(
    r"(?:[A-ZÅÄÖ]{1,4}[- ]?)?(?:19|20)\d\d-\d{3,6}"  # "2024-00001"
    r"|[A-ZÅÄÖ]{1,4}[- ](?:19|20)\d\d\d{5,6}"  # "TE-202500001": the copy lost the dash
)
_DURATION = re.compile(r"\d{1,3}(?:\s*min)?|min", re.IGNORECASE)  # "5 min", "10" over "min"
_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}")  # "17:00 – 17:35"
_NARROW = 20  # a line of the Beteckning cell's width
SHORT_HEADING = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+)?")  # "Information"
PAGE_HEAD = re.compile(
    r"[A-ZÅÄÖ]+\s+KOMMUN|\d{1,3}\s*\(\s*\d{1,3}\s*\)|[Ss]ida\s+\d{1,3}\s*(?:av|/)\s*\d{1,3}"
)
_LABEL = re.compile(r"[A-ZÅÄÖ][a-zåäö]+:\s")  # "Ordinarie: Daniel Hognert (M)"
_PARTY = re.compile(r"\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ]{1,2}\w?)\)$")  # "… Granberg (SD)"
_GOES_ON = re.compile(r"(?:[&,\-–]|\boch|\bav|\bför)$")  # a line the next goes on
_ROLE = re.compile(r"ordförande|sekreterare|vice ordförande|justerare", re.IGNORECASE)


def with_cells_a_line(rows: Rows, report: ImportReport) -> Rows:
    """The rows set back into the rubrikrad's columns when the text is such a copy (module
    docstring); the rows as they are otherwise."""
    if any(len([c for c in cells if c.strip()]) > 1 for _, cells in rows):
        return rows
    rows = _in_reading_order(rows)
    texts = [" ".join(cells[0].split()) if cells else "" for _, cells in rows]
    run = _header_run(texts)
    if run is None:
        return rows
    start, headings = run
    # The Nr column's heading is empty: the copy starts at the title's ("Ärende"). A
    # rubrikrad with "Nr" on its line (ksdesk's own kallelse) is read as before.
    headings, fields = ["", *headings], ["nr", *(field_of(h)[0] for h in headings)]
    width = len(headings)
    column = {f: at for at, f in enumerate(fields)}
    out: Rows = list(rows[:start])
    out.append((rows[start][0], headings))
    end = signatures_at(texts)
    repeated = texts[start : start + len(run[1])]
    cells: list[str] | None = None
    at_cell = 0
    closed = False
    at = start + len(run[1])
    while at < end:
        number, text = rows[at][0], texts[at]
        if texts[at : at + len(repeated)] == repeated:
            for n, t in zip(range(at, at + len(repeated)), repeated, strict=True):
                report.drop(f"Rad {rows[n][0]}", t, "rubrikraden, upprepad på ny sida")
            at += len(repeated)
            continue
        if not text or PAGE_HEAD.fullmatch(text):
            if text:
                report.drop(f"Rad {number}", text, "sidhuvud")
            at += 1
            continue
        following = texts[at + 1] if at + 1 < len(texts) else ""
        if cells and "time_slot" in column and text.isdigit() and following.lower() == "min":
            cells[column["time_slot"]] = f"{text}\n{following}"
            at, closed = at + 2, True
            continue
        if nr_alone(text):
            cells = [""] * width
            cells[0] = text
            out.append((number, cells))
            at_cell, closed = column["title"], False
        elif nr_alone(following) and heading_over_number(
            text, cells[column["title"]] if cells else ""
        ):
            heading = [""] * width
            heading[column["title"]] = text
            out.append((number, heading))
            cells = None
        elif cells is None or closed or (not cells[0] and is_procedural_item(text)):
            # Before the first number (or after a heading): a row without number, its
            # title up to the names or "Ordinarie: …" of its förslag.
            cells = [""] * width
            cells[column["title"]] = text
            out.append((number, cells))
            # "Val av justerare" is whole on its line: the lines under it are its förslag.
            whole = is_procedural_item(text) and "proposal" in column
            at_cell, closed = column["proposal" if whole else "title"], False
        elif not cells[0] and at_cell == column["title"] and _proposed(text):
            at_cell = column.get("proposal", at_cell)
            cells[at_cell] = text
        elif "dnr" in column and at_cell < column["dnr"] and _dnr_here(text, following):
            taken = 2 if _DNR_START.fullmatch(text) else 1
            dnr = "\n".join(texts[at : at + taken])
            cells[column["dnr"]] = dnr
            at += taken
            at_cell = column["dnr"] if dnr.endswith(",") else column.get("proposal", column["dnr"])
            continue
        elif at_cell == column.get("dnr") and (len(text) <= _NARROW or _CLOCK.fullmatch(text)):
            cells[at_cell] += "\n" + text  # the Beteckning's narrow cell goes on
            if _CLOCK.fullmatch(text):
                at_cell = column.get("proposal", at_cell)
        elif "time_slot" in column and at_cell > column["title"] and _duration(text, following):
            taken = 2 if text.isdigit() and following.lower() == "min" else 1
            cells[column["time_slot"]] = "\n".join(texts[at : at + taken])
            at += taken
            closed = True
            continue
        else:
            if at_cell == column.get("dnr"):
                at_cell = column.get("proposal", at_cell)
            cells[at_cell] = f"{cells[at_cell]}\n{text}".strip("\n")
        at += 1
    for number, cells in rows[end:]:
        if cells and cells[0].strip():
            report.drop(f"Rad {number}", cells[0].strip(), AFTER_LIST)
    return out


def _header_run(texts: list[str]) -> tuple[int, list[str]] | None:
    """(where, headings) of the rubrikrad a heading a line: at least three headings of
    different fields, a title and a Dnr among them, a number alone in the lines under it."""
    for start in range(min(len(texts), _PAGE_LINES)):
        headings: list[str] = []
        fields: set[str] = set()
        for text in texts[start : start + _MOST_HEADINGS]:
            field = field_of(text)[0] if 0 < len(text) <= 30 else None
            if field is None or field in fields:
                break
            headings.append(text)
            fields.add(field)
        after = texts[start + len(headings) : start + len(headings) + 12]
        if "nr" in fields or len(headings) < 3 or not {"title", "dnr"} <= fields:
            continue
        if any(map(nr_alone, after)):
            return start, headings
    return None


def _in_reading_order(rows: Rows) -> Rows:
    """The rows with the first row's title put under the rubrikrad when the copy gave it
    between two of its headings (poppler's order: "Ärende", "Beteckning", "Val av
    justerare", "Förslag", "Tid")."""
    texts = [" ".join(cells[0].split()) if cells else "" for _, cells in rows]
    heads = [bool(t) and len(t) <= 30 and field_of(t)[0] is not None for t in texts]
    for at in range(2, min(len(rows) - 1, _PAGE_LINES)):
        if heads[at - 2] and heads[at - 1] and not heads[at] and heads[at + 1]:
            end = at + 1
            while end < len(rows) and heads[end]:
                end += 1
            if not nr_alone(texts[at]) and _header_run(texts[at - 2 : at] + texts[at + 1 :]):
                return [*rows[:at], *rows[at + 1 : end], rows[at], *rows[end:]]
    return rows


def _dnr_here(text: str, following: str) -> bool:
    """A Dnr alone on its line, or broken after its year over the line under it."""
    whole = text.rstrip(",")
    if dnr_alone(whole) or dnr_line(whole) or _YEAR_DNR.fullmatch(whole):
        return True
    return bool(_DNR_START.fullmatch(text) and _DNR_END.fullmatch(following))


def _duration(text: str, following: str) -> bool:
    """ "5 min", or "10" over "min": the Tid column's cell."""
    if text.isdigit():
        return following.lower() == "min"
    return bool(_DURATION.fullmatch(text)) and "min" in text.lower()


def _proposed(text: str) -> bool:
    """A line of an unnumbered row's förslag: a name ("Stefan Jägnert", "Ulrika Jörgensen
    (M)") or "Ordinarie: …"."""
    return names_line(text) or bool(_LABEL.match(text) or _PARTY.search(text))


def heading_over_number(text: str, above: str) -> bool:
    """A heading of its own right over a number ("Information", "Beslutsärenden"), not the
    last word of a cell whose line above goes on ("Patrik Hellberg, Gymnasium &" over
    "Arbetsmarknad")."""
    goes_on = bool(_GOES_ON.search(above.rsplit("\n", 1)[-1]))
    return not goes_on and bool(is_heading(text) or SHORT_HEADING.fullmatch(text))


def is_signature(text: str) -> bool:
    """A name or a role of the signatures under the list ("Lisa Andersson", "ordförande")."""
    return names_line(text) or bool(_ROLE.fullmatch(text))


def signatures_at(texts: list[str]) -> int:
    """Where the closing run of names and roles ("Lisa Andersson", "ordförande") begins."""
    end = len(texts)
    while end and (not texts[end - 1] or is_signature(texts[end - 1])):
        end -= 1
    return end
