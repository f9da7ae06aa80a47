"""The heading over a tjänsteskrivelse's att-satser, found running Kungsbacka's Nämnden för
Kultur & Fritid 2025-10-22 through ksdesk (walk27): the Word heading "Förslag till beslut i
nämnden för Kultur & Fritid" printed as "Förslag till beslut nämnden för Kultur & Fritid"
(the "i" lost), under an extra heading "Förvaltningens förslag till beslut". Swedish puts the
organ that decides after "i", whatever the shape of its name."""

from __future__ import annotations

import pytest

from ksdesk.core.handlingar import OWN_GROUP, forslag_parts
from ksdesk.core.meeting import Forslag

OWN = [Forslag("Nämnden godkänner delårsrapportering av God och Nära vård.", "", OWN_GROUP)]


@pytest.mark.parametrize(
    ("organ", "heading"),
    [
        ("Nämnden för Kultur & Fritid", "Förslag till beslut i nämnden för Kultur & Fritid"),
        ("Kommunstyrelsen", "Förslag till beslut i kommunstyrelsen"),
        ("Kommunfullmäktige", "Förslag till beslut i kommunfullmäktige"),
        ("Miljö- och byggnadsnämnden", "Förslag till beslut i miljö- och byggnadsnämnden"),
        ("Byggnadsnämndens arbetsutskott", "Förslag till beslut i byggnadsnämndens arbetsutskott"),
        ("KSAU", "Förslag till beslut i KSAU"),
    ],
)
def test_the_organ_itself_is_named_after_i_in_one_heading(organ: str, heading: str) -> None:
    """All att-satser the organ's own: one heading that names it, no second one over it."""
    top, groups = forslag_parts(OWN, organ)
    assert top == heading
    assert groups == [("", OWN)]


def test_split_between_the_organ_and_fullmaktige_keeps_both_headings() -> None:
    forslag = [*OWN, Forslag("Kommunfullmäktige antar taxan.", "2", "fullmäktige")]
    top, groups = forslag_parts(forslag, "Nämnden för Kultur & Fritid")
    assert top == "Förvaltningens förslag till beslut"
    assert [heading for heading, _ in groups] == [
        "Förslag till beslut i nämnden för Kultur & Fritid",
        "Förslag till beslut i kommunfullmäktige",
    ]


def test_att_satser_that_name_no_organ_print_under_the_plain_heading() -> None:
    forslag = [Forslag("Nämnden noterar informationen.", "", "")]
    assert forslag_parts(forslag, "Nämnden för Kultur & Fritid") == (
        "Förvaltningens förslag till beslut",
        [("", forslag)],
    )


def test_without_the_organ_name_the_own_group_still_reads_as_swedish() -> None:
    top, _ = forslag_parts(OWN)
    assert top == "Förslag till beslut i kommunstyrelsen"


def test_an_organ_the_heading_named_decides_whoever_holds_the_meeting() -> None:
    """Kungsbacka's bygg-au: "Förslag till beslut i byggnadsnämnden" in the AU's packet (walk28,
    finding 6): the nämnd decides, the AU only prepares; its heading names the nämnd."""
    named = [
        Forslag("Byggnadsnämnden lägger informationen till handlingarna.", "", "Byggnadsnämnden")
    ]
    top, groups = forslag_parts(named, "Byggnadsnämndens arbetsutskott")
    assert top == "Förslag till beslut i byggnadsnämnden"
    assert groups == [("", named)]
