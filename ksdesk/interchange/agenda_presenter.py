"""Who presents the ärenden under a heading, named on a row of its own: "Föredragande
landstingsråd: Karin Dahl (m)" (Region Stockholm's föredragningslista). Such a row can carry
more than the name: text pasted from a PDF runs the next ärende onto it ("… Karin Dahl (m)
6 Arbetsordning …"), a cell holds that ärende on its next line, or the row has a Nr, a Dnr,
a time or a förslag. Nothing of it may go without a word: an ärende on the row is read as an
ärende, a cell no ärende holds is named in the report (agenda_import.py does both)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.interchange.given_names import GIVEN_NAMES

_PRESENTER_ROW = re.compile(
    r"(?:politiskt?\s+)?föredragande(?:\s+\w+)?:[ \t]*(?P<name>\S.*)",
    re.IGNORECASE | re.DOTALL,
)
# Where the name ends on its line: a number starts the ärende run onto it ("(m) 6 Arbets…",
# "§ 6 Arbets…"); "1:e vice ordförande" is the name's title.
_NUMBER_AFTER = re.compile(r"\s(?=(?:§\s*)?\d{1,3}[.)]?\s+\S)")


@dataclass(frozen=True)
class PresenterLine:
    """The name a "Föredragande …:" row gives, and what its cell holds after the name."""

    name: str
    rest: str  # an ärende run onto the row ("6 Arbetsordning …"), or ""


def presenter_line(title: str) -> PresenterLine | None:
    """ "Föredragande landstingsråd: Karin Dahl (m)" → its name; None for any other text. A
    name holds no digit, so a number after it, or the cell's next line, begins what the row
    holds besides ("Karin Dahl (m) 6 Arbetsordning …" → "6 Arbetsordning …")."""
    match = _PRESENTER_ROW.fullmatch(title.strip())
    if match is None:
        return None
    first, _, later = match["name"].replace("\r\n", "\n").partition("\n")
    cut = _NUMBER_AFTER.search(first)
    name = " ".join((first[: cut.start()] if cut else first).split())
    rest = "\n".join(part.strip() for part in (first[cut.end() :] if cut else "", later))
    if not name:
        return None
    return PresenterLine(name, rest.strip())


# A line under an ärende naming who informs on it: "Muntlig information av Karin Holm, RKM",
# "Information från säkerhetsstrateg Ola Strand." (a name of two or three words, no digit).
_INFORMER = re.compile(
    r"(?:muntlig\s+)?(?:information|föredragning|dragning)\s+(?:av|från)\s+"
    r"(?:(?P<role>[a-zåäö][\w-]+)\s+)?"
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})"
    r"(?:,\s*(?P<unit>[^,\d]{1,40}?))?\.?",
    re.IGNORECASE,
)


def informer_line(text: str) -> str | None:
    """ "Muntlig information av Karin Holm, RKM" → "Karin Holm, RKM", the föredragande of
    the ärende above the line; None for any other text."""
    match = _INFORMER.fullmatch(" ".join(text.split()))
    if match is None or not match["name"][0].isupper():
        return None
    after = match["unit"] or match["role"]
    return f"{match['name']}, {after}" if after else match["name"]


# An official's title after a name: Kungsbacka's nämnder write the föredragande each on a line
# of their own under the ärende, without label ("Karin Nielsen, enhetschef", "Märta Lycken,
# tf. förvaltningschef", "Helena Nilsson, SAS"); the title word is what tells a name's line
# from a title's.
_OFFICIAL = (
    r"(?:(?:tf|t\.f|bitr)\.?\s*|(?:biträdande|1:e|förste)\s+)?(?:[\w-]*(?:chef|ledare"
    r"|samordnare|sekreterare|handläggare|strateg|specialist|arkitekt|controller|jurist|ekonom"
    r"|utredare|inspektör|direktör|rektor|planerare|ingenjör|analytiker|rådgivare|kommunikatör"
    r"|revisor|konsult|sjuksköterska|assistent)|SAS|MAS|MAR)"
    r"(?:\s+[A-ZÅÄÖ]{2,5})?"  # the unit's letters: "enhetschef FG", "utvecklingsledare KFT"
)
_NAME_WORD = r"[A-ZÅÄÖ][\w-]+"
_NAMED_OFFICIAL = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}},\s*{_OFFICIAL}")
# The same run onto the title's line, a PDF's cell read as one ("Delårsrapport per augusti
# 2025 Karin Nielsen, enhetschef"): the official's title at the line's end.
_OFFICIAL_AT_END = re.compile(rf",\s*{_OFFICIAL}$")
_LABELLED = re.compile(r"föredragande", re.IGNORECASE)
_HOUR = re.compile(r"\d{1,2}[.:]\d{2}$")


def officials_under(title: str) -> tuple[str, list[str]]:
    """The title cell without the lines under the title that each name an official ("Karin
    Nielsen, enhetschef", or "Torun Ljungman," over "utvecklingsledare" where the column was
    too narrow, or run onto the line above in a PDF's cell), and those names; a cell with
    "Föredragande:" is agenda_title's to read."""
    if _LABELLED.search(title):
        return title, []
    lines = [line.strip() for line in title.split("\n")]
    people: list[str] = []
    while True:
        for size in (1, 2):
            joined = " ".join(lines[len(lines) - size :])
            if len(lines) > size and _NAMED_OFFICIAL.fullmatch(joined):
                people.insert(0, joined)
                del lines[len(lines) - size :]
                break
        else:
            if (run_on := _run_on(lines[-1])) is None:
                break
            lines[-1] = run_on[0]
            people.insert(0, run_on[1])
    return ("\n".join(lines), people) if people else (title, [])


def _run_on(line: str) -> tuple[str, str] | None:
    """(the line before, "Karin Nielsen, enhetschef") where a line ends in a name and an
    official's title; the name two or three words, a common given name first, or else after
    a word that is no name's ("2025 Karin Nielsen", "enhetschef Ira Svedhage Tufekcic")."""
    end = _OFFICIAL_AT_END.search(line)
    if end is None:
        return None
    words = line[: end.start()].split()
    fits = [
        size
        for size in (3, 2)
        if size < len(words)
        and all(re.fullmatch(_NAME_WORD, w) and not w.isupper() for w in words[-size:])
    ]
    given = [size for size in fits if words[-size].lower() in GIVEN_NAMES]
    after_other = [size for size in fits if not re.fullmatch(_NAME_WORD, words[-size - 1])]
    size = next(iter(given or after_other), None)
    # After an hour ("kl. 13.15 Anna Ek, ekonomichef") agenda_title reads time and name.
    if size is None or _HOUR.search(words[-size - 1]):
        return None
    return " ".join(words[:-size]), " ".join(words[-size:]) + line[end.start() :]
