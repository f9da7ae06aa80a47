"""The delegationsordning: versions, chapters and points, and delegationsbeslut."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from ksdesk.core.identity import row_uuid

VERSION_STATUSES = ("utkast", "antagen")
HEADER_FIELDS = (
    "Dokumentnamn",
    "Dokumenttyp",
    "Omfattning",
    "Dokumentägare",
    "Dokumentansvarig",
    "Publicering",
    "Författningsstöd",
    "Beslutad",
    "Bör revideras",
    "Beslutsinstans",
    "Diarienummer",
)

# The seed's header table: which fields share a row, and how many of 4 columns each spans.
HEADER_ROWS = (
    (("Dokumentnamn", 2), ("Dokumenttyp", 1), ("Omfattning", 1)),
    (("Dokumentägare", 1), ("Dokumentansvarig", 1), ("Publicering", 2)),
    (("Författningsstöd", 4),),
    (("Beslutad", 1), ("Bör revideras", 1), ("Beslutsinstans", 1), ("Diarienummer", 1)),
)


def new_uid() -> str:
    return uuid.uuid4().hex


@dataclass
class Point:
    """One delegation point. `uid` is its identity: numbers may repeat (the seed's 83–88)."""

    nr: str
    arende: str
    lagrum: str = ""
    delegat: list[str] = field(default_factory=list)
    ersattare: list[str] = field(default_factory=list)
    vidaredelegation: str = ""
    anmarkning: str = ""
    uid: str = field(default_factory=new_uid)
    id: int | None = None
    uuid: str = row_uuid()


def display_nr(nr: str) -> str:
    """The seed prints plain numbers with a full stop: "1.", "83." (on paper and in Word)."""
    return f"{nr}." if nr.isdigit() else nr


# The columns of a delegation table as the seed heads them; "Med rätt att vidaredelegera"
# (other kommuner) stands before Anmärkning, and only when a point uses it.
POINT_COLUMNS = ("Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Anmärkning")
VIDARE_COLUMN = "Med rätt att vidaredelegera"
REVISION_COLUMNS = ("Revideringar", "Vad revideringen avsett", "Diarienummer vid revidering")
# Column widths in millimetres on an A4 page (PDF and Word alike), without and with the
# vidaredelegation column.
WIDTHS = (9, 44, 26, 32, 32, 27)
WIDTHS_WITH_VIDARE = (9, 40, 20, 28, 26, 20, 27)


def point_as_dict(point: Point) -> dict:
    """The point's fields as JSON (`delegation list --json`)."""
    return {
        "nr": point.nr,
        "arende": point.arende,
        "lagrum": point.lagrum,
        "delegat": point.delegat,
        "ersattare": point.ersattare,
        "vidaredelegation": point.vidaredelegation,
        "anmarkning": point.anmarkning,
    }


@dataclass
class Chapter:
    title: str
    points: list[Point] = field(default_factory=list)
    id: int | None = None
    uuid: str = row_uuid()


@dataclass
class Revision:
    beslut: str  # "KS 2019-08-20 § 164"
    text: str = ""
    dnr: str = ""
    uuid: str = row_uuid()


@dataclass
class Abbreviation:
    short: str
    long: str
    uuid: str = row_uuid()


@dataclass
class IntroSection:
    heading: str
    text: str
    uuid: str = row_uuid()


@dataclass
class Version:
    key: str
    name: str
    status: str = "utkast"
    adopted_date: date | None = None
    adopted_paragraf: str = ""
    adopted_dnr: str = ""
    header: dict[str, str] = field(default_factory=dict)
    revisions: list[Revision] = field(default_factory=list)
    intro: list[IntroSection] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    abbreviations: list[Abbreviation] = field(default_factory=list)
    based_on: str | None = None  # key of the version this draft was copied from
    id: int | None = None
    uuid: str = row_uuid()

    def all_points(self) -> list[tuple[Chapter, Point]]:
        return [(chapter, point) for chapter in self.chapters for point in chapter.points]


@dataclass
class Delegationsbeslut:
    dnr: str
    date: date
    delegat: str = ""
    title: str = ""
    organ: str = ""
    forvaltning: str = ""
    handlaggare: str = ""
    telefon: str = ""
    epost: str = ""
    beslutsfattare: str = ""
    punkt: str = ""
    punkt_kapitel: str = ""
    delegationshanvisning: str = ""
    beslut: str = ""
    beskrivning: str = ""
    point_uid: str | None = None
    received: date | None = None
    reported_meeting_id: int | None = None
    id: int | None = None
    uuid: str = row_uuid()
