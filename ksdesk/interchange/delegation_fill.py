"""Filling one field of a delegation point from one cell of the table (delegation_rows reads
the rows; this is what a cell's text becomes).

Line-end hyphenation is joined; a Delegat or Ersättare cell is split into roles
(delegation_role_cells), its substitutes moved under Ersättare and its conditions under Anmärkning
(a second delegate on a condition, "Tjänsteman … då utskottets beslut inte kan avvaktas", stays a
delegate: delegation_conditional);
an extra column keeps its text under its own heading. A continuation row extends the fields.
Every change is a line in the ImportReport, with the words the cell had.
"""

from __future__ import annotations

import re

from ksdesk.core.delegation import Point
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.delegation_cells import clean_text, join_broken_lines, join_text
from ksdesk.interchange.delegation_conditional import conditional_delegate
from ksdesk.interchange.delegation_layout import EXTRA, FIELD_LABELS
from ksdesk.interchange.delegation_role_cells import is_role, merge_roles, split_pair, split_roles
from ksdesk.interchange.delegation_substitutes import note_substitute

ROLE_FIELDS = ("delegat", "ersattare", "delegat_ersattare", "delegat_vidare")


def fill_field(point: Point, name: str, text: str, where: str, report: ImportReport) -> None:
    """Set (or, for a continuation, extend) one field of the point from a cell."""
    if not text.strip():
        return
    if name in ROLE_FIELDS and "\t" in text.strip():
        text = _tabbed_roles(text)
    cleaned, joined = clean_text(text)
    for word in joined:
        report.change(where, f"avstavningen ”{word}” sammanfogades")
    if name in ("delegat_ersattare", "delegat_vidare"):
        delegates, others = split_pair(cleaned)
        fill_field(point, "delegat", delegates, where, report)
        if name == "delegat_vidare":  # "Förvaltningschef/Enhetschef": passed on to the second
            point.vidaredelegation = join_text(point.vidaredelegation, others, "\n")
        else:
            fill_field(point, "ersattare", others, where, report)
    elif name == "lagrum_anmarkning":
        lines = [line.strip() for line in cleaned.split("\n") if line.strip()]
        for line in lines:
            fill_field(point, "lagrum" if _cites_law(line) else "anmarkning", line, where, report)
    elif name in ROLE_FIELDS and _EMPTY_MARK.match(cleaned):
        # "–" or "-" in a Delegat or Ersättare cell: nobody, not a role named "–".
        report.change(where, cleaned.strip(), f"streck i {FIELD_LABELS[name]}: ingen angiven")
    elif name in ROLE_FIELDS:
        _fill_roles(point, name, cleaned, where, report)
    elif name.startswith(EXTRA):
        heading = name[len(EXTRA) :]
        point.extra[heading] = join_text(point.extra.get(heading, ""), cleaned, " ")
    else:
        if name in ("arende", "anmarkning", "lagrum"):
            cleaned = join_broken_lines(cleaned, law=name == "lagrum")
        setattr(point, name, join_text(getattr(point, name), cleaned, " "))


# A cell that says "none" with a dash or a slash.
_EMPTY_MARK = re.compile(r"^\s*[-–—/]+\s*$")


def _tabbed_roles(text: str) -> str:
    """ "Ekonomichef<tab>Ekonomiassistent": roles set apart with a tab are lines of their own
    (a tab that stands for a space, "Kommunstyrelsens<tab>ordförande", is a space)."""
    lines = []
    for line in text.strip().split("\n"):
        parts = [p.strip() for p in line.split("\t") if p.strip()]
        lines += parts if len(parts) > 1 and all(is_role(p) for p in parts) else [line]
    return "\n".join(lines)


# "*Efter fullmakt från direktör" under "Jurist*" in the same cell: the note on the starred
# roles, and the star after each of them.
_STAR_LINE = re.compile(r"^(\*{1,3})\s*[^\s*]")


def _star_notes(text: str) -> tuple[str, list[str]]:
    """The cell without its star notes (and without the stars the roles carry for them),
    and the notes."""
    lines = [line.strip() for line in text.split("\n")]
    notes = [line for line in lines if _STAR_LINE.match(line)]
    kept = [line for line in lines if line not in notes]
    marks = {_STAR_LINE.match(note).group(1) for note in notes}  # type: ignore[union-attr]
    starred = [
        line for line in kept if any(line.endswith(m) and not line.endswith("*" + m) for m in marks)
    ]
    if not starred:
        return text, []
    kept = [line.rstrip("*").rstrip() if line in starred else line for line in kept]
    return "\n".join(kept), notes


def _fill_roles(point: Point, name: str, cleaned: str, where: str, report: ImportReport) -> None:
    label = FIELD_LABELS[name]
    cleaned, notes = _star_notes(cleaned)
    for note in notes:
        point.anmarkning = join_text(point.anmarkning, note, "\n")
        why = f"anmärkning i {label}-cellen: står nu i Anmärkning; tecknet * efter rollen togs bort"
        report.change(where, note, why)
    cell = split_roles(cleaned)
    joined: list[str] = []
    setattr(point, name, merge_roles(getattr(point, name), cell.roles, joined))
    for word in joined:
        report.change(where, f"avstavningen ”{word}” sammanfogades över sidbrytningen")
    if cell.substitutes:
        point.ersattare = merge_roles(point.ersattare, cell.substitutes)
        # The cell as written: the words that named the substitute ("i andra hand") too.
        why = f"ersättare i {label}-cellen: {', '.join(cell.substitutes)} står nu under Ersättare"
        report.change(where, " ".join(cleaned.split()), why)
    conditional = conditional_delegate(cell.condition) if cell.roles else None
    if conditional is not None:  # a second delegate, who decides on a condition
        extra, when = conditional
        setattr(point, name, merge_roles(getattr(point, name), [extra]))
        why = f"en {label.lower()} på ett villkor (”{when} …”): läses som {label.lower()}, "
        report.change(where, extra, why + "villkoret står kvar i rollen")
    elif cell.condition:
        point.anmarkning = join_text(point.anmarkning, cell.condition, "\n")
        why = f"ett villkor i {label}-cellen, ingen roll: står nu i Anmärkning"
        report.change(where, cell.condition, why)


# "Anmärkning: Rättelse av …" typed on a line of its own under the Ärende text.
_NOTE_LINE = re.compile(r"\n\s*(?:anmärkning|anm|obs)\s*\.?\s*:\s*(\S.*)$", re.I | re.DOTALL)
# A reference that is a Lagrum beyond doubt: a paragraph (§) and a law's abbreviation,
# in brackets at the end ("… avvaktas (6 kap. 36 § KL)") or after a last "enligt".
_PARAGRAPH_REF = r"(?:\d+\s*kap\.?\s*)?\d+\s*[a-z]?\s*§§?(?:\s*\d+\s*st\.?)?(?:\s*p\.?\s*\d+)?"
_LAW = r"[A-ZÅÄÖ]{2,6}"
_LAGRUM_AT_END = re.compile(
    rf"\s*(?:\((?P<bracket>(?:{_LAW}\s+)?{_PARAGRAPH_REF}(?:\s+{_LAW})?)\)"
    rf"|\s+enligt\s+(?P<after>{_PARAGRAPH_REF}\s+{_LAW}))\.?$"
)


# A law in a "Lagrum, kommentar" column: its abbreviation ("OSL", "SoL", "FL": a capital at
# both ends) or its name ("kommunallagen", "miljöbalken", "Lag (2010:566)").
_LAW_ABBREVIATION = r"\b[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,4}[A-ZÅÄÖ]\b"
_LAW_NAME = r"(?i:\b\w*(?:lag|lagen|balk|balken|förordning|förordningen)\b(?:\s*\(\d{4}:\d+\))?)"
_NAMES_A_LAW = re.compile(rf"{_LAW_ABBREVIATION}|{_LAW_NAME}")
# Where in the law: a paragraph, a chapter, or "4:1" (chapter 4, paragraph 1).
_WHERE_IN_LAW = re.compile(r"\d+\s*[a-z]?\s*§|\b\d+\s*[a-z]?\s*kap\b|\b\d+\s*:\s*\d+\b")
# The line is the law alone ("LOU", "Kommunallagen"), or a paragraph alone, the law implied
# by the column ("6 kap. 36 §").
_LAW_ALONE = re.compile(rf"^(?:{_LAW_ABBREVIATION}|{_LAW_NAME})\.?$")
_PARAGRAPH_ALONE = re.compile(rf"^{_PARAGRAPH_REF}\.?$")


def _cites_law(line: str) -> bool:
    """A line of a "Lagrum, kommentar" column that is a Lagrum ("6 kap 36 § kommunallagen",
    "SoL 4:1", "LOU"), not a comment. A "§" alone does not make one: "Anmäls enligt § 5 i
    reglementet" and "Se § 3 nedan" cite no law and stay comments."""
    line = line.strip().rstrip(",;")
    if len(line.split()) > 8:
        return False
    if _LAW_ALONE.match(line) or _PARAGRAPH_ALONE.match(line):
        return True
    return bool(_NAMES_A_LAW.search(line) and _WHERE_IN_LAW.search(line))


def notes_out_of_arende(point: Point, lagrum_column: bool, report: ImportReport) -> None:
    """An "Anmärkning:" line typed under the Ärende goes under Anmärkning; in a document
    without a Lagrum column, a Lagrum written at the end of the Ärende goes under Lagrum
    (only a paragraph with its law: "enligt lagen om …" stays in the text)."""
    where = f"Punkt {point.nr}" if point.nr else f"Punkt ”{point.arende[:40]}”"
    note = _NOTE_LINE.search(point.arende)
    if note:
        point.arende = point.arende[: note.start()].rstrip()
        point.anmarkning = join_text(note.group(1).strip(), point.anmarkning, "\n")
        report.change(where, note.group(0).strip(), "anmärkning i Ärende-texten: står i Anmärkning")
    lagrum = None if lagrum_column or point.lagrum else _LAGRUM_AT_END.search(point.arende)
    if lagrum:
        point.lagrum = " ".join((lagrum.group("bracket") or lagrum.group("after")).split())
        point.arende = point.arende[: lagrum.start()].rstrip()
        report.change(where, lagrum.group(0).strip(), "lagrum i Ärende-texten: står i Lagrum")


def substitute_out_of_note(point: Point, ersattare_column: bool, report: ImportReport) -> None:
    """In a document without an Ersättare column, an Anmärkning line that names the
    substitute with its label ("Ersättare: verksamhetschef grundskola") is the point's
    Ersättare: where the document has no column for it, that is where it says who replaces."""
    if ersattare_column or point.ersattare or not point.anmarkning:
        return
    kept = []
    for line in point.anmarkning.split("\n"):
        substitute = note_substitute(line, is_role)
        if substitute and not point.ersattare:
            point.ersattare = [substitute]
            where = f"Punkt {point.nr}" if point.nr else f"Punkt ”{point.arende[:40]}”"
            report.change(where, line.strip(), "ersättare i Anmärkning: står nu under Ersättare")
        else:
            kept.append(line)
    point.anmarkning = "\n".join(kept).strip()
