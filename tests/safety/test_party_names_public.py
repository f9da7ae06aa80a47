"""A private party of a bygg- or tillsyn matter named in a § (walk28's findings 1 and 2:
Kungsbacka's Byggnadsnämndens AU 2025-09-30 with invented persons): "Byggnadsnämnden
förelägger Anna Berg, ägare till fastigheten FJÄRÅS 2:45" and the recipients in "Beslutet
skickas till". Each name is a hit of `public scan`; masked, the public protokoll and its web
page print "[namn borttaget]" in the text and the recipient's role alone, as Kungsbacka
writes it ("Fastighetsägaren (delges)", "Sökande (A-post)"); the fastighetsbeteckning, the
authority among the recipients and the ledamöter stay."""

from __future__ import annotations

import html
import re
from datetime import date

from ksdesk.services import meeting_lookup, public_copy
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document
from tests.services.test_protokoll_public import justera, words

DAY = date(2020, 12, 7)
BESLUT = (
    "Byggnadsnämnden förelägger Anna Berg, ägare till fastigheten FJÄRÅS 2:45, vid ett vite "
    "om 20 000 kronor att beskära träden mot Fjäråsvägen."
)
RECIPIENTS = [
    "Fastighetsägaren, Bengt Karlsson, Tölövägen 14, 434 37 Kungsbacka (delges)",
    "Sökande, Maria Ekström (A-post)",
    "Skatteverket",
]
NAMES = ["Anna Berg", "Bengt Karlsson", "Maria Ekström"]


def _recorded(store) -> int:
    meeting = meeting_lookup.find_meeting(store, DAY)
    protokoll = service.start_protokoll(store, meeting.id)
    paragraf = protokoll.paragraf(219)
    paragraf.beslut = BESLUT
    paragraf.beslut_skickas_till = list(RECIPIENTS)
    service.save_paragraf(store, paragraf)
    return meeting.id


def test_each_party_is_a_hit_of_the_scan(demo_store) -> None:
    meeting_id = _recorded(demo_store)
    found = public_copy.scan_public(demo_store, meeting_id)
    hits = [h for h in found if "enskild part" in h.shown]
    assert {h.normalized for h in hits} == {name.lower() for name in NAMES}
    # Her address, though "Fastighetsägaren" beside it reads like the matter's property.
    recipients = {h.normalized for h in found if h.where.endswith("skickas till")}
    assert recipients == {"bengt karlsson", "tölövägen 14", "43437 kungsbacka", "maria ekström"}
    assert {h.where for h in hits} == {"§ 219, beslut", "§ 219, beslut skickas till"}
    assert all(h.decision is None for h in hits)  # the secretary decides, as other hits


def test_masked_the_public_protokoll_and_web_page_print_the_role(demo_store) -> None:
    from ksdesk.services.web_edition import html_editions

    meeting_id = _recorded(demo_store)
    hits = public_copy.scan_public(demo_store, meeting_id)
    public_copy.decide(demo_store, meeting_id, [h.key for h in hits], "maskera", by="Anna")
    public = words(protokoll_document(demo_store, meeting_id, public=True))
    justera(demo_store, meeting_id)
    page = next(p for p in html_editions(demo_store, meeting_id) if "protokoll" in p.name)
    web = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page.html)).split())
    for printed in (public, web):
        assert not [name for name in NAMES if name in printed]
        assert "Tölövägen" not in printed and "434 37" not in printed
        assert "förelägger [namn borttaget], ägare till fastigheten FJÄRÅS 2:45" in printed
        assert "Fastighetsägaren (delges) Sökande (A-post) Skatteverket" in printed
    full = words(protokoll_document(demo_store, meeting_id))
    assert all(name in full for name in NAMES)  # the protokoll itself is whole
