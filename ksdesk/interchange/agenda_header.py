"""The rubrikrad of an ärendelista: which heading names which field (with the names kommuner
use and near matches for typos), where the rubrikrad stands below the document's own heading,
and the one a list without it is given. agenda_import.py reads the rows under it."""

from __future__ import annotations

import datetime as dt
import re

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.core.written_dates import find_written_date
from ksdesk.interchange.agenda_pasted import list_start, names_list
from ksdesk.interchange.agenda_rows import guessed_header, number_first, read_nr
from ksdesk.interchange.agenda_withdrawn import withdrawn_line
from ksdesk.interchange.column_map import DNR_HEADINGS, ColumnMap, map_headings

_NUMBER_CELL = re.compile(r"(?:§\s*)?\d{1,3}[.)]?")  # "11.", "§ 12", "3)": a row's Nr
_HEADER_SEARCH = 6  # the rubrikrad is looked for in this many first rows
# ... a table's, of two headings or more, in this many: a kallelse read from Word or a PDF has
# its heading, time and place and a paragraph above it, and "Ärenden" right over it.
_TABLE_HEADER_SEARCH = 40

COLUMNS = ColumnMap(
    {
        # "Ärendets nr/" over "Ärende" (Lumparland's rubrikrad, Åland).
        "nr": ("nr", "nr.", "punkt", "§", "ärendepunkt", "löpnr", "ärendets nr", "ärendenr"),
        "title": (
            "ärende",
            "ärenden",
            "rubrik",
            "ärendemening",
            "ärenderubrik",
            "titel",
            "ärende/rubrik",
            "dagordning",
            "ärendelista",
            "föredragningslista",
            "innehållsförteckning",  # a protokoll's list of §§ pasted in as the ärendelista
            "ärendeförteckning",
        ),
        "dnr": DNR_HEADINGS,
        "presenter": ("föredragande", "föredragare", "föredras av", "presentatör"),
        "time_slot": ("tid", "klockslag", "kl", "kl.", "tidpunkt"),
        "proposal": ("förslag till beslut", "förslag", "beslutsförslag", "förslag till beslut"),
        "kind": ("typ", "ärendetyp", "typ av ärende"),
        "section": ("område", "verksamhet", "verksamhetsområde", "avsnitt", "ärendegrupp"),
        "property": ("fastighet", "fastighetsbeteckning", "fastigheter", "fastighet/adress"),
        "secrecy": ("sekretess", "sekr", "sekr.", "sekretessbelagd", "sluten del", "osl"),
    }
)
LABELS = {
    "nr": "Nr",
    "title": "Ärende",
    "dnr": "Dnr",
    "presenter": "Föredragande",
    "time_slot": "Tid",
    "proposal": "Förslag till beslut",
    "kind": "Typ",
    "secrecy": "Sekretess",
    "property": "Fastighet",
    "section": "Område",
}


def field_of(heading: str) -> tuple[str | None, bool]:
    """The field a heading names; also a heading whose first words name one ("Ärendelista
    11 maj 2015", "Dnr (diarienummer)"), which is reported as read that way."""
    name, exact = COLUMNS.field_of(heading)
    if exact:
        return name, exact
    # "Föredragande/Handläggare", "Ärende/Dnr", "Tid (kl)": the first name decides.
    head = re.split(r"[/(,]", heading, maxsplit=1)[0].strip()
    if head != heading and (first := COLUMNS.field_of(head))[1]:
        return first[0], False
    words = heading.split()
    for count_words in range(len(words) - 1, 0, -1):
        if name:
            break
        name = COLUMNS.field_of(" ".join(words[:count_words]))[0]
    return name, exact


def header_at(
    rows: list[tuple[int, list[str]]], report: ImportReport
) -> tuple[int, dt.date | None]:
    """Where the rubrikrad is: the first of the first rows that names an Ärende column, and
    the meeting's date if the rows above it give one. Those rows (the document's own heading,
    "Kallelse Kommunstyrelsen 2021-05-11") are reported, not read; a date in them ("7/12-20")
    is kept as the meeting's date, the one on the line giving the meeting's time first."""
    meeting_date = None
    timed = False  # the date was read from the line that gives the meeting's time
    # The one given a pasted list (row 0) may stand under a page's many lines.
    guessed = next((at for at, (number, _) in enumerate(rows) if number == 0), None)
    search = max(_HEADER_SEARCH, (guessed or 0) + 1)
    table = None if guessed is not None else _table_header(rows)
    skip = guessed if guessed is not None else table or 0
    for at, (header_row, cells) in enumerate(rows[:search] if table is None else rows):
        if at < skip:
            continue
        if is_rubrikrad(cells):
            # A rubrikrad of row 0 is one the file lacked (with_guessed_header).
            for place, (number, above) in enumerate(rows[:at]):
                for cell in (c for c in above if c.strip()):
                    date = find_written_date(cell)
                    if date and names_meeting_time(cell) and not timed:
                        meeting_date, timed = date, True  # over the kallelse's own "Datum"
                    meeting_date = meeting_date or date
                    # Right above the list's first number (no unnumbered first ärende read).
                    last = not header_row and place == at - 1 and _numbered(rows[at + 1 :])
                    why = (
                        _above_list(cell, last, date) if not header_row else "står före rubrikraden"
                    )
                    report.drop(f"Rad {number}", cell, why)
            return at, meeting_date
    return 0, None


# "Tid: Onsdag 17 juni 2020 kl. 09:00", "Dag och tid 2015-01-22, klockan 13:00": the line that
# gives when the meeting is, whose date goes before a letterhead's "Datum 2020-06-10".
_MEETING_TIME = re.compile(
    r"\b(?:tid|klockan|kl\.?|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b",
    re.IGNORECASE,
)


def names_meeting_time(line: str) -> bool:
    return bool(_MEETING_TIME.search(line))


def _numbered(rows: list[tuple[int, list[str]]]) -> bool:
    """Whether a pasted list's first line starts with its number."""
    first = next((c for c in rows[0][1] if c.strip()), "") if rows else ""
    return bool(number_first(first)[0])


def _above_list(line: str, last: bool, date: dt.date | None) -> str:
    """Why a line above a pasted list is not read. The one right above the first number may
    be the list's first ärende that lost its number (Växjö's "Förteckning" pasted from its
    PDF): unless it is written in capitals or dated, as a document's heading is, the secretary
    is told it was taken as a heading and what to do if it is not one."""
    # "Kl 10.00" alone above the list is its time, never an ärende; "Dagordning:" its heading.
    worded = re.search(r"[^\W\d_]{3,}", line) and not is_rubrikrad([line.strip().rstrip(":")])
    worded = worded and not names_list(line)  # "Utsänd föredragningslista": the list's own
    sentence = line.rstrip().endswith(".")  # "Sammanträdet är öppet för allmänheten."
    if last and date is None and worded and not line.isupper() and not sentence:
        return (
            "står före listan och lästes som rubrik, inte som ärende; är det listans första "
            "ärende, lägg till det i dagordningen"
        )
    return "står före listan"


def with_guessed_header(
    rows: list[tuple[int, list[str]]], report: ImportReport
) -> list[tuple[int, list[str]]]:
    """A list copied out of Word without its rubrikrad gets one (agenda_rows.guessed_header),
    and so does a list pasted as text, one line an ärende with its number first, placed under
    the heading lines above it (agenda_rows.list_start); named in the report. Other rows are
    returned as they are."""
    found = _table_header(rows)
    if found is None:
        found = next(
            (at for at, (_, c) in enumerate(rows[:_HEADER_SEARCH]) if is_rubrikrad(c)), None
        )
    if found is not None and not _heading_over_pasted_list(rows, found):
        return rows
    guessed = guessed_header(rows)
    if guessed is None:
        start = list_start(rows)
        if start is None:
            return rows
        report.change("Filen", "ingen rubrikrad", "läses som en lista med numret först i raden")
        return [*rows[:start], (0, ["Ärende"]), *rows[start:]]
    named = ", ".join(f"{c} i kolumn {i + 1}" for i, c in enumerate(guessed) if c)
    report.change("Filen", "ingen rubrikrad", f"läses som {named}")
    return [(0, guessed), *rows]


# What a kallelse writes above its list, no column's heading: copied out of the PDF with the
# list under it (a line an ärende with its number first), it was read as a rubrikrad of one
# column over titles that kept their numbers.
_LIST_HEADINGS = {"ärenden", "ärendelista", "ärendelistan", "ärenden att behandla"}


def _heading_over_pasted_list(rows: list[tuple[int, list[str]]], at: int) -> bool:
    """ "Ärenden" alone on its line above a list pasted as text whose lines begin with their
    numbers: the list's heading, not a rubrikrad."""
    cells = [c for c in rows[at][1] if c.strip()]
    if len(cells) != 1 or " ".join(cells[0].split()).lower() not in _LIST_HEADINGS:
        return False
    pasted = all(sum(1 for c in cells if c.strip()) <= 1 for _, cells in rows)
    return pasted and list_start(rows[at + 1 :]) is not None


def _table_header(rows: list[tuple[int, list[str]]]) -> int | None:
    """Where a rubrikrad of two headings or more stands among the first rows, if one does:
    a table's, found under the document's own lines (a heading "Ärenden" alone above it is
    no rubrikrad then)."""
    for at, (_, cells) in enumerate(rows[:_TABLE_HEADER_SEARCH]):
        if sum(1 for c in cells if c.strip()) > 1 and is_rubrikrad(cells):
            return at
    return None


def is_rubrikrad(cells: list[str]) -> bool:
    """A row naming the Ärende column; "Ärende 3 utgår", a notice sent with the list, and
    "Ärende 1 Upprop", an ärende, are none; nor a row with a list's number in a cell of its
    own, "11." beside "ÄRENDEN TILL KÄNNEDOM." (Brändö's last ärende, whose title starts with
    a heading's word: as the rubrikrad it made the ärenden above it lines before the list)."""
    if any(_NUMBER_CELL.fullmatch(c.strip()) for c in cells):
        return False
    return any(
        field_of(" ".join(c.split()))[0] == "title"
        and withdrawn_line(c) is None
        and not number_first(c)[0]  # "Ärende 1 Upprop" is the list's first ärende
        for c in cells
        if c.strip()
    )


def header_map(header: list[str], row: int, filename: str, report: ImportReport) -> dict[str, int]:
    def unread(name: str | None) -> str:
        if name:
            return f"{LABELS[name]} finns redan i en kolumn före: läses inte in"
        return "känns inte igen: dess innehåll läses inte in"

    found = map_headings(header, row, field_of, LABELS, report, unread)
    if "title" not in found:
        raise InvalidInput(
            f"{filename}, rad {row}: kolumnen Ärende saknas. Rubrikraden ska ha kolumnerna "
            "Nr, Ärende, Dnr, Föredragande, Tid, Förslag till beslut (bara Ärende krävs)."
        )
    return found


def unheaded_nr(
    header: list[str],
    rows: list[tuple[int, list[str]]],
    columns: dict[str, int],
    report: ImportReport,
) -> None:
    """A column without heading that holds only numbers is the Nr column (a kallelse's table
    copied into a sheet has no heading over its numbers)."""
    if "nr" in columns:
        return
    for index, cell in enumerate(header):
        if cell.strip() or index in columns.values():
            continue
        cells = [r[index].strip() for _, r in rows if index < len(r) and r[index].strip()]
        if cells and all(getattr(read_nr(c), "number", None) is not None for c in cells):
            columns["nr"] = index
            report.change("Rubrikraden", "kolumnen utan rubrik", "lästes som Nr")
            return
