"""A Word or PDF file chosen by mistake as an ärendelista: a tjänsteskrivelse or a protokoll
(stadgar, a reglemente, a delegationsordning or a budget: agenda_governing_document.py).
Read as a list, each of its lines that starts with a number became an "ärende" (an att-sats
"1. Kommunstyrelsen fastställer …", a protokoll's "§ 12"), or it was refused as a list
without "kolumnen Ärende". It is told by what an ärendelista never has and those documents
always do, and only where the file shows no list: no rubrikrad with an Ärende column, no run
of numbered rows with a Dnr on or under them, no innehållsförteckning ("§ 24 … ... 4").

- A tjänsteskrivelse: the parts every template has, as lines of their own ("Bakgrund",
  "Beskrivning av ärendet", "Ekonomiska konsekvenser": tjansteskrivelse_headings), two of
  them, or one with "Förslag till beslut", att-satser ("att godkänna …") or the document's
  kind ("TJÄNSTESKRIVELSE").
- A protokoll: "Protokoll", "Sammanträdesprotokoll" or "Protokollsutdrag" at its head, and
  paragraphs ("§ 12") or its justering ("Justerare", "Justeringens plats och tid").

The refusal says what the file seems to be, why, and what to choose instead."""

from __future__ import annotations

import re

from ksdesk.core.dnr import dnr_line
from ksdesk.core.errors import InvalidInput
from ksdesk.core.listing import and_listed
from ksdesk.interchange.agenda_governing_document import (
    CHOOSE,
    HEAD,
    delegation_table,
    governing_refusal,
)
from ksdesk.interchange.agenda_header import field_of, is_rubrikrad
from ksdesk.interchange.agenda_rows import number_first
from ksdesk.interchange.agenda_title import has_dnr
from ksdesk.interchange.tjansteskrivelse_words import forslag_group, kind_word, known_section

_PROTOKOLL = re.compile(r"(?:sammanträdes)?protokoll(?:sutdrag)?\b", re.IGNORECASE)
_PARAGRAPH = re.compile(r"§\s*\d{1,3}\b")
_JUSTERING = re.compile(
    r"(?:justerare|justerande|justeringens plats|utdragsbestyrkande|paragrafer)\b", re.IGNORECASE
)
_CONTENTS = re.compile(r"(?:\.{3,}|…)\s*\d{1,3}$")  # "§ 24 Godkännande … ... 4"


def refuse_other_document(rows: list[tuple[int, list[str]]], filename: str) -> None:
    """InvalidInput (Swedish) when the file's rows are a tjänsteskrivelse's or a protokoll's
    and no list's (module docstring); nothing otherwise."""
    lines = [" ".join(" ".join(cells).split()) for _, cells in rows]
    lines = [line for line in lines if line]
    if delegation_table(rows):  # its rubrikrad has an Ärende column too: no list's
        raise InvalidInput(governing_refusal(rows, lines, filename))
    if listed(rows, lines):
        return
    refusal = governing_refusal(rows, lines, filename)
    if refusal:
        raise InvalidInput(refusal)
    said = tjansteskrivelse_why(lines)
    if said:
        raise InvalidInput(
            f"{filename} ser ut att vara en tjänsteskrivelse ({said}), inte en ärendelista. "
            f"{CHOOSE} En tjänsteskrivelse läses in till sitt ärende med Importera… → "
            "Tjänsteskrivelse från Word eller PDF till markerat ärende…"
        )
    said = protokoll_why(lines)
    if said:
        raise InvalidInput(
            f"{filename} ser ut att vara ett protokoll ({said}), inte en ärendelista. {CHOOSE}"
        )


def listed(rows: list[tuple[int, list[str]]], lines: list[str]) -> str:
    """What shows the file is a list ("" when nothing does): a rubrikrad with an Ärende
    column, two numbered rows with a Dnr on them or on the line under, or an
    innehållsförteckning."""
    for _, cells in rows:
        filled = [c for c in cells if c.strip()]
        titled = next((c.strip() for c in filled if field_of(c)[0] == "title"), "")
        if len(filled) > 1 and titled and is_rubrikrad(cells):
            return f"en rubrikrad med kolumnen ”{titled}”"
    with_dnr = sum(
        1
        for at, line in enumerate(lines)
        if number_first(line)[0]
        and any(has_dnr(near) or dnr_line(near) for near in lines[at : at + 2])
    )
    if with_dnr >= 2:
        return "numrerade ärenden med diarienummer"
    contents = sum(1 for line in lines if _CONTENTS.search(line)) >= 3
    return "en innehållsförteckning med sidnummer" if contents else ""


def tjansteskrivelse_why(lines: list[str]) -> str:
    """Why the lines are a tjänsteskrivelse's ("" when they are not)."""
    parts = list(dict.fromkeys(line for line in lines if known_section(line)))
    forslag = next((line for line in lines if _forslag_heading(line)), "")
    kind = next((line for line in lines[:HEAD] if kind_word(line)), "")
    atts = sum(1 for line in lines if line.startswith("att "))
    if len(parts) < 2 and not (parts and (forslag or kind or atts >= 2)):
        return ""
    shown = [f"”{kind_word(kind)[0]}” överst"] if kind else []  # type: ignore[index]
    shown += [f"”{forslag}”"] if forslag else []
    shown += ["att-satser"] if atts >= 2 else []
    shown += [f"”{part}”" for part in parts[: max(3 - len(shown), 1)]]
    return and_listed(shown)


def _forslag_heading(line: str) -> bool:
    """ "Förslag till beslut", "Förvaltningens förslag till beslut": a heading of att-satser,
    not a numbered ärende named "Förslag till detaljplan …"."""
    return len(line) <= 80 and not number_first(line)[0] and forslag_group(line) is not None


def protokoll_why(lines: list[str]) -> str:
    """Why the lines are a protokoll's ("" when they are not)."""
    title = next((line for line in lines[:HEAD] if _PROTOKOLL.match(line)), "")
    paragraphs = [line for line in lines if _PARAGRAPH.match(line)]
    justering = next((line for line in lines if _JUSTERING.match(line)), "")
    if not title or not (len(paragraphs) >= 2 or justering):
        return ""
    shown = [f"”{title.split()[0]}” överst"]
    if len(paragraphs) >= 2:
        first = _PARAGRAPH.match(paragraphs[0])[0]  # type: ignore[index]
        shown.append(f"paragrafer som ”{first}”")
    if justering:
        shown.append(f"”{justering.split()[0]}”")
    return and_listed(shown)
