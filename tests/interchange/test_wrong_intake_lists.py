"""A budget table pasted as a nämnd's members and a members list pasted as a budget table
(interchange/wrong_intake_lists.py): Sjöbo's and Hallsberg's resultaträkningar were read as
a members list of one ledamot named by their column header ("Bokslut Bokslut Budget Bokslut
Bokslut"), Strängnäs' and Mörbylånga's members lists as budget sheets. Each is refused now,
saying what it seems to be and where it is read in; every real document of the intake's own
kind is still read (test_wrong_intake.py and bench/wrong_intake_figures.py)."""

from __future__ import annotations

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.wrong_intake import MEMBERS_INTAKE, refuse_wrong_kind, text_rows
from ksdesk.interchange.wrong_intake_lists import budget_table_why, members_why
from ksdesk.services import budget, organ_members
from tests.interchange.real_budget_tables import TABLES
from tests.interchange.real_budget_third import paste_lines
from tests.interchange.real_members_eighth_expected import EXPECTED_EIGHTH
from tests.interchange.real_members_expected import EXPECTED
from tests.interchange.real_members_fifth_expected import EXPECTED_FIFTH
from tests.interchange.real_members_fourth_expected import EXPECTED_FOURTH
from tests.interchange.real_members_more_expected import EXPECTED_MORE
from tests.interchange.real_members_seventh_expected import EXPECTED_SEVENTH
from tests.interchange.real_members_sixth_expected import EXPECTED_SIXTH
from tests.interchange.real_members_third_expected import EXPECTED_THIRD

_EVERY = (
    EXPECTED,
    EXPECTED_MORE,
    EXPECTED_THIRD,
    EXPECTED_FOURTH,
    EXPECTED_FIFTH,
    EXPECTED_SIXTH,
    EXPECTED_SEVENTH,
    EXPECTED_EIGHTH,
)
_MEMBERS = {name: entry[0] for lists in _EVERY for name, entry in lists.items()}
# The members lists the budget paste read before: a sheet of their ordningsnummer, phone
# numbers or a "46" left from a protokoll's page.
_TAKEN_AS_BUDGET = ("Kungsbacka", "Marks KF 2015", "Strängnäs", "Mörbylånga, tabbar")
_TAKEN_AS_MEMBERS = (
    "sjobo-resultatbudget-2022",
    "hallsberg-rr-2019",
    "sjobo-driftbudget-2025",
    "sjobo-rr-2016",
)


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", _TAKEN_AS_MEMBERS)
def test_a_real_budget_table_pasted_as_members_is_refused_as_one(name: str) -> None:
    table = next(t for t in TABLES if t.name == name)
    with pytest.raises(InvalidInput) as refused:
        organ_members.members_from_text(paste_lines(table), [])
    said = str(refused.value)
    assert said.startswith("Den inklistrade texten ser ut att vara en budgettabell (”")
    assert "rader med belopp" in said and "inte en lista över ledamöter och ersättare" in said
    assert "i fliken Budget: välj Importera… eller Klistra in tabell…" in said


@pytest.mark.parametrize("name", _TAKEN_AS_BUDGET)
def test_a_real_members_list_pasted_as_a_budget_table_is_refused_as_one(name: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        budget.read_pasted(_MEMBERS[name], "Klistrat", "tkr")
    said = str(refused.value)
    assert said.startswith("Den inklistrade texten ser ut att vara en lista över ledamöter")
    assert "nämnda" in said and "inte en budgettabell" in said
    assert "välj Klistra in ledamöter och ersättare…" in said


def test_every_real_members_list_is_still_read_as_one() -> None:
    for text in _MEMBERS.values():
        refuse_wrong_kind(text_rows(text), "Texten", MEMBERS_INTAKE)


def test_no_real_budget_table_names_a_members_list_and_no_members_list_a_budget() -> None:
    """The two recognisers never both hold for a real document of either kind."""
    assert all(not members_why(_lines(paste_lines(t))) for t in TABLES)
    assert all(not budget_table_why(_lines(text)) for text in _MEMBERS.values())


def test_a_few_roles_or_a_unit_without_rows_of_amounts_tell_nothing() -> None:
    """A budget's "Arvoden till förtroendevalda" row, a tjänsteskrivelse's "Belopp i tkr"
    over a sentence: neither kind."""
    assert members_why(["Kommunstyrelsens ordförande 1 200 1 300", "Ledamöter 800 900"]) == ""
    assert budget_table_why(["Belopp i tkr", "Kostnaden blir 1 200 under 2024."]) == ""
    assert budget_table_why(["Skola 100 200", "Vård 50 60", "Fritid 7 8"]) == ""  # no unit
