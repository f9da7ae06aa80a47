"""The second round's real lists of delegationsbeslut (tests/interchange/
real_beslut_lists_second.py), numbered 1., 2., 3. under the heading, read right from every
kind of file a secretary has them as; and the rules they showed, each on its own."""

from __future__ import annotations

import datetime as dt

import pytest

from ksdesk.interchange.beslut_item_dnr import SEVERAL_WHY, item_dnrs
from ksdesk.interchange.beslut_list import read_beslut_list
from ksdesk.interchange.beslut_text import split_point
from ksdesk.services import delegationsbeslut_import
from ksdesk.services.delegationsbeslut_import import ITEM_DNR
from tests.interchange.real_beslut_lists import (
    pdf_variant,
    pdfmaker_variant,
    text_file,
    xlsx_variant,
)
from tests.interchange.real_beslut_lists_second import (
    OSTHAMMAR_2017,
    SECOND_BESLUT_LISTS,
    docx_variant,
)

KINDS = {
    "txt": (text_file, "lista.txt"),
    "xlsx": (xlsx_variant, "lista.xlsx"),
    "pdf": (pdf_variant, "kallelse.pdf"),
    "pdf i bitar": (pdfmaker_variant, "kallelse.pdf"),
    "docx": (docx_variant, "lista.docx"),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("listed", SECOND_BESLUT_LISTS, ids=lambda listed: listed.name[:20])
def test_every_decision_of_a_numbered_list_is_read(listed, kind) -> None:
    build, name = KINDS[kind]
    read = read_beslut_list(build(listed), name)
    got = [(r.dnr, r.date, r.text, r.delegat, r.punkt) for r in read.rows]
    assert got == [(e.dnr, e.date, e.text, e.delegat, e.punkt) for e in listed.expected]


def test_the_kallelse_items_around_the_list_are_reported_not_read() -> None:
    read = read_beslut_list(text_file(OSTHAMMAR_2017), "kallelse.txt")
    lines = {(line.where, line.why) for _, section in read.report.sections() for line in section}
    # The kallelse's head, the sentence before the points and the next items.
    assert ("Rad 3", "står före listan över delegationsbeslut") in lines
    assert ("Rad 8", "står före listans första punkt") in lines
    assert ("Rad 13", "hör till nästa punkt på dagordningen") in lines
    assert ("Rad 17", "hör till nästa punkt på dagordningen") in lines


def test_numbers_that_do_not_run_on_from_one_are_the_next_agenda_item() -> None:
    text = "2. Anmälan av delegationsbeslut\n1. Yttrande om bygglov\n3. Information\n"
    read = read_beslut_list(text.encode(), "lista.txt")
    assert [r.text for r in read.rows] == ["Yttrande om bygglov"]
    text = "2 Anmälan av delegationsbeslut\nA. Yttrande om bygglov\n1. Information\n"
    assert [r.text for r in read_beslut_list(text.encode(), "l.txt").rows] == [
        "Yttrande om bygglov"
    ]


def test_a_kallelse_item_numbered_p_ends_the_list() -> None:
    text = "Redovisning av delegationsbeslut\nA. Yttrande\np. 3 Personärende\nA. Annat\n"
    assert [r.text for r in read_beslut_list(text.encode(), "l.txt").rows] == ["Yttrande"]


def test_the_diarieplan_code_after_the_number_belongs_to_the_dnr() -> None:
    assert split_point("Dnr 11.S0306 702 Tillfälligt serveringstillstånd") == (
        "",
        "Tillfälligt serveringstillstånd",
        "11.S0306 702",
    )
    # A number that is the text's own, not three digits before it, stays in the text.
    assert split_point("Dnr 2015/12 25 platser i hemtjänsten")[1:] == (
        "25 platser i hemtjänsten",
        "2015/12",
    )


def test_a_day_labelled_as_another_date_is_not_the_decisions() -> None:
    date_text, text, _ = split_point("Tillstånd, serveringsdatum: 16 december 2011.")
    assert (date_text, text) == ("", "Tillstånd, serveringsdatum: 16 december 2011.")
    date_text, _, _ = split_point("Svar 11 april 2015 på remissen")
    assert date_text == "11 april 2015"
    assert split_point("Beslut, beslutsdatum 3 maj 2020")[0] == "3 maj 2020"


def test_the_dnr_lines_over_ostharmmars_heading_are_the_items_dnr() -> None:
    """Östhammar prints the agenda item's ärenden over its heading, a line each ("Dnr
    SN-2017-50 Dpl 904": Dpl is the diarieplan's code). They are no decision's own line and
    not the kallelse's head: three Dnr for four lists, none said to be whose, so each is
    offered for the secretary to pick for a row."""
    read = read_beslut_list(text_file(OSTHAMMAR_2017), "kallelse.txt")
    assert read.item_dnrs == ["SN-2017-50", "SN-2017-51", "SN-2017-52"]
    assert read.head_date == dt.date(2017, 12, 13)
    why = {line.where: line.why for line in read.report.dropped}
    assert all(why[f"Rad {n}"] == SEVERAL_WHY for n in (4, 5, 6))
    assert [r.dnr for r in read.rows] == ["", "", "", ""]
    assert read_beslut_list(docx_variant(OSTHAMMAR_2017), "k.docx").item_dnrs == read.item_dnrs


@pytest.mark.parametrize(
    ("head", "dnr"),
    [
        ("p. 2\nDnr KS 2020/12\nAnmälan av delegationsbeslut\n", "KS 2020/12"),
        ("§ 41 Anmälan av delegationsbeslut, Dnr KS 2020/12\n", "KS 2020/12"),
        ("Diarienummer: SN-2017-50 Dpl 904\nRedovisning av delegationsbeslut\n", "SN-2017-50"),
    ],
)
def test_one_dnr_over_the_heading_is_every_unnumbered_rows(head, dnr, demo_store, tmp_path) -> None:
    text = (
        head + "A. 2020-11-03, Yttrande om bygglov, delegat enhetschef\nB. Avslag, dnr KS 2020/99\n"
    )
    assert read_beslut_list(text.encode(), "l.txt").item_dnrs == [dnr]
    path = tmp_path / "lista.txt"
    path.write_text(text, encoding="utf-8")
    plan = delegationsbeslut_import.read_file(demo_store, path, "Kommunstyrelsen")
    (first,) = plan.planned
    assert (first.where.endswith("punkt A"), first.data.dnr) == (True, dnr)
    said = [line.where for line in plan.report.changed if ITEM_DNR in line.why]
    assert said == [first.where]
    # B's own Dnr stands; it lacks its date and delegat.
    assert [(r.read["diarienummer"], r.lacks) for r in plan.lacking] == [
        ("KS 2020/99", ["beslutsdatum", "beslutsfattare"])
    ]


def test_a_lettered_points_own_dnr_is_no_items_dnr() -> None:
    text = "2 Anmälan av delegationsbeslut: A. Öppettider, dnr 322/432/2014\n"
    assert read_beslut_list(text.encode(), "l.txt").item_dnrs == []


def test_the_dnr_under_the_item_above_is_not_the_lists(demo_store, tmp_path) -> None:
    """A kallelse that prints each item's Dnr under its title: the Dnr over the list's
    heading is the item above's (the budget's), not the delegationsbeslut's, and no row
    takes it; Östhammar's, between the bare "p. 2" and the heading, is the list's."""
    path = tmp_path / "kallelse.txt"
    path.write_text(
        "Socialnämnden KALLELSE/FÖREDRAGNINGSLISTA Datum 2017-12-13\n"
        "1. Budget 2018 för socialnämnden\n"
        "Dnr SN-2017-30\n"
        "2. Anmälan av delegationsbeslut\n"
        "1. Beslut om bistånd\n"
        "2. Beslut om färdtjänst\n",
        encoding="utf-8",
    )
    plan = delegationsbeslut_import.read_file(demo_store, path)
    assert [row.read["diarienummer"] for row in plan.lacking] == ["", ""]
    assert ITEM_DNR not in plan.report.text()
    lines = ["p. 1 Tillkommande ärenden", "p. 2", "Dnr SN-2017-50 Dpl 904", "Redovisning av"]
    assert item_dnrs([*lines[:-1], "Redovisning av delegationsbeslut"]) == ["SN-2017-50"]
    assert item_dnrs(["Dnr SN-2017-50", "Redovisning av delegationsbeslut"]) == ["SN-2017-50"]
    assert item_dnrs(["2. Anmälan av delegationsbeslut, Dnr SN-2017-60"]) == ["SN-2017-60"]
