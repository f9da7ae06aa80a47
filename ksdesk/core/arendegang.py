"""An ärende's way through the meetings: a § whose beslut is återremiss or bordläggning leaves
the ärende open until a later § of the same organ takes it up again.

What ksdesk reads, and what the secretary may settle by hand:

- the outcome of a § is read from its beslut ("… återremitterar ärendet …", "… bordlägger …");
  a sentence that rejects a återremiss ("Kommunstyrelsen avslår yrkandet om återremiss") is no
  återremiss. Where the text is unclear the secretary sets the outcome (Foljd.utfall);
- the § or agenda item that takes the ärende up again is found by Dnr: the first later § of
  the same organ with the same ärende number, or, before that meeting's protokoll is begun,
  the first later agenda item with it. When the Dnr differs (a new number was taken, or none
  was written) the secretary links it by hand (Foljd.item_id or Foljd.next_paragraf_id).

A återremiss or bordläggning only prepares the decision: it cannot be appealed (KL 13 kap.
2 §), so it never appears among what gains laga kraft."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from ksdesk.core.dnr import same_dnr


class Utfall(StrEnum):
    BESLUT = "beslut"
    ATERREMISS = "återremiss"
    BORDLAGGNING = "bordläggning"


OPEN_UTFALL = (Utfall.ATERREMISS, Utfall.BORDLAGGNING)
UTFALL_LABELS = {
    Utfall.BESLUT: "Beslut",
    Utfall.ATERREMISS: "Återremitterat",
    Utfall.BORDLAGGNING: "Bordlagt",
}

_ATERREMISS = re.compile(r"återremitter\w*|återremiss", re.IGNORECASE)
_BORDLAGG = re.compile(r"bordlägg\w*|bordlagt|bordlagd\w*", re.IGNORECASE)
# Every text the two above find a återremiss or bordläggning in holds one of these words, in
# some case: a beslut without them is a decision, and need not be read (db.arende_repo asks
# the file for the others alone). ASCII, so that SQLite's LIKE finds them in any case; "å"
# left out, since Python's IGNORECASE also takes the Ångström sign for it.
UTFALL_WORDS = ("terrem", "bordl")
# A sentence that turns such a motion down is not the outcome.
_REJECTED = re.compile(r"\bavslå\w*|\bavslag\b|\bavgöras\b", re.IGNORECASE)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


@lru_cache(maxsize=1 << 14)
def utfall_of(beslut: str) -> Utfall:
    """The outcome the beslut text states: återremiss, bordläggning, or a decision.
    Remembered: the Uppföljning tab reads every § of the file at each reload, and at ten years
    reading 7 000 beslut texts again took a quarter of it (31 ms)."""
    for sentence in _SENTENCES.split(beslut):
        if _REJECTED.search(sentence):
            continue
        if _ATERREMISS.search(sentence):
            return Utfall.ATERREMISS
        if _BORDLAGG.search(sentence):
            return Utfall.BORDLAGGNING
    return Utfall.BESLUT


@dataclass
class Foljd:
    """What the secretary settled by hand for one §: its outcome ("" = as the beslut says),
    and the agenda item or later § that takes the ärende up (None = found by Dnr)."""

    paragraf_id: int
    utfall: str = ""
    item_id: int | None = None
    next_paragraf_id: int | None = None
    id: int | None = None
    uuid: str = ""


@dataclass(frozen=True)
class Steg:
    """One § on an ärende's way."""

    paragraf_id: int
    organ_id: int
    datum: date
    nr: int
    dnr: str
    rubrik: str
    utfall: Utfall
    meeting_id: int | None = None
    item_id: int | None = None

    @property
    def label(self) -> str:
        return f"§ {self.nr}"


@dataclass(frozen=True)
class Punkt:
    """An ärende on the agenda of a later meeting whose protokoll has not been begun."""

    item_id: int
    meeting_id: int
    organ_id: int
    datum: date
    nr: int  # the ärende's number on that agenda
    dnr: str
    rubrik: str


def resolved_utfall(beslut: str, foljd: Foljd | None) -> Utfall:
    if foljd is not None and foljd.utfall:
        return Utfall(foljd.utfall)
    return utfall_of(beslut)


def follower(
    step: Steg,
    steps: Iterable[Steg],
    items: Iterable[Punkt],
    foljd: Foljd | None = None,
) -> Steg | Punkt | None:
    """The § (or, before its protokoll is begun, the agenda item) that takes the ärende of
    `step` up again: the hand-made link when there is one, else the first later one of the
    same organ with the same Dnr."""
    steps = list(steps)
    if foljd is not None and foljd.next_paragraf_id is not None:
        linked = next((s for s in steps if s.paragraf_id == foljd.next_paragraf_id), None)
        if linked is not None:
            return linked
    if foljd is not None and foljd.item_id is not None:
        by_item = next((s for s in steps if s.item_id == foljd.item_id), None)
        if by_item is not None:
            return by_item
        linked_item = next((i for i in items if i.item_id == foljd.item_id), None)
        if linked_item is not None:
            return linked_item
    later = sorted(
        (
            s
            for s in steps
            if s.organ_id == step.organ_id
            and (s.datum, s.nr) > (step.datum, step.nr)
            and same_dnr(s.dnr, step.dnr)
        ),
        key=lambda s: (s.datum, s.nr),
    )
    if later:
        return later[0]
    waiting = sorted(
        (
            i
            for i in items
            if i.organ_id == step.organ_id and i.datum > step.datum and same_dnr(i.dnr, step.dnr)
        ),
        key=lambda i: (i.datum, i.nr),
    )
    return waiting[0] if waiting else None


def is_open(step: Steg, next_one: Steg | Punkt | None) -> bool:
    """A återremiss or bordläggning stays open until a later § takes the ärende up."""
    return step.utfall in OPEN_UTFALL and not isinstance(next_one, Steg)
