"""The ärendelistor of real_agendas_third.py imported row by row, and the shapes they brought
that were read wrong: sekretess marks, "Anmälan av övriga frågor" without a number."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agendas import RealAgenda, rows_read
from tests.interchange.real_agendas_third import (
    LYSEKIL_SOCN_2016,
    THIRD_AGENDAS,
    TYRESO_BN_2011,
    build_third,
)


def rows_of(agenda: RealAgenda) -> tuple[list[tuple], list[tuple]]:
    """(what the import made of each row, what the kommun meant), field by field."""
    return rows_read(agenda, build_third(agenda))


@pytest.mark.parametrize("agenda", THIRD_AGENDAS, ids=lambda a: a.name)
def test_every_row_of_a_third_real_agenda_is_read_as_its_kommun_meant_it(
    agenda: RealAgenda,
) -> None:
    got, expected = rows_of(agenda)
    assert got == expected


def test_the_marks_of_lysekil_are_secret_items_and_the_report_says_so() -> None:
    result = read_agenda(*build_third(LYSEKIL_SOCN_2016))
    said = [(line.where, line.text) for line in result.report.changed]
    assert ("Rad 17", "sluten del") in said
    warned = [line.sentence() for line in result.report.warnings]
    assert any("Anmälan ordförandebeslut" in w and "utan paragraf i OSL" in w for w in warned)


def test_a_partly_closed_arende_stays_public_and_the_report_says_what_to_check() -> None:
    """Lysekil's kallelse prints "Serveringstillstånd, Restaurang Sjökanten, Lysekil (delvis
    sluten del)" in the open: part of the ärende is closed, not its title. The secretary is
    told to look through its tjänsteskrivelse and bilagor."""
    result = read_agenda(*build_third(LYSEKIL_SOCN_2016))
    partly = [i for i in result.items if "delvis sluten del" in i.title]
    assert len(partly) == 2 and not any(i.secret for i in partly)
    assert not any("delvis" in line.text for line in result.report.changed)
    warned = {line.where: line.sentence() for line in result.report.warnings}
    assert "Brasseri Sjökanten, Lysekil” har en delvis sluten del" in warned["Rad 23"]
    assert "kontrollera tjänsteskrivelsen och bilagorna" in warned["Rad 23"]


def test_partly_secret_in_either_wording_is_no_secret_item() -> None:
    text = (
        "Nr;Ärende\n1;Tillsyn enligt alkohollagen (delvis sekretess)\n"
        "2;Bygglov, delvis sluten del\n"
    )
    result = read_agenda(text.encode(), "l.csv")
    assert [(i.title, i.secret) for i in result.items] == [
        ("Tillsyn enligt alkohollagen (delvis sekretess)", False),
        ("Bygglov, delvis sluten del", False),
    ]
    assert [line.where for line in result.report.warnings] == ["Rad 2", "Rad 3"]


def test_partly_in_the_sekretess_column_is_no_secret_item_either() -> None:
    text = "Nr;Ärende;Sekretess\n1;Tillsyn enligt alkohollagen;Delvis\n2;Placering;Ja\n"
    result = read_agenda(text.encode(), "l.csv")
    assert [i.secret for i in result.items] == [False, True]
    warned = {line.where: line.sentence() for line in result.report.warnings}
    assert "”Tillsyn enligt alkohollagen” har en delvis sluten del" in warned["Rad 2"]


_OSL = "26 kap. 1 § OSL"


@pytest.mark.parametrize(
    ("title", "left", "ref"),
    [
        ("Placering enligt LVU – Sekretess enligt 26 kap. 1 § OSL", "Placering enligt LVU", _OSL),
        ("Individärenden enligt SoL (sekretess)", "Individärenden enligt SoL", ""),
        ("Yttrande till tingsrätten, sekretess 26 kap 1§ OSL", "Yttrande till tingsrätten", _OSL),
        ("Överklagan, OBS!! SEKRETESSÄRENDE", "Överklagan", ""),
        (
            "Ansökan om vård (Sekretessärende: 26 kap. 1 § offentlighets- och sekretesslagen)",
            "Ansökan om vård",
            _OSL,
        ),
    ],
)
def test_a_secrecy_mark_in_the_title_makes_a_secret_item(title: str, left: str, ref: str) -> None:
    item = read_agenda(f"Nr;Ärende\n5;{title}\n".encode(), "l.csv").items[0]
    assert (item.title, item.secret, item.secrecy_ref) == (left, True, ref)


def test_a_word_about_secrecy_inside_a_title_is_no_mark() -> None:
    text = (
        "Nr;Ärende\n1;Sekretess vid utlämnande av allmänna handlingar\n"
        "2;Riktlinjer för sekretess\n3;Ändrad sluten del av lokalen\n"
    )
    items = read_agenda(text.encode(), "l.csv").items
    assert [(i.title, i.secret) for i in items] == [
        ("Sekretess vid utlämnande av allmänna handlingar", False),
        ("Riktlinjer för sekretess", False),
        ("Ändrad sluten del av lokalen", False),
    ]


def test_a_sekretess_column_marks_the_rows_it_says_yes_to() -> None:
    text = (
        "Nr;Ärende;Sekretess\n"
        "1;Individärende;26 kap. 1 § OSL\n"
        "2;Taxor 2026;Nej\n"
        "3;Placering;Ja\n"
        "4;Tillsyn;kanske\n"
    )
    result = read_agenda(text.encode(), "l.csv")
    assert [(i.secret, i.secrecy_ref) for i in result.items] == [
        (True, "26 kap. 1 § OSL"),
        (False, ""),
        (True, ""),
        (True, ""),
    ]
    warned = [line.sentence() for line in result.report.warnings]
    assert any("”kanske”" in w for w in warned)
    assert any("Placering" in w and "utan paragraf i OSL" in w for w in warned)
    assert result.report.unknown_columns == []


def test_a_secret_row_without_number_is_no_heading() -> None:
    text = "Nr;Ärende\n1;Taxor\n;Individärenden enligt SoL (sekretess)\n2;Budget\n"
    item = read_agenda(text.encode(), "l.csv").items[1]
    assert (item.is_section, item.secret) == (False, True)


def test_a_secret_import_prints_only_a_neutral_title_in_the_public_kallelse(
    store, tmp_path: Path
) -> None:
    from ksdesk.core.kallelse import PUBLIC_SECRET_TITLE
    from ksdesk.services import agenda_imports, meetings

    meeting, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2026, 9, 1), time(9))
    path = tmp_path / "lista.csv"
    path.write_text(
        "Nr;Ärende\n5;Placering enligt LVU, sekretess enligt 26 kap. 1 § OSL\n6;Taxor\n",
        encoding="utf-8",
    )
    saved = agenda_imports.import_agenda(store, meeting.id, path).meeting
    secret = next(i for i in saved.items if i.title == "Placering enligt LVU")
    assert (secret.secret, secret.secrecy_ref) == (True, "26 kap. 1 § OSL")
    from ksdesk.core.kallelse import public_title

    assert public_title(secret) == f"{PUBLIC_SECRET_TITLE} (26 kap. 1 § OSL)"


def test_a_secret_row_merged_into_a_standing_item_keeps_its_mark() -> None:
    from ksdesk.core.agenda_merge import merge_agenda
    from ksdesk.core.import_report import ImportReport
    from ksdesk.core.meeting import Arende

    standing = Arende(title="Information", is_standard=True, kind="information")
    imported = read_agenda("Nr;Ärende\n1;Information (sekretess)\n".encode(), "l.csv")
    agenda = merge_agenda(
        [standing], imported.items, imported.numbers, imported.rows, [], ImportReport("d", "")
    )
    assert [(i.title, i.secret) for i in agenda] == [("Information", True)]
    assert standing.secret is False  # the meeting's own item is copied, never changed


@pytest.mark.parametrize(
    ("cell", "title", "presenter"),
    [
        ("Taxor\nPolitiskt föredragande: Karin Berg (M)", "Taxor", "Karin Berg (M)"),
        ("Taxor (Föredragande: Eva Lund)", "Taxor", "Eva Lund"),
        ("Taxor, föredragande Anna Sjö (M) och Bo Ek (S)", "Taxor", "Anna Sjö (M) och Bo Ek (S)"),
    ],
)
def test_the_party_after_a_presenter_in_the_title_stays_with_the_name(
    cell: str, title: str, presenter: str
) -> None:
    text = f'Nr;Ärende\n1;"{cell}"\n'
    item = read_agenda(text.encode(), "l.csv").items[0]
    assert (item.title, item.presenter) == (title, presenter)


def test_under_arende_foredragande_the_last_line_of_a_cell_is_who_presents_it() -> None:
    text = (
        "Nr;Ärende/Föredragande;Dnr\n"
        '1;"Information GDPR\nPer Ask";\n'
        '2;"Anmälan av motioner\nMotion om 30 km/h i centrum.";\n'
        "3;Upprop;\n"
    )
    result = read_agenda(text.encode(), "l.csv")
    assert [(i.title, i.presenter) for i in result.items] == [
        ("Information GDPR", "Per Ask"),
        ("Anmälan av motioner Motion om 30 km/h i centrum.", ""),
        ("Upprop", ""),
    ]
    assert ("Per Ask", "sista raden i ”Ärende/Föredragande” lästes som föredragande") in [
        (line.text, line.why) for line in result.report.changed
    ]


def test_under_arende_alone_a_second_line_stays_in_the_title() -> None:
    text = 'Nr;Ärende\n1;"Information GDPR\nPer Ask"\n'
    item = read_agenda(text.encode(), "l.csv").items[0]
    assert (item.title, item.presenter) == ("Information GDPR Per Ask", "")


def test_a_diarium_report_keeps_its_fastigheter_date_and_hidden_column_in_the_report() -> None:
    result = read_agenda(*build_third(TYRESO_BN_2011))
    assert result.meeting_date == date(2011, 11, 24)
    assert [line.text for line in result.report.unknown_columns] == ["Id", "Inkom"]
    assert not any("Fastighet" in line.why for line in result.report.dropped)
    said = [(line.where, line.text, line.why) for line in result.report.changed]
    assert ("Rad 7", "Näsby 4:404, Vendelsövägen 48", "fastigheten står först i rubriken") in said


def test_a_column_not_read_in_is_one_report_line_naming_its_rows_and_values() -> None:
    # A diarium's id and Inkom columns were a line per cell: twenty lines saying one thing.
    result = read_agenda(*build_third(TYRESO_BN_2011))
    columns = [line for line in result.report.dropped if line.where.startswith("Kolumnen")]
    assert [(line.where, line.why) for line in columns] == [
        ("Kolumnen ”Id”", "10 celler på rad 5–14, läses inte in"),
        ("Kolumnen ”Inkom”", "10 celler på rad 5–14, läses inte in"),
    ]
    assert columns[0].text.startswith("48213, 48377, 48402")
    assert not any(line.where.startswith("Rad 5") for line in result.report.dropped)


def test_a_column_with_gaps_names_its_rows_as_runs() -> None:
    text = "Ärende;Id\nA;1\nB;2\nC;\nD;4\nE;5\n"
    (line,) = read_agenda(text.encode(), "l.csv").report.dropped
    assert (line.where, line.text, line.why) == (
        "Kolumnen ”Id”",
        "1, 2, 4, 5",
        "4 celler på rad 2–3, 5–6, läses inte in",
    )


def test_lysekils_opening_items_are_the_standing_items_not_added_twice(
    store, tmp_path: Path
) -> None:
    from ksdesk.services import agenda_imports, meetings

    meeting, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2016, 5, 25), time(8))
    path = tmp_path / "lysekil.csv"
    path.write_bytes(build_third(LYSEKIL_SOCN_2016)[0])
    result = agenda_imports.import_agenda(store, meeting.id, path, dry_run=True)
    titles = [i.title for i in result.meeting.items]
    assert titles[:2] == ["Upprop samt val av justerare", "Anmälan av övriga frågor"]
    assert "Anmälan av extra ärenden" not in titles and "Val av justerare" not in titles
    merged = [line.text for line in result.report.merged]
    assert "”Anmälan av övriga frågor” = ”Anmälan av extra ärenden”" in merged


def test_a_list_copied_out_of_word_without_its_rubrikrad_is_read() -> None:
    text = (
        "1.\tUpprop\n2.\tVal av justerare\n3.\tTaxor 2026\tKS 2025/12\n"
        "12 a\tDetaljplan Norr\tKS 2025/13\n\tBeslutsärenden\n13\tBudget\t\tEva Ek\n"
    )
    result = read_agenda(text.encode(), "lista.txt")
    rows = zip(result.numbers, result.items, strict=True)
    assert [(n, i.title, i.dnr, i.is_section) for n, i in rows] == [
        (1, "Upprop", "", False),
        (2, "Val av justerare", "", False),
        (3, "Taxor 2026", "KS 2025/12", False),
        (12, "Detaljplan Norr", "KS 2025/13", False),
        (None, "Beslutsärenden", "", True),
        (13, "Budget", "", False),
    ]
    said = [line.sentence() for line in result.report.changed + result.report.dropped]
    assert (
        "Filen: ingen rubrikrad (läses som Nr i kolumn 1, Ärende i kolumn 2, Dnr i kolumn 3)"
        in said
    )
    assert "Rad 6: Eva Ek (i kolumnen ”utan rubrik”)" in said


def test_a_list_of_titles_without_numbers_or_rubrikrad_is_still_refused() -> None:
    with pytest.raises(InvalidInput, match="kolumnen Ärende saknas"):
        read_agenda(b"Taxor\tKS 2025/12\nBudget\tKS 2025/13\n", "lista.txt")


def test_the_arenden_under_a_heading_that_names_sekretess_are_secret_until_the_next() -> None:
    text = (
        "Nr;Ärende\n1;Taxor\n;Sekretessärenden\n2;Ansökan om bistånd\n3;Placering\n"
        ";Övriga ärenden\n4;Budget\n"
    )
    result = read_agenda(text.encode(), "l.csv")
    assert [(i.title, i.is_section, i.secret) for i in result.items] == [
        ("Taxor", False, False),
        ("Sekretessärenden", True, False),
        ("Ansökan om bistånd", False, True),
        ("Placering", False, True),
        ("Övriga ärenden", True, False),
        ("Budget", False, False),
    ]
    said = [line.sentence() for line in result.report.changed]
    assert (
        "Rad 4: ”Ansökan om bistånd” (står under ”Sekretessärenden”: markeras med sekretess)"
        in said
    )


def test_a_margin_column_naming_groups_of_arenden_gives_heading_rows() -> None:
    text = (
        "Område;Nr;Ärende;Dnr\n"
        ";1;Upprop;\n"
        "Individ och familj;2;Delårsbokslut;HN 2015/41\n"
        ";3;Delegeringsordning;HN 2015/8\n"
        "Övrigt;4;Anmälan av delegeringsbeslut;HN 2015/1\n"
    )
    result = read_agenda(text.encode(), "l.csv")
    rows = zip(result.numbers, result.items, strict=True)
    assert [(n, i.title, i.is_section) for n, i in rows] == [
        (1, "Upprop", False),
        (None, "Individ och familj", True),
        (2, "Delårsbokslut", False),
        (3, "Delegeringsordning", False),
        (None, "Övrigt", True),
        (4, "Anmälan av delegeringsbeslut", False),
    ]
    assert result.report.unknown_columns == [] and result.report.dropped == []
    unheaded = read_agenda(text.replace("Område;", ";", 1).encode(), "l.csv")
    assert [i.title for i in unheaded.items] == [i.title for i in result.items]
    said = [line.sentence() for line in unheaded.report.changed]
    assert "Rubrikraden: kolumn 1 (läses som rubrikrader)" in said


def test_a_margin_column_full_of_words_is_no_heading_column() -> None:
    # A column of notes on most rows is content of its own: named in the report, not headings.
    text = "Nr;Ärende;Anteckning\n1;Upprop;se bilaga\n2;Taxor;ny\n"
    result = read_agenda(text.encode(), "l.csv")
    assert [i.is_section for i in result.items] == [False, False]
    assert [line.text for line in result.report.unknown_columns] == ["Anteckning"]


def test_a_standing_item_named_among_the_parts_of_an_opening_row_is_not_added_twice(
    store, tmp_path: Path
) -> None:
    from ksdesk.services import agenda_imports, meetings
    from tests.interchange.real_agendas_third import SKOVDE_KF_2017

    meeting, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2017, 5, 22), time(18))
    data, name = build_third(SKOVDE_KF_2017)
    path = tmp_path / name
    path.write_bytes(data)
    result = agenda_imports.import_agenda(store, meeting.id, path, dry_run=True)
    titles = [i.title for i in result.meeting.items]
    assert titles[0] == "Inledning - Mötets öppnande - Val av protokolljusterare - Upprop"
    assert "Val av justerare" not in titles
    # The standing items the file lacks stand before its "Avslutning", never after it.
    assert titles[-4:] == [
        "Anmälan av extra ärenden",
        "Anmälan av delegationsbeslut",
        "Information",
        "Avslutning",
    ]
    warned = [line.text for line in result.report.warnings]
    assert "”Avslutning” har nr 14 i filen men blir nr 17 på dagordningen" in warned
