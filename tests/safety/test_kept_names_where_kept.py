"""A citizen's name the secretary keeps in one text ("behåll": the förslagsställare agreed
to it being published in that ärende) passes the last check only where that text is
printed, as a kept personnummer does (tests/safety/test_kept_where_kept.py). Before, a
name kept in ärende 3 was taken out of the list the last check reads for, and passed on
ärende 5's pages too had the masking there missed it; so did a secret title kept in one
text's mention of it.

A masking miss is simulated in the texts of one ärende or § (the last check is the last
line: what it must catch is what the masking let by). The förslag is Mjölby kommun's
("Beslutade medborgarförslag 2020", https://www.mjolby.se/37199.html: "Bollkorg eller
klätterplank vid Prästgårdsliden"); its author here is a made-up citizen, as in
tests/safety/test_citizen_names.py."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pikepdf
import pytest

from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.core.text_walk import row_name
from ksdesk.services import meeting_lookup, meetings, motioner, public_copy, web_edition
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.packet import build_packet
from ksdesk.services.protokoll_print import protokoll_document, utdrag_document
from ksdesk.services.public_gate import PublicOutputRefused
from ksdesk.services.web_packet import packet_web
from tests.pdf_helpers import pages_text

DAY = date(2020, 12, 7)
CITIZEN = "Kalle Karlsson"
FORSLAG = "Bollkorg eller klätterplank vid Prästgårdsliden"
CONSENTED = f"Förslagsställaren {CITIZEN} har medgett att namnet publiceras i detta ärende."
NAMED = f"Se {CITIZEN}s medborgarförslag om bollkorg."
SECRET_TITLE = "Utredning om placering av Lindqvist"
NAME_FOUND = "namnet på en förslagsställare som inte har samtyckt till publicering"
TITLE_FOUND = "rubriken på ett sekretessmarkerat ärende eller en sekretessmarkerad bilaga"


def _html_handlingar(store, meeting_id: int) -> bytes:
    """The handlingar written beside the HTML kallelse, as one PDF to read."""
    joined = pikepdf.new()
    for file in web_edition.html_folder(store, meeting_id).files:
        with pikepdf.open(io.BytesIO(file.data)) as pdf:
            joined.pages.extend(pdf.pages)
    out = io.BytesIO()
    joined.save(out)
    return out.getvalue()


OUTPUTS = {
    "paket (papper)": lambda store, mid: build_packet(store, mid, public=True).pdf,
    "paket (webb)": lambda store, mid: packet_web(store, mid, "paket").pdf,
    "handlingar bredvid HTML-kallelsen": _html_handlingar,
}


def _citizen(store) -> None:
    motioner.save(
        store,
        Motion(MotionTyp.MEDBORGARFORSLAG, FORSLAG, date(2019, 5, 6), av=CITIZEN, dnr="KS 9"),
    )


def _decide(store, meeting_id: int, kept_in: list[str]) -> None:
    """ "behåll" on the hits of the texts named by `kept_in`, "maskera" on every other."""
    hits = public_copy.scan_public(store, meeting_id)
    kept = [h.key for h in hits if any(name in h.source for name in kept_in)]
    masked = [h.key for h in hits if h.key not in kept]
    public_copy.decide(store, meeting_id, kept, "behåll", by="Test")
    public_copy.decide(store, meeting_id, masked, "maskera", by="Test")


def _missing(monkeypatch, row) -> None:
    """The masking misses every text of `row` (an ärende or a §)."""
    mask = PublicCopyRules.mask

    def missing(self, source: str, text: str) -> str:
        return text if row_name(row) in source else mask(self, source, text)

    monkeypatch.setattr(PublicCopyRules, "mask", missing)


def _kept_in_three_named_in_five(store, words: str = CONSENTED):
    """Ärende 3's tjänsteskrivelse keeps `words` on purpose; ärende 5's names the same
    citizen (or title), decided "maskera"."""
    _citizen(store)
    meeting = meeting_lookup.find_meeting(store, DAY)
    keeping, other = meeting.items[2], meeting.items[4]
    keeping.tjansteskrivelse.sections[0].text += f" {words}"
    other.tjansteskrivelse.sections[0].text += f" {NAMED if words == CONSENTED else words}"
    meetings.save_meeting(store, meeting)
    _decide(store, meeting.id, [row_name(keeping)])
    return meeting, other


@pytest.mark.parametrize("output", list(OUTPUTS))
def test_a_name_kept_in_one_arende_passes_there_and_nowhere_else(
    demo_store, monkeypatch, output
) -> None:
    meeting, other = _kept_in_three_named_in_five(demo_store)
    text = " ".join(pages_text(OUTPUTS[output](demo_store, meeting.id)))
    assert CONSENTED in text  # kept where it was kept: no false refusal
    assert "Se förslagsställarens medborgarförslag om bollkorg." in text
    _missing(monkeypatch, other)
    with pytest.raises(PublicOutputRefused) as refused:
        OUTPUTS[output](demo_store, meeting.id)
    message = str(refused.value)
    assert NAME_FOUND in message and "Ärende 5 · Dnr 2019/507" in message
    assert "Karlsson" not in message


def test_a_secret_title_kept_in_one_text_passes_nowhere_else(demo_store, monkeypatch) -> None:
    """ "behåll" on ärende 3's mention of a secret bilaga's title: the title is published
    there, and refused on ärende 5's pages where the masking missed it."""
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    holder = next(i for i in meeting.items if i.bilagor and i not in meeting.items[2:5:2])
    holder.bilagor[0] = replace(
        holder.bilagor[0], title=SECRET_TITLE, secret=True, secrecy_ref="26 kap. 1 § OSL"
    )
    meetings.save_meeting(demo_store, meeting)
    mention = f"Se {SECRET_TITLE}."
    meeting, other = _kept_in_three_named_in_five(demo_store, mention)
    assert mention in " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    _missing(monkeypatch, other)
    with pytest.raises(PublicOutputRefused) as refused:
        build_packet(demo_store, meeting.id, public=True)
    message = str(refused.value)
    assert TITLE_FOUND in message and "Ärende 5 · Dnr 2019/507" in message
    assert "Lindqvist" not in message


def _paragrafer_kept_in_one(store):
    """The § of ärende 3 keeps the citizen's name on purpose (the förslagsställare agreed);
    the § of ärende 5 names the citizen too, decided "maskera". The protokoll is justerat
    (the web edition publishes only a justerat one)."""
    _citizen(store)
    meeting = meeting_lookup.find_meeting(store, DAY)
    protokoll = protokoll_service.start_protokoll(store, meeting.id)
    keeping, other = (
        next(p for p in protokoll.paragrafer if p.item_id == meeting.items[n].id) for n in (2, 4)
    )
    keeping.beslut += f"\n{CONSENTED}"
    other.beslut += f"\n{NAMED}"
    for paragraf in (keeping, other):
        protokoll_service.save_paragraf(store, paragraf)
    justering = protokoll.justering
    justering.justerat = date(2020, 12, 10)
    protokoll_service.save_justering(store, meeting.id, justering)
    _decide(store, meeting.id, [row_name(keeping)])
    return meeting.id, keeping, other


PROTOKOLL = {
    "protokoll (papper)": lambda store, mid: protokoll_document(store, mid, public=True),
    "protokoll (webb)": web_edition.protokoll_web,
}


@pytest.mark.parametrize("output", list(PROTOKOLL))
def test_a_name_kept_in_one_paragraf_passes_in_no_other(demo_store, monkeypatch, output) -> None:
    """Page by page: the protokoll prints every §, and the name kept in § 219 does not
    pass on § 221's page."""
    meeting_id, _keeping, other = _paragrafer_kept_in_one(demo_store)
    text = " ".join(pages_text(PROTOKOLL[output](demo_store, meeting_id)))
    assert CONSENTED in text and "Se förslagsställarens medborgarförslag" in text
    _missing(monkeypatch, other)
    with pytest.raises(PublicOutputRefused) as refused:
        PROTOKOLL[output](demo_store, meeting_id)
    message = str(refused.value)
    assert "protokollet skrivs inte" in message and NAME_FOUND in message
    assert f"som hör till § {other.nr}" in message  # its header names no §: the page does
    assert "Karlsson" not in message


def test_an_utdrag_passes_the_name_kept_in_its_paragraf_only(demo_store, monkeypatch) -> None:
    meeting_id, keeping, other = _paragrafer_kept_in_one(demo_store)
    kept = " ".join(pages_text(utdrag_document(demo_store, meeting_id, keeping.nr, public=True)))
    assert CONSENTED in kept
    _missing(monkeypatch, other)
    with pytest.raises(PublicOutputRefused, match="protokollsutdraget skrivs inte"):
        utdrag_document(demo_store, meeting_id, other.nr, public=True)
    assert CONSENTED in " ".join(
        pages_text(utdrag_document(demo_store, meeting_id, keeping.nr, public=True))
    )


def test_the_html_protokoll_is_read_paragraf_by_paragraf(demo_store, monkeypatch) -> None:
    """The HTML edition has no pages: it is read in parts, one § each (from its heading to
    the next), and what § 219 kept passes in no other part."""
    meeting_id, _keeping, other = _paragrafer_kept_in_one(demo_store)
    protokoll = web_edition.html_editions(demo_store, meeting_id)[-1].html
    assert CONSENTED in protokoll and "Se förslagsställarens medborgarförslag" in protokoll
    _missing(monkeypatch, other)
    with pytest.raises(PublicOutputRefused, match=r"protokollet \(HTML\) skrivs inte") as refused:
        web_edition.html_editions(demo_store, meeting_id)
    assert NAME_FOUND in str(refused.value) and "Karlsson" not in str(refused.value)


def test_the_html_kallelse_passes_no_name_kept_only_in_a_tjansteskrivelse(
    demo_store, monkeypatch
) -> None:
    """The kallelse prints no tjänsteskrivelse: a name kept only there passes in none of
    its texts, on the web as HTML too."""
    meeting, other = _kept_in_three_named_in_five(demo_store)
    other.title += f" ({CITIZEN}s förslag)"
    # The kallelse the one text printing the title: ärende 5's tjänsteskrivelse, written
    # beside the page, would be refused first (read in test_a_name_kept_in_one_arende_…).
    other.tjansteskrivelse = None
    meetings.save_meeting(demo_store, meeting)
    _decide(demo_store, meeting.id, [row_name(meeting.items[2]) + "/tjansteskrivelse/"])
    kallelse = web_edition.html_editions(demo_store, meeting.id)[0].html
    assert "(förslagsställarens förslag)" in kallelse
    _missing(monkeypatch, other)
    with pytest.raises(PublicOutputRefused, match=r"kallelsen \(HTML\) skrivs inte"):
        web_edition.html_editions(demo_store, meeting.id)
