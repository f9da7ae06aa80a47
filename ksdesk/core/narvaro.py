"""Presence during the meeting as stretches of §§ (core.protokoll.Narvaro): reading and
writing them as the upprop shows them ("§§ 217–219, 221–223"), a member leaving or coming
back at a §, and keeping them right when the §§ are renumbered.

A stretch that starts at the first § is stored open at the start (first=None) and one that
ends at the last § open at the end (last=None): a § added to the agenda later then falls
inside "the whole meeting" rather than outside it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ksdesk.core.errors import InvalidInput
from ksdesk.core.protokoll import Deltagare, Narvaro, Paragraf, Protokoll
from ksdesk.core.protokoll_rules import (
    display_name,
    has_quorum,
    is_beslutsfor,
    paragraf_span,
    quorum,
    seats,
    sitting,
    tjanstgorande,
)
from ksdesk.core.typed_text import is_digits

WHOLE = "Hela sammanträdet"
ABSENT = "Frånvarande"
_WHOLE_WORDS = {"", "hela", "hela sammanträdet", "hela mötet", "alla", "närvarande"}
_ABSENT_WORDS = {"frånvarande", "ingen", "inga", "nej", "-", "–"}
_DASHES = re.compile(r"\s*[-\u2013\u2014]\s*")


def covered(narvaro: Iterable[Narvaro], numbers: list[int]) -> list[int]:
    """The §§ of `numbers` inside any of the stretches, in order."""
    stretches = list(narvaro)
    return [n for n in numbers if any(s.covers(n) for s in stretches)]


def from_numbers(present: Iterable[int], numbers: list[int]) -> list[Narvaro]:
    """The stretches of a set of §§: one per run of consecutive §§ of the protokoll, open at
    the start and end of the meeting."""
    wanted = set(present)
    stretches: list[Narvaro] = []
    run: list[int] = []
    for n in [*numbers, None]:
        if n is not None and n in wanted:
            run.append(n)
            continue
        if run:
            first = None if run[0] == numbers[0] else run[0]
            last = None if run[-1] == numbers[-1] else run[-1]
            stretches.append(Narvaro(first, last))
            run = []
    return stretches


def normalized(narvaro: list[Narvaro], numbers: list[int]) -> list[Narvaro]:
    """Overlapping and touching stretches joined, in order. Before the §§ exist (no
    `numbers`) the stretches are only sorted."""
    if not numbers:
        return sorted(narvaro, key=lambda s: (s.first or 0, s.last or 0))
    return from_numbers(covered(narvaro, numbers), numbers)


def narvaro_text(deltagare: Deltagare, numbers: list[int]) -> str:
    """ "Hela sammanträdet", "Frånvarande" or "§§ 217–219, 221–223"."""
    if not deltagare.narvaro:
        return ABSENT
    if not numbers:
        return WHOLE if deltagare.narvaro == [Narvaro()] else _raw_text(deltagare.narvaro)
    present = covered(deltagare.narvaro, numbers)
    if present == numbers:
        return WHOLE
    return paragraf_span(present) if present else ABSENT


def _raw_text(narvaro: list[Narvaro]) -> str:
    parts = []
    for s in narvaro:
        first = "" if s.first is None else str(s.first)
        last = "" if s.last is None else str(s.last)
        parts.append(first if s.first == s.last and first else f"{first}\u2013{last}")
    return "§§ " + ", ".join(parts)


def example(numbers: list[int]) -> str:
    """A Närvaro to show as an example, in the protokoll's own numbers: "99–101, 103–109" for
    a meeting of §§ 99–109 (the demo's "217–219, 221–223" means nothing there); "" for a
    meeting with no §§, where any number would be someone else's."""
    if len(numbers) >= 5:
        return f"{numbers[0]}\u2013{numbers[2]}, {numbers[4]}\u2013{numbers[-1]}"
    if len(numbers) >= 2:
        return f"{numbers[0]}\u2013{numbers[-2]}"
    return str(numbers[0]) if numbers else ""


def parse_narvaro(text: str, numbers: list[int]) -> list[Narvaro]:
    """Read what the secretary typed: "hela", "frånvarande", "217–219, 221–223", "221–"
    (from § 221 to the end), "–219" (from the start until after § 219), "§ 220". Raises
    InvalidInput (Swedish) for a § that is not in the protokoll or a stretch that runs
    backwards."""
    cleaned = " ".join(text.strip().lower().split())
    if cleaned in _WHOLE_WORDS:
        return [Narvaro()]
    if cleaned in _ABSENT_WORDS:
        return []
    cleaned = cleaned.replace("§§", "").replace("§", "").strip()
    stretches = [_stretch(part, numbers) for part in re.split(r"[,;]| och ", cleaned)]
    return normalized([s for s in stretches if s is not None], numbers)


def _stretch(part: str, numbers: list[int]) -> Narvaro | None:
    part = part.strip()
    if not part:
        return None
    part = part.replace("till ", "\u2013").replace("t.o.m.", "\u2013")
    if part.startswith("från "):
        part = part.removeprefix("från ")
        part += "" if _DASHES.search(part) else "\u2013"  # "från 221": to the end
    pieces = _DASHES.split(part, maxsplit=1) if _DASHES.search(part) else [part, part]
    first, last = (_number(p, numbers) for p in pieces)
    if first is not None and last is not None and last < first:
        raise InvalidInput(
            f"§§ {first}\u2013{last} går baklänges: skriv den första paragrafen först."
        )
    return Narvaro(first, last)


def _number(text: str, numbers: list[int]) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not is_digits(text):
        shown = example(numbers)
        numbered = f"till exempel ”{shown}”" if shown else "paragrafernas nummer"
        raise InvalidInput(
            f"”{text}” är inte ett paragrafnummer. Skriv {numbered}, ”hela” eller ”frånvarande”."
        )
    number = int(text)
    if numbers and number not in numbers:
        raise InvalidInput(f"Det finns ingen § {number} i protokollet ({paragraf_span(numbers)}).")
    return number


def problem(deltagare: Deltagare) -> str:
    """What is wrong with a person's stretches as stored (Swedish), or ""."""
    previous_last: int | None = None
    for index, s in enumerate(sorted(deltagare.narvaro, key=lambda s: s.first or 0)):
        if s.first is not None and s.last is not None and s.last < s.first:
            return f"{deltagare.name} kan inte gå efter § {s.last} och komma före § {s.first}."
        if index and (previous_last is None or (s.first or 0) <= previous_last):
            return f"{deltagare.name} har två närvaroperioder som överlappar varandra."
        previous_last = s.last
    return ""


def leave(narvaro: list[Narvaro], at: int, numbers: list[int]) -> list[Narvaro]:
    """The person goes out before § `at` and stays out until a return already recorded:
    absent from `at` to the end of the stretch that held it."""
    present = covered(narvaro, numbers)
    if at not in present:
        return normalized(narvaro, numbers)
    gone = set()
    for n in numbers[numbers.index(at) :]:
        if n not in present:
            break
        gone.add(n)
    return from_numbers([n for n in present if n not in gone], numbers)


def come_back(narvaro: list[Narvaro], at: int, numbers: list[int]) -> list[Narvaro]:
    """The person comes (back) in before § `at`: present from `at` until the next stretch
    already recorded, or to the end of the meeting."""
    present = set(covered(narvaro, numbers))
    for n in numbers[numbers.index(at) :]:
        if n in present:
            break
        present.add(n)
    return from_numbers(present, numbers)


def renumbered(narvaro: list[Narvaro], moves: dict[int, int]) -> list[Narvaro]:
    """The stretches after the §§ were renumbered (`moves`: old number -> new number): they
    stay with the same agenda items."""

    def move(n: int | None) -> int | None:
        return None if n is None else moves.get(n, n)

    return [Narvaro(move(s.first), move(s.last)) for s in narvaro]


# The § editor and the Mötesvy name the ersättare serving and the ledamöter away at each §. A
# fullmäktige's ten of each would fill six lines and push the beslut and the förslag out of
# sight: beyond this many they are counted, and the upprop names them.
NAMED_AT_MOST = 3


def too_many_to_name(names: list[str]) -> bool:
    return len(names) > NAMED_AT_MOST


@dataclass(frozen=True)
class SeatSummary:
    """Who sits in one §, in Swedish, for the § editor and the presidium's view."""

    sitting: int
    seats: int
    beslutsfor: bool
    stand_ins: list[str]  # "Karin Ek (SD) för Roland Johansson (SD)"
    javiga: list[str]  # "Åsa Bergkvist (S)"
    away: list[str]  # ledamöter not in the room (jäviga excepted)

    @property
    def verdict(self) -> str:
        return "beslutfört" if self.beslutsfor else "INTE beslutfört"


def seat_summary(upprop: list[Deltagare], paragraf: Paragraf) -> SeatSummary:
    sitting = tjanstgorande(upprop, paragraf)
    javiga = paragraf.jav_names()
    return SeatSummary(
        sitting=len(sitting),
        seats=seats(upprop),
        beslutsfor=is_beslutsfor(upprop, paragraf),
        stand_ins=[
            f"{s.deltagare.display} för {display_name(upprop, s.replaces)}"
            for s in sitting
            if s.replaces
        ],
        javiga=[display_name(upprop, name) for name in sorted(javiga)],
        away=[
            a.display
            for a in upprop
            if a.is_ledamot and not a.present_at(paragraf.nr) and a.name not in javiga
        ],
    )


@dataclass(frozen=True)
class UppropCount:
    """What the secretary counts at the upprop (at the first §): the ledamöter in the room,
    the ersättare serving for those away and those only listening, and whether enough sit."""

    ledamoter: int  # ledamöter in the room
    seats: int
    stand_ins: int  # ersättare tjänstgörande
    listening: int  # ersättare in the room, not tjänstgörande
    sitting: int  # ledamöter and ersättare tjänstgörande

    @property
    def beslutsfor(self) -> bool:
        return has_quorum(self.sitting, self.seats)

    @property
    def needed(self) -> int:
        return quorum(self.seats)


def upprop_count(upprop: list[Deltagare], number: int) -> UppropCount:
    seated = sitting(upprop, number)
    serving = {s.deltagare.name for s in seated if s.replaces}
    ersattare = [a.name for a in upprop if a.is_ersattare and a.present_at(number)]
    return UppropCount(
        ledamoter=sum(1 for a in upprop if a.is_ledamot and a.present_at(number)),
        seats=seats(upprop),
        stand_ins=len(serving),
        listening=sum(1 for name in ersattare if name not in serving),
        sitting=len(seated),
    )


def sits_text(protokoll: Protokoll) -> dict[str, str]:
    """The upprop's Tjänstgör column by name: in which §§ each person sits (upprop and jäv
    together), "Hela sammanträdet" when in all of them; no entry for one who never sits."""
    sits: dict[str, list[int]] = {}
    for paragraf in protokoll.paragrafer:
        for seat in tjanstgorande(protokoll.upprop, paragraf):
            sits.setdefault(seat.deltagare.name, []).append(paragraf.nr)
    numbers = protokoll.numbers
    return {name: WHOLE if sat == numbers else paragraf_span(sat) for name, sat in sits.items()}
