"""The protokoll's list of §§ after its first page ("Innehåll"), the same on paper and on the
web: which §§, under which heading and columns."""

from __future__ import annotations

from typing import NamedTuple

from ksdesk.core.protokoll import Protokoll

CONTENTS_HEADING = "Innehåll"
CONTENTS_HEADER = ("§", "Ärende", "Dnr")
# From this many §§ the protokoll lists them after its first page, as kommuner print a long
# protokoll (Ale, Kramfors, Lekeberg, Vänersborg); a short one is read through without it.
CONTENTS_FROM = 10


class ContentsRow(NamedTuple):
    nr: int  # where the row leads: the § of that number
    label: str  # "§ 216"
    title: str
    dnr: str


def contents_rows(protokoll: Protokoll) -> list[ContentsRow]:
    """The protokoll's list of §§, each as its own page heads it; [] for a protokoll too
    short to need one. The public version's §§ come masked by the service, so a secret § is
    listed by the neutral title its page shows."""
    if len(protokoll.paragrafer) < CONTENTS_FROM:
        return []
    return [ContentsRow(p.nr, p.label, p.title, p.dnr) for p in protokoll.paragrafer]
