"""A kallelse that names the justerare in a row without number over ärenden it numbers from 1
(Kungsbacka: "Val av justerare" over "Beslutsärenden" and "1. Årsredovisning 2024 …") is the
whole agenda as the kommun numbers it. The justerare are named on the protokoll's first page,
with no § (KS 2025-02-18: item 1 of the kallelse is § 29, § 28 "Förändring av ärendelista"
was added at the meeting), so the row is no ärende; and the meeting's standing items the
kallelse does not list, still empty, are not this meeting's ärenden either. Before, "Val av
justerare" took nr 1 and every ärende was one off, its förslag ("Ordinarie: …") became a
beslut, and "Anmälan av extra ärenden" and "Information" were added after a list that has
an Information heading of its own.

A list whose first number is an opening item ("1 Förändring av ärendelista", Kungsbacka's
nämnder; "1 Upprop", "1 Val av justerare") numbers the whole agenda too: its numbers are the
protokoll's §§ in order (Miljö & Hälsoskydd 2025-10-09: 1 is § 113, 13 § 125), and the
meeting's empty standing items it lacks are left out the same way, as long as it lists the
meeting's ärenden: where the meeting holds an ärende the file lacks, the file is a part of the
agenda and the standing items stay. A list from 1 whose first row is an ärende (a diarium's)
is no such list."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende
from ksdesk.core.protokoll_rules import is_val_av_justerare

JUSTERARE_WHY = (
    "kallelsen namnger justerarna utan nummer och numrerar ärendena från 1: justerarna "
    "väljs på protokollets första sida, utan egen §; ange dem där"
)
STANDING_WHY = (
    "stående ärende som listan inte har; listan numrerar hela dagordningen själv, så det "
    "togs bort och numren blir listans"
)
# The items a meeting opens with, as kommuner name them (read on a title_key: lower case, no
# punctuation): "Upprop", "Val av (protokolls)justerare", "Mötets öppnande", "Anmälan av jäv",
# "Anmälan av extra ärenden" (and "övriga frågor"), and what is done to the list itself:
# "Fastställande av dagordning", "Godkännande av ärendelistan", "Förändring av ärendelista".
_OPENING = re.compile(
    r"(?:upprop|val av \w*juster|(?:mötets|sammanträdets) öppnande"
    r"|anmälan (?:av|om) (?:jäv|extra ärenden|övriga frågor)"
    r"|(?:\w+ (?:av|i) )?(?:dagordning|ärendelist|föredragningslist))"
)


def is_opening_key(key: str) -> bool:
    """Whether a title_key ("förändring av ärendelista") names an item that opens a meeting."""
    return bool(_OPENING.match(key))


def first_numbered(numbers: list[int | None]) -> int | None:
    """Where the file's "1" stands, if its first number is 1."""
    first = next((at for at, n in enumerate(numbers) if n is not None), None)
    return first if first is not None and numbers[first] == 1 else None


def justering_row(imported: list[Arende], numbers: list[int | None]) -> int | None:
    """Where the file's "Val av justerare" stands without number above its "1", if it does."""
    first = first_numbered(numbers)
    if first is None:
        return None
    return next(
        (
            at
            for at in range(first)
            if not imported[at].is_section and is_val_av_justerare(imported[at].title)
        ),
        None,
    )


def lists_the_arenden(rest: list[Arende]) -> bool:
    """Whether the meeting's items a list does not hold (`rest`) are standing items and
    headings only: then the list, opening as a meeting does, is the whole agenda."""
    return all(item.is_standard or item.is_section for item in rest)


def _empty(item: Arende) -> bool:
    filled = (item.dnr, item.proposal, item.presenter, item.time_slot, item.bilagor)
    return not any(filled) and item.tjansteskrivelse is None


def without_unlisted_standing(
    rest: list[Arende], report: ImportReport, in_protokoll: frozenset[int] = frozenset()
) -> list[Arende]:
    """The meeting's items the kallelse does not hold, less its empty standing items (said).
    An item with a § (`in_protokoll`, the ids of the started protokoll's items) stays: taken
    off the agenda, its § would be left without ärende."""
    kept = []
    for item in rest:
        if item.is_standard and _empty(item) and item.id not in in_protokoll:
            report.change("Dagordningen", f"”{item.title}”", STANDING_WHY)
        else:
            kept.append(item)
    return kept
