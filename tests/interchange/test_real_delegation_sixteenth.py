"""Round 16: the delegeringsförteckningar of Kungsbacka's nämnder for Individ & Familjeomsorg
and Vård & Omsorg (real_delegation_sixteenth), and what reading them found: a later table
naming a column otherwise than the first ("Anmärkning/villkor" after "Anmärkning") and the
page header's "Delegeringsförteckning  Kungsbacka kommun" were lost without a word in the
report, and "Delegaten i ursprungsbeslutet, nämndsekreterare" was read as one delegate."""

from __future__ import annotations

from pathlib import Path

import docx

from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_rounds import point_fields, read_built
from tests.interchange.real_delegation_documents import _table
from tests.interchange.real_delegation_sixteenth import IFO, VO, write_ifo, write_vo


def test_every_point_of_vard_och_omsorg_is_read_as_written(tmp_path: Path) -> None:
    version, _report = read_built(write_vo, tmp_path)
    assert point_fields(version) == VO


def test_every_point_of_individ_och_familjeomsorg_is_read_as_written(tmp_path: Path) -> None:
    # 4.3.36 names "Tjänsteman enligt särskilt förordnande då utskottets beslut inte kan
    # avvaktas" under Utskott: a second delegate, who decides on a condition. It was read as
    # a condition alone and moved to Anmärkning; it is a delegate with its condition, and
    # the report says so.
    version, report = read_built(write_ifo, tmp_path)
    assert point_fields(version) == IFO
    lines = [(line.text, line.why) for line in report.changed if line.where == "Punkt 4.3.36"]
    assert lines == [
        (
            "Tjänsteman enligt särskilt förordnande då utskottets beslut inte kan avvaktas",
            "en delegat på ett villkor (”då …”): läses som delegat, villkoret står kvar i rollen",
        )
    ]


def _document(path: Path, headers: list[list[str]], page_header: str = "") -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = page_header
    document.add_paragraph("Delegeringsförteckning", style="Title")
    for at, header in enumerate(headers, start=1):
        document.add_heading(f"{at}. Kapitel {at}", 1)
        _table(document, header, [[f"{at}.1", "Yttrande", "Enhetschef", ""]])
    document.save(str(path))


def test_a_later_tables_own_name_of_a_column_is_a_report_line(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    first = ["Nr", "Delegeringens omfattning", "Delegerat till", "Anmärkning"]
    _document(path, [first, [*first[:3], "Anmärkning/villkor"], first])
    version, report = read_file(path)
    assert version.column_headings == {
        "arende": "Delegeringens omfattning",
        "delegat": "Delegerat till",
    }
    lines = [(line.text, line.why) for line in report.changed if "villkor" in line.text]
    assert lines == [
        (
            "kolumnen ”Anmärkning/villkor”",
            "samma kolumn som ”Anmärkning” i tabellerna före: läses som den",
        )
    ]


def test_a_page_headers_kommun_is_named_in_the_report_once(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    header = ["Nr", "Ärende", "Delegat", "Anmärkning"]
    _document(path, [header, header], "Delegeringsförteckning\tKungsbacka kommun")
    _version, report = read_file(path)
    lines = [line for line in report.read if "Kungsbacka" in line]
    assert lines == ["Sidhuvud i Word, läses inte in: Delegeringsförteckning Kungsbacka kommun"]


def test_a_page_header_saying_only_the_title_is_no_line(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    header = ["Nr", "Ärende", "Delegat", "Anmärkning"]
    _document(path, [header], "Delegeringsförteckning\tSida 2 av 9")
    _version, report = read_file(path)
    assert not [line for line in report.read if "Sidhuvud" in line]


def test_the_delegate_of_the_first_decision_and_a_role_after_a_comma(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    document = docx.Document()
    row = ["3.4.1", "Omprövning vid överklagan", "Delegaten i ursprungsbeslutet, nämndsekreterare"]
    _table(document, ["Nr", "Ärende", "Delegat"], [row])
    document.save(str(path))
    version, _report = read_file(path)
    (point,) = [p for _, p in version.all_points()]
    assert point.delegat == ["Delegaten i ursprungsbeslutet", "nämndsekreterare"]


def test_an_adoption_by_two_namnder_and_two_revisions_are_four_rows(tmp_path: Path) -> None:
    # The front page of the IFO document: the two nämnder it was first adopted by, each on its
    # day, then the days it was revised; and its Dnr alone under the nämnd's name.
    version, report = read_built(write_ifo, tmp_path)
    assert [(r.beslut, r.text) for r in version.revisions] == [
        ("nämnden för Individ & Familjeomsorg 2018-12-12", "Antagen"),
        ("nämnden för Funktionsstöd 2018-12-11", "Antagen"),
        ("nämnden för Individ & Familjeomsorg 2024-10-17", "Senast reviderad"),
        ("nämnden för Individ & Familjeomsorg 2025-06-12", "Senast reviderad"),
    ]
    assert version.header["Diarienummer"] == "IF 2025-00116"
    assert "IF 2025-00116" not in "".join(s.text for s in version.intro)
    assert any(line.text == "IF 2025-00116" for line in report.changed)


def test_gäller_från_och_med_under_the_title_is_the_day_it_applies_from(tmp_path: Path) -> None:
    # The nämnd's beslut (IFO 2025-06-12 § 74) says "Beslutet gäller från och med 2025-07-01";
    # a secretary writes it under the title so: "och med" was read as part of the day.
    path = tmp_path / "d.docx"
    document = docx.Document()
    document.add_paragraph("Delegeringsförteckning", style="Title")
    document.add_paragraph("Gäller från och med 2025-07-01")
    document.add_heading("1. Allmänt", 1)
    _table(document, ["Nr", "Ärende", "Delegat"], [["1.1", "Yttrande", "Enhetschef"]])
    document.save(str(path))
    version, _report = read_file(path)
    assert version.header["Giltigt från"] == "2025-07-01"
