"""Which known name a typed one misspells: "Kommunstyrelsn" is Kommunstyrelsen, "Smedjebacken
kommun" is Smedjebackens kommun. Compared as search keys (case, spacing and look-alike letters
aside) by rapidfuzz's ratio, so one letter too many or too few in a long name still counts."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process

from ksdesk.core.lookalike import search_key

# A typed nämnd's name this alike (rapidfuzz ratio of the search keys) to one in the file is a
# misspelling of it: "Kommunstyrelsn" against "Kommunstyrelsen" is 97, "Socialnamnden" against
# "Socialnämnden" 92, "Teknisk nämnd" against "Tekniska nämnden" 90. Two real nämnder can
# come close, and neither is refused: "Skolnämnden" and "Socialnämnden" are 83,
# "Byggnadsnämnden" and "Byggnämnden" 85, "Valnämnden" and "Vårdnämnden" 76.
ORGAN_MISSPELT = 88


def closest_name(typed: str, names: Iterable[str], cutoff: float) -> str | None:
    """The name of `names` closest to `typed`, when at least `cutoff` alike (0–100); None when
    none is that close."""
    near = process.extractOne(
        search_key(typed), {n: search_key(n) for n in names}, scorer=fuzz.ratio, score_cutoff=cutoff
    )
    return near[2] if near is not None else None


# How a nämnd named for its field is called in running text: "Kultur & Fritid" for "Nämnden
# för Kultur & Fritid" (Kungsbacka), "Teknik" for "Nämnden för teknik".
_NAMED_FOR = "nämnden för "


def closest_organ(typed: str, names: Iterable[str]) -> str | None:
    """The nämnd of `names` that `typed` misspells or calls by its field alone, if any (the
    one rule for organ names: creating a meeting, naming one with --organ, importing
    delegationsbeslut). "Byggnadsnämndens arbetsutskott" is never "Byggnadsnämnden": an
    utskott is an organ of its own, so only the "Nämnden för" before a field is let go."""
    names = list(names)
    typed_field = _field(typed)
    for name in names:
        if _field(name) == typed_field and search_key(name) != search_key(typed):
            return name  # one of them says "Nämnden för", the other not
    return closest_name(typed, names, ORGAN_MISSPELT)


def _field(name: str) -> str:
    return search_key(name).removeprefix(search_key(_NAMED_FOR)).strip()


def did_you_mean(name: str) -> str:
    """How ksdesk asks about a name it thinks was meant: "Menade du ”Kommunstyrelsen”?"."""
    return f"Menade du ”{name}”?"
