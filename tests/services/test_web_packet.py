"""The public packet for the web: one tagged PDF/UA-1 + PDF/A-2a with the kallelse, the
tjänsteskrivelser and every bilaga ksdesk renders, reading as the paper packet does; PDF
bilagor from others published beside it as files, named in the kallelse by links, and those
without tags named as not tillgänglighetsanpassade."""

from __future__ import annotations

import io
from dataclasses import replace

import pikepdf

from ksdesk.cli import main
from ksdesk.core.handlingar import bilaga_name
from ksdesk.core.meeting import numbered
from ksdesk.db import budget_repo, delegation_repo
from ksdesk.interchange.pdf_access import is_tagged
from ksdesk.reports.budget_layout import header_unit
from ksdesk.reports.web.model import Para, Part, WebDocument
from ksdesk.reports.web.typst_pdf import web_pdf
from ksdesk.services import meetings
from ksdesk.services.packet import build_packet
from ksdesk.services.public_edition import public_edition
from ksdesk.services.web_packet import UNTAGGED_NOTE, packet_web, untagged_bilagor
from tests.pdf_helpers import make_pdf, pages_text
from tests.services.test_protokoll_public import SECRET_BESLUT
from tests.services.test_web_edition import held
from tests.web_checks import assert_web_edition, paper_text, squeezed, structure_text

TITLE = "Kallelse med handlingar Kommunstyrelsen 2020-12-07 (offentlig version)"
MARKERS = str.maketrans("", "", "•\x7f")  # list bullets: Typst's "•", ReportLab's as pypdf reads it


def _links(store, meeting_id: int) -> list[str]:
    """What the web kallelse adds under each ärende: a link to each of its handlingar."""
    meeting = public_edition(store, meeting_id).meeting
    names = []
    for number, item in numbered(meeting.items):
        if number is None or item.secret:
            continue
        names += ["Tjänsteskrivelse"] if item.tjansteskrivelse else []
        names += [bilaga_name(b) for b in item.bilagor if not b.withheld]
    return names


def _repeated_headers(store) -> tuple[str, ...]:
    """The header rows paper repeats at the top of a page (the web edition too, as artifacts):
    the delegationsordning's per chapter, and each budget sheet's with its units (a sheet of
    about a page starts under the line naming it, and may go on over the page)."""
    version = delegation_repo.find(store, "reviderad-2020-11-26")
    chapters = [f"{c.title}NrÄrendeLagrumDelegatErsättareAnmärkning" for c in version.chapters]
    sheets = [budget_repo.get(store, sheet_id) for sheet_id, *_ in budget_repo.list_sheets(store)]
    budgets = ["".join(c.header + header_unit(s, c) for c in s.columns) for s in sheets]
    return tuple(chapters + budgets)


def test_public_packet_for_the_web_reads_as_the_paper_packet(demo_store, tmp_path) -> None:
    meeting_id = held(demo_store)  # ärende 6 secret
    meeting = meetings.get_meeting(demo_store, meeting_id)
    web = packet_web(demo_store, meeting_id, "paket")
    tags = {"H1", "H2", "H3", "L", "LI", "Table", "TR", "TH", "TD"}
    assert_web_edition(web.pdf, tmp_path, title=TITLE, tags=tags)
    assert web.files == []  # the demo's bilagor are all rendered by ksdesk
    text = squeezed(structure_text(web.pdf)).translate(MARKERS)
    kallelse_end = text.index(squeezed("Leif Pettersson"))
    head, rest = text[:kallelse_end], text[kallelse_end:]
    for name in _links(demo_store, meeting_id):  # first in the kallelse, in order
        assert squeezed(name) in head
        head = head.replace(squeezed(name), "", 1)
    paper = build_packet(demo_store, meeting_id, public=True).pdf
    expected = paper_text(paper, 16, 15, _repeated_headers(demo_store)).translate(MARKERS)
    # Paper breaks a word too wide for its column at a syllable with a drawn hyphen
    # (reports/hyphenation.py: the delegationsordning's "verksamhetsom-råde"), which a text
    # reading cannot tell from a word's own ("vård- och"); Typst writes U+00AD there.
    assert (head + rest).replace("-", "") == expected.replace("-", "")
    assert "StockholmBusiness" not in text and squeezed(SECRET_BESLUT) not in text
    # Every handling named in the kallelse is a link to its place in the packet.
    with pikepdf.open(io.BytesIO(web.pdf)) as pdf:
        links = [a for a in pdf.pages[0].get("/Annots", []) if a.Subtype == "/Link"]
    assert len(links) == len(_links(demo_store, meeting_id)) > 10
    assert meeting.items[5].title not in text


def test_pdf_bilagor_from_others_are_published_beside_the_packet(demo_path, tmp_path, capsys):
    from ksdesk.db.connection import open_store

    store = open_store(demo_path)
    meeting = meetings.get_meeting(store, meetings.list_meetings(store)[0].id)
    for item in meeting.items[3:]:  # a small packet: the files are what this test is about
        item.bilagor = []
    tagged = web_pdf(WebDocument("Karta", "Kommunstyrelsen", [Part((Para("Karta"),))]))
    untagged = make_pdf(2, "Yttrande från länsstyrelsen")
    meeting.items[2].bilagor += [
        replace(meetings.pdf_bilaga(untagged, "yttrande.pdf", "yttrande"), nr="2"),
        replace(meetings.pdf_bilaga(tagged, "karta.pdf", "karta"), nr="3"),
    ]
    meetings.save_meeting(store, meeting)
    assert untagged_bilagor(store, meeting.id) == ["ärende 3, Bilaga 2. yttrande (yttrande.pdf)"]
    store.close()
    out = tmp_path / "webb" / "paket.pdf"
    out.parent.mkdir()
    args = ["kallelse", "--db", str(demo_path), "--meeting", "2020-12-07", "--packet", "--public"]
    assert main([*args, "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert "paket-bilaga-3-2.pdf  ärende 3, Bilaga 2. yttrande" in said.out
    assert "Bilaga 2. yttrande är inte tillgänglighetsanpassad" in said.err
    # Published as their public edition: the pages' content, still tagged where it was.
    published = out.parent / "paket-bilaga-3-2.pdf", out.parent / "paket-bilaga-3-3.pdf"
    assert pages_text(published[0].read_bytes()) == pages_text(untagged)
    assert [is_tagged(p.read_bytes()) for p in published] == [False, True]
    assert_web_edition(out.read_bytes(), tmp_path, title=TITLE, tags={"H1", "H2"})
    text = structure_text(out.read_bytes())
    assert text.count("Bilagan är en egen PDF-fil som publiceras med kallelsen") == 2
    assert squeezed(UNTAGGED_NOTE) in squeezed(text)  # once: only the yttrande lacks tags
    assert squeezed(text).count(squeezed(UNTAGGED_NOTE)) == 1
    with pikepdf.open(out) as pdf:
        uris = {str(a.A.URI) for a in pdf.pages[0].get("/Annots", []) if "/URI" in a.get("/A", {})}
    assert uris == {"paket-bilaga-3-2.pdf", "paket-bilaga-3-3.pdf"}
    # The public review names it too.
    assert main(["public", "scan", "--db", str(demo_path), "--meeting", "2020-12-07"]) == 0
    assert "yttrande (yttrande.pdf): inte tillgänglighetsanpassad" in capsys.readouterr().out
