"""The parts of a tjänsteskrivelse every template has, whatever their style: a line that
is one of them ("Bakgrund", "Ekonomiska konsekvenser", "Barnperspektiv"), also numbered as a
template numbering its parts writes it ("2. Bakgrund"), starts a section. Gathered from the
real tjänsteskrivelser of tests/interchange/real_tjansteskrivelser*.py and the consequence
parts kommunernas templates ask for (barn, jämställdhet, miljö, folkhälsa)."""

from __future__ import annotations

import re


def key(text: str) -> str:
    """A heading or label as compared: lower case, one space, no colon at the end."""
    return " ".join(text.split()).rstrip(":").strip().lower()


# Parts of a tjänsteskrivelse that are a section of their own, whatever their style.
SECTION_HEADINGS = (
    "sammanfattning",
    "sammanfattning av ärendet",
    "ärendet",
    "ärendet i korthet",
    "ärendebeskrivning",
    "beskrivning av ärendet",
    "bakgrund",
    "beslutsunderlag",
    "förvaltningens bedömning",
    "förvaltningens synpunkter",
    "bedömning",
    "överväganden",
    "ekonomiska konsekvenser",
    "ekonomisk bedömning",
    "konsekvenser",
    "barnperspektiv",
    "barnkonsekvensanalys",
    "jämställdhetsperspektiv",
    "miljöperspektiv",
    "juridisk bedömning",
    "delegationshänvisning",
    "samverkan",
    "uppföljning",
    "motivering",
    "beredning",
    "remisser",
    "jämställdhet",
    "barnkonsekvenser",
    "konsekvenser för barn",
    "miljökonsekvenser",
    "folkhälsoperspektiv",
    "tillgänglighet",
    "finansiering",
    "förvaltningens yttrande",
    "konsekvensanalys",
)
# A heading's own number in a template that numbers its parts ("2. Bakgrund", "3 Ekonomi").
_HEADING_NUMBER = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+")


def known_section(text: str) -> bool:
    """A part every template has ("Bakgrund"), also numbered ("2. Bakgrund")."""
    return key(_HEADING_NUMBER.sub("", text.strip(), count=1)) in SECTION_HEADINGS
