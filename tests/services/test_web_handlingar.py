"""`ksdesk webb`: the HTML kallelse links each public ärende's handlingar, written beside it as
PDF files from the public edition; a withheld bilaga is named with why and never written, a
secret ärende links nothing, and a file an earlier run wrote that is no longer published is
taken away."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from ksdesk.cli import main
from ksdesk.core.kallelse import withheld_line
from ksdesk.db import meeting_repo
from ksdesk.interchange.pdf_access import is_tagged
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services.public_edition import public_edition
from tests.pdf_helpers import make_pdf, pages_text
from tests.web_checks import assert_web_edition, structure_text

DAY = "2020-12-07"
SECRET_TEXT = "Hemlig utredning om Dalbo"  # invented
NAME = re.compile(rf"kallelse-{DAY}-arende-\d+-(tjansteskrivelse|bilaga-[0-9A-Za-z]+(-\d+)?)\.pdf")
VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr"}


def _with_handlingar(store) -> int:
    """Ärende 3 with its tjänsteskrivelse, the demo's delegationsbeslut, a PDF yttrande and
    a secret PDF bilaga; 4 and 5 their tjänsteskrivelser alone; 6 secret, its bilaga kept."""
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    for item in meeting.items[3:5]:  # fewer files to set: the links are what is tested
        item.bilagor = []
    meeting.items[5].secret, meeting.items[5].secrecy_ref = True, "21 kap. 1 § OSL"
    meeting.items[2].bilagor += [
        # "1" as the delegationsbeslut without a number is by its place: two files, not one
        replace(meetings.pdf_bilaga(make_pdf(1, "Yttrande"), "yttrande.pdf", "yttrande"), nr="1"),
        replace(
            meetings.pdf_bilaga(make_pdf(1, SECRET_TEXT), "utredning.pdf"),
            nr="3",
            secret=True,
            secrecy_ref="26 kap. 1 § OSL",
        ),
    ]
    with store.atomic():
        meeting_repo.save(store, meeting)
    hits = public_copy.scan_public(store, meeting.id)
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    return meeting.id


class Page(HTMLParser):
    """A page's links (href, text) and what is wrong with it as HTML: a tag closed that is
    not open, one left open, an id twice."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []
        self.lang = ""
        self.feed(html)
        self.problems += [f"<{tag}> inte stängd" for tag in self.open]

    def handle_starttag(self, tag, attrs) -> None:
        attrs = dict(attrs)
        self.lang = self.lang or (attrs.get("lang", "") if tag == "html" else "")
        if attrs.get("id") in self.ids:
            self.problems.append(f"id {attrs['id']} två gånger")
        self.ids.add(attrs.get("id", ""))
        if tag == "a":
            self.links.append((attrs.get("href", ""), ""))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> utan <{tag}>")
        else:
            self.open.pop()

    def handle_data(self, data) -> None:
        if "a" in self.open and self.links:
            href, text = self.links[-1]
            self.links[-1] = (href, text + data)


def test_webb_kallelse_links_the_public_handlingar_written_beside_it(
    demo_built, tmp_path: Path, capsys
) -> None:
    store, meeting_id = demo_built(_with_handlingar)
    out = tmp_path / "webb"
    out.mkdir()
    stale = out / f"kallelse-{DAY}-arende-6-bilaga-1.pdf"  # an earlier run's, now secret
    stale.write_bytes(b"%PDF-1.4 gammal")
    assert main(["webb", "--db", str(store.path), "--meeting", DAY, "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert f"Borttagen, publiceras inte längre: {stale}" in said.out and not stale.exists()
    assert "Bilaga 1. yttrande är inte tillgänglighetsanpassad" in said.err
    page = Page((out / f"kallelse-{DAY}.html").read_text(encoding="utf-8"))
    assert page.problems == [] and page.lang == "sv"
    files = sorted(p.name for p in out.glob("*.pdf"))
    # Each link names its document (never "klicka här") and goes to a file beside the page.
    assert sorted(href for href, _ in page.links) == files
    # the file's own size, "(PDF, 36 kB)"; a file without tags says so
    size = re.compile(r" \(PDF, [0-9,]+\sk?B(, ej tillgänglighetsanpassad)?\)$")
    texts = [" ".join(text.split()) for _, text in page.links]
    assert all(size.search(text) for text in texts), texts
    assert [text for text in texts if "ej tillgänglighetsanpassad" in text] == [texts[2]]
    assert [size.sub("", text) for text in texts] == [
        "Tjänsteskrivelse, ärende 3",
        "Bilaga: Delegationsbeslut SBN 2020/877",
        "Bilaga 1. yttrande",
        "Tjänsteskrivelse, ärende 4",
        "Tjänsteskrivelse, ärende 5",
    ]
    assert all(NAME.fullmatch(name) for name in files) and len(files) == 5
    # The secret bilaga is named as withheld, as the packet names it, and written nowhere.
    edition = public_edition(store, meeting_id)
    secret = edition.meeting.items[2].bilagor[-1]
    html = (out / f"kallelse-{DAY}.html").read_text(encoding="utf-8")
    assert withheld_line(secret) == "Bilaga 3 – omfattas av sekretess (26 kap. 1 § OSL)"
    assert withheld_line(secret) in html
    assert not any(SECRET_TEXT in " ".join(pages_text(p.read_bytes())) for p in out.glob("*.pdf"))
    assert "Stockholm Business Alliance" not in html
    # The stored PDF is its public edition; what ksdesk sets itself is a tagged web edition.
    yttrande = out / f"kallelse-{DAY}-arende-3-bilaga-1-2.pdf"
    assert pages_text(yttrande.read_bytes()) == ["Yttrande sida 1"]
    assert not is_tagged(yttrande.read_bytes())
    ts = (out / f"kallelse-{DAY}-arende-3-tjansteskrivelse.pdf").read_bytes()
    title = "Tjänsteskrivelse, ärende 3 – Kommunstyrelsen (offentlig version)"
    assert_web_edition(ts, tmp_path, title=title, tags={"H1", "H2"})
    assert "Omfattas av sekretess (26 kap. 1 § OSL)" in structure_text(ts)
