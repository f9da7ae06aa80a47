"""The nämnd's own secretary is no private person (walk37 #4): the phone from Nämndens
inställningar, printed in the kallelse's förhinder note ("Meddela 0300-83 83 45 senast …"),
was a "privatpersons telefonnummer" hit, and "Maskera alla" printed "Meddela [telefon
borttagen]". The secretary's phone and e-mail, and what the kallelse's own notes give (the
förvaltning's numbers), are the kommun's: no hit, wherever they stand."""

from __future__ import annotations

import dataclasses
from datetime import date, time

from ksdesk.core.meeting import Arende, Section, Tjansteskrivelse
from ksdesk.services import meeting_lookup, meetings, organ_settings, public_copy
from ksdesk.services.own_kommun import new_database

DAY = date(2025, 4, 17)


def test_the_secretarys_and_the_forvaltnings_numbers_are_no_private_persons(tmp_path) -> None:
    store = new_database(
        tmp_path / "ifo.sqlite", "Kungsbacka kommun", "Individ- och familjenämnden"
    )
    organ = organ_settings.organ_for_command(store, None)
    organ = dataclasses.replace(
        organ, secretary_name="Josefine Jönsson", secretary_phone="0300-83 83 45"
    )
    meetings.save_organ(store, organ)
    meetings.create_meeting(store, organ.name, DAY, time(13), "Kungsbackarummet")
    meeting = meeting_lookup.find_meeting(store, DAY)
    assert "0300-83 83 45" in meeting.absence_note  # the settings' phone, as walk37 had it
    meeting.remote_note = "Den som deltar på distans ringer kansliet, 0300-83 40 00."
    letter = "Synpunkten kom från en granne, tel. 0300-12 34 56. Frågor: Josefine, 0300-83 83 45."
    meeting.items.append(  # invented citizen's number beside the secretary's
        Arende(
            "Synpunkt på verksamheten",
            dnr="IFN 2025/12",
            tjansteskrivelse=Tjansteskrivelse(sections=[Section("Ärendet", letter)]),
        )
    )
    meetings.save_meeting(store, meeting)
    hits = [h for h in public_copy.scan_public(store, meeting.id) if h.kind == "kontakt"]
    assert [h.normalized for h in hits] == ["0300123456"]  # the neighbour's only
