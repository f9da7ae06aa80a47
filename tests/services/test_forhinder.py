"""Förhinder before the meeting: the upprop proposes the ersättare called in, in the order
fullmäktige decided, and the secretary may pick another."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.ersattare import Forhinder
from ksdesk.core.organ import Fortroendevald
from ksdesk.db import organ_repo
from ksdesk.services import forhinder, meeting_lookup, protokoll


@pytest.fixture
def meeting_id(demo_store) -> int:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    organ = organ_repo.get(demo_store, meeting.organ_id)
    organ.members += [
        Fortroendevald("Karin Ek", "S", "ersättare"),
        Fortroendevald("Vera Lind", "V", "ersättare"),
        Fortroendevald("Sven Berg", "SD", "ersättare"),
    ]
    organ.inkallelseordning = {"S": ["V"], "SD": ["M"]}
    organ_repo.save(demo_store, organ)
    return meeting.id


def test_upprop_starts_with_the_ersattare_called_in(demo_store, meeting_id: int) -> None:
    forhinder.save(demo_store, meeting_id, [Forhinder("Åsa Bergkvist"), Forhinder("Karin Ek")])
    assert [c.text for c in forhinder.inkallade(demo_store, meeting_id)] == [
        "Vera Lind (V) ersätter Åsa Bergkvist (S)"
    ]
    started = protokoll.start_protokoll(demo_store, meeting_id)
    people = {a.name: a for a in started.upprop}
    assert not people["Åsa Bergkvist"].present
    assert people["Vera Lind"].present and people["Vera Lind"].replaces == "Åsa Bergkvist"
    assert not people["Karin Ek"].present


def test_secretary_picks_another_ersattare(demo_store, meeting_id: int) -> None:
    forhinder.save(demo_store, meeting_id, [Forhinder("Roland Johansson", ersattare="Karin Ek")])
    called = forhinder.inkallade(demo_store, meeting_id)
    assert [(c.ersattare.name, c.by_hand) for c in called] == [("Karin Ek", True)]
    with pytest.raises(InvalidInput, match="inte ledamot"):
        forhinder.save(demo_store, meeting_id, [Forhinder("Okänd Person")])
