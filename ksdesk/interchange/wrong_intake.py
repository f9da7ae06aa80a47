"""The right kind of document for the wrong intake: an ärendelista pasted as a budget table
became a sheet of two rows, a tjänsteskrivelse pasted as the nämnd's members one ledamot.
Each intake other than the ärendelista's (which refuses them itself, agenda_other_document.py)
asks here what its input seems to be, by the same recognisers: a delegationsordning, stadgar,
a reglemente or a budget by agenda_governing_document.governing_kind, a tjänsteskrivelse and
a protokoll by agenda_other_document, an ärendelista by its rubrikrad or numbered rows with a
Dnr (agenda_other_document.listed); when none of those shows, a table of amounts or a list
of ledamöter and ersättare (wrong_intake_lists.py). An input that shows the intake's own kind
is read, even when it shows another too (a tjänsteskrivelse's driftbudget); one that shows
only another kind is refused in Swedish, saying what it seems to be and where it is read in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_governing_document import (
    delegation_table,
    governing_kind,
    named_kind,
)
from ksdesk.interchange.agenda_header import is_rubrikrad
from ksdesk.interchange.agenda_other_document import listed, protokoll_why, tjansteskrivelse_why
from ksdesk.interchange.wrong_intake_lists import (
    BUDGET_TABLE,
    MEMBERS,
    budget_table_why,
    members_why,
)

AGENDA = "en ärendelista"
TJANSTESKRIVELSE = "en tjänsteskrivelse"
PROTOKOLL = "ett protokoll"
DELEGATIONSORDNING = "en delegationsordning"
BUDGET = "en budget"

_WHERE = {
    AGENDA: "Läs in den i fliken Kallelse: välj Importera… → Ärendelista från Excel, Word, PDF "
    "eller CSV (eller Ärendelista från urklipp).",
    TJANSTESKRIVELSE: "Läs in den i fliken Kallelse: markera ärendet och välj Importera… → "
    "Tjänsteskrivelse från Word eller PDF till markerat ärende….",
    PROTOKOLL: "Dess närvarolista blir nämndens ledamöter och ersättare: välj Klistra in "
    "ledamöter och ersättare… i nämndens inställningar.",
    DELEGATIONSORDNING: "Läs in den i fliken Delegation: välj Importera….",
    BUDGET: "Läs in den i fliken Budget: välj Importera… eller Klistra in tabell….",
    BUDGET_TABLE: "Läs in den i fliken Budget: välj Importera… eller Klistra in tabell….",
    MEMBERS: "Läs in den i nämndens inställningar: välj Klistra in ledamöter och ersättare….",
}
_MAX_ROWS = 20_000  # a sheet read to tell its kind; the intake has its own limit
_ELSE = (
    "Ett sådant dokument läses inte in i ksdesk; som PDF kan det bifogas ett ärende: markera "
    "ärendet i fliken Kallelse och välj Bifoga PDF…."
)


@dataclass(frozen=True)
class Intake:
    """An intake as the window names it: what it reads ("en budgettabell") and the kinds of
    document it reads (a members list may come from a protokoll's first page)."""

    reads: str
    own: frozenset[str]
    # Only a document its head names ("Delegationsordning för …") is refused: a list of
    # delegationsbeslut has a Delegat column too, as a delegationsordning's table has.
    named_only: bool = False


BUDGET_INTAKE = Intake("en budgettabell", frozenset({BUDGET, BUDGET_TABLE}))
MEMBERS_INTAKE = Intake("en lista över ledamöter och ersättare", frozenset({PROTOKOLL, MEMBERS}))
TJANSTESKRIVELSE_INTAKE = Intake("en tjänsteskrivelse", frozenset({TJANSTESKRIVELSE}))
DELEGATION_INTAKE = Intake("en delegationsordning", frozenset({DELEGATIONSORDNING}))
# A kallelse's or protokoll's text lists the delegationsbeslut anmälda (beslut_text.py).
BESLUT_INTAKE = Intake(
    "en lista över delegationsbeslut", frozenset({AGENDA, PROTOKOLL}), named_only=True
)


def text_rows(text: str) -> list[tuple[int, list[str]]]:
    """A text's lines as rows of cells apart at tabs, numbered from 1, as a paste holds
    them and as docx_as_text and pdf_as_text write a document."""
    return [(at, line.split("\t")) for at, line in enumerate(text.splitlines(), start=1)]


def kinds_seen(rows: list[tuple[int, list[str]]]) -> list[tuple[str, str]]:
    """Every kind of document the rows show, with what shows it, the surest first."""
    lines = [" ".join(" ".join(cells).split()) for _, cells in rows]
    lines = [line for line in lines if line]
    seen = []
    kind, why = governing_kind(rows, lines)
    if kind:
        seen.append((kind, why))
    for kind, why in (
        (TJANSTESKRIVELSE, tjansteskrivelse_why(lines)),
        (PROTOKOLL, protokoll_why(lines)),
        (AGENDA, "" if delegation_table(rows) else listed(rows, lines)),
    ):
        if why:
            seen.append((kind, why))
    if seen:
        # A tjänsteskrivelse's driftbudget, a protokoll's närvarolista or a
        # delegationsordning's Ordförande on every other line is the document that holds it.
        return seen
    for kind, why in ((BUDGET_TABLE, budget_table_why(lines)), (MEMBERS, members_why(lines))):
        if why:
            seen.append((kind, why))
    return seen


def refuse_wrong_kind(rows: list[tuple[int, list[str]]], source: str, intake: Intake) -> None:
    """InvalidInput (Swedish) when the rows show another kind of document than the intake
    reads and none of its own; nothing otherwise. `source` names the input as the message
    begins ("Texten", "ts.docx")."""
    seen = kinds_seen(rows)
    if not seen or any(kind in intake.own for kind, _ in seen):
        return
    if intake.named_only and not named_kind(rows)[0]:
        return
    kind, why = seen[0]
    raise InvalidInput(
        f"{source} ser ut att vara {kind} ({why}), inte {intake.reads}. "
        f"{_WHERE.get(kind, _ELSE)} Ingenting har sparats."
    )


def check_file(path: Path | str, intake: Intake) -> None:
    """refuse_wrong_kind for a file, read as the ärendelista's import reads it: a Word
    document and a PDF as their text, a sheet or CSV by its records. A file nothing here
    can read is left to the intake's own reader, which says why."""
    file = Path(path)
    try:
        rows = file_rows(file.read_bytes(), file.name)
    except (InvalidInput, OSError):
        return
    refuse_wrong_kind(rows, file.name, intake)


def file_rows(data: bytes, filename: str) -> list[tuple[int, list[str]]]:
    """The rows of a Word, PDF, Excel or CSV file as the ärendelista's import sees them."""
    from ksdesk.interchange.agenda_pdf import is_pdf, pdf_as_text
    from ksdesk.interchange.docx_as_text import docx_as_text, is_docx
    from ksdesk.interchange.sheet_records import list_records

    unused = ImportReport("fil", filename)  # the intake's own reader reports
    if is_docx(data):
        return text_rows(docx_as_text(data, filename, unused, is_rubrikrad).decode("utf-8"))
    if is_pdf(data):
        return text_rows(pdf_as_text(data, filename, unused, is_rubrikrad, []).decode("utf-8"))
    return list_records(data, filename, "fil", _MAX_ROWS)
