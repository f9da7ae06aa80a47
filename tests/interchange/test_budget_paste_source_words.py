"""The import report of a pasted table names where to check a figure it placed on a guess as
"källan (PDF:en eller webbsidan)": the text may have been copied out of a PDF viewer or off a
web page (a kommun's årsredovisning published as HTML), and the report cannot tell which."""

from __future__ import annotations

from ksdesk.services.budget import read_pasted


def _whys(text: str) -> list[str]:
    _sheet, report = read_pasted(text, "Klistrat")
    return [warning.why for warning in report.warnings]


def test_the_read_line_names_both_sources() -> None:
    _sheet, report = read_pasted("Belopp i tkr\nPost Budget 2021\nSkola 100\n", "Klistrat")
    assert "text kopierad ur en PDF eller en webbsida" in report.read[0]


def test_a_split_guess_and_a_short_row_say_check_against_the_source() -> None:
    whys = _whys(
        "Belopp i tkr\nPost Budget 2021 Budget 2022 Budget 2023\n"
        "Skola 100 200 300\nVård 50\nFritid 7 8 9\n"
    )
    assert len(whys) == 2
    for why in whys:
        assert "stäm av mot källan (PDF:en eller webbsidan)" in why
        assert "mot PDF:en" not in why
