"""The last check reads every public output for the names of citizens without consent and
the titles of secret ärenden and bilagor, as it reads for personnummer: before, only the
masking kept them out, and a field, an output or a spelling it missed was published.

A masking miss is simulated by masking that does nothing (PublicCopyRules.mask, and the
registers' own masking for their lists): each public output must then be refused, naming
the output and the place, saying what kind of data it found without printing it. With the
masking as it is, the demo meeting and the planted one pass every output.

The citizen and the förslag are as in tests/safety/test_citizen_names.py (Mjölby kommun's
"Bollkorg eller klätterplank vid Prästgårdsliden", a made-up citizen); the secret title is
the one core/secret_mentions.py names ("Utredning om placering av Lindqvist")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ksdesk.core.meeting import Section
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.services import meeting_lookup, meetings, motioner, public_copy
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.public_gate import PublicOutputRefused
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.test_citizen_names_in_lists import _registers_naming_the_citizen

DAY = date(2020, 12, 7)
CITIZEN = "Kalle Karlsson"
SECRET_TITLE = "Utredning om placering av Lindqvist"
FORSLAG = "Bollkorg eller klätterplank vid Prästgårdsliden"
# What the masking leaves alone when it misses: the meeting's place, printed by every
# output of the meeting (kallelse, packet, protokoll, utdrag, web, HTML, calendar, anslag).
PLACES = {
    "namn": f"Kommunhuset, sal {CITIZEN}",
    "sekretess": f"Kommunhuset, se {SECRET_TITLE.lower()}",
    "": f"Kommunhuset, sal {CITIZEN}, se {SECRET_TITLE.lower()}",
}
KIND_WORDS = {
    "namn": "namnet på en förslagsställare som inte har samtyckt till publicering",
    "sekretess": "rubriken på ett sekretessmarkerat ärende eller en sekretessmarkerad bilaga",
}
REGISTER_OUTPUTS = ["uppföljning av beslut", "redovisning av motioner"]
MEETING_OUTPUTS = [output for output in OUTPUTS if output not in REGISTER_OUTPUTS]


def _planted(store, plant: str = "", *, in_place: bool = False):
    """The demo meeting with a medborgarförslag whose author did not consent and a secret
    bilaga, both reviewed and masked. `plant` ("namn", "sekretess", "" for both): what an
    ärende's förslag and tjänsteskrivelse name; `in_place`: the meeting's place and the
    protokoll's förvaringsplats (what the anslag prints) name it too. Built once per session
    for each (plant, in_place) by the demo_built fixture; each test edits its own copy."""
    motioner.save(
        store,
        Motion(MotionTyp.MEDBORGARFORSLAG, FORSLAG, date(2019, 5, 6), av=CITIZEN, dnr="KS 9"),
    )
    meeting = meeting_lookup.find_meeting(store, DAY)
    item = next(i for i in meeting.items if i.tjansteskrivelse is not None and not i.secret)
    other = next(i for i in meeting.items if i is not item and not i.secret and i.bilagor)
    other.bilagor[0] = replace(
        other.bilagor[0], title=SECRET_TITLE, secret=True, secrecy_ref="26 kap. 1 § OSL"
    )
    named = {"namn": f"{CITIZEN}s medborgarförslag", "sekretess": SECRET_TITLE}
    words = [named[plant]] if plant else list(named.values())
    item.proposal = f"att avslå {' och '.join(words)}."
    item.tjansteskrivelse.sections.append(Section("Bakgrund", f"Se {' och '.join(words)}."))
    if in_place:
        meeting.place = PLACES[plant]
    meetings.save_meeting(store, meeting)
    justering = protokoll_service.start_protokoll(store, meeting.id).justering
    justering.justerat = date(2020, 12, 10)  # the web protokoll is published once justerat
    if in_place:
        justering.forvaringsplats = PLACES[plant]
    protokoll_service.save_justering(store, meeting.id, justering)
    meeting = meeting_lookup.find_meeting(store, DAY)
    hits = public_copy.scan_public(store, meeting.id)
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    return meeting


def _missed(monkeypatch) -> None:
    """The masking misses everything it was told to mask (the secret items and bilagor are
    still left out: only what a text says is missed)."""
    monkeypatch.setattr(PublicCopyRules, "mask", lambda self, source, text: text)


@pytest.mark.parametrize("kind", ["namn", "sekretess"])
@pytest.mark.parametrize("output", MEETING_OUTPUTS)
def test_a_masking_miss_is_refused_by_every_output(demo_built, monkeypatch, output, kind):
    store, meeting = demo_built(_planted, kind, in_place=True)
    _missed(monkeypatch)
    with pytest.raises(PublicOutputRefused) as refused:
        OUTPUTS[output](store, meeting.id)
    message = str(refused.value)
    assert "skrivs inte: den slutliga kontrollen hittade" in message
    assert KIND_WORDS[kind] in message
    assert "Granska offentlig kopia" in message
    assert "Karlsson" not in message and "Lindqvist" not in message


def test_a_refused_page_is_named_by_its_running_header(demo_built, monkeypatch) -> None:
    store, meeting = demo_built(_planted)
    _missed(monkeypatch)
    with pytest.raises(PublicOutputRefused) as refused:
        OUTPUTS["paket (papper)"](store, meeting.id)
    message = str(refused.value)
    assert KIND_WORDS["namn"] in message and KIND_WORDS["sekretess"] in message
    assert "ett förslagsställarnamn i sida" in message
    assert "där sidhuvudet säger ”Ärende" in message
    assert "Karlsson" not in message and "Lindqvist" not in message


@pytest.mark.parametrize("output", REGISTER_OUTPUTS)
def test_a_register_list_that_misses_a_name_is_refused(demo_built, monkeypatch, output):
    """The lists of ksdesk's registers mask every name without consent themselves; when that
    misses (here: an uppdrag and another citizen's förslag that name the first), the last
    check refuses them too."""
    store, meeting_id = demo_built(_registers_naming_the_citizen)
    monkeypatch.setattr(
        "ksdesk.services.public_withheld.register_masking", lambda store: lambda text: text
    )
    with pytest.raises(PublicOutputRefused) as refused:
        OUTPUTS[output](store, meeting_id)
    assert KIND_WORDS["namn"] in str(refused.value) and "Karlsson" not in str(refused.value)


@pytest.mark.parametrize("output", list(OUTPUTS))
def test_the_masked_meeting_passes_every_output(demo_built, output) -> None:
    """No false refusal: the masking does its work, and the last check finds nothing."""
    store, meeting = demo_built(_planted, in_place=True)
    flat = " ".join(OUTPUTS[output](store, meeting.id).split())
    assert "Karlsson" not in flat and "Lindqvist" not in flat


def test_a_name_kept_by_the_secretary_passes(demo_built, monkeypatch) -> None:
    store, meeting = demo_built(_planted, in_place=True)
    hits = public_copy.scan_public(store, meeting.id)
    names = [h.key for h in hits if h.kind == "namn"]
    public_copy.decide(store, meeting.id, names, "behåll", by="Test")
    flat = OUTPUTS["kallelse (papper)"](store, meeting.id)
    assert CITIZEN in " ".join(flat.split())


def test_a_secret_bilaga_kept_by_the_secretary_passes_with_its_title(demo_built) -> None:
    """ "behåll" on the secret bilaga publishes it, title and all: the last check lets the
    title through, in the bilaga list and in the förslag that names it."""
    store, meeting = demo_built(_planted, "sekretess")
    hits = public_copy.scan_public(store, meeting.id)
    secret = [h.key for h in hits if h.kind == "sekretess"]
    public_copy.decide(store, meeting.id, secret, "behåll", by="Test")
    flat = " ".join(OUTPUTS["paket med förslag (papper)"](store, meeting.id).split())
    assert SECRET_TITLE in flat
