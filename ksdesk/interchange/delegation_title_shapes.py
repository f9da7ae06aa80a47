"""What a title of a delegationsordning looks like: numbered ("2.2 Ekonomi", "B.4 Vård enligt
LVU"), a part's ("Del A Kommunstyrelsen", "AVSNITT C", a lettered "M. Miljöbalkens område"
over numbered chapters), the same title again on the next page. delegation_titles decides
what each title is in the document read."""

from __future__ import annotations

import re

from ksdesk.core.lookalike import search_key
from ksdesk.interchange.delegation_cells import join_broken_lines, join_text, title_depth

# "2.2 Ekonomi", and lettered: "B. Ekonomiärenden", "B1 Upphandling", "B.4 Vård enligt LVU",
# also with a dash between number and title: "B.3 - Socialtjänstlagen, SoL".
NUMBERED_TITLE = re.compile(
    r"^((?:[A-ZÅÄÖ]\.?\s?)?\d+(?:\.\d+)*|[A-ZÅÄÖ](?=\.))\.?\s+(?:[-–—]\s+)?"
    r"([A-ZÅÄÖ][^\W\d_]+.*)$",
    re.DOTALL,
)


def one_line_title(title: str) -> str:
    """A chapter title as one line where a PDF conversion broke it ("2.3 Styrelsen som" /
    "arbetsgivare", "4.1 INDIVID- OCH" / "FAMILJEOMSORG"); a tab or a run of spaces inside
    it ("2.1<tab>Allmänna ärenden") is a space."""
    lines = [" ".join(line.split()) for line in title.strip().split("\n")]
    out: list[str] = []
    for line in filter(None, lines):
        capitals = bool(out) and out[-1].isupper() and line.isupper()
        if out and (capitals or join_broken_lines(f"{out[-1]}\n{line}").count("\n") == 0):
            out[-1] = join_text(out[-1], line, " ")
        else:
            out.append(line)
    return "\n".join(out)


# "1 Allmänna ärenden (forts.)": the chapter's title again on the next page.
_GOES_ON = re.compile(r"\s*[(,–-]?\s*\bforts(?:\.|ättning|att)?\s*\)?\s*:?$", re.IGNORECASE)


# "Fortsättning nästa sida", "(forts.)", "Forts. från föregående sida": a line that only says
# the table goes on, between its two parts.
_CONTINUATION = re.compile(
    r"^\(?\s*forts(?:\.|ättning|att)?\s*(?:(?:på\s+)?nästa\s+sida|från\s+"
    r"(?:föregående|förra)\s+sida)?\s*[.:]?\s*\)?$",
    re.IGNORECASE,
)


def continuation_line(text: str) -> bool:
    return bool(_CONTINUATION.match(" ".join(text.split())))


# "Forts. Ekonomi", "Fortsättning: 2 Ekonomi": the same, said before the title.
# ("Fortsatt arbete" is a title of its own.)
_GOES_ON_BEFORE = re.compile(
    r"^\s*\(?(?:forts\.\)?\s*[:–-]?|fortsättning\)?\s*[:–-]|fortsättning av)\s*", re.IGNORECASE
)


def same_title(a: str, b: str) -> bool:
    def bare(title: str) -> str:
        return search_key(_GOES_ON_BEFORE.sub("", _GOES_ON.sub("", title)))

    return bare(a) == bare(b)


# "Del A Kommunstyrelsen", "DEL 2 – SOCIALNÄMNDEN", "Del II", "AVSNITT C": a part of the
# ordning, over chapters of its own.
PART_TITLE = re.compile(
    r"^(?:del|avsnitt)\s+(?:[A-ZÅÄÖ]|\d{1,2}|[IVX]{1,4})\b(?:\W|$)", re.IGNORECASE
)
# A title lettered like a part: "M. Miljöbalkens område", "B Regionövergripande uppdrag",
# "Del B", "AVSNITT C"; the letter is group 1.
LETTERED_TITLE = re.compile(
    r"^(?:(?i:del|avsnitt)\s+)?([A-ZÅÄÖ])(?:[.):]|\s+[-–—])?(?:\s+[A-ZÅÄÖ0-9]|\s*$)"
)


def part_row(text: str) -> bool:
    """A row of a table that is a part's title ("Del B Socialnämnden", "AVSNITT C"): short,
    on one line."""
    return bool(PART_TITLE.match(text)) and "\n" not in text and len(text.split()) <= 8


def part_label(title: str) -> str | None:
    """The letter of a title lettered like a part ("M", "B"), "" for a part named so ("Del
    2", "AVSNITT C"), or None. (A numbered title over deeper ones: section_number.)"""
    if PART_TITLE.match(title.strip()):
        return ""
    lettered = LETTERED_TITLE.match(title.strip())
    return lettered.group(1) if lettered else None


def numbered_under(title: str, letter: str) -> bool:
    """ "M.1 Allmänna hänsynsregler" under "M", "B 1 Personal" under "B", and any chapter
    numbered without a letter ("1. Ekonomiskt bistånd"); any chapter but the next part's
    under a part named so ("Del B", letter "")."""
    if not letter:
        return part_label(title) is None
    numbered = NUMBERED_TITLE.match(title.strip())
    if numbered is None:
        return False
    number = numbered.group(1)
    if not number[:1].isalpha():
        return True
    return re.match(rf"{re.escape(letter)}[.\s]?\d", number) is not None


PART_WITHOUT_CHAPTERS = "rubrik för en del utan kapitel med punkter"
_DIGITS_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def section_number(title: str) -> str | None:
    """The number of a title numbered with digits alone ("1 Arbetsgivarärenden" → "1",
    "2.3 Lön" → "2.3"), which may head chapters numbered under it; else None."""
    numbered = NUMBERED_TITLE.match(title.strip())
    if numbered is None or not _DIGITS_NUMBER.fullmatch(numbered.group(1)):
        return None
    return numbered.group(1)


def sub_numbered(title: str, number: str) -> bool:
    """ "1.1 Anställning" and "1.2.3 Lön" under "1"; not "10.1", not "1" itself."""
    own = section_number(title)
    return own is not None and own.startswith(f"{number}.")


def part_over(title: str, chapter: str) -> bool:
    """ "Del A Kommunstyrelsen", or any unnumbered title, over a numbered chapter title ("1
    Allmänna ärenden"): a part of the ordning, not the chapter with its sub-title."""
    if PART_TITLE.match(title):
        return True
    # "Delegationsförteckning" over "A Delegation till nämndens ordförande": lettered
    # without a full stop, the chapter is numbered all the same.
    numbered = NUMBERED_TITLE.match(chapter) or _LETTER_WORDS.match(chapter)
    return bool(numbered) and not (NUMBERED_TITLE.match(title) or _LETTER_WORDS.match(title))


# A chapter lettered with a space after the letter: "A Delegation till ordföranden".
_LETTER_WORDS = re.compile(r"^[A-ZÅÄÖ]\s+[A-ZÅÄÖ][a-zåäö]+\s+\S")


def numbered_below(title: str, subtitle: str) -> bool:
    """ "2 Delegeringar" over "2.1 Allmänna ärenden": the second is numbered a level deeper."""
    upper, lower = NUMBERED_TITLE.match(title), NUMBERED_TITLE.match(subtitle)
    if not (upper and lower):
        return False
    return title_depth(lower.group(1)) > title_depth(upper.group(1))
