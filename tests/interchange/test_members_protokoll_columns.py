"""The structures the real lists of real_members_ninth.py brought (those lists themselves are
read in test_members_real.py), each on a list made for the test: a protokoll's label heading
two columns side by side, as Kungsbacka prints its first page."""

from __future__ import annotations

import pytest

from ksdesk.interchange.members_paste import read_members


def _people(text: str) -> list[tuple[str, str, str]]:
    return [(m.name, m.party, m.role) for m in read_members(text).members]


@pytest.mark.parametrize("spaces", ["as the PDF's text", "one space"])
def test_ledamoter_beside_tjanstgorande_ersattare_are_read_a_column_at_a_time(spaces: str) -> None:
    """The right column begins after one space where the left line is long; the ledamot an
    ersättare stands in for goes on at the start of the next line, after the left column's
    role; a role broken onto a line of its own ("ordförande", not the label "Ordförande") is
    its name's. A copy that gives one space for the wide ones reads the same."""
    text = (
        "Beslutande    Ledamöter                     Tjänstgörande ersättare\n"
        "Anna Ek (M), Ordförande Berit Holm (M) ersätter Maria\n"
        "Per Lind (C), 1:e vice ordförande Strand (M)\n"
        "Eva Berg (S), 2:e vice Olle Dahl (KD) tjänstgör för\n"
        "ordförande                    Kim Lo (KD)\n"
        "Lars Ås (SD)\n"
        "Övriga närvarande Ersättare                 Tjänstepersoner\n"
        "Sara Vik (S)                  Lena Mo, nämndsekreterare\n"
        "Jan Ek (L) Karin Sund, förvaltningschef\n"
        "Ulla Rask, controller, § 4\n"
    )
    if spaces == "one space":
        text = "".join(" ".join(line.split()) + "\n" for line in text.splitlines())
    assert _people(text) == [
        ("Anna Ek", "M", "ordförande"),
        ("Per Lind", "C", "1:e vice ordförande"),
        ("Eva Berg", "S", "2:e vice ordförande"),
        ("Lars Ås", "SD", "ledamot"),
        ("Berit Holm", "M", "ersättare"),
        ("Maria Strand", "M", "ledamot"),
        ("Olle Dahl", "KD", "ersättare"),
        ("Kim Lo", "KD", "ledamot"),
        ("Sara Vik", "S", "ersättare"),
        ("Jan Ek", "L", "ersättare"),
    ]
    dropped = " ".join(line.text for line in read_members(text).report.dropped)
    for tjansteperson in ("Lena Mo", "Karin Sund", "Ulla Rask"):
        assert tjansteperson in dropped
    changed = [line.why for line in read_members(text).report.changed]
    assert any("två kolumner sida vid sida" in why for why in changed)


def test_a_name_with_a_capital_beyond_swedish_letters_is_read() -> None:
    """ "Ermin Škorić (S)": Kungsbacka's kommunstyrelse; before, the name was left out."""
    assert _people("Ersättare\nErmin Škorić (S)\nŁukasz Nowak (V)\n") == [
        ("Ermin Škorić", "S", "ersättare"),
        ("Łukasz Nowak", "V", "ersättare"),
    ]
