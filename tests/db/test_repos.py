"""Each repository writes and reads back its aggregate unchanged."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from ksdesk.core.budget import Column, Row, Sheet
from ksdesk.core.delegation import Chapter, Delegationsbeslut, Point, Revision, Version
from ksdesk.core.meeting import Arende, Bilaga, Forslag, Sammantrade, Section, Tjansteskrivelse
from ksdesk.core.organ import Fortroendevald, Organ
from ksdesk.core.protokoll import Paragraf
from ksdesk.db import (
    budget_repo,
    delegation_repo,
    delegationsbeslut_repo,
    meeting_repo,
    organ_repo,
    protokoll_repo,
)


def _organ(store) -> Organ:
    organ = Organ(
        name="Kommunstyrelsen",
        kommun="Ludvika kommun",
        short="KS",
        members=[
            Fortroendevald("Leif Pettersson", "S", "ordförande"),
            Fortroendevald("Åsa Bergkvist", "S", "ledamot"),
        ],
    )
    organ_repo.save(store, organ)
    return organ


def test_organ_round_trip(store) -> None:
    organ = _organ(store)
    loaded = organ_repo.get(store, organ.id)
    assert loaded.name == "Kommunstyrelsen"
    assert [(m.name, m.party, m.role) for m in loaded.members] == [
        ("Leif Pettersson", "S", "ordförande"),
        ("Åsa Bergkvist", "S", "ledamot"),
    ]
    assert loaded.chair.name == "Leif Pettersson"


def test_meeting_round_trip_keeps_item_ids_and_order(store) -> None:
    organ = _organ(store)
    ts = Tjansteskrivelse(
        title="Omfördelning",
        diarienummer="KS 2020/434",
        forslag=[Forslag("Fullmäktige uppdrar …", "1", "fullmäktige")],
        sections=[Section("Beskrivning av ärendet", "Text\n\nMer text")],
        beslut_skickas_till=["Akten"],
    )
    meeting = Sammantrade(
        organ_id=organ.id,
        date=date(2020, 12, 7),
        time=time(14, 0),
        place="Festsalen",
        items=[
            Arende("Val av justerare", is_standard=True),
            Arende(
                "Omfördelning",
                dnr="2020/434",
                tjansteskrivelse=ts,
                bilagor=[Bilaga("Beslut", nr="1", content=b"%PDF-1.4", sha256="x")],
            ),
        ],
    )
    meeting_repo.save(store, meeting)
    first_ids = [item.id for item in meeting.items]
    meeting.items.reverse()
    meeting_repo.save(store, meeting)
    loaded = meeting_repo.get(store, meeting.id)
    assert [item.title for item in loaded.items] == ["Omfördelning", "Val av justerare"]
    assert sorted(item.id for item in loaded.items) == sorted(first_ids)
    item = loaded.items[0]
    assert item.tjansteskrivelse.forslag[0].group == "fullmäktige"
    assert item.tjansteskrivelse.sections[0].text == "Text\n\nMer text"
    assert item.bilagor[0].content == b"%PDF-1.4"
    assert meeting_repo.find_by_date(store, date(2020, 12, 7)).id == meeting.id


def test_budget_sheet_keeps_exact_decimals_and_codes(store) -> None:
    sheet = Sheet(
        key="inv",
        title="Investeringar",
        unit="tkr",
        columns=[Column("Visma", "code"), Column("År 2021", "amount"), Column("Andel", "percent")],
        rows=[
            Row("data", ["0032", Decimal("0.0"), Decimal("44")]),
            Row("total", ["Summa", Decimal("-1373"), None]),
        ],
    )
    budget_repo.save(store, sheet)
    loaded = budget_repo.get(store, sheet.id)
    assert loaded.rows[0].cells == ["0032", Decimal("0.0"), Decimal("44")]
    assert str(loaded.rows[0].cells[1]) == "0.0"
    assert loaded.rows[1].cells == ["Summa", Decimal("-1373"), None]
    assert [c.kind for c in loaded.columns] == ["code", "amount", "percent"]


def test_delegation_version_round_trip_with_repeated_numbers(store) -> None:
    version = Version(
        key="v1",
        name="Delegationsordning 2020",
        header={"Dokumentnamn": "KS delegationsordning"},
        revisions=[Revision("KS 2019-08-20 § 164", "Ändring av punkt 40", "KS 2019/242")],
        chapters=[
            Chapter("Personal", [Point("83", "Lönesättning", delegat=["Ordförande"])]),
            Chapter("Livsmedel", [Point("83", "Ansökan", delegat=["AMI-chef", "Kock"])]),
        ],
    )
    delegation_repo.save(store, version)
    loaded = delegation_repo.get(store, version.id)
    points = [p for _, p in loaded.all_points()]
    assert [p.nr for p in points] == ["83", "83"]
    assert points[0].uid != points[1].uid
    assert points[1].delegat == ["AMI-chef", "Kock"]
    assert loaded.header == {"Dokumentnamn": "KS delegationsordning"}
    assert delegation_repo.count_points(store, version.id) == 2


def test_delegationsbeslut_and_paragraf_round_trip(store) -> None:
    organ = _organ(store)
    beslut = Delegationsbeslut(dnr="SBN 2020/877", date=date(2020, 11, 25), punkt="4")
    delegationsbeslut_repo.save(store, beslut)
    assert delegationsbeslut_repo.find_by_dnr(store, "SBN 2020/877").date == date(2020, 11, 25)
    paragraf = Paragraf(
        organ_id=organ.id,
        meeting_date=date(2020, 11, 24),
        nr=216,
        title="Revidering",
        beslutsunderlag=["1. AU § 143"],
    )
    protokoll_repo.save(store, paragraf)
    found = protokoll_repo.find(store, organ.id, date(2020, 11, 24), 216)
    assert found.beslutsunderlag == ["1. AU § 143"]
    assert [p.nr for p in protokoll_repo.list_for_year(store, organ.id, 2020)] == [216]
