"""Protokoll paragraphs (§). § numbers run on through the calendar year for the organ."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Paragraf:
    organ_id: int
    meeting_date: date
    paragraf: int
    title: str
    dnr: str = ""
    beslut: str = ""
    beskrivning: str = ""
    beslutsunderlag: list[str] = field(default_factory=list)
    behandling: str = ""
    beslut_skickas_till: list[str] = field(default_factory=list)
    meeting_id: int | None = None
    item_id: int | None = None
    id: int | None = None
