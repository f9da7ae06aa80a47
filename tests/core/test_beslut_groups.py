"""A beslut partly a förslag to kommunfullmäktige prints under Kungsbacka's two headings, and
only the organ's own part gains laga kraft. Excerpt of Kungsbacka KS 2025-02-18, § 45 (kallelse
item 16), moggleif/kommunhandlingar data/kungsbacka/ks/2025/2025-02-18/kallelse.md, shortened."""

from __future__ import annotations

from datetime import date

from ksdesk.core.beslut_groups import forslag_text, only_to_fullmaktige
from ksdesk.core.meeting import Forslag
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.protokoll_beslut import beslut_sections

KONCERNBUDGET = (
    "Förslag till beslut i kommunfullmäktige\n"
    "Kommunfullmäktige fastställer koncernbudget 2025.\n"
    "Kommunfullmäktige fastställer resultaträkning för Eksta Bostads AB.\n"
    "Förslag till beslut i kommunstyrelsen\n"
    "Kommunstyrelsen delegerar till ekonomichefen att uppta nya lån."
)


def sections(beslut: str) -> list[tuple[str, list[str]]]:
    paragraf = Paragraf(1, date(2025, 2, 18), 45, "Koncernbudget", beslut=beslut)
    return [(h, [b.text for b in blocks]) for h, blocks in beslut_sections(paragraf)]


def test_the_fullmaktige_part_prints_under_its_own_heading_and_the_rest_under_beslut() -> None:
    assert sections(KONCERNBUDGET) == [
        (
            "Beslut – Förslag till kommunfullmäktige",
            [
                "Kommunfullmäktige fastställer koncernbudget 2025.",
                "Kommunfullmäktige fastställer resultaträkning för Eksta Bostads AB.",
            ],
        ),
        ("Beslut", ["Kommunstyrelsen delegerar till ekonomichefen att uppta nya lån."]),
    ]
    # The organ's own heading alone is no split: it is left out, not printed as beslut text.
    own = "Förslag till beslut i kommunstyrelsen\nKommunstyrelsen godkänner årsredovisningen."
    assert sections(own) == [("Beslut", ["Kommunstyrelsen godkänner årsredovisningen."])]


def test_fullmaktiges_own_protokoll_prints_ks_forslag_as_its_beslut() -> None:
    """KF decides what KS proposed: the heading carried from KS's förslag is left out and
    the text printed under "Beslut" (not "Beslut – Förslag till kommunfullmäktige")."""
    beslut = "\n".join(KONCERNBUDGET.splitlines()[:3])
    paragraf = Paragraf(1, date(2025, 3, 11), 12, "Koncernbudget", beslut=beslut)
    found = beslut_sections(paragraf, "Kommunfullmäktige")
    assert [(h, [b.text for b in blocks]) for h, blocks in found] == [
        ("Beslut", beslut.splitlines()[1:])
    ]


def test_only_a_beslut_that_is_all_forslag_to_fullmaktige_has_no_part_gaining_laga_kraft() -> None:
    assert not only_to_fullmaktige(KONCERNBUDGET)
    kf = KONCERNBUDGET.partition("Förslag till beslut i kommunstyrelsen")[0]
    assert only_to_fullmaktige(kf)
    assert not only_to_fullmaktige("Kommunstyrelsen godkänner årsredovisningen.")


def test_the_tjansteskrivelse_groups_become_headings_in_the_beslut_it_starts_from() -> None:
    forslag = [
        Forslag("Kommunstyrelsen fastställer verksamhetsplan.", "1", "kommunstyrelsen"),
        Forslag("Fullmäktige beslutar om en ramjustering.", "5", "fullmäktige"),
    ]
    assert forslag_text(forslag).splitlines() == [
        "Förslag till beslut i kommunstyrelsen",
        "1. Kommunstyrelsen fastställer verksamhetsplan.",
        "Förslag till beslut i kommunfullmäktige",
        "5. Fullmäktige beslutar om en ramjustering.",
    ]
    assert forslag_text(forslag[:1]) == "1. Kommunstyrelsen fastställer verksamhetsplan."
