"""The lines of a list of delegationsbeslut written as text that are the page's, not the
list's, in a tjänsteskrivelse that lists the decisions a paragraph each with the Dnr first
(Kungsbacka's nämnder, tests/interchange/real_beslut_lists_third_kungsbacka.py):

    Avtal
    Dnr IF-2025-00017. Placeringsavtal – HVB, Individ och familj AB, Broarp HVB,
    Familjehemsenheten
    KUNGSBACKA  KOMMUN
    3 (3)
    AVTAL-2025-00422. Avtal - Mottaget Barn och Unga
    Övrigt
    Dnr IF-2025-00254. Dokumentation av personuppgiftsincident
    Beslutsunderlag

The running head of a new page (the kommun's name in capitals, "3 (3)"), a group's heading
(Avtal, Övrigt) and the tjänsteskrivelse's Beslutsunderlag after the list; and a decision
whose Dnr stands first without the word "Dnr" ("AVTAL-2025-00422. …")."""

from __future__ import annotations

import re

PAGE_HEAD = "sidhuvud (ny sida): ingen rad med beslut"
GROUP_HEADING = "underrubrik i listan: ingen rad med beslut"
GROUP_TEXT = "bara diarienummer: underrubriken ”{}” blir beslutets text"
AFTER_LIST = "tjänsteskrivelsens beslutsunderlag efter listan: ingen rad med beslut"

# A sub-heading naming the delegat of the decisions under it, as lists grouped by delegat have.
_GROUP_GENITIVE = re.compile(r"^(?P<who>[A-ZÅÄÖ][\wÅÄÖåäö./ -]{1,60}?)s beslut:?$")
_GROUP_LABELLED = re.compile(r"^(?i:delegat|beslutsfattare|beslut av)\s*:?\s+(?P<who>.{2,60})$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}\s?\(\d{1,3}\)$")  # "3 (3)", "2(4)"
_KOMMUN_HEAD = re.compile(r"^[A-ZÅÄÖ-]+(?:\s+[A-ZÅÄÖ-]+)*\s+(?:KOMMUN|STAD|REGION)$")
# The list's end: the tjänsteskrivelse goes on with what the decision rests on.
_LIST_END = re.compile(r"^(?:Beslutsunderlag|Beslutet skickas till)\s*:?$", re.I)
# "AVTAL-2025-00422. Avtal …", "IF 2025-00018. …": a diarienummer, a period, the text.
DNR_LED = re.compile(r"^((?:[A-ZÅÄÖ]{1,8}[\s-])?\d{4}[-/]\d{2,6})\.\s+(?=\S)")
_GROUP = re.compile(r"^[A-ZÅÄÖ][a-zåäö&]*(?:\s[A-ZÅÄÖa-zåäö&][a-zåäö&]*){0,2}$")  # "Lex Sarah"
# A line that goes on in the next: a clause's comma, a dash, a word broken ("vård-"), a word
# that needs one after it. Not " -", a table's empty cell ("Diarienummer VO-2024-00467 -").
_GOES_ON = re.compile(r"(?:[,;–]|\w-|\s(?:och|samt|eller|enligt|för|till|av|i))$", re.I)
# A line of Dnr alone, one or more, as a table of them copies ("Diarienummer VO-2024-00444
# Diarienummer VO-2024-00473", "Diarienummer VO-2024-00467 -"): Lex Sarah's decisions.
_DNR_CELL = r"(?:dnr|diarienr|diarienummer)\.?:?\s*(?P<dnr>[A-ZÅÄÖ]{0,8}[\s-]?\d\S*)"
_DNR_CELLS = re.compile(rf"^(?:{_DNR_CELL}\s*)+(?:-\s*)?$", re.I)


def page_head(text: str) -> bool:
    """Whether the line is a page's running head or number, printed over the list's text."""
    text = text.strip()
    return bool(_PAGE_NUMBER.match(text) or _KOMMUN_HEAD.match(text))


def list_end(text: str) -> bool:
    return bool(_LIST_END.match(text.strip()))


def group_heading(before: str, text: str, after: str, starts: bool) -> bool:
    """Whether `text` heads a group of the decisions under it ("Avtal", "Övrigt"): a word or
    three with no comma or number, not the end of the sentence on the line before, and
    `starts` (the line after opens a decision)."""
    text = text.strip()
    return starts and bool(_GROUP.match(text)) and not _GOES_ON.search(before.strip())


def dnr_cells(text: str) -> list[str]:
    """The Dnr of a line that holds nothing else, each a decision; [] for any other line."""
    if not _DNR_CELLS.match(text.strip()):
        return []
    return [m["dnr"].rstrip(".") for m in re.finditer(_DNR_CELL, text, re.I)]


def delegat_group(text: str) -> str:
    """The delegat a sub-heading names for the decisions under it ("Kommundirektörens
    beslut", "Delegat: Socialchef"); "" when the line is none."""
    if match := _GROUP_GENITIVE.match(text) or _GROUP_LABELLED.match(text):
        return match["who"].strip()
    return ""
