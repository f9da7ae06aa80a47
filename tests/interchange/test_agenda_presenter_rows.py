"""A "Föredragande …: Namn" row that carries more than the name. Variants of Region
Stockholm's föredragningslista of landstingsfullmäktige 2009-02-10 (real_agendas_fifth.py,
source https://sammantradeshandlingar.regionstockholm.se/politiska-organ/
landstingsfullmaktige/landstingsfullmaktige-den-10-februari-2009-med-tillagg), built here
from its rows and said to be variants: the name with the next ärende run onto its line (as
text out of a PDF has it) or on the cell's next line, a Nr or Dnr beside the name, a time
and a förslag beside it. Nothing of such a row may go without a line in the report."""

from __future__ import annotations

import csv
import io

from ksdesk.interchange.agenda_import import AgendaImport, read_agenda
from ksdesk.interchange.agenda_presenter import presenter_line

_NAME_ROW = "Föredragande landstingsråd: Karin Dahl (m)"
_FIRST = "Arbetsordning för landstingsfullmäktige (förslag 1)"
_SECOND = "Ökade resurser till hälso- och sjukvårdsnämnden (förslag 2)"


def _csv(header: list[str], *rows: list[str]) -> tuple[bytes, str]:
    text = io.StringIO()
    csv.writer(text, delimiter=";", lineterminator="\r\n").writerows([header, *rows])
    return text.getvalue().encode(), "lf.csv"


def _rows(result: AgendaImport) -> list[tuple]:
    return [
        (n, i.title, i.dnr, i.presenter, i.is_section)
        for n, i in zip(result.numbers, result.items, strict=True)
    ]


def _reported(result: AgendaImport) -> str:
    return result.report.text()


def test_an_aerende_run_onto_the_name_in_pasted_text_is_read_with_its_number_and_dnr() -> None:
    lines = [
        "1 Inledning och upprop",
        "2 Kungörelse och annonsering",
        "3 Justering",
        "Beslutsärenden",
        f"{_NAME_ROW} 6 {_FIRST}LS 0702-0239",
        f"7 {_SECOND}LS 0812-1168",
    ]
    result = read_agenda(("\n".join(lines) + "\n").encode(), "inklistrad.txt")
    assert _rows(result)[3:] == [
        (None, "Beslutsärenden", "", "", True),
        (6, _FIRST, "LS 0702-0239", "Karin Dahl (m)", False),
        (7, _SECOND, "LS 0812-1168", "Karin Dahl (m)", False),
    ]
    assert "läses som ett ärende" in _reported(result)


def test_a_pasted_list_with_the_name_on_a_line_of_its_own_is_read_not_refused() -> None:
    lines = ["1 Inledning och upprop", "Beslutsärenden", _NAME_ROW, f"6 {_FIRST}LS 0702-0239"]
    result = read_agenda(("\n".join(lines) + "\n").encode(), "inklistrad.txt")
    assert _rows(result)[1:] == [
        (None, "Beslutsärenden", "", "", True),
        (6, _FIRST, "LS 0702-0239", "Karin Dahl (m)", False),
    ]


def test_an_aerende_on_the_cells_next_line_is_not_taken_into_the_name() -> None:
    data = _csv(["Nr", "Ärende"], ["", "Beslutsärenden"], ["", f"{_NAME_ROW}\n6 {_FIRST}"])
    assert _rows(read_agenda(*data))[1] == (6, _FIRST, "", "Karin Dahl (m)", False)


def test_cells_beside_the_name_are_reported_when_the_row_holds_no_aerende() -> None:
    header = ["Nr", "Ärende", "Tid", "Förslag till beslut"]
    data = _csv(header, ["", _NAME_ROW, "13.00", "Bifall"], ["6", _FIRST, "", ""])
    result = read_agenda(*data)
    assert _rows(result) == [(6, _FIRST, "", "Karin Dahl (m)", False)]
    dropped = [(line.text, line.why) for line in result.report.dropped]
    assert dropped == [
        ("13.00", "i kolumnen Tid på raden med föredraganden"),
        ("Bifall", "i kolumnen Förslag till beslut på raden med föredraganden"),
    ]


def test_a_row_with_a_number_or_dnr_beside_the_name_stays_an_aerende_and_is_warned() -> None:
    data = _csv(["Nr", "Ärende", "Dnr"], ["7", _NAME_ROW, ""], ["", _NAME_ROW, "LS 0702-0239"])
    result = read_agenda(*data)
    assert _rows(result) == [
        (7, _NAME_ROW, "", "", False),
        (None, _NAME_ROW, "LS 0702-0239", "", False),
    ]
    assert [line.where for line in result.report.warnings] == ["Rad 2", "Rad 3"]


def test_a_names_own_title_is_no_aerende() -> None:
    found = presenter_line("Föredragande: Eva Lund, 1:e vice ordförande (s)")
    assert found is not None
    assert (found.name, found.rest) == ("Eva Lund, 1:e vice ordförande (s)", "")
