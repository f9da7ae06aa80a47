"""A governing document chosen by mistake as an ärendelista: stadgar, a reglemente, an
arbetsordning, a bolagsordning, a delegationsordning or a budget. Read as a list, its
numbered paragraphs ("§ 1 Namn, säte och ändamål"), chapters or delegation points became
dozens of "ärenden" (the Torskumlet stadgar gave 62), or it was refused for a missing
"kolumnen Ärende" or a Nr that is "inget nummer". It is told by its kind named at its head
("STADGAR", "Reglemente för socialnämnden", "Kommunstyrelsens delegationsordning", "Mål och
budget 2021", "Heby kommuns författningssamling") together with what such a document is
made of: paragraphs (§ 1, § 2), chapters ("Kapitel 2", "3 kap."), a table of amounts in tkr
or mnkr; a delegationsordning also by its table's Delegat column alone (or "Beslutanderätt",
"Vidaredelegering"), which no ärendelista has, or, written as prose without title or table,
by the lines that hand the nämnd's decisions on ("… uppdrar till", "att besluta i"). A part
is the document ("Del av delegationsordning"); a styrdokument's template names it in a row
"Dokumentnamn | …"."""

from __future__ import annotations

import re

from ksdesk.core.listing import and_listed
from ksdesk.interchange.agenda_rows import number_first

HEAD = 20  # lines at the document's head where its kind stands
_TITLE_LENGTH = 160
# The kind as the document's title names it, first on its line or after the owner's genitive
# ("Kommunstyrelsens delegationsordning") or a code ("CD 4.1 DELEGATIONSORDNING FÖR …"):
# "Revidering av delegationsordning" is a title of an ärende or a tjänsteskrivelse.
_KINDS = (
    ("stadgar", r"stadgar"),
    ("ett reglemente", r"(?!delegations)\w*reglemente"),
    ("en arbetsordning", r"arbetsordning"),
    ("en bolagsordning", r"bolagsordning"),
    (
        "en delegationsordning",
        r"delegations(?:ordning|reglemente|förteckning|bestämmelser)"
        r"|delegations- och \w+(?:ordning|förteckning)"
        r"|delegerings(?:ordning|regler)|riktlinjer för delegation",
    ),
    ("en författning ur kommunens författningssamling", r"författningssamling"),
    ("en budget", r"(?:mål och |verksamhetsplan och )?\w*budget"),
)
# A part of the document is the document too: "Del av delegationsordning 11-06-08",
# "Utdrag ur delegationsordningen".
_PREFIX = (
    r"(?:(?i:del av|utdrag ur)\s+)?"
    r"(?:[A-ZÅÄÖ][\w-]*\s+|\S*\d\S*\s+|(?:[\w-]+ och )?[\w-]+s\s+){0,3}"
)
_TITLE = [(kind, re.compile(rf"{_PREFIX}(?i:(?P<word>{word}))\b.*")) for kind, word in _KINDS]
_PARAGRAPH = re.compile(r"§\s*\d{1,3}\s*[a-z]?(?:\s|$)")
_CHAPTER = re.compile(r"(?:kapitel\s+\d{1,2}|\d{1,2}\s*kap\.?)(?:\s|$)", re.IGNORECASE)
_UNIT = re.compile(r"\b(?:tkr|mnkr|mkr|tusen kronor|miljoner kronor)\b", re.IGNORECASE)
# A budget table's amount in a cell of its own: "1 329,0", "– 31,3", "-39 658".
_AMOUNT = re.compile(r"[–−-]?\s?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?")
_AMOUNT_ROWS = 3  # rows of two amounts or more that make a table of figures
# A delegationsordning's column of who decides: "Delegat", "Delegeras till", "Lägsta
# beslutsnivå".
# "Beslutanderätt" and "Vidaredelegering" (Malmö's "Nr | Ärende | Beslutanderätt |
# Vidaredelegering | Lagrum | Kommentar") say who may decide too.
_DELEGAT = re.compile(
    r"delegat(?:\s*\(.*\)|/ersättare| och ersättare)?|delegeras till|(?:lägsta )?beslutsnivå"
    r"|beslutanderätt|(?:med )?(?:rätt att )?vidaredelegera|vidaredelegering|vidaredelegation",
    re.IGNORECASE,
)
# A delegationsordning written as prose, without a table or its title (Region's
# "Regionala utvecklingsnämnden uppdrar till" over "2.1 … ORDFÖRANDE" over "att besluta i"
# over its numbered points): the nämnd hands its decisions on, a line each.
_HANDS_ON = re.compile(r".{0,80}\buppdrar (?:till|åt)(?: \S+){0,4}:?", re.IGNORECASE)
_TO_DECIDE = re.compile(r"att (?:besluta|fatta beslut)(?: i| om)?:?", re.IGNORECASE)
# The document's name in a row of its head labelled so, as a styrdokument's template has it
# ("Dokumentnamn | Delegationsordning för Malmö stads tekniska nämnd").
_NAME_LABEL = re.compile(r"(?:dokument(?:namn|titel|ets namn)|titel|namn)\s*:?", re.IGNORECASE)
# Kinds whose title alone tells the document: no kallelse is headed so.
_NAMED_ENOUGH = ("en delegationsordning", "en författning ur kommunens författningssamling")
CHOOSE = (
    "Välj förra sammanträdets kallelse eller föredragningslista (Word, PDF, Excel eller CSV) "
    "med ärendena under en rubrikrad eller som en numrerad lista."
)
_WHERE = {
    "en delegationsordning": " En delegationsordning läses in i fliken Delegation med Importera….",
    "en budget": " En budget läses in i fliken Budget med Importera….",
}


def delegation_table(rows: list[tuple[int, list[str]]]) -> str:
    """The rubrikrad of a delegationsordning's table (one with a Delegat column and an
    other), "" when the rows have none: no ärendelista has such a column."""
    for _, cells in rows:
        # A row of cells, or one line of them apart at tabs.
        filled = [" ".join(c.split()) for cell in cells for c in cell.split("\t") if c.strip()]
        if len(filled) > 1 and (
            any(_DELEGAT.fullmatch(c) for c in filled) or _delegat_as_read(filled)
        ):
            return " | ".join(filled)
    return ""


def _delegat_as_read(cells: list[str]) -> bool:
    """A Delegat column as the delegation importer reads a header row: by a near spelling
    ("Delegaat") or within a heading of two ("Delegat/Vidaredelegat")."""
    from ksdesk.interchange.delegation_layout import header_layout

    layout = header_layout(cells) if len(cells) <= 12 else None
    fields = set(layout.columns.values()) if layout is not None else set()
    return "arende" in fields and any(f.startswith("delegat") for f in fields)


def governing_refusal(rows: list[tuple[int, list[str]]], lines: list[str], filename: str) -> str:
    """The Swedish refusal for a governing document (module docstring), "" for any other."""
    kind, why = governing_kind(rows, lines)
    if not kind:
        return ""
    return (
        f"{filename} ser ut att vara {kind} ({why}), inte en ärendelista. {CHOOSE}"
        f"{_WHERE.get(kind, '')}"
    )


def governing_kind(rows: list[tuple[int, list[str]]], lines: list[str]) -> tuple[str, str]:
    """(the kind, why: what shows it) of a governing document (module docstring), ("", "")
    for any other; the other intakes name it by this too (wrong_intake.py)."""
    kind, title = named_kind(rows)
    header = delegation_table(rows)
    handed = _handed_on(lines) if not kind else []
    if header or handed:
        kind = "en delegationsordning"
    shown = [f"”{title}” överst"] if title else []
    shown += [f"”{line}”" for line in handed]
    paragraphs = [line for line in lines if _PARAGRAPH.match(line)]
    chapters = [line for line in lines if _CHAPTER.match(line)]
    amounts = sum(
        1 for _, cells in rows if sum(1 for c in cells if _AMOUNT.fullmatch(c.strip())) >= 2
    )
    unit = any(_UNIT.search(line) for line in lines)
    if header:
        shown.append(f"en tabell med kolumnerna ”{header}”")
    elif kind == "en budget" and unit and amounts >= _AMOUNT_ROWS:
        shown.append("en tabell med belopp")
    elif kind and kind != "en budget" and len(paragraphs) >= 2:
        shown.append(f"paragrafer som ”{_PARAGRAPH.match(paragraphs[0])[0].strip()}”")  # type: ignore[index]
    elif kind and kind != "en budget" and len(chapters) >= 2:
        shown.append(f"kapitel som ”{_CHAPTER.match(chapters[0])[0].strip()}”")  # type: ignore[index]
    elif not (kind in _NAMED_ENOUGH and (title or handed)):
        return "", ""
    return kind, and_listed(shown)


def named_kind(rows: list[tuple[int, list[str]]]) -> tuple[str, str]:
    """(the kind, its title line shortened) named at the document's head, ("", "") when none
    is: a line of one cell, not numbered, among the first lines."""
    found = []
    for _, cells in rows[:HEAD]:
        filled = [" ".join(c.split()) for c in cells if c.strip()]
        if len(filled) == 2 and _NAME_LABEL.fullmatch(filled[0]):
            filled = filled[1:]  # "Dokumentnamn | Delegationsordning för …"
        if len(filled) != 1 or len(filled[0]) > _TITLE_LENGTH or number_first(filled[0])[0]:
            continue
        line = filled[0]
        found += [(at, kind, line) for at, (kind, t) in enumerate(_TITLE) if t.fullmatch(line)]
    # The document's own kind before the collection it stands in ("Kungsörs kommuns
    # författningssamling" over "Delegationsordning för socialnämnden").
    found.sort(key=lambda kind: kind[1] == _NAMED_ENOUGH[1])
    return (found[0][1], _short(found[0][2])) if found else ("", "")


def _handed_on(lines: list[str]) -> list[str]:
    """The lines by which a nämnd hands on its decisions, "… uppdrar till" and "att besluta
    i" (the first of each), when it has both; [] otherwise."""
    hands = next((line for line in lines if _HANDS_ON.fullmatch(line)), "")
    decide = next((line for line in lines if _TO_DECIDE.fullmatch(line)), "")
    return [hands, decide] if hands and decide else []


def _short(line: str) -> str:
    words = line.split()
    return line if len(words) <= 6 else " ".join(words[:6]) + " …"
