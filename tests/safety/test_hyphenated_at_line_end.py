"""A citizen's name or a secret title hyphenated at a line's end in a PDF bilaga ("Kalle
Karls-" over "son", "Stockholm Busi-" over "ness Alliance"), as justified text with
hyphenation prints it, is read whole: the review finds it on the page, and the last check
reads for it. Before, only the PDF import of a tjänsteskrivelse joined such words; the
review and the last check read "Karls-" and "son" apart, and the public packet printed the
page. A typed hyphen inside a title is still found as written.

The texts are test_citizen_names.py's and test_secret_mentions.py's (Mjölby's decision on a
medborgarförslag, the citizen made up; the demo's ärende Stockholm Business Alliance marked
secret); the variant is the line break."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.secret_mentions import mentions
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services.packet import build_packet
from tests.pdf_helpers import text_pdf
from tests.safety.public_surfaces import pdf_surfaces
from tests.safety.test_citizen_names import CITIZEN, _meeting_naming_the_citizen

DAY = date(2020, 12, 7)
SECRET = "Stockholm Business Alliance"
BROKEN = {
    "namn": ["Förslaget lämnades av Kalle Karls-", "son, som bor vid Prästgårdsliden."],
    "sekretess": ["Ärendet hänger samman med Stockholm Busi-", "ness Alliance, som redovisas."],
}


def _pdf(lines: list[str]) -> bytes:
    return text_pdf(["\n".join(lines)])


@pytest.mark.parametrize(
    "text",
    ["Kalle Karls-\nson bor", "Kalle Karls\u00ad\nson bor", "Kalle Karls–  \n  son bor"],
)
def test_a_name_broken_at_a_line_end_is_a_mention(text: str) -> None:
    assert mentions(text, (CITIZEN,))


def test_a_hyphen_inside_a_line_is_still_no_break() -> None:
    assert not mentions("Kalle Karls-son bor", (CITIZEN,))  # not the name as written
    assert mentions("Upplands-\nBro kommun", ("Upplands-Bro kommun",))


@pytest.mark.parametrize("kind", BROKEN)
def test_the_last_check_reads_it_on_the_page(demo_store, kind: str) -> None:
    meeting = _meeting(demo_store, kind)
    words = public_copy.ensure_public_ok(demo_store, meeting.id).withheld_words
    assert [f.normalized for f in audit_pdf(_pdf(BROKEN[kind]), withheld=words).findings] == [kind]


def _meeting(store, kind: str):
    meeting = _meeting_naming_the_citizen(store)
    secret = next(i for i in meeting.items if i.title == SECRET)
    secret.secret, secret.secrecy_ref = True, "31 kap. 16 § OSL"
    item = meeting.items[2]
    attached = meetings.pdf_bilaga(_pdf(BROKEN[kind]), "skrivelse.pdf", "Skrivelse")
    attached.nr = str(len(item.bilagor) + 1)
    item.bilagor.append(attached)
    meetings.save_meeting(store, meeting)
    for hit in public_copy.scan_public(store, meeting.id):
        public_copy.decide(store, meeting.id, [hit.key], "maskera", by="Test")
    return meeting_lookup.find_meeting(store, DAY)


@pytest.mark.parametrize("kind", BROKEN)
def test_the_review_finds_it_and_the_packet_leaves_the_page_out(demo_store, kind) -> None:
    meeting = _meeting(demo_store, kind)
    pages = [h for h in public_copy.scan_public(demo_store, meeting.id) if ":sida:" in h.source]
    assert [h.kind for h in pages] == [kind]
    printed = " ".join(pdf_surfaces(build_packet(demo_store, meeting.id, public=True).pdf).split())
    assert "Karls" not in printed and "Busi" not in printed
