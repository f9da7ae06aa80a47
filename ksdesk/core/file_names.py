"""The file name a printed document suggests when saved: "protokoll-2020-12-07-offentlig.pdf".
One pattern for every document of a meeting, so a folder of them sorts by kind and date and
the public versions are told apart by name.

And the name of each protokollsutdrag expediering writes: "Protokollsutdrag BN 2025-03-20
Karin Ek § 55.pdf", the recipient's name and the §§, the same shape for every recipient
(walk34 #10: "… Karin Ek, Storgatan 12, 434 30 Kungsbacka (delgivningskvitto).pdf", and only
a party by its role had its §)."""

from __future__ import annotations

import re
from datetime import date

from ksdesk.core.format import format_date
from ksdesk.core.personnummer import find_personnummer

PUBLIC_SUFFIX = "offentlig"


def meeting_pdf_name(what: str, day: date | None, *details: str, public: bool = False) -> str:
    """ "kallelse-2020-12-07.pdf", "utdrag-2020-12-07-paragraf-219-offentlig.pdf"."""
    parts = [what, format_date(day) if day is not None else "", *details]
    if public:
        parts.append(PUBLIC_SUFFIX)
    return "-".join(p for p in parts if p) + ".pdf"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_LABEL = re.compile(
    r"[,;]?\s*(?:(?:personnummer|pers\.?\s?nr|pnr|samordningsnummer)[.:]?\s*)?$", re.I
)
# Where a recipient's address begins: a part with a number (a street's, a postnummer), an
# e-mail address, a c/o or a box.
_ADDRESS = re.compile(r"\d|@|^\s*(?:c/o|box)\b", re.I)
_LONGEST_NAME = 80
_MOST_RUNS = 4  # more runs of §§ than this would make a name too long for Windows


def utdrag_file_name(
    organ_short: str, day: date, mottagare: str, numbers: list[int], taken: set[str]
) -> str:
    """ "Protokollsutdrag KS 2020-12-07 Kommunstyrelsens förvaltning §§ 212–214.pdf": safe on
    Windows, never the same name twice in one folder (`taken` is filled in: two recipients of
    one name get "(2)"), never an address or a personnummer."""
    name = _UNSAFE.sub(" ", recipient_name(mottagare))
    name = " ".join(name.split()).strip(" .,")[:_LONGEST_NAME].strip() or "Mottagare"
    prefix = " ".join(p for p in ("Protokollsutdrag", organ_short, day.isoformat()) if p)
    stem = " ".join(p for p in (prefix, name, paragraf_label(numbers)) if p)
    candidate = f"{stem}.pdf"
    counter = 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({counter}).pdf"
        counter += 1
    taken.add(candidate.casefold())
    return candidate


def recipient_name(mottagare: str) -> str:
    """The recipient's name as a "Beslut skickas till" line writes it, without what follows
    it: "Karin Ek, Storgatan 12, 434 30 Kungsbacka (delgivningskvitto)" → "Karin Ek". A file
    name is seen in every folder listing, mail client and the archive's register, not only
    by the recipient: no address, no personnummer, not how it is sent."""
    text = mottagare
    for hit in reversed(find_personnummer(text)):
        before = _LABEL.sub("", text[: hit.start])  # ", pnr 811218-9876": the label too
        text = f"{before} {text[hit.end :]}"
    while _BRACKETS.search(text):
        text = _BRACKETS.sub(" ", text)
    kept = []
    for part in text.split(","):
        if _ADDRESS.search(part):
            break
        kept.append(" ".join(part.split()))
    return ", ".join(p for p in kept if p).strip(" ,;-–")


def paragraf_label(numbers: list[int]) -> str:
    """ "§ 55", "§§ 54–56, 60": runs of §§ as ranges."""
    if not numbers:
        return ""
    ordered = sorted(set(numbers))
    runs: list[list[int]] = [[ordered[0]]]
    for nr in ordered[1:]:
        if nr == runs[-1][-1] + 1:
            runs[-1].append(nr)
        else:
            runs.append([nr])
    if len(runs) > _MOST_RUNS:  # a förvaltning's thirty §§: the span and how many
        return f"§§ {ordered[0]}–{ordered[-1]} ({len(ordered)} st)"
    written = [f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
    sign = "§" if len(ordered) == 1 else "§§"
    return f"{sign} {', '.join(written)}"
