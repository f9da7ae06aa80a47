"""The demo database with a personnummer in every free-text field a secretary or an import can
fill (tests/safety/planted_numbers.py): the meeting of 7 December 2020 and everything it
prints (its organ, protokoll, upprop, justering, the budget sheets, documents, the
delegationsordning and delegationsbeslut its bilagor refer to, the uppdrag and motion
registers its lists are made from), a stored PDF bilaga named with a number, and the lists
of delegationsbeslut, uppföljning and motioner attached. Written through the services, as
the secretary's edits and imports are; documents have no editing service and go through
their repository."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ksdesk.core.meeting import Bilaga
from ksdesk.core.motion import Motion
from ksdesk.core.protokoll import (
    DeltarInte,
    Jav,
    Protokollsanteckning,
    Reservation,
    Votering,
    Yrkande,
)
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.db import delegation_repo, document_repo
from ksdesk.db.connection import Store, open_store
from ksdesk.services import budget, delegationsbeslut, meeting_lookup, meetings, motioner, uppdrag
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.delegation_edit import put_draft
from tests.pdf_helpers import make_pdf
from tests.safety.planted_numbers import Plants

DAY = date(2020, 12, 7)
SHEETS = ("bilaga2", "itcenter", "investering")
DOCUMENTS = ("verksamhetsplan-2021", "forteckning-revideringar", "sba-avtal-2021-2025")
DRAFT = "reviderad-2020-11-26"
# Keys, references between rows and fixed words (a kind, a status): no free text.
NOT_FREE = frozenset({"key", "kind", "status", "typ", "unit", "based_on", "uid", "marked"})
NOT_FREE |= {"point_uid", "budget_key", "time_slot"}  # a time slot is checked as a time
NAMES = frozenset({"name", "names", "ersattare", "justerare"})  # must match the upprop


@contextmanager
def demo_copy(demo_template: Path, folder: Path) -> Iterator[Store]:
    """A copy of the demo database in `folder`, opened, with the data folder there too."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KSDESK_DATA_DIR", str(folder / "data"))
        shutil.copy(demo_template, folder / "planted.sqlite")
        store = open_store(folder / "planted.sqlite")
        try:
            yield store
        finally:
            store.close()


def plant_everything(store: Store) -> Plants:
    plants = Plants()
    meeting = meeting_lookup.find_meeting(store, DAY)
    protokoll_service.start_protokoll(store, meeting.id)
    _registers(store, meeting.organ_id, plants)
    meeting = meeting_lookup.find_meeting(store, DAY)
    _attach_lists(meeting, plants)
    meetings.save_meeting(store, plants.fill(meeting, "kallelse", NOT_FREE))
    organ = meetings.get_organ(store, meeting.organ_id)
    organ.inkallelseordning = {"S": ["V"]}  # the demo organ has none: nothing to plant in
    meetings.save_organ(store, plants.fill(organ, "organ", NOT_FREE))
    _protokoll(store, meeting.id, plants)
    _referenced(store, plants)
    return plants


def _attach_lists(meeting, plants: Plants) -> None:
    """A PDF bilaga whose file name carries a number, and the lists ksdesk makes."""
    item = meeting.items[-1]
    name = f"ansokan {plants.next('bilaga/filnamn')}.pdf"
    item.bilagor.append(meetings.pdf_bilaga(make_pdf(1, "Ansökan om bygglov"), name, "Ansökan"))
    for ref, title in (
        (f"delegationsanmalan:{meeting.id}", "Delegationsbeslut"),
        (f"uppfoljning:{meeting.id}", "Uppföljning av beslut"),
        (f"motionsredovisning:{DAY.isoformat()}", "Motioner som inte har beretts färdigt"),
    ):
        item.bilagor.append(Bilaga(title=title, ref=ref))
    for index, bilaga in enumerate(item.bilagor):
        bilaga.nr = str(index + 1)


def _protokoll(store: Store, meeting_id: int, plants: Plants) -> None:
    protokoll = protokoll_service.get_protokoll(store, meeting_id)
    protokoll_service.save_upprop(store, meeting_id, plants.fill(protokoll.upprop, "upprop"))
    names = [person.name for person in protokoll_service.get_protokoll(store, meeting_id).upprop]
    for paragraf in protokoll.paragrafer:
        paragraf.yrkanden = [Yrkande(names[0], "yrkar bifall", "SD")]
        paragraf.votering = Votering("bifall", "avslag", {names[0]: "ja", names[1]: "nej"})
        paragraf.reservationer = [Reservation([names[1]], "till förmån för eget yrkande", True)]
        paragraf.anteckningar = [Protokollsanteckning([names[0]], "anteckning")]
        paragraf.jav = [Jav(names[2], names[3], "jävig")]
        paragraf.deltar_inte = [
            DeltarInte([names[3]], "deltar inte"),
            DeltarInte([names[2]], "", True),
        ]
        skip = NOT_FREE | NAMES | {"value"}  # a vote is ja, nej or avstår
        protokoll_service.save_paragraf(store, plants.fill(paragraf, "paragraf", skip))
    justering = plants.fill(protokoll.justering, "justering", NOT_FREE | NAMES)
    justering.justerare = names[:2]
    justering.justerat = date(2020, 12, 10)  # the web protokoll is published once justerat
    protokoll_service.save_justering(store, meeting_id, justering)


def _referenced(store: Store, plants: Plants) -> None:
    for key in SHEETS:
        budget.apply(store, plants.fill(budget.find_sheet(store, key), "budgetblad", NOT_FREE))
    for key in DOCUMENTS:
        document = plants.fill(document_repo.find(store, key), "dokument", NOT_FREE)
        with store.atomic():
            document_repo.save(store, document)
    draft = _with_own_columns(delegation_repo.find(store, DRAFT), plants)
    skip = NOT_FREE | {"extra_columns"}  # an extra column's heading is its points' key
    put_draft(store, draft.id, plants.fill(draft, "delegationsordning", skip))
    for beslut in delegationsbeslut.list_all(store):
        skip = NOT_FREE | {"dnr"}  # the ref "delegationsbeslut:SBN 2020/877" names it
        delegationsbeslut.put(store, beslut.id, plants.fill(beslut, "delegationsbeslut", skip))
    # A decision of the organ itself, on the meeting's list of delegationsbeslut (the demo's
    # is another nämnd's, printed as a bilaga of its own), with a number in its Dnr too.
    organ = meetings.get_organ(store, meeting_lookup.find_meeting(store, DAY).organ_id)
    own = replace(beslut, id=None, uuid="", dnr="KS 2020/900", organ=organ.name)
    own = plants.fill(own, "delegationsbeslut", NOT_FREE | {"organ"})
    own.id = max(b.id for b in delegationsbeslut.list_all(store)) + 1
    delegationsbeslut.put(store, own.id, own)


def _with_own_columns(draft, plants: Plants):
    """The draft as an imported document with headings of its own and an extra column (the
    seed's ordning has neither, so their texts would stay empty and unplanted)."""
    heading = plants.text("delegationsordning/extra_columns", "Vidaredelegering")
    draft.extra_columns = [heading]
    draft.column_headings = {"arende": "Delegeringens omfattning", "delegat": "Delegerat till"}
    for _chapter, point in draft.all_points():
        point.extra = {heading: ""}  # the fill plants each point's value, not the key
    return draft


def _registers(store: Store, organ_id: int, plants: Plants) -> None:
    """An uppdrag reported back to the meeting, a medborgarförslag and a motion."""
    meeting = meeting_lookup.find_meeting(store, DAY)
    source = delegationsbeslut.list_all(store)[0].id
    given = Uppdrag(
        vad="Utred",
        senast=date(2020, 12, 1),
        delegationsbeslut_id=source,
        organ_id=organ_id,  # without it the meeting's Uppföljning av beslut never lists it
        aterrapport_meeting_id=meeting.id,
    )
    uppdrag.save(store, plants.fill(given, "uppdrag", NOT_FREE | {"kalla"}))
    for typ, rubrik in (("medborgarforslag", "Lekplats"), ("motion", "Gator")):
        motion = Motion(typ=typ, rubrik=rubrik, vackt=date(2020, 3, 1), av="Eva Ek", dnr="KS 1")
        motioner.save(store, plants.fill(motion, "motion", NOT_FREE))
