"""An ärende "publiceras inte i sin helhet" (core.not_in_full): the public versions show its
title, Dnr and the sentence, and not its tjänsteskrivelse, förslag, beslut or bilagor; the
review does not report what is never published, and still reads the title. As Kungsbacka's
Nämnden för miljö & hälsoskydd publishes a tillsyn §
(data/kungsbacka/miljo/2025/2025-10-09/protokoll-…-113-115-117-127.md, § 117)."""

from __future__ import annotations

from datetime import date

from ksdesk.core.not_in_full import DEFAULT_NOTE
from ksdesk.db import meeting_repo
from ksdesk.reports.kallelse_pdf import kallelse_pdf
from ksdesk.services import meeting_lookup, public_copy
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document, utdrag_document
from ksdesk.services.public_edition import public_edition
from ksdesk.services.web_edition import html_editions
from tests.services.test_protokoll_public import PNR, justera, words

BESLUT = "Nämnden förelägger fastighetsägaren att åtgärda avloppet."


def marked(store) -> tuple[int, str]:
    """The demo meeting held, the ärende of § 219 marked with a personnummer in its beslut,
    its förslag and its tjänsteskrivelse; and a public title on the ärende after it."""
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    protokoll = service.start_protokoll(store, meeting.id)
    paragraf = protokoll.paragraf(219)
    item = next(i for i in meeting.items if i.id == paragraf.item_id)
    item.not_in_full = True
    item.proposal = f"Förelägg {PNR}."
    if item.tjansteskrivelse is not None:
        item.tjansteskrivelse.sections[0].text += f" Sökande {PNR}."
    with store.atomic():
        meeting_repo.save(store, meeting)
    paragraf.beslut = f"{BESLUT} Gäller {PNR}."
    service.save_paragraf(store, paragraf)
    return meeting.id, item.title


def test_a_paragraf_not_in_full_shows_its_head_and_the_sentence(demo_store) -> None:
    meeting_id, title = marked(demo_store)
    assert public_copy.scan_public(demo_store, meeting_id) == []  # nothing published to check
    public = words(protokoll_document(demo_store, meeting_id, public=True))
    paragraf = service.get_protokoll(demo_store, meeting_id).paragraf(219)
    assert f"§ 219 Dnr {paragraf.dnr} {paragraf.title} {DEFAULT_NOTE}" in public
    assert BESLUT not in public and "XXXXXX" not in public
    full = words(protokoll_document(demo_store, meeting_id))
    assert BESLUT in full and DEFAULT_NOTE not in full  # paper keeps everything
    kallelse = words(kallelse_pdf(*_edition(demo_store, meeting_id), public=True))
    assert title.split()[0] in kallelse and DEFAULT_NOTE in kallelse
    assert "Förelägg" not in kallelse
    utdrag = words(utdrag_document(demo_store, meeting_id, 219, public=True))
    assert DEFAULT_NOTE in utdrag and BESLUT not in utdrag
    justera(demo_store, meeting_id)
    pages = [page.html for page in html_editions(demo_store, meeting_id)]  # the web's HTML
    assert all(DEFAULT_NOTE in html and "Förelägg" not in html for html in pages)
    assert len(pages) == 2 and BESLUT not in pages[1]


def test_the_title_of_an_arende_not_in_full_is_still_checked(demo_store) -> None:
    meeting_id, _title = marked(demo_store)
    meeting = meeting_repo.get(demo_store, meeting_id)
    item = next(i for i in meeting.items if i.not_in_full)
    item.title = f"Föreläggande, sökande {PNR}"
    with demo_store.atomic():
        meeting_repo.save(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting_id)
    assert [(h.kind, h.where) for h in hits] == [("personnummer", "ärende 3, rubrik")]


def _edition(store, meeting_id: int):
    edition = public_edition(store, meeting_id)
    edition.meeting.show_proposals = True
    return edition.meeting, edition.organ


def test_a_public_title_stands_for_the_title_in_every_public_output(demo_store) -> None:
    """IFO's "Ärende enligt socialtjänstlagen": a secret ärende and an open one each under
    the public title the secretary gave them, in the public kallelse and protokoll alike."""
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    protokoll = service.start_protokoll(demo_store, meeting.id)
    secret, open_item = meeting.items[5], meeting.items[3]
    secret.secret, secret.secrecy_ref = True, "26 kap. 1 § OSL"
    secret.public_title = "Ärende enligt socialtjänstlagen"
    open_item.public_title = "Ärende om tillsyn"
    with demo_store.atomic():
        meeting_repo.save(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    numbers = {p.item_id: p.nr for p in protokoll.paragrafer}
    public = words(protokoll_document(demo_store, meeting.id, public=True))
    assert f"§ {numbers[secret.id]} Ärende enligt socialtjänstlagen" in public
    assert "Ärende om tillsyn" in public
    kallelse = words(kallelse_pdf(*_edition(demo_store, meeting.id), public=True))
    for shown in (public, kallelse):
        assert secret.title not in shown and open_item.title not in shown
        assert "Ärende enligt socialtjänstlagen" in shown and "Ärende om tillsyn" in shown
