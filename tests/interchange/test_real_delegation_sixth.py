"""The sixth set of real-structure delegationsordningar (real_delegation_sixth): the parts of
each document besides its points, which are held with the other sets' in
test_real_delegation_documents (and their words against the file's XML in
test_real_delegation_fourth)."""

from __future__ import annotations

from ksdesk.core.delegation_checks import check_version
from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_kontoret import KONTORET_PARTS
from tests.interchange.test_real_delegation_documents import _read


def test_avsnitt_and_lagsta_beslutsniva_are_the_number_and_the_delegate(tmp_path) -> None:
    """The förvaltning's tables: "Avsnitt | Lagrum | Ärende | Lägsta beslutsnivå | Anmäls
    till/anmärkning". Before, no column was Nr or Delegat and the file was refused."""
    _, version, report, _ = _read("kontoret", tmp_path)
    assert [c.part for c in version.chapters] == KONTORET_PARTS
    assert version.column_headings["nr"] == "Avsnitt"
    assert version.column_headings["delegat"] == "Lägsta beslutsnivå"
    assert not report.unknown_columns


def test_a_star_note_under_the_starred_roles_in_their_cell(tmp_path) -> None:
    _, _, report, _ = _read("kontoret", tmp_path)
    (line,) = [line for line in report.changed if line.text.startswith("*")]
    assert (line.where, line.text) == ("Punkt 1.2.3", "*Efter fullmakt från direktör")
    assert line.why.startswith("anmärkning i Delegat-cellen")


def test_a_chapter_column_named_avsnitt_beside_a_nr_column_stays_the_chapter(tmp_path) -> None:
    path = tmp_path / "o.csv"
    path.write_text("Avsnitt;Nr;Ärende;Delegat\nEkonomi;1;Attest;Ekonomichef\n", encoding="utf-8")
    version, _ = read_file(path)
    assert [(c.title, p.nr) for c, p in version.all_points()] == [("Ekonomi", "1")]


def test_revisions_written_as_the_organs_short_name_and_decisions(tmp_path) -> None:
    _, version, _, _ = _read("kfn", tmp_path)
    assert [(r.beslut, r.text) for r in version.revisions] == [
        ("KFN 2016-03-17 § 21", "Reviderad"),
        ("KFN 2017-02-16 § 9", "Reviderad"),
        ("KFN 2018-09-20 § 110", "Reviderad"),
    ]
    assert version.header["Dokumentnamn"] == "Delegationsordning för kultur- och fritidsnämnden"


def test_a_header_whose_proposal_left_values_empty(tmp_path) -> None:
    """ "Diarienummer:" with no value no longer takes the line under it as its value, nor
    "Gäller fr.o.m" the line "Gäller t.o.m. Tillsvidare"."""
    _, version, _, _ = _read("kfn_proposal", tmp_path)
    header = version.header
    assert (header["Diarienummer"], header["Giltigt från"]) == ("", "")
    assert header["Giltigt till"] == "Tillsvidare"
    assert header["Dokumentansvarig"] == "Kultur- och fritidschef"
    # A label ksdesk does not know stays where the document has it, not under another.
    assert "Beslutande: Kultur- och fritidsnämnden" in version.intro[0].text
    messages = [f.message for f in check_version(version) if f.code == "platshallare"]
    assert 'Platshållare i inledningen: "xx". Fyll i rätt uppgift.' in messages


def test_the_numbered_list_of_what_may_not_be_delegated_stays_the_introduction(
    tmp_path,
) -> None:
    _, version, _, _ = _read("ofn", tmp_path)
    text = version.intro[-1].text
    assert "1. ärenden som avser verksamhetens mål" in text
    assert "5. ärenden som enligt lag eller annan författning inte får delegeras." in text
    assert [(r.beslut, r.text) for r in version.revisions] == [
        ("överförmyndarnämnden den 19 februari 2019, § 28", "Ändrad")
    ]
