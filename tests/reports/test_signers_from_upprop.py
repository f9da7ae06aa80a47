"""A meeting made without an ordförande or a sekreterare (`ksdesk meeting create` for an organ
that has none set) still has them in the upprop: the ordförande, and the sekreterare among
the övriga närvarande. The protokoll's signature lines, the omedelbar justering, the anslag
and the utdrag's bestyrkande print those names; they were printed blank."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from ksdesk.core.protokoll import OTHER_ROLE, Deltagare
from ksdesk.core.protokoll_rules import chair_of, secretary_of
from ksdesk.reports.protokoll_pdf import protokoll_pdf
from ksdesk.reports.utdrag_pdf import utdrag_pdf
from ksdesk.services.protokoll import get_protokoll, meeting_and_organ
from tests.reports.test_protokoll_pdf import held_demo

CHAIR, SECRETARY = "Annelie Hägg", "Ann Axelsson"


def _unnamed(demo_store):
    meeting_id = held_demo(demo_store)
    meeting, organ = meeting_and_organ(demo_store, meeting_id)
    protokoll = get_protokoll(demo_store, meeting_id)
    upprop = [
        replace(d, role="ledamot") if d.role == "ordförande" else d
        for d in protokoll.upprop
        if d.role != OTHER_ROLE
    ]
    upprop += [
        Deltagare(CHAIR, "C", "ordförande"),
        Deltagare("Per Gäst", "", OTHER_ROLE, title="socialchef"),
        Deltagare(SECRETARY, "", OTHER_ROLE, title="nämndsekreterare"),
    ]
    unnamed = replace(meeting, chair_name="", secretary_name="")
    return organ, unnamed, replace(protokoll, upprop=upprop)


def _words(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_the_upprop_names_who_signs(demo_store) -> None:
    _organ, meeting, protokoll = _unnamed(demo_store)
    assert (chair_of(meeting, protokoll), secretary_of(meeting, protokoll)) == (CHAIR, SECRETARY)
    named = replace(meeting, chair_name="Leif Pettersson", secretary_name="Karin Sekr")
    assert (chair_of(named, protokoll), secretary_of(named, protokoll)) == (
        "Leif Pettersson",
        "Karin Sekr",
    )
    absent = replace(protokoll, upprop=[replace(d, narvaro=[]) for d in protokoll.upprop])
    assert (chair_of(meeting, absent), secretary_of(meeting, absent)) == ("", "")


def test_the_protokoll_and_the_utdrag_print_their_names(demo_store) -> None:
    organ, meeting, protokoll = _unnamed(demo_store)
    first = PdfReader(io.BytesIO(protokoll_pdf(organ, meeting, protokoll))).pages[0]
    assert CHAIR in first.extract_text() and SECRETARY in first.extract_text()
    omedelbar = next(p for p in protokoll.paragrafer if p.omedelbar_justering)
    utdrag = _words(utdrag_pdf(organ, meeting, protokoll, omedelbar, date(2020, 12, 11)))
    assert f"{SECRETARY}, nämndsekreterare" in utdrag  # the bestyrkande, with her title
    assert CHAIR in utdrag  # under the omedelbar justering
