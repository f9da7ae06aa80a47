"""A nämnd's name typed a little wrong is caught by one rule wherever a name is typed
(creating a meeting, --organ, the nämnd of a list of delegationsbeslut): compared as a
search key, so capitals and look-alike letters do not hide the misspelling, and asked
about in one way: "Menade du ”Kommunstyrelsen”?". Two real nämnder that look alike are
both allowed."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.near_names import closest_organ
from ksdesk.services import delegationsbeslut_import, meeting_lookup, meetings
from tests.services.test_delegationsbeslut_import import _ks_list

DAY, AT = date(2021, 1, 18), time(14)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Kommunstyrelsn", "Kommunstyrelsen"),
        ("KOMMUNSTYRELSN", "Kommunstyrelsen"),
        ("Socialnamnden", "Socialnämnden"),
        ("Teknisk nämnd", "Tekniska nämnden"),
        ("Skolnämnden", None),  # a nämnd of its own beside Socialnämnden
        ("Valnämnden", None),
        ("Kommunstyrelsens arbetsutskott", None),
    ],
)
def test_the_rule(typed: str, meant: str | None) -> None:
    names = ["Kommunstyrelsen", "Socialnämnden", "Tekniska nämnden", "Vårdnämnden"]
    assert closest_organ(typed, names) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Kultur & Fritid", "Nämnden för Kultur & Fritid"),
        ("kultur & fritid", "Nämnden för Kultur & Fritid"),
        ("Teknik", "Nämnden för Teknik"),
        ("Byggnadsnämnden", None),  # its arbetsutskott is an organ of its own
        ("Tekniks arbetsutskott", None),
        ("Fritid", None),  # a part of the field is not the field
    ],
)
def test_a_nämnd_called_by_its_field_alone(typed: str, meant: str | None) -> None:
    """Kungsbacka's nämnder are "Nämnden för Kultur & Fritid", called "Kultur & Fritid" in
    running text: typed so, a new meeting made a second nämnd beside the real one."""
    names = ["Nämnden för Kultur & Fritid", "Nämnden för Teknik", "Byggnadsnämndens arbetsutskott"]
    assert closest_organ(typed, names) == meant
    assert closest_organ("Nämnden för Service", ["Service", "Teknik"]) == "Service"


def test_a_new_meeting_refuses_a_misspelt_nämnd_in_capitals(demo_store) -> None:
    with pytest.raises(InvalidInput, match=r"Menade du ”Kommunstyrelsen”\?"):
        meetings.create_meeting(demo_store, "KOMMUNSTYRELSN", DAY, AT)
    meetings.create_meeting(demo_store, "Socialnämnden", DAY, AT)
    _, created = meetings.create_meeting(demo_store, "Skolnämnden", DAY, AT)
    assert created  # near Socialnämnden, and yet a nämnd of its own


def test_organ_lookup_asks_about_the_same_misspelling(demo_store) -> None:
    meetings.create_meeting(demo_store, "Socialnämnden", DAY, AT)
    with pytest.raises(NotFound, match=r"heter ”SOCIALNÄMDEN”\. Menade du ”Socialnämnden”\?"):
        meeting_lookup.find_organ(demo_store, "SOCIALNÄMDEN")


def test_a_list_of_delegationsbeslut_is_asked_the_same(demo_store, tmp_path) -> None:
    with pytest.raises(InvalidInput, match=r"Menade du ”Kommunstyrelsen”\?"):
        delegationsbeslut_import.import_file(demo_store, _ks_list(tmp_path, ""), "KOMMUNSTYRELSN")
