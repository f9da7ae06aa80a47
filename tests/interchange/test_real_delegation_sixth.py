"""The sixth set of real-structure delegationsordningar (real_delegation_sixth): the parts of
each document besides its points, which are held with the other sets' in
test_real_delegation_documents (and their words against the file's XML in
test_real_delegation_fourth)."""

from __future__ import annotations

from ksdesk.core.delegation_checks import check_version
from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_kontoret import KONTORET_PARTS
from tests.interchange.real_delegation_seventh import FSN_HEADER_FIELDS, VARGARDA_REVISIONS
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
    # A label ksdesk does not know is not put under another. Among the header's "Label:
    # value" lines it is a field of its own (eleventh round: it stayed in the introduction,
    # apart from the fields it stands with).
    assert header["Beslutande"] == "Kultur- och fritidsnämnden"
    assert "Beslutsinstans" not in header
    assert "Beslutande" not in version.intro[0].text
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


def test_unnumbered_headings_three_deep_are_part_chapter_and_the_points_heading(
    tmp_path,
) -> None:
    """The social- och arbetsmarknadsnämnd: "Övergripande ärenden" / "Allmänna ärenden" /
    "Anmälan till överförmyndare" over the first table. Before, the first table's chapter was
    "Allmänna ärenden" with the next heading as its sub-title, the part was a report line and
    "Utredning" a sub-title of "Handläggning av barn och unga"."""
    _, version, report, _ = _read("san", tmp_path)
    assert [(c.part, c.title, p.heading) for c, p in version.all_points()] == [
        ("Övergripande ärenden", "Allmänna ärenden", "Anmälan till överförmyndare"),
        ("Övergripande ärenden", "Allmänna ärenden", "Polisanmälan"),
        ("Handläggning av barn och unga", "Utredning", ""),
        ("Handläggning av barn och unga", "Utredning", ""),
    ]
    assert not [c.subtitle for c in version.chapters if c.subtitle]
    assert not [line for line in report.dropped if line.text == "Övergripande ärenden"]
    assert version.header["Dokumentnamn"] == (
        "Delegationsförteckning SOCIAL- OCH ARBETSMARKNADSNÄMND"
    )


def test_a_header_table_with_labels_of_its_own_and_a_decision_line_with_its_dnr(
    tmp_path,
) -> None:
    _, version, report, _ = _read("son", tmp_path)
    header = version.header
    assert header["Giltighetstid"] == "Till dess att nytt beslut tas"
    assert header["Tidpunkt för aktualitetsprövning"] == "1 gång per mandatperiod"
    assert header["Andra tillhörande dokument"] == "Sektorschef vidaredelegation"
    assert (header["Beslutsinstans"], header["Beslutad"]) == (
        "Socialnämnden",
        "10 januari 2019, § 4",
    )
    assert header["Diarienummer"] == "SON2018.0097"
    assert not [line for line in report.dropped if line.why.endswith("utan känd rubrik")]
    assert [s.heading for s in version.intro] == [
        "1 Delegationsordning för socialnämnden",
        "1.1 Vad är delegering?",
    ]


def test_rows_of_labels_over_values_with_slashes_and_a_merged_label_row(tmp_path) -> None:
    """The fastighets- och servicenämnd's header: "Fastställd/upprättad" is Beslutad,
    "Dokumentansvarig/processägare" Dokumentansvarig, and "Dokumentinformation | Dokumentet
    gäller för" (merged cells) over their values a row of labels too; "Sid 2" typed at the
    top of a page is page furniture, not the introduction."""
    _, version, report, _ = _read("fsn", tmp_path)
    header = {name: version.header.get(name) for name in FSN_HEADER_FIELDS}
    assert header == FSN_HEADER_FIELDS
    assert version.header["Dokumentinformation"].startswith("Anger till vem")
    assert not [line for line in report.dropped if line.why.endswith("utan känd rubrik")]
    assert [line.text for line in report.dropped if line.where == "Sidhuvud eller sidfot"] == [
        "Sid 2"
    ]
    assert not any("Sid 2" in s.text for s in version.intro)


def test_decisions_written_day_then_organ_then_paragraph_are_revisions(tmp_path) -> None:
    _, version, _, _ = _read("vargarda", tmp_path)
    assert [(r.beslut, r.text) for r in version.revisions] == VARGARDA_REVISIONS
    assert "Beslutad" not in version.header and "Senast reviderad" not in version.header


def test_the_decisions_in_a_footnote_on_the_title_are_revisions(tmp_path) -> None:
    """Sundbyberg's stadsmiljö- och tekniska nämnd: before, the footnote was a report line
    ("fotnot till ett stycke utanför inledningen") and the revision table empty."""
    _, version, report, _ = _read("stn", tmp_path)
    assert [(r.beslut, r.text) for r in version.revisions] == [
        ("nämndens sammanträde den 2 januari 2015, § 1", "Antagen"),
        ("nämndens sammanträde den 26 januari 2015, § 12", "Reviderad"),
    ]
    assert version.header["Giltigt från"] == "2 februari 2015"
    assert not report.dropped
    (line,) = [line for line in report.changed if line.where.startswith("Fotnot till titeln")]
    assert line.why == "fotnot till titeln: står i revisionstabellen"


def test_a_header_table_of_labels_without_colons_and_a_page_header_of_several_fields(
    tmp_path,
) -> None:
    """The bygg-, miljö- och hälsoskyddsnämnd: "Uppföljning | Vid behov …" rows are fields
    of their own (before, report lines), and "Beslutsdatum: 2018-12-19 Diarienummer: …
    Dokumentnamn: …" in Word's page header is three fields, not one Beslutad of the whole
    line."""
    _, version, report, _ = _read("bmhn", tmp_path)
    header = version.header
    assert header["Uppföljning"] == "Vid behov och inför varje ny mandatperiod"
    assert header["Beslutsnivå- och datum"].startswith("Bygg-, miljö- och hälsoskyddsnämnden")
    assert header["Beslutad"] == "2018-12-19"
    assert header["Diarienummer"] == "2018KS/1401"
    assert not [line for line in report.dropped if line.why.endswith("utan känd rubrik")]


def test_values_under_a_row_of_labels_are_never_labels_of_their_own(tmp_path) -> None:
    """A variant of the fastighets- och servicenämnd's header (ours): two labels over two
    values, no figure in either value."""
    import docx

    from tests.interchange.real_delegation_documents import VARA_HEADER, _table

    document = docx.Document()
    _table(document, None, [["Beslutsinstans", "Dokumentansvarig"], ["Nämnden", "Kanslichef"]])
    _table(document, VARA_HEADER, [["1", "Yttranden", "Kanslichef", "", "", ""]])
    path = tmp_path / "o.docx"
    document.save(str(path))
    version, _ = read_file(path)
    assert version.header == {"Beslutsinstans": "Nämnden", "Dokumentansvarig": "Kanslichef"}
