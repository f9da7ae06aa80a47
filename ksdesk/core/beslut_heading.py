"""The heading over a §'s beslut: "Beslut", or "Beslut – Förslag till kommunfullmäktige" when
what the organ decided is its förslag to fullmäktige, as Kungsbacka's kommunstyrelse prints
it (data/kungsbacka/ks/2025/2025-03-18/protokoll.md § 49 and § 68, 2025-04-22 §§ 92–97).
Under a bare "Beslut" the att-satser "Kommunfullmäktige antar …" read as if the styrelse
had decided what only fullmäktige can.

A förslag to fullmäktige: the beslut opens with what fullmäktige decides ("Kommunfullmäktige
antar …", Ludvika's "Fullmäktige beslutar …") and no line of it is the organ's own decision
("Kommunstyrelsen fastställer …"); lines between, "Taxan träder i kraft den 1 juni 2025.",
belong to the förslag. A beslut of both (Ludvika KS 2020-12-07 § 220: 1–4 the styrelse's
own, 5 fullmäktige's) keeps "Beslut": part of it the organ did decide. Fullmäktige's own
protokoll keeps "Beslut" too."""

from __future__ import annotations

import re

from ksdesk.core.protokoll import Paragraf
from ksdesk.core.protokoll_text import beslut_lines

BESLUT = "Beslut"
_NUMBER = r"^(?:\d+[.)]\s*)?"
_FULLMAKTIGE = re.compile(rf"{_NUMBER}((?:kommun|region)?fullmäktige)\s", re.IGNORECASE)


def beslut_heading(paragraf: Paragraf, organ_name: str) -> str:
    """ "Beslut – Förslag till kommunfullmäktige" (or "… till fullmäktige" /
    "… till regionfullmäktige", as the beslut names it) for a förslag, else "Beslut"."""
    organ = organ_name.strip()
    lines = [line.text for line in beslut_lines(paragraf) if line.text.strip()]
    if not lines or not organ or "fullmäktige" in organ.lower():
        return BESLUT
    first = _FULLMAKTIGE.match(lines[0])
    own = re.compile(rf"{_NUMBER}{re.escape(organ)}\s", re.IGNORECASE)
    if first is None or any(own.match(line) for line in lines):
        return BESLUT
    return f"{BESLUT} – Förslag till {first.group(1).lower()}"
