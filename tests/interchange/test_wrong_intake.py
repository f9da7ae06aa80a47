"""The right kind of document for the wrong intake (interchange/wrong_intake.py): a real
ärendelista pasted as a budget table became a sheet of its rows, a real tjänsteskrivelse
pasted as the nämnd's members gave ledamöter, a delegationsordning chosen as a
tjänsteskrivelse was read as one. Each is refused saying what it seems to be and where it
is read in; every real document of the intake's own kind is still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.docx_as_text import docx_as_text
from ksdesk.interchange.wrong_intake import (
    BUDGET_INTAKE,
    MEMBERS_INTAKE,
    refuse_wrong_kind,
    text_rows,
)
from ksdesk.services import budget, delegation_import, organ_members, tjansteskrivelse_import
from tests.interchange.real_agendas import REAL_AGENDAS, build
from tests.interchange.real_budget_tables import TABLES
from tests.interchange.real_budget_third import paste_lines
from tests.interchange.real_delegation_documents import write_vara
from tests.interchange.real_members_expected import EXPECTED
from tests.interchange.real_members_more_expected import EXPECTED_MORE
from tests.interchange.real_members_sixth_expected import EXPECTED_SIXTH
from tests.interchange.real_tjansteskrivelser import write_ludvika_437

_AGENDA = REAL_AGENDAS[0]


def _pasted_agenda() -> str:
    return "\n".join("\t".join(row) for row in (_AGENDA.header, *_AGENDA.rows))


def _word_text(path: Path) -> str:
    return docx_as_text(path.read_bytes(), path.name, ImportReport("fil", path.name)).decode()


def test_a_real_agenda_pasted_as_a_budget_table_is_refused_as_one() -> None:
    with pytest.raises(InvalidInput) as refused:
        budget.read_pasted(_pasted_agenda(), "Klistrat", "tkr")
    said = str(refused.value)
    assert said.startswith(
        "Den inklistrade texten ser ut att vara en ärendelista (en rubrikrad med kolumnen ”"
    )
    assert "inte en budgettabell" in said and "i fliken Kallelse: välj Importera…" in said


def test_a_real_agenda_file_is_refused_as_a_budget_sheet(tmp_path: Path) -> None:
    data, name = build(_AGENDA)
    (tmp_path / name).write_bytes(data)
    with pytest.raises(InvalidInput, match=rf"{name} ser ut att vara en ärendelista"):
        budget.read_with_report(tmp_path / name, "Blad", "tkr")


def test_a_real_tjansteskrivelse_pasted_as_members_is_refused_as_one(tmp_path: Path) -> None:
    write_ludvika_437(tmp_path / "ts.docx")
    with pytest.raises(InvalidInput) as refused:
        organ_members.members_from_text(_word_text(tmp_path / "ts.docx"), [])
    said = str(refused.value)
    assert said.startswith("Den inklistrade texten ser ut att vara en tjänsteskrivelse (")
    assert "inte en lista över ledamöter och ersättare" in said
    assert "Tjänsteskrivelse från Word eller PDF till markerat ärende" in said


def test_a_real_delegationsordning_chosen_as_a_tjansteskrivelse_is_refused(
    tmp_path: Path,
) -> None:
    write_vara(tmp_path / "vara.docx")
    with pytest.raises(InvalidInput) as refused:
        tjansteskrivelse_import.read_file(tmp_path / "vara.docx")
    said = str(refused.value)
    assert said.startswith("vara.docx ser ut att vara en delegationsordning (")
    assert "inte en tjänsteskrivelse" in said and "i fliken Delegation: välj Importera…" in said


def test_a_real_tjansteskrivelse_chosen_as_a_delegationsordning_is_refused(
    tmp_path: Path,
) -> None:
    write_ludvika_437(tmp_path / "ts.docx")
    with pytest.raises(InvalidInput, match=r"ts\.docx ser ut att vara en tjänsteskrivelse"):
        delegation_import.read_file(tmp_path / "ts.docx")


def test_a_real_delegationsordning_is_still_read_as_one(tmp_path: Path) -> None:
    write_vara(tmp_path / "vara.docx")
    version, _report = delegation_import.read_file(tmp_path / "vara.docx")
    assert version.chapters


@pytest.mark.parametrize("table", TABLES, ids=lambda table: table.name)
def test_no_real_budget_table_is_refused_as_another_kind(table) -> None:
    refuse_wrong_kind(text_rows(paste_lines(table)), "Texten", BUDGET_INTAKE)


def test_no_real_members_list_is_refused_as_another_kind() -> None:
    """A protokoll's first page among them (Katrineholm's) is one of the members intake's."""
    texts = [
        entry[0] for lists in (EXPECTED, EXPECTED_MORE, EXPECTED_SIXTH) for entry in lists.values()
    ]
    assert len(texts) > 20
    for text in texts:
        refuse_wrong_kind(text_rows(text), "Texten", MEMBERS_INTAKE)


def test_a_real_delegationsordning_chosen_as_a_list_of_delegationsbeslut_is_refused(
    tmp_path: Path, demo_store
) -> None:
    """Its table gave two "beslut" (its points with a Delegat); a list of delegationsbeslut
    has a Delegat column too, so only a document its head names is refused."""
    from ksdesk.services import delegationsbeslut_import
    from tests.interchange.real_delegation_sixth import write_kfn

    write_kfn(tmp_path / "kfn.docx")
    with pytest.raises(InvalidInput) as refused:
        delegationsbeslut_import.read_file(demo_store, tmp_path / "kfn.docx")
    said = str(refused.value)
    assert said.startswith("kfn.docx ser ut att vara en delegationsordning (”Delegationsordning”")
    assert "inte en lista över delegationsbeslut" in said and "fliken Delegation" in said
