"""What an Ärende cell holds besides the ärende: an "Anmärkning:" line, and a Lagrum at its
end in a document without a Lagrum column."""

from __future__ import annotations

import pytest

from ksdesk.core.delegation import Point
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.delegation_fill import _cites_law, notes_out_of_arende


@pytest.mark.parametrize(
    ("arende", "lagrum_column", "left", "lagrum"),
    [
        ("Brådskande ärenden (6 kap. 36 § KL)", False, "Brådskande ärenden", "6 kap. 36 § KL"),
        ("Brådskande ärenden (KL 6 kap 36 §)", False, "Brådskande ärenden", "KL 6 kap 36 §"),
        ("Sekretessprövning enligt 6 kap. 3 § OSL", False, "Sekretessprövning", "6 kap. 3 § OSL"),
        # No paragraph: the words are the ärende's own.
        ("Avbryta upphandling enligt lagen om offentlig upphandling", False, None, ""),
        ("Yttrande enligt ordningslagen", False, None, ""),
        # In the middle, or with a Lagrum column of its own: left whole.
        ("Beslut enligt 6 kap. 36 § KL om brådskande ärenden", False, None, ""),
        ("Brådskande ärenden (6 kap. 36 § KL)", True, None, ""),
    ],
)
def test_a_lagrum_at_the_end_of_the_arende(arende, lagrum_column, left, lagrum) -> None:
    point = Point(nr="1", arende=arende)
    report = ImportReport("delegationsordning", "o.docx")
    notes_out_of_arende(point, lagrum_column, report)
    assert (point.arende, point.lagrum) == (left or arende, lagrum)
    assert len(report.changed) == (1 if lagrum else 0)


def test_an_anmarkning_line_under_the_arende() -> None:
    point = Point(
        nr="1.7", arende="Ompröva beslut\na) av nämnd\nAnmärkning: Rättelse är verkställighet."
    )
    point.anmarkning = "Anmäls"
    report = ImportReport("delegationsordning", "o.docx")
    notes_out_of_arende(point, True, report)
    assert (point.arende, point.anmarkning) == (
        "Ompröva beslut\na) av nämnd",
        "Rättelse är verkställighet.\nAnmäls",
    )
    assert report.changed[0].text == "Anmärkning: Rättelse är verkställighet."


def _real_cells(field: int) -> set[str]:
    """Every line of a field of the real documents' expected points (5 Lagrum, 6 Anmärkning)."""
    from tests.interchange.real_delegation_documents import REAL_DOCUMENTS
    from tests.interchange.real_delegation_fifth import FIFTH_DOCUMENTS
    from tests.interchange.real_delegation_fourth import FOURTH_DOCUMENTS
    from tests.interchange.real_delegation_more import MORE_DOCUMENTS
    from tests.interchange.real_delegation_third import THIRD_DOCUMENTS

    documents = [REAL_DOCUMENTS, MORE_DOCUMENTS, THIRD_DOCUMENTS, FOURTH_DOCUMENTS, FIFTH_DOCUMENTS]
    return {
        line.strip()
        for documents_of_a_set in documents
        for _build, expected in documents_of_a_set.values()
        for point in expected
        for line in point[field].split("\n")
        if line.strip()
    }


def test_every_real_lagrum_cell_reads_as_a_law_citation() -> None:
    lagrum = _real_cells(5)
    assert len(lagrum) > 20
    assert [line for line in lagrum if not _cites_law(line)] == []


@pytest.mark.parametrize(
    "line",
    ["6 kap. 7 § OSL", "SoL 4:1", "37 § FL", "2 kap 5 § LAS", "6 kap. 36 §", "Kommunallagen"],
)
def test_a_law_citation_is_lagrum(line: str) -> None:
    assert _cites_law(line)


@pytest.mark.parametrize(
    "line",
    [
        # A "§" of the kommun's own rules, not a law: a comment (it went under Lagrum).
        "Anmäls enligt § 5 i reglementet",
        "Se § 3 nedan",
        "Beslut enligt kommunallagen",  # a law, but no place in it: the comment's words
        "Anmäls till KS",
        # The comment line of the real "Lagrum, kommentar" column (vgr).
        "Anmäls från vidaredelegat till förvaltningschef som anmäler till regionstyrelsen",
    ],
)
def test_a_comment_is_not_lagrum(line: str) -> None:
    assert not _cites_law(line)


def test_a_comment_citing_a_rule_of_the_kommun_stays_a_comment(tmp_path) -> None:
    """A variant of vgr's real "Lagrum, kommentar" column (real_delegation_fourth): a law and,
    on the next line, a "§" of the reglemente."""
    import docx

    from ksdesk.services.delegation_import import read_file
    from tests.interchange.real_delegation_documents import _table
    from tests.interchange.real_delegation_fourth import VGR_HEADER

    document = docx.Document()
    document.add_heading("A Brådskande ärenden", 1)
    cell = "6 kap 36 § kommunallagen\nAnmäls enligt § 5 i reglementet"
    _table(document, VGR_HEADER, [["1", "Brådskande ärenden", "Ordförande", "", "", cell]])
    path = tmp_path / "vgr_variant.docx"
    document.save(str(path))
    version, _ = read_file(path)
    ((_, point),) = version.all_points()
    assert (point.lagrum, point.anmarkning) == (
        "6 kap 36 § kommunallagen",
        "Anmäls enligt § 5 i reglementet",
    )
