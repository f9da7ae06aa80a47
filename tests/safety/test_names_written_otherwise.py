"""A person with skyddade personuppgifter is registered as folkbokförd, and a text names
them as people write it: one given name of several, a hyphenated name with a space, a name
without å, ä, ö; the address typed on one line with its postnummer, after a c/o line, with
a lägenhet after the number, a house letter with or without a space. Before, the review
looked only for the name and the address as registered: "Kalle Karlsson" of a person
registered as "Kalle Erik Karlsson", and "Storgatan 12" of one registered at "Storgatan 12
771 30 Ludvika", were published in the public kallelse and the web edition, and the last
check, reading for the same forms, passed them. The author of a medborgarförslag who did not
consent to publication was found the same way, and is now too."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.citizen_mentions import written_name_forms
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.secret_mentions import names_any
from ksdesk.core.skyddad_person import SkyddadPerson, address_forms
from ksdesk.services import kallelse, meeting_lookup, meetings, motioner, public_copy, skyddade
from tests.pdf_helpers import pages_text

DAY = date(2020, 12, 7)

# Registered name, how a text writes it.
NAMES = [
    ("Kalle Erik Karlsson", "Kalle Karlsson"),
    ("Kalle Erik Karlsson", "Erik Karlsson"),
    ("Kalle Erik Karlsson", "Karlsson, Kalle"),
    ("Anna Svensson Berg", "Berg, Anna"),
    ("Anna Svensson Berg", "Anna Berg"),
    ("Anna-Karin Öberg", "Anna Karin Öberg"),
    ("Anna-Karin Öberg", "Anna-Karin Oberg"),
    ("Lisa Svensson-Berg", "Lisa Svensson Berg"),
]
# Registered address, how a text writes it.
ADDRESSES = [
    ("Storgatan 12 771 30 Ludvika", "Storgatan 12"),
    ("c/o Svensson, Storgatan 12, 771 30 Ludvika", "Storgatan 12"),
    ("Storgatan 12 lgh 1102, 771 30 Ludvika", "Storgatan 12"),
    ("Storgatan 12 A, 771 30 Ludvika", "Storgatan 12A"),
    ("Storgatan 12A, 771 30 Ludvika", "Storgatan 12 A"),
]


@pytest.mark.parametrize(("registered", "written"), NAMES)
def test_the_name_as_a_text_writes_it_is_looked_for(registered: str, written: str) -> None:
    assert names_any(f"Beslutet skickas till {written} i dag.", written_name_forms(registered))


@pytest.mark.parametrize(("registered", "written"), ADDRESSES)
def test_the_street_as_a_text_writes_it_is_looked_for(registered: str, written: str) -> None:
    assert names_any(f"Hushållet på {written} i Ludvika.", address_forms(registered))


def test_not_every_word_or_number_is_taken() -> None:
    assert address_forms("Ludvika") == ()
    assert not names_any("Storgatan 120 och Lillgatan 12", address_forms("Storgatan 12, Ludvika"))
    assert not names_any("Kalle Anka och Erik Berg", written_name_forms("Kalle Erik Karlsson"))


def test_no_public_output_prints_them(demo_store) -> None:
    skyddade.save(
        demo_store,
        SkyddadPerson("Kalle Erik Karlsson", "c/o Svensson\nStorgatan 12 B 771 30 Ludvika"),
        by="Anna",
    )
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    item = meeting.items[2]
    item.proposal += " Bidraget betalas till Kalle Karlsson, Storgatan 12B i Ludvika."
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    protected = [h for h in hits if h.kind == "skyddad"]
    assert len(protected) == 2 and all(h.always_masked for h in protected)  # name, address
    open_keys = [h.key for h in hits if not h.resolved]
    public_copy.decide(demo_store, meeting.id, open_keys, "maskera", by="Anna")
    paper = kallelse.kallelse_pdf(demo_store, meeting.id, public=True, with_proposals=True)
    text = " ".join(" ".join(pages_text(paper)).split())
    assert "Karlsson" not in text and "Storgatan" not in text
    assert "Bidraget betalas till en enskild person, [adress borttagen] i Ludvika." in text


def test_a_citizen_without_consent_is_found_as_texts_write_the_name(demo_store) -> None:
    """The same for the author of a medborgarförslag who did not consent: the register holds
    the name as signed, "Kalle Erik Karlsson", and the förslag's answer says "Kalle
    Karlssons medborgarförslag"; before, it was published with no hit in the review."""
    motioner.save(
        demo_store,
        Motion(
            MotionTyp.MEDBORGARFORSLAG,
            "Bollkorg vid Prästgårdsliden",
            date(2019, 5, 6),
            av="Kalle Erik Karlsson",
            namn_publiceras=False,
            dnr="KS/2019:85",
        ),
    )
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    meeting.items[2].proposal += " att avslå Kalle Karlssons medborgarförslag om bollkorg."
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    open_hits = [h for h in hits if not h.resolved]
    assert [h.kind for h in open_hits] == ["namn"]
    public_copy.decide(demo_store, meeting.id, [open_hits[0].key], "maskera", by="Anna")
    paper = kallelse.kallelse_pdf(demo_store, meeting.id, public=True, with_proposals=True)
    text = " ".join(" ".join(pages_text(paper)).split())
    assert "Karlsson" not in text and "att avslå förslagsställarens medborgarförslag" in text
