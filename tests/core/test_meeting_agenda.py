"""Agenda work as pure functions: standard items, inserting, moving, copying a meeting,
numbering bilagor, validating and warning."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import FormatError
from ksdesk.core.kallelse import item_details
from ksdesk.core.meeting import Arende, Bilaga, Sammantrade, numbered
from ksdesk.core.meeting_agenda import (
    copy_for_next,
    describe_ref,
    insertion_index,
    moved,
    new_meeting,
    normalise_time_slot,
    renumber_bilagor,
    standard_items,
    validate,
    warnings,
    with_item,
)
from ksdesk.core.organ import Fortroendevald, Organ


def _organ() -> Organ:
    return Organ(
        "Kommunstyrelsen",
        default_place="Festsalen",
        secretary_name="Maria Östgren",
        secretary_email="maria.ostgren@ludvika.se",
        members=[Fortroendevald("Leif Pettersson", "S", "ordförande")],
        id=1,
    )


def test_new_meeting_has_the_organs_standard_items_and_defaults() -> None:
    meeting = new_meeting(_organ(), date(2021, 1, 18), time(14))
    assert [i.title for i in meeting.items] == [
        "Val av justerare",
        "Anmälan av extra ärenden",
        "Anmälan av delegationsbeslut",
        "Information",
    ]
    assert [i.kind for i in meeting.items] == ["beslut", "anmalan", "anmalan", "information"]
    assert all(i.is_standard for i in meeting.items)
    assert meeting.place == "Festsalen"
    assert meeting.chair_name == "Leif Pettersson"
    assert "senast fredag 13.00" in meeting.absence_note


def test_standard_items_follow_the_organs_configuration() -> None:
    organ = _organ()
    organ.standard_items = ["Val av justerare", "", "Ordförandeinformation"]
    assert [i.title for i in standard_items(organ)] == ["Val av justerare", "Ordförandeinformation"]


def test_new_item_goes_before_the_closing_standard_items() -> None:
    items = new_meeting(_organ(), date(2021, 1, 18), time(14)).items
    assert insertion_index(items, None) == 3  # before "Information"
    assert insertion_index(items, 0) == 1  # after the selected row
    only_opening = [Arende("Val av justerare", is_standard=True)]
    assert insertion_index(only_opening, None) == 1


def test_moving_renumbers_and_sections_stay_unnumbered() -> None:
    meeting = Sammantrade(organ_id=1, date=date(2021, 1, 18), time=time(14))
    meeting.items = [
        Arende("A"),
        Arende("Beslutsärenden", is_section=True),
        Arende("B"),
        Arende("C"),
    ]
    after = moved(meeting, 3, 0)
    assert [(n, i.title) for n, i in numbered(after.items)] == [
        (1, "C"),
        (2, "A"),
        (None, "Beslutsärenden"),
        (3, "B"),
    ]
    assert meeting.items[0].title == "A"  # the original is untouched (undo)


def test_with_item_inserts_into_a_copy() -> None:
    meeting = Sammantrade(organ_id=1, date=date(2021, 1, 18), time=time(14), items=[Arende("A")])
    after = with_item(meeting, 0, Arende("Ny"))
    assert [i.title for i in after.items] == ["Ny", "A"]
    assert len(meeting.items) == 1


def test_copy_for_next_keeps_header_standard_items_and_sections() -> None:
    previous = Sammantrade(
        organ_id=1,
        date=date(2020, 12, 7),
        time=time(14),
        place="Festsalen",
        remote_note="Distans",
        status="genomförd",
        chair_name="Leif",
    )
    previous.items = [
        Arende("Val av justerare", is_standard=True),
        Arende("Beslutsärenden", is_section=True),
        Arende("Budget 2021", dnr="2020/437", bilagor=[Bilaga("x", ref="budget:a")]),
    ]
    copy = copy_for_next(previous, _organ(), date(2021, 1, 18), time(13))
    assert [i.title for i in copy.items] == ["Val av justerare", "Beslutsärenden"]
    assert copy.status == "utkast" and copy.id is None
    assert copy.place == "Festsalen" and copy.remote_note == "Distans"
    assert "senast fredag 13.00" in copy.absence_note


def test_bilagor_are_numbered_when_there_are_several() -> None:
    one = renumber_bilagor([Bilaga("A", nr="1")])
    assert one[0].nr == ""
    three = renumber_bilagor([Bilaga("A"), Bilaga("B", nr="5"), Bilaga("C")])
    assert [b.nr for b in three] == ["1", "2", "3"]
    by_hand = renumber_bilagor([Bilaga("A", nr="A"), Bilaga("B", nr="B")])
    assert [b.nr for b in by_hand] == ["A", "B"]


def test_time_slots_are_normalised() -> None:
    assert normalise_time_slot("13:00-13:20") == "13.00–13.20"
    assert normalise_time_slot("kl. 9.30") == "09.30"
    assert normalise_time_slot("") == ""
    with pytest.raises(FormatError):
        normalise_time_slot("13.20-13.00")


def test_an_approximate_time_stays_approximate() -> None:
    """ "ca kl. 19.00" on a kungörelse (Hultsfred) is not 19.00 sharp."""
    assert normalise_time_slot("ca kl. 19") == "ca 19.00"
    assert normalise_time_slot("cirka 13:15") == "ca 13.15"
    assert normalise_time_slot("omkring kl. 9.30-10") == "ca 09.30–10.00"
    assert item_details(Arende("Slutförvaret", time_slot="ca 19.00")) == ["ca kl. 19.00"]
    assert item_details(Arende("Budget", time_slot="13.00")) == ["kl. 13.00"]
    with pytest.raises(FormatError):
        normalise_time_slot("ca kvällen")


def test_validate_refuses_an_item_without_title() -> None:
    meeting = Sammantrade(
        organ_id=1, date=date(2021, 1, 18), time=time(14), items=[Arende("A"), Arende("  ")]
    )
    with pytest.raises(InvalidInput, match="Rad 2"):
        validate(meeting)


def test_warnings_never_block_but_are_told() -> None:
    meeting = Sammantrade(organ_id=1, date=date(2021, 1, 18), time=time(14))
    meeting.items = [
        Arende("A", dnr="KS 2014/"),
        Arende("B", dnr="KS 2020/434"),
        Arende("C", dnr="2020/434"),
        Arende("D", secret=True),
        Arende("E", bilagor=[Bilaga("Saknas")]),
        Arende("F", secret=True, secrecy_ref="26 kap. 1 §"),  # saved before it was checked
    ]
    validate(meeting)  # no refusal
    found = "\n".join(warnings(meeting))
    assert "saknar löpnummer" in found
    assert "Ärende 3 (C) har samma diarienummer som ärende 2" in found
    assert "saknar paragraf i OSL" in found
    assert "”Saknas” saknar fil" in found
    assert "”26 kap. 1 §” nämner ingen lag: skriv ”26 kap. 1 § OSL”" in found


def test_describe_ref() -> None:
    assert describe_ref("budget:bilaga2") == "Budgetblad: bilaga2"
    assert describe_ref("delegationsbeslut:SBN 2020/877") == "Delegationsbeslut: SBN 2020/877"


def test_a_snapshot_is_a_deep_copy_that_shares_only_file_contents() -> None:
    """Undo keeps snapshots: a change to one must never reach the other, while the PDF bytes
    (immutable, megabytes) are shared rather than copied."""
    import copy

    from ksdesk.core.meeting import Bilaga, Forslag, Section, Signatory, Tjansteskrivelse
    from ksdesk.core.meeting_agenda import snapshot

    pdf = b"%PDF-1.4 ..."
    ts = Tjansteskrivelse(
        "T",
        forslag=[Forslag("att")],
        sections=[Section("B", "text")],
        signatories=[Signatory("Anna Ek", "chef")],
        beslut_skickas_till=["Akten"],
    )
    item = Arende("Budget", tjansteskrivelse=ts, bilagor=[Bilaga("B", content=pdf)])
    meeting = Sammantrade(1, date(2024, 3, 4), time(9), items=[item])
    copied = snapshot(meeting)
    assert copied == copy.deepcopy(meeting)
    copied.items[0].title = "Ändrad"
    copied.items[0].tjansteskrivelse.forslag[0].text = "ändrad"
    copied.items[0].tjansteskrivelse.sections.append(Section("Ny", ""))
    copied.items[0].tjansteskrivelse.signatories[0].title = "x"
    copied.items[0].tjansteskrivelse.beslut_skickas_till.append("KS")
    copied.items[0].bilagor[0].title = "Ändrad"
    copied.items.append(Arende("Ny"))
    assert meeting == Sammantrade(
        1,
        date(2024, 3, 4),
        time(9),
        items=[
            Arende(
                "Budget",
                tjansteskrivelse=Tjansteskrivelse(
                    "T",
                    forslag=[Forslag("att")],
                    sections=[Section("B", "text")],
                    signatories=[Signatory("Anna Ek", "chef")],
                    beslut_skickas_till=["Akten"],
                ),
                bilagor=[Bilaga("B", content=pdf)],
            )
        ],
    )
    assert copied.items[0].bilagor[0].content is pdf
