"""The check for personal data in a delegationsordning: `personnummer`, a fel wherever one
stands (a point, a chapter's note, the introduction, the revisions, the header).

A delegationsordning is a public document: it is printed, exported to Word and published
on the kommun's website as it stands, with no review before (only a copy attached to a
meeting goes through the public-copy review). A number in it is always a mistake, so
the check names where it is, the number masked, and the secretary takes it out."""

from __future__ import annotations

from dataclasses import replace

from ksdesk.core import text_walk
from ksdesk.core.delegation import Version
from ksdesk.core.delegation_check_codes import check_finding
from ksdesk.core.delegation_diff import FIELD_LABELS
from ksdesk.core.findings import Finding, Severity
from ksdesk.core.personnummer import find_personnummer

_POINT_FIELDS = {**FIELD_LABELS, "heading": "Rubrik", "extra": "Egen kolumn", "marked": "Markering"}
# Where a text outside the points stands, by the first field of its path in the version.
_PLACES = {
    "name": "versionens namn",
    "adopted_paragraf": "uppgiften om antagandet",
    "adopted_dnr": "uppgiften om antagandet",
    "header": "dokumenthuvudet",
    "revisions": "revisionshistoriken",
    "intro": "inledningen",
    "chapters": "ett kapitels rubrik eller anteckning",
    "abbreviations": "förkortningslistan",
    "column_headings": "kolumnrubrikerna",
    "extra_columns": "kolumnrubrikerna",
}


def check_personnummer(version: Version) -> list[Finding]:
    findings = []
    for chapter, point in version.all_points():
        for source, text in text_walk.texts(point, ""):
            field_name = source.split("/")[1]
            label = _POINT_FIELDS.get(field_name, field_name)
            for hit in find_personnummer(text):
                message = _message(hit.masked, f"punkt {point.nr} ({label.lower()})")
                findings.append(
                    check_finding(
                        Severity.FEL,
                        "personnummer",
                        chapter.title,
                        point.nr,
                        message,
                        (point.uid,),
                        field_name,
                    )
                )
    rest = replace(version, chapters=[replace(c, points=[]) for c in version.chapters])
    for source, text in text_walk.texts(rest, ""):
        place = _PLACES.get(source.split("/")[1], "delegationsordningen")
        for hit in find_personnummer(text):
            findings.append(
                check_finding(Severity.FEL, "personnummer", "", "", _message(hit.masked, place))
            )
    return findings


def _message(masked: str, place: str) -> str:
    return (
        f"Ett personnummer ({masked}) står i {place}. Delegationsordningen publiceras som "
        "den står: ta bort numret."
    )
