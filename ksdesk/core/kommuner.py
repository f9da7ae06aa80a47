"""Sweden's kommuner by name: the place a kommun is ("Smedjebacken") for the name the secretary
typed ("Smedjebackens kommun"), and the kommun a misspelt name meant.

A kommun's official name is the genitive of the place with "kommun" ("Smedjebackens kommun",
"Falu kommun" for Falun, "Tranås kommun"), or something else ("Region Gotland", "Borås Stad"),
so the place cannot be had by cutting words off: it is looked up in SCB's list, which the
caller reads (resources/kommuner/kommuner.csv, through ksdesk.kommun_list) and hands in."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass

from ksdesk.core.lookalike import search_key
from ksdesk.core.near_names import closest_name


@dataclass(frozen=True)
class Kommun:
    kod: str  # SCB's kommunkod: "2061"
    namn: str  # the place, as SCB writes it: "Smedjebacken"
    officiellt_namn: str  # as the kommun writes itself: "Smedjebackens kommun", "Borås Stad"
    andra_namn: tuple[str, ...] = ()  # the name in law, where it differs: "Borås kommun"

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the kommun goes by."""
        return (self.namn, self.officiellt_namn, *self.andra_namn)


def read_kommuner(text: str) -> tuple[Kommun, ...]:
    """The list from its CSV text (kod, namn, officiellt_namn, andra_namn; lines starting with
    # name the sources)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(
        Kommun(
            row["kod"],
            row["namn"],
            row["officiellt_namn"],
            tuple(n for n in (row.get("andra_namn") or "").split(";") if n),
        )
        for row in csv.DictReader(lines)
    )


def find_kommun(typed: str, kommuner: Sequence[Kommun]) -> Kommun | None:
    """The kommun `typed` names by one of its names, in any case and spacing; None for a name
    that is none of them (a region, a kommunalförbund, a typo)."""
    key = search_key(typed)
    for kommun in kommuner:
        if key in (search_key(name) for name in kommun.names):
            return kommun
    return None


def as_the_kommun_writes_it(typed: str, kommuner: Sequence[Kommun]) -> str:
    """ "Ludvika kommun" for "ludvika kommun" or "LUDVIKA KOMMUN": the kommun's own name in
    its own spelling, when `typed` is one of its names in another case; the place alone
    ("Mark", "Gotland") is the kommun's name ("Marks kommun", "Region Gotland"); else `typed`
    as it is (spaces tidied). Every kallelse and protokoll prints it in its header."""
    cleaned = " ".join(typed.split())
    key = search_key(cleaned)
    for kommun in kommuner:
        if search_key(kommun.namn) == key:
            return kommun.officiellt_namn
        for name in kommun.names:
            if search_key(name) == key:
                return name
    return cleaned


def place_name(typed: str, kommuner: Sequence[Kommun]) -> str:
    """The place for "Ort, datum": "Smedjebacken" for "Smedjebackens kommun", "Gotland" for
    "Region Gotland". A name not in the list loses a last word "kommun" and is otherwise
    printed as typed ("Bergslagens kommunalförbund" keeps its "kommun-")."""
    kommun = find_kommun(typed, kommuner)
    if kommun is not None:
        return kommun.namn
    name = " ".join(typed.split())
    return name[: -len(" kommun")] if name.casefold().endswith(" kommun") else name


# rapidfuzz ratio: "Smedjebacken kommun" against "Smedjebackens kommun" is 97, "Mora komun"
# against "Mora kommun" 95; "Testby kommun" against "Täby kommun" only 83.
_MISSPELT = 90


def meant_kommun(typed: str, kommuner: Sequence[Kommun]) -> Kommun | None:
    """The kommun a name close to one of its names but not it was meant to be ("Smedjebacken
    kommun", "Smedjebackens komun"); None for a kommun's own name and for a name near none."""
    if find_kommun(typed, kommuner) is not None:
        return None
    by_name = {name: kommun for kommun in kommuner for name in kommun.names}
    near = closest_name(typed, by_name, _MISSPELT)
    return by_name[near] if near is not None else None
