"""The tjänsteskrivelse's own Beslutsunderlag list carried into the §'s (walk30's finding
10): Kungsbacka's protokoll prints the ts's list as the ts has it."""

from __future__ import annotations

from ksdesk.core.beslutsunderlag import from_arende
from ksdesk.core.meeting import Arende, Bilaga, Section, Tjansteskrivelse

# Real list: data/kungsbacka/miljo/2025/2025-10-09/handlingar.md (moggleif/kommunhandlingar),
# MH-2025-04732's tjänsteskrivelse; the protokoll's § 119 prints the same three lines.
KUNGSBACKA = (
    "Bygg- och miljöförvaltningens tjänsteskrivelse, 2025-09-19\n"
    "Yttrande, 2025-09-19\n\n- Internkontrollplan 2026"
)


def _item(listed: str, bilagor: list[str]) -> Arende:
    ts = Tjansteskrivelse(title="Yttrande", datum="2025-09-19")
    ts.sections = [Section("Sammanfattning", "Text."), Section("Beslutsunderlag", listed)]
    return Arende(title="Yttrande", tjansteskrivelse=ts, bilagor=[Bilaga(t) for t in bilagor])


def test_the_ts_list_is_the_paragraphs_and_a_bilaga_it_names_is_not_twice():
    item = _item(KUNGSBACKA, ["Internkontrollplan 2026", "Karta"])
    assert from_arende(item) == [
        "Bygg- och miljöförvaltningens tjänsteskrivelse, 2025-09-19.",
        "Yttrande, 2025-09-19.",
        "Internkontrollplan 2026.",
        "Karta.",
    ]


def test_a_list_not_naming_the_ts_gets_the_ts_first():
    assert from_arende(_item("Mätprotokoll 2025-02-11", [])) == [
        "Tjänsteskrivelse daterad 19 september 2025.",
        "Mätprotokoll 2025-02-11.",
    ]


def test_a_ts_line_naming_a_bilaga_by_its_leading_words_is_the_bilaga_once():
    # rewalk36 N3 (walk34's Byggnadsnämnden § 54): the ts lists "Planritning, 2025-01-21",
    # the ärende's bilaga is that drawing under its full title.
    listed = "Bygg- och miljöförvaltningens tjänsteskrivelse, 2025-09-19\nPlanritning, 2025-01-21"
    bilaga = "Planritning garage för golfbilar, Gåsevadholm 5:1"
    assert from_arende(_item(listed, [bilaga, "Planbeskrivning"])) == [
        "Bygg- och miljöförvaltningens tjänsteskrivelse, 2025-09-19.",
        f"{bilaga}.",
        "Planbeskrivning.",
    ]


def test_a_line_two_bilagor_open_or_of_another_date_stays_as_written():
    listed = "Situationsplan, 2025-01-21\nYttrande, 2025-01-21\nMätprotokoll 2025-02-11"
    bilagor = ["Situationsplan norr", "Situationsplan söder", "Yttrande 2024-12-02"]
    assert from_arende(_item(listed, [*bilagor, "Mätprotokoll"]))[1:] == [
        "Situationsplan, 2025-01-21.",
        "Yttrande, 2025-01-21.",
        "Mätprotokoll 2025-02-11.",
        *(f"{t}." for t in bilagor),
    ]
