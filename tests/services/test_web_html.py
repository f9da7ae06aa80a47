"""`ksdesk webb`: the public kallelse and protokoll as semantic, self-contained HTML, saying
exactly what the web PDFs say (the same WebDocument), every character escaped."""

from __future__ import annotations

from html.parser import HTMLParser

from ksdesk.cli import main
from ksdesk.db.connection import open_store
from ksdesk.reports.web.html import web_html
from ksdesk.reports.web.model import Cell, Heading, Items, Para, Part, Run, Table, WebDocument
from ksdesk.services.web_edition import kallelse_web, protokoll_web
from tests.reports.test_web_typst import HOSTILE
from tests.services.test_protokoll_public import SECRET_BESLUT
from tests.services.test_web_edition import held
from tests.web_checks import squeezed, structure_text

# The demo's one handling named but not linked: it has no file (test_web_handlingar.py).
NOT_LINKED = (
    "Bilaga 3. Nuvarande delegationsordning beslutad den 20 augusti 2019 § 164. "
    "(publiceras inte här: handlingen kan begäras från sekreteraren)"
)


class Page(HTMLParser):
    """What a browser and a screen reader get of a page: its text, its tags and attributes."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.linked: list[str] = []  # the text of each link
        self._skip = self._in_link = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))
        self._skip += tag in ("style", "title", "script")
        if tag == "a":
            self.linked.append("")
            self._in_link += 1

    def handle_endtag(self, tag) -> None:
        self._skip -= tag in ("style", "title", "script")
        self._in_link -= tag == "a"

    def handle_data(self, data) -> None:
        if not self._skip:
            self.text.append(data)
        if self._in_link:
            self.linked[-1] += data

    def count(self, tag: str) -> int:
        return sum(1 for t, _ in self.tags if t == tag)


def test_webb_writes_the_public_kallelse_and_protokoll(demo_path, tmp_path, capsys) -> None:
    store = open_store(demo_path)
    meeting_id = held(store)
    pdfs = {
        "kallelse": kallelse_web(store, meeting_id),
        "protokoll": protokoll_web(store, meeting_id),
    }
    store.close()
    out = tmp_path / "webb"
    assert main(["webb", "--db", str(demo_path), "--meeting", "2020-12-07", "--out", str(out)]) == 0
    assert "protokoll-2020-12-07.html" in capsys.readouterr().out
    for kind, pdf in pdfs.items():
        html = (out / f"{kind}-2020-12-07.html").read_text(encoding="utf-8")
        page = Page(html)
        assert page.tags[0] == ("html", {"lang": "sv"})
        assert page.count("h1") == 1 and page.count("title") == 1
        # Self-contained: nothing fetched from elsewhere, nothing run.
        assert not any(t in ("link", "script", "img", "iframe") for t, _ in page.tags)
        assert all(
            "src" not in a and not a.get("href", "#").startswith("http") for _, a in page.tags
        )
        ths = [a for t, a in page.tags if t == "th"]
        assert ths and all(a.get("scope") == "col" for a in ths)
        assert page.count("thead") == page.count("table")
        # The same words, in the same order, as the web PDF (list numbers are the ol's own);
        # the HTML kallelse names each ärende's handlingar too (test_web_handlingar.py).
        said = squeezed("".join(page.text))
        for handling in [*page.linked, NOT_LINKED] if kind == "kallelse" else []:
            assert squeezed(handling) in said
            said = said.replace(squeezed(handling), "", 1)
        assert said == squeezed(structure_text(pdf, labels=False))
        assert SECRET_BESLUT not in html
    protokoll = Page((out / "protokoll-2020-12-07.html").read_text(encoding="utf-8"))
    assert protokoll.count("h2") == 7 and protokoll.count("dl") >= 1 and protokoll.count("ol") >= 1


def test_hostile_text_is_escaped_in_html() -> None:
    attack = HOSTILE + '<script>alert("x")</script><img src=x onerror=alert(1)> & &amp;'
    document = WebDocument(
        attack,
        attack,
        [
            Part(
                (
                    Heading(attack, 1, anchor='x" onclick="alert(1)'),
                    Para((Run(attack, bold=True, link='javascript:alert(1)"'),)),
                    Items((attack,), labels=("5.",)),
                    Table((1,), ((Cell(attack),),), ((Cell(attack),),)),
                )
            )
        ],
    )
    page = Page(web_html(document))
    assert [t for t, _ in page.tags if t in ("script", "img")] == []
    assert not any(k.startswith("on") for _, a in page.tags for k in a)
    assert squeezed("".join(page.text)) == squeezed(attack) * 5
    assert page.count("a") == 0  # a link out of the published folder is never written
