"""A § beslutsunderlag that names a secret bilaga is printed in every public protokoll and
utdrag with that bilaga's public line ("Bilaga 3 – omfattas av sekretess (26 kap. 1 § OSL)"),
also when the title itself holds something else the review masks: a citizen's name without
consent, or a personnummer. The review trusts the public edition to replace such a line
whole (public_mentions.Mentions._replaced_anyway), reading it as written; the edition looked
for the title in the line after masking, where the name had become "förslagsställaren", so the
line was printed with the rest of the secret title ("Skrivelse från förslagsställaren om
skolskjuts").

The list is written by hand on the Paragrafer page since schema step m1405, and from the
ärende's bilagor when the § is made (core.beslutsunderlag). The names and titles are made up;
the meeting is the demo's (Ludvika kommunstyrelse 2020-12-07)."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.services import meeting_lookup, meetings, motioner, public_copy
from ksdesk.services import protokoll as protokoll_service
from tests.pdf_helpers import make_pdf
from tests.safety.planted_numbers import number
from tests.safety.public_surfaces import OUTPUTS, PARAGRAF

DAY = date(2020, 12, 7)
CITIZEN = "Kalle Karlsson"
OSL = "26 kap. 1 § OSL"
TEN = number(777)
# Two secret bilagor of the ärende of § 219: one names the citizen, one a person's number.
NAMED = f"Skrivelse från {CITIZEN} om skolskjuts"
NUMBERED = f"Utredning om bistånd {TEN[:6]}-{TEN[6:]}"
# What would be left of each title once the name or number in it is masked.
REST = ("skolskjuts", "Utredning om bistånd")
PROTOKOLL_OUTPUTS = (
    "protokoll (papper)",
    "utdrag (papper)",
    "protokoll (webb)",
    "utdrag (webb)",
    "HTML-sidor",
)


def _meeting_with_secret_bilagor(store) -> int:
    motioner.save(
        store,
        Motion(MotionTyp.MEDBORGARFORSLAG, "Hållplats", date(2020, 3, 2), av=CITIZEN, dnr="KS 9"),
    )
    meeting = meeting_lookup.find_meeting(store, DAY)
    item = meeting.items[2]  # "Omfördelning av budgetmedel …", § 219
    for title in (NAMED, NUMBERED):
        bilaga = meetings.pdf_bilaga(make_pdf(1, "Sekretess"), "skrivelse.pdf", title)
        bilaga.secret, bilaga.secrecy_ref = True, OSL
        item.bilagor.append(bilaga)
    for index, bilaga in enumerate(item.bilagor):
        bilaga.nr = str(index + 1)
    meetings.save_meeting(store, meeting)
    protokoll_service.start_protokoll(store, meeting.id)
    protokoll = protokoll_service.get_protokoll(store, meeting.id)
    paragraf = protokoll.paragraf(PARAGRAF)
    # The ärende's list, and a line the secretary wrote herself on the Paragrafer page.
    assert f"{NAMED}." in paragraf.beslutsunderlag
    paragraf.beslutsunderlag.append(f"{NUMBERED}, inkommen 2020-11-20")
    protokoll_service.save_paragraf(store, paragraf)
    justering = protokoll.justering
    justering.justerare = [person.name for person in protokoll.upprop[:2]]
    justering.justerat = date(2020, 12, 10)  # the web protokoll is published once justerat
    protokoll_service.save_justering(store, meeting.id, justering)
    for hit in public_copy.scan_public(store, meeting.id):
        public_copy.decide(store, meeting.id, [hit.key], "maskera", by="Test")
    return meeting.id


@pytest.mark.parametrize("output", PROTOKOLL_OUTPUTS)
def test_a_secret_bilaga_named_in_the_beslutsunderlag_prints_its_public_line(
    demo_built, output: str
) -> None:
    store, meeting_id = demo_built(_meeting_with_secret_bilagor)
    text = " ".join(OUTPUTS[output](store, meeting_id).split())
    for rest in REST:
        assert rest not in text, output
    assert TEN[:6] not in text and CITIZEN not in text
    assert f"omfattas av sekretess ({OSL})" in text


def test_the_list_as_ksdesk_wrote_it_is_no_hit_of_the_review(demo_built) -> None:
    """The § keeps the list as ksdesk last wrote it from the ärende (m1405), never printed:
    the review asked for a decision on it under its field name ("§ 219,
    underlag_fran_arendet") beside the printed list's own hits."""
    store, meeting_id = demo_built(_meeting_with_secret_bilagor)
    hits = public_copy.scan_public(store, meeting_id)
    assert [h.where for h in hits if "underlag_fran_arendet" in h.source] == []
    assert [h.where for h in hits if "_" in h.where] == []
    assert any(h.where == f"§ {PARAGRAF}, beslutsunderlag" for h in hits)


# Word's optional hyphen, pasted along: not drawn, so the page prints the words whole.
UNSEEN = ("Skriv\u00adelse från Kalle Karls\u00adson", "Utredning om bis\u00adtånd")


def test_words_split_by_a_soft_hyphen_are_found_and_masked(demo_built) -> None:
    store, meeting_id = demo_built(_meeting_with_secret_bilagor)
    protokoll = protokoll_service.get_protokoll(store, meeting_id)
    paragraf = protokoll.paragraf(PARAGRAF)
    paragraf.beslutsunderlag += [f"{UNSEEN[0]} om skolskjuts.", f"{UNSEEN[1]} {TEN[:6]}-{TEN[6:]}."]
    protokoll_service.save_paragraf(store, paragraf)
    for hit in public_copy.scan_public(store, meeting_id):
        if not hit.resolved:
            public_copy.decide(store, meeting_id, [hit.key], "maskera", by="Test")
    shown = OUTPUTS["utdrag (papper)"](store, meeting_id).replace("\u00ad", "")
    text = " ".join(shown.split())
    assert [rest for rest in ("Karlsson", *REST) if rest in text] == []


def test_the_public_edition_carries_no_list_it_did_not_mask(demo_built) -> None:
    """The list as ksdesk wrote it from the ärende is not walked by the review (never
    printed): the public edition every renderer reads holds none of it either."""
    from ksdesk.services.protokoll_print import protokoll_edition

    store, meeting_id = demo_built(_meeting_with_secret_bilagor)
    edition = protokoll_edition(store, meeting_id, public=True)
    assert [p.nr for p in edition.protokoll.paragrafer if p.underlag_fran_arendet] == []
    internal = protokoll_edition(store, meeting_id)
    assert internal.protokoll.paragraf(PARAGRAF).underlag_fran_arendet
