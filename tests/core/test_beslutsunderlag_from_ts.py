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
