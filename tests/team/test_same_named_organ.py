"""Each secretary's `ksdesk init --organ Kommunstyrelsen` makes a nämnd of that name in her
file (walk35 #2): a file whose nämnd holds nothing yet joins the server's nämnd of that name;
one whose nämnd holds meetings is not sent as a second nämnd; `--organ` never picks one of
two of the same name."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.organ import Organ
from ksdesk.db import organ_repo
from ksdesk.services import meetings, team, team_server
from ksdesk.services.meeting_lookup import find_organ
from tests.team.helpers import meeting_on


def _server_organs(server) -> list[str]:
    with server.dba() as conn:
        rows = conn.execute("SELECT title FROM ksdesk.unit WHERE kind = 'organ'").fetchall()
    return [title for (title,) in rows]


def test_a_new_files_nämnd_joins_the_servers_of_that_name(laptop, server) -> None:
    anna = laptop("anna", start="small")
    team.sync(anna)
    team_server.grant(server.dba_url, "Kommunstyrelsen", "cecilia", "Cecilia Dahl")
    cecilia = laptop("cecilia")
    organ_repo.save(cecilia, Organ("Kommunstyrelsen", kommun="Ludvika kommun"))  # as init does

    team.sync(cecilia)

    assert _server_organs(server) == ["Kommunstyrelsen"]
    (organ,) = organ_repo.list_all(cecilia)
    assert organ.uuid == organ_repo.list_all(anna)[0].uuid
    assert meeting_on(cecilia).uuid == meeting_on(anna).uuid
    assert find_organ(cecilia, "Kommunstyrelsen").id == organ.id


def test_a_nämnd_with_meetings_is_not_sent_as_a_second_one(laptop, server) -> None:
    team.sync(laptop("anna", start="small"))
    bertil = laptop("bertil")
    meetings.create_meeting(bertil, "Kommunstyrelsen", date(2021, 1, 11), time(14))

    with pytest.raises(InvalidInput, match="Servern har redan en nämnd som heter"):
        team.sync(bertil)

    assert _server_organs(server) == ["Kommunstyrelsen"]


def test_organ_never_picks_one_of_two_of_the_same_name(store) -> None:
    for _twice in range(2):
        organ_repo.save(store, Organ("Kultur", kommun="Ludvika kommun"))
    with pytest.raises(InvalidInput, match="2 nämnder som heter ”Kultur”"):
        find_organ(store, "kultur")
