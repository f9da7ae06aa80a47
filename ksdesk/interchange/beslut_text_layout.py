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
AFTER_LIST = "tjänsteskrivelsens beslutsunderlag efter listan: ingen rad med beslut"

_PAGE_NUMBER = re.compile(r"^\d{1,3}\s?\(\d{1,3}\)$")  # "3 (3)", "2(4)"
_KOMMUN_HEAD = re.compile(r"^[A-ZÅÄÖ-]+(?:\s+[A-ZÅÄÖ-]+)*\s+(?:KOMMUN|STAD|REGION)$")
# The list's end: the tjänsteskrivelse goes on with what the decision rests on.
_LIST_END = re.compile(r"^(?:Beslutsunderlag|Beslutet skickas till)\s*:?$", re.I)
# "AVTAL-2025-00422. Avtal …", "IF 2025-00018. …": a diarienummer, a period, the text.
DNR_LED = re.compile(r"^((?:[A-ZÅÄÖ]{1,8}[\s-])?\d{4}[-/]\d{2,6})\.\s+(?=\S)")
_GROUP = re.compile(r"^[A-ZÅÄÖ][a-zåäö&]*(?:\s[a-zåäö&]+){0,2}$")  # "Avtal", "Övrigt"
_GOES_ON = re.compile(r"(?:[,;–-]|\s(?:och|samt|eller|enligt|för|till|av|i))$", re.I)


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
