"""The delegationsordning: versions, chapters and points, and delegationsbeslut."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ksdesk.core.identity import row_uuid
from ksdesk.core.written_dates import find_written_date


class VersionStatus(StrEnum):
    """Where a version of the delegationsordning stands, as stored."""

    UTKAST = "utkast"  # a draft, editable
    ANTAGEN = "antagen"  # adopted: in force from its adopted_date, never edited again

    @property
    def label(self) -> str:
        return self.value.capitalize()


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
    # A sub-heading printed as a row of its own before this point ("Anställa"; a preamble may
    # follow on the next lines), as the document had it.
    heading: str = ""
    # Columns of the imported document that are none of the above, by their own heading.
    extra: dict[str, str] = field(default_factory=dict)
    # "ny" or "ändrad" when the document marked the point ("NY:", yellow highlight).
    marked: str = ""
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


POINT_FIELDS = ("nr", "arende", "lagrum", "delegat", "ersattare", "vidaredelegation", "anmarkning")
OUR_HEADINGS = dict(
    zip(POINT_FIELDS, (*POINT_COLUMNS[:5], VIDARE_COLUMN, POINT_COLUMNS[5]), strict=True)
)
EXTRA_KEY = "extra:"


def point_value(point: Point, key: str) -> str:
    """A column's text of a point (roles one per line; "extra:<heading>" for an extra
    column of an imported document)."""
    if key.startswith(EXTRA_KEY):
        return point.extra.get(key[len(EXTRA_KEY) :], "")
    value = getattr(point, key)
    return "\n".join(value) if isinstance(value, list) else value


def version_columns(version: Version) -> list[tuple[str, str]]:
    """(key, heading) of the columns a version is printed and exported with, left to right:
    ours or an imported document's own headings, its extra columns, and none of them that is
    empty in every point (the seed uses all six of ours; Vidaredelegation is seldom used)."""
    points = [p for _, p in version.all_points()]

    def used(key: str) -> bool:
        return any(point_value(p, key).strip() for p in points)

    # A column empty in every point is left out (Ärende and Delegat stand always): an imported
    # ordning whose headings are ours ("Anmärkning" that no point uses) too, and the Nr of a
    # document written without numbers. An ordning with no points yet keeps its Nr.
    keys = [
        k
        for k in POINT_FIELDS
        if used(k) or k in ("arende", "delegat") or (k == "nr" and not points)
    ]
    keys += [f"{EXTRA_KEY}{h}" for h in version.extra_columns if used(f"{EXTRA_KEY}{h}")]
    headings = {**OUR_HEADINGS, **version.column_headings}
    return [(k, k[len(EXTRA_KEY) :] if k.startswith(EXTRA_KEY) else headings[k]) for k in keys]


def document_title(version: Version) -> str:
    """The title printed over the ordning: the document's own name, or "Delegationsordning"
    (never the version's name in ksdesk, which is often an imported file's name)."""
    return version.header.get("Dokumentnamn", "").strip() or "Delegationsordning"


def point_as_dict(point: Point) -> dict:
    """The point's fields as JSON (`delegation list --json`); a sub-heading, extra columns and
    a change mark only when the point has them (an imported document's)."""
    data = {
        "nr": point.nr,
        "arende": point.arende,
        "lagrum": point.lagrum,
        "delegat": point.delegat,
        "ersattare": point.ersattare,
        "vidaredelegation": point.vidaredelegation,
        "anmarkning": point.anmarkning,
    }
    optional = {"heading": point.heading, "extra": dict(point.extra), "marked": point.marked}
    data.update({name: value for name, value in optional.items() if value})
    return data


@dataclass
class Chapter:
    title: str
    points: list[Point] = field(default_factory=list)
    id: int | None = None
    subtitle: str = ""  # "Kommunövergripande personalärenden" under "2.3 Personal"
    uuid: str = row_uuid()
    # The part of the ordning the chapter belongs to ("Del A Kommunstyrelsen" over chapters
    # 1–5): printed once, above the first chapter of each run of chapters with the same part.
    part: str = ""
    # Text under the chapter's table, about all of it ("Anställning upp till 6 månader är
    # verkställighet."): printed after its points, where the document had it.
    note: str = ""


def part_starts(chapters: list[Chapter]) -> list[str | None]:
    """For each chapter, where a run of chapters with the same part begins: the part's title,
    printed above the chapter ("" where chapters in no part follow a part, the part's end);
    None where the chapter is in the part of the chapter before it."""
    starts: list[str | None] = []
    before = ""
    for chapter in chapters:
        part = chapter.part.strip()
        starts.append(part if part != before else None)
        before = part
    return starts


def part_titles(chapters: list[Chapter]) -> list[str]:
    """The parts the chapters name, in order of first use (offered when a chapter's part is
    chosen, so that "Del A Kommunstyrelsen" is not typed twice in two ways)."""
    return list(dict.fromkeys(c.part for c in chapters if c.part.strip()))


@dataclass
class Revision:
    beslut: str  # "KS 2019-08-20 § 164"
    text: str = ""
    dnr: str = ""
    uuid: str = row_uuid()


def revision_recording(revisions: list[Revision], on: date, paragraf: str) -> Revision | None:
    """The row that already records the decision of `on` in § `paragraf`, whatever form its
    date is written in (an imported order's "kommunstyrelsen 8 juni 2022, § 46"); None when
    no row does."""
    for revision in revisions:
        numbers = re.findall(r"§\s*(\d+)", revision.beslut)
        if paragraf in numbers and find_written_date(revision.beslut) == on:
            return revision
    return None


def revision_table(revisions: list[Revision]) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The revision list's headings and rows as paper, web and Word print it: the
    Diarienummer column only when a revision has one (an imported ordning's list often
    names decisions only, and printed an empty column)."""
    with_dnr = any(r.dnr.strip() for r in revisions)
    headings = REVISION_COLUMNS if with_dnr else REVISION_COLUMNS[:2]
    rows = [(r.beslut.strip(), r.text.strip(), r.dnr.strip())[: len(headings)] for r in revisions]
    return headings, rows


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
    status: VersionStatus = VersionStatus.UTKAST
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
    # The document's own column headings by field ("arende": "Delegeringens omfattning"),
    # printed instead of ours; and the headings of its extra columns, in order.
    column_headings: dict[str, str] = field(default_factory=dict)
    extra_columns: list[str] = field(default_factory=list)
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
    # Its text may not be printed: every output writes "Sekretess" (core.delegationsbeslut_print).
    sekretess: bool = False
