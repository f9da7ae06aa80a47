"""A kallelse that names the justerare in a row without number over ärenden it numbers from 1
(Kungsbacka: "Val av justerare" over "Beslutsärenden" and "1. Årsredovisning 2024 …") is the
whole agenda as the kommun numbers it. The justerare are named on the protokoll's first page,
with no § (KS 2025-02-18: item 1 of the kallelse is § 29, § 28 "Förändring av ärendelista"
was added at the meeting), so the row is no ärende; and the meeting's standing items the
kallelse does not list, still empty, are not this meeting's ärenden either. Before, "Val av
justerare" took nr 1 and every ärende was one off, its förslag ("Ordinarie: …") became a
beslut, and "Anmälan av extra ärenden" and "Information" were added after a list that has
an Information heading of its own."""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende
from ksdesk.core.protokoll_rules import is_val_av_justerare

JUSTERARE_WHY = (
    "kallelsen namnger justerarna utan nummer och numrerar ärendena från 1: justerarna "
    "väljs på protokollets första sida, utan egen §; ange dem där"
)
STANDING_WHY = (
    "stående ärende som kallelsen inte har (den numrerar hela ärendelistan själv): "
    "togs bort från dagordningen, så att numren blir kallelsens"
)


def justering_row(imported: list[Arende], numbers: list[int | None]) -> int | None:
    """Where the file's "Val av justerare" stands without number above its "1", if it does."""
    first = next((at for at, n in enumerate(numbers) if n is not None), None)
    if first is None or numbers[first] != 1:
        return None
    return next(
        (
            at
            for at in range(first)
            if not imported[at].is_section and is_val_av_justerare(imported[at].title)
        ),
        None,
    )


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
