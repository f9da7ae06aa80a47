"""What a row of a kommun's ärendelista is, read from its text: the shapes the agenda import
meets in real files beside a plain number and a title.

- Nr written as a paragraph ("§ 26", "26 §", "§ 63/20"), with a point ("5."), or as a
  delpunkt ("15 a)", "5b", "b)"), and a delpunkt written in the title ("a) Enskilt ärende").
- Heading rows ("Beslutsärenden", "Övriga beslutsärenden", "Beslutspunkter") and the
  opening items a list leaves unnumbered ("Upprop", "Val av justerare", "Fastställande av
  dagordning"), which are ärenden, not headings.
- The Dnr written in the title cell ("Delårsrapport 2\\nDnr 2018/KS 0290 10",
  "Dnr KS 2018/14 Information") and bilagor listed under an ärende ("Bilaga 1: Karta").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.agenda_merge import same_standing
from ksdesk.core.dnr import parse_dnr
from ksdesk.core.organ import DEFAULT_STANDARD_ITEMS


@dataclass(frozen=True)
class RowNumber:
    """The file's Nr of a row: its number ("15" of "15 a)"), its delpunkt ("a", "1" of
    "5.1"), or a beteckning that is no number ("SP8", "E5": Borås names items by kind)."""

    number: int | None
    sub: str = ""
    code: str = ""


# "§ 26", "26 §", "§ 63/20", "26.", "15 a)", "15a", "5 b", "b)", "Punkt 4".
_NR = re.compile(
    r"(?:§§?|punkt|nr\.?|ärende)?\s*(?P<number>\d{1,4})?(?:\s*/\s*\d{2,4})?\s*\.?\s*§?\s*"
    r"(?:(?P<sub>[a-zåäö])\s*[).]?|(?<=\.)(?P<subn>\d{1,2}))?\s*\.?",
    re.IGNORECASE,
)
_CODE = re.compile(r"[a-zåäö]{1,3} ?\d{1,3}(?:\.\d{1,2})?", re.IGNORECASE)
# A delpunkt written at the start of the title: "a) Enskilt ärende", "b. Anmälan av …".
_SUB_IN_TITLE = re.compile(r"(?P<sub>[a-zåäö])[).]\s+(?P<title>\S.*)", re.DOTALL)
# One word (or "Övriga …") that names a group of ärenden: a heading, never an ärende itself.
_HEADING = re.compile(r"(?:övriga\s+)?\w+(?:ärenden|punkter):?", re.IGNORECASE)
# Opening items a numbered list often leaves without a number.
_OPENING = re.compile(
    r"\b(?:upprop|justera|protokollsjustera|protokolljustera|dagordning|föredragningslist"
    r"|sammanträdets öppnande|förhinder)",
    re.IGNORECASE,
)
_DNR_LABEL = re.compile(
    r"(?:^|(?<=[\s,;(–-]))(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer)\b\.?:?\s*",
    re.IGNORECASE,
)
_BILAGA = re.compile(r"bilaga(?:\s+(?P<nr>\d+[a-z]?))?\s*[:.–-]\s*(?P<title>\S.*)", re.IGNORECASE)


def read_nr(text: str) -> RowNumber | None:
    """The Nr cell read; None when it holds no number (a refusal for the caller)."""
    text = text.strip()
    match = _NR.fullmatch(text)
    if match is None or not (match["number"] or match["sub"]):
        return RowNumber(None, code=text) if _CODE.fullmatch(text) else None
    if not match["number"] and not text.endswith((")", ".")):
        return None  # "x" is no delpunkt; "b)" and "b." are
    number = int(match["number"]) if match["number"] else None
    return RowNumber(number, (match["sub"] or match["subn"] or "").lower())


def sub_in_title(title: str) -> tuple[str, str] | None:
    """ "a) Enskilt ärende RMA" → ("a", "Enskilt ärende RMA")."""
    match = _SUB_IN_TITLE.fullmatch(title.strip())
    return (match["sub"].lower(), match["title"].strip()) if match else None


def is_heading(title: str) -> bool:
    """ "Beslutsärenden", "Övriga beslutsärenden", "Beslutspunkter"."""
    return bool(_HEADING.fullmatch(" ".join(title.split())))


def is_opening_item(title: str) -> bool:
    """ "Upprop och anmälningar om förhinder", "Val av justerare", "Fastställande av
    dagordning": ärenden even where the list gives them no number."""
    return bool(_OPENING.search(title)) or any(
        same_standing(title, standing) for standing in DEFAULT_STANDARD_ITEMS
    )


def dnr_in_title(title: str) -> tuple[str, str] | None:
    """(title without it, Dnr) for a title that names its Dnr after a label ("…\\nDnr
    2018/KS 0290 10", "Dnr KS 2018/14 Information"); the longest run of words after the label
    that reads as a whole diarienummer is taken. None when there is none."""
    for label in _DNR_LABEL.finditer(title):
        words = list(re.finditer(r"\S+", title[label.end() :]))
        best = None
        for count in range(1, min(len(words), 4) + 1):
            candidate = title[label.end() : label.end() + words[count - 1].end()]
            candidate = candidate.rstrip(".,;)")
            dnr = parse_dnr(candidate)
            if dnr.is_complete and not dnr.warnings:
                best = candidate
        if best:
            before = title[: label.start()].rstrip(" ,;(–-\n")
            after = title[label.end() + len(best) :].lstrip(" .,;)–-\n")
            rest = "\n".join(part for part in (before, after) if part)
            if rest:
                return rest, best
    return None


def bilaga_line(text: str) -> tuple[str, str] | None:
    """ "Bilaga 1: Karta över området" → ("1", "Karta över området")."""
    match = _BILAGA.fullmatch(" ".join(text.split()))
    return (match["nr"] or "", match["title"].strip()) if match else None
