"""Stadgar, a reglemente, a delegationsordning or a budget chosen by mistake as an
ärendelista: each paragraph or delegation point came in as an "ärende" (the Torskumlet
stadgar as 62, Sollentuna's delegationsordning as 31), or the file was refused for a
"kolumnen Ärende" it lacks. Now refused, saying what the file seems to be and what to
choose; a kallelse that lists such documents among its ärenden is still read."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agenda_groups import saved
from tests.interchange.real_budget_results import SJOBO_RESULTATBUDGET_2022
from tests.interchange.real_delegation_documents import REAL_DOCUMENTS
from tests.interchange.real_delegation_eighth import EIGHTH_DOCUMENTS
from tests.interchange.real_delegation_eleventh import ELEVENTH_DOCUMENTS
from tests.interchange.real_delegation_fifth import FIFTH_DOCUMENTS
from tests.interchange.real_delegation_fourth import FOURTH_DOCUMENTS
from tests.interchange.real_delegation_more import MORE_DOCUMENTS
from tests.interchange.real_delegation_sixth import SIXTH_DOCUMENTS
from tests.interchange.real_delegation_tenth import TENTH_DOCUMENTS
from tests.interchange.real_delegation_third import THIRD_DOCUMENTS
from tests.interchange.word_pdf_files import STADGAR

_CHOOSE = "Välj förra sammanträdets kallelse eller föredragningslista"


def _refusal(data: bytes, name: str) -> str:
    with pytest.raises(InvalidInput) as refused:
        read_agenda(data, name)
    return str(refused.value)


def test_real_stadgar_in_a_pdf_are_refused_as_stadgar() -> None:
    said = _refusal(STADGAR.read_bytes(), STADGAR.name)
    assert said.startswith(
        f"{STADGAR.name} ser ut att vara stadgar (”STADGAR” överst och paragrafer som ”§ 1”), "
        "inte en ärendelista."
    )
    assert _CHOOSE in said


_DELEGATION = {
    **REAL_DOCUMENTS,
    **MORE_DOCUMENTS,
    **THIRD_DOCUMENTS,
    **FIFTH_DOCUMENTS,
    **SIXTH_DOCUMENTS,
    **ELEVENTH_DOCUMENTS,
    **EIGHTH_DOCUMENTS,
    **FOURTH_DOCUMENTS,
    **TENTH_DOCUMENTS,
}
_NAMES = ["sollentuna", "tekniska", "huddinge", "heby", "kungsor", "skovde", "kontoret"]


@pytest.mark.parametrize("name", [*_NAMES, "von_tomelilla", "von_vetlanda"])
def test_a_real_delegationsordning_in_word_is_refused_as_one(name: str, tmp_path: Path) -> None:
    """Sollentuna's was read as 31 ärenden, Tekniska nämndens as 6, Skövde's as 13,
    Huddinge's and Heby's refused for "kolumnen Ärende saknas". By its table's Delegat or
    "Lägsta beslutsnivå" column, by its title ("Vård- och omsorgsnämndens
    delegationsordning", "Delegeringsregler för …", "Delegations- och beslutsförteckning"),
    or (Heby) by the författningssamling it is printed in."""
    path = tmp_path / f"{name}.docx"
    _DELEGATION[name][0](path)
    said = _refusal(path.read_bytes(), path.name)
    assert said.startswith(f"{name}.docx ser ut att vara en ")
    assert "inte en ärendelista" in said and _CHOOSE in said
    if name != "heby":
        assert "en delegationsordning (" in said
        assert said.endswith("En delegationsordning läses in i fliken Delegation med Importera….")


@pytest.mark.parametrize(
    ("name", "why"),
    [
        # Read as 7 ärenden: "Del av" before the kind hid it.
        ("sbf", "(”Del av delegationsordning 11-06-08” överst)"),
        # Refused for "kolumnen Ärende saknas": no title of its kind, no table; its prose
        # hands the nämnd's decisions on.
        ("run", "(”Regionala utvecklingsnämnden uppdrar till” och ”att besluta i”)"),
        # Refused for "”3.2.1” är inget nummer": its title in the template's "Dokumentnamn"
        # row, its delegates under "Beslutanderätt" and "Vidaredelegering".
        (
            "tn_malmo",
            "(”Delegationsordning för Malmö stads tekniska nämnd” överst och en tabell med "
            "kolumnerna ”Nr | Ärende | Beslutanderätt | Vidaredelegering | Lagrum | Kommentar”)",
        ),
    ],
)
def test_the_last_real_delegationsordningar_are_named(name: str, why: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.docx"
    _DELEGATION[name][0](path)
    said = _refusal(path.read_bytes(), path.name)
    assert said.startswith(f"{name}.docx ser ut att vara en delegationsordning {why}, inte en ")
    assert said.endswith("En delegationsordning läses in i fliken Delegation med Importera….")


def _document(*lines: str, table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=0, cols=len(table[0]))
        for row in table:
            for cell, text in zip(grid.add_row().cells, row, strict=True):
                cell.text = text
    return saved(document)


def test_a_reglemente_is_refused_as_one() -> None:
    data = _document(
        "Reglemente för socialnämnden",
        "Antaget av kommunfullmäktige 2019-12-16, § 142",
        "§ 1 Nämndens uppgifter",
        "Socialnämnden fullgör kommunens uppgifter inom socialtjänsten.",
        "§ 2 Delegering från fullmäktige",
        "§ 3 Personalfrågor",
    )
    said = _refusal(data, "reglemente.docx")
    assert said.startswith(
        "reglemente.docx ser ut att vara ett reglemente (”Reglemente för socialnämnden” överst "
        "och paragrafer som ”§ 1”), inte en ärendelista."
    )


def test_a_real_budget_table_in_word_is_refused_as_a_budget() -> None:
    """Sjöbo's resultatbudget under its title, as a budget document in Word has it."""
    lines = SJOBO_RESULTATBUDGET_2022.lines
    table = [line.split(";") for line in lines[1:] if line.strip(";")]
    said = _refusal(_document("Mål och budget 2022", lines[0], table=table), "budget.docx")
    assert said.startswith(
        "budget.docx ser ut att vara en budget (”Mål och budget 2022” överst och en tabell med "
        "belopp), inte en ärendelista."
    )
    assert said.endswith("En budget läses in i fliken Budget med Importera….")


def test_a_kallelse_listing_a_reglemente_and_a_budget_is_read() -> None:
    """Its ärenden name such documents; the list is read, not refused."""
    data = _document(
        "KALLELSE",
        "Kommunfullmäktige 2021-12-13",
        "1. Val av justerare",
        "2. Reglemente för socialnämnden",
        "3. Mål och budget 2022",
        "4. Revidering av delegationsordning",
    )
    read = read_agenda(data, "kallelse.docx")
    assert read.numbers == [1, 2, 3, 4]
    assert read.items[1].title == "Reglemente för socialnämnden"
