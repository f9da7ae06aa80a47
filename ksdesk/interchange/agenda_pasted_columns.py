"""A kallelse's table pasted from its PDF as text: the rubrikrad on one line of column names
("Ärende Föredragande", "Nr. Ärende Anm. Sid") over the ärenden, each on the line its number
starts, and what the PDF put on lines of their own: who presents the ärende, after its title
or alone under it ("Nils Holm", "Jonas Lind/" "Karin Sjö"), the förslag under it ("Förslag:
Sara Lund (M)"), and where a page breaks, the page's head again (its letterhead, "Forts.",
the rubrikrad). Read back into rows of Ärende, Föredragande and Förslag till beslut; every
line left out or moved is named in the report (Ockelbo's and Lindesberg's socialnämnd)."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_anm_column import without_anm
from ksdesk.interchange.agenda_header import field_of
from ksdesk.interchange.agenda_rows import AFTER_LIST, number_first, pasted_lines
from ksdesk.interchange.given_names import GIVEN_NAMES

Rows = list[tuple[int, list[str]]]

HEADER = ["Nr", "Ärende", "Föredragande", "Förslag till beslut"]
_PAGE_LINES = 40  # the rubrikrad is looked for on a pasted page's first lines
# The document's own columns that ksdesk keeps no field for ("Anm.", "Sid"): they may stand
# in the rubrikrad's line.
_OWN_COLUMNS = frozenset({"anm", "anmärkning", "sid", "sida", "bilaga", "bilagor"})
_CONTINUED = re.compile(r"forts(?:\.|ättning)(?:\s.*)?", re.IGNORECASE)
_PROPOSAL_LINE = re.compile(r"(?:förslag|ersättare)\s*:\s*\S.*", re.IGNORECASE)
# A page's letterhead repeated over the next page: "Datum", "2020-06-10", "Sida", "2(2)",
# "Ockelbo kommun".
_LETTERHEAD = re.compile(
    r"sida|sid\.?|datum|\d{4}-\d\d-\d\d|\d{1,3}\s*\(\s*\d{1,3}\s*\)"
    r"|[A-ZÅÄÖ][\w-]+s? (?:kommun|stad|region)",
    re.IGNORECASE,
)
_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?: [A-ZÅÄÖ][a-zåäöé]+){1,2}")


def column_names(line: str) -> set[str] | None:
    """The fields a line of column names holds ("Ärende Föredragande" → title, presenter),
    None for any other line."""
    words = [word.strip(".:").lower() for word in line.split()]
    if not 2 <= len(words) <= 6:
        return None
    fields = {field_of(word)[0] for word in words if word not in _OWN_COLUMNS}
    return fields if "title" in fields and None not in fields else None


def with_pasted_columns(rows: Rows, report: ImportReport) -> Rows:
    """The rows with such a table read back into its columns; other rows as they are."""
    texts = pasted_lines(rows)
    if texts is None:
        return rows
    at = next((i for i in range(min(len(texts), _PAGE_LINES)) if _heads_list(texts, i)), None)
    if at is None:
        return rows
    names = "presenter" in (column_names(texts[at]) or set())
    own = {word.strip(".:").lower() for word in texts[at].split()} & _OWN_COLUMNS
    why = "rubrikraden, inklistrad på en rad, lästes som rubrikrad"
    # The list is no longer one without rubrikrad (agenda_header.with_guessed_header's line).
    report.changed[:] = [line for line in report.changed if line.text != "ingen rubrikrad"]
    report.change(f"Rad {rows[at][0]}", texts[at], why)
    page_head = _page_heads(texts, at)
    out: Rows = [*rows[:at], (0, list(HEADER))]
    entry: list[str] | None = None  # the cells of the ärende the lines under it belong to
    for index, ((number, _), text) in enumerate(zip(rows[at + 1 :], texts[at + 1 :], strict=True)):
        where = f"Rad {number}"
        if number == 0:  # the rubrikrad guessed before for the list's lines: this is its own
            continue
        if index in page_head:
            report.drop(where, text, "sidhuvud på nästa sida, inte en rad i listan: läses inte in")
        elif (nr := number_first(text))[0]:
            if names:
                title, presenter = _name_after(nr[1])
                if presenter:
                    report.change(where, text, f"{presenter} lästes som föredragande")
            else:
                title, presenter = without_anm(nr[1], own, where, report)
            entry = [nr[0], title, presenter, ""]
            out.append((number, entry))
        elif entry is not None and _PROPOSAL_LINE.fullmatch(text):
            entry[3] = f"{entry[3]}\n{text}".strip()
            report.change(where, text, "lästes som förslag till beslut i ärendet ovan")
        elif entry is not None and names and _presents(entry[2], text):
            entry[2] = f"{entry[2]}{text}"
            report.change(where, text, "lästes som föredragande i ärendet ovan")
        else:
            out.append((number, ["", text, "", ""]))
            entry = None
    return _without_closing(out, report)


def _without_closing(rows: Rows, report: ImportReport) -> Rows:
    """The rows without the lines after the last ärende: the document's closing lines ("Anna
    Engblom ordförande", "Eskilstuna den stolta Fristaden"), named in the report."""
    last = max(at for at, (_, cells) in enumerate(rows) if cells[0])
    for number, cells in rows[last + 1 :]:
        report.drop(f"Rad {number}", cells[1], AFTER_LIST)
    return rows[: last + 1]


def _presents(named: str, line: str) -> bool:
    """Whether the line names who presents the ärende above: its first name, or the second
    after a first that ends in "/" ("Jonas Lind/" over "Karin Sjö")."""
    return (not named or named.endswith("/")) and bool(_NAME.fullmatch(line.rstrip("/")))


def _heads_list(texts: list[str], at: int) -> bool:
    """Whether the line names the table's columns and a numbered line follows right under."""
    following = texts[at + 1 : at + 3]
    return column_names(texts[at]) is not None and any(number_first(t)[0] for t in following)


def _page_heads(texts: list[str], at: int) -> set[int]:
    """The rows (by index from `at`) that repeat the page's head where the PDF's next page
    begins: the rubrikrad again and "Forts." lines, and the letterhead lines right above."""
    heads: set[int] = set()
    for index in range(at + 1, len(texts)):
        if column_names(texts[index]) is None and not _CONTINUED.fullmatch(texts[index]):
            continue
        heads.add(index - at - 1)
        above = index - 1
        while above > at and _LETTERHEAD.fullmatch(texts[above]):
            heads.add(above - at - 1)
            above -= 1
    return heads


def _name_after(line: str) -> tuple[str, str]:
    """(title, föredragande) for a line that ends in a person's name ("5. Revidering av
    Socialnämndens delegationsordning Nils Holm"): a common given name, then a family name."""
    words = line.split()
    if (
        len(words) >= 4
        and words[-2].lower() in GIVEN_NAMES
        and _NAME.fullmatch(" ".join(words[-2:]))
    ):
        return " ".join(words[:-2]), " ".join(words[-2:])
    return line, ""
