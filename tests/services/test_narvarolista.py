"""A kommunfullmäktige of 61 ledamöter and 31 ersättare: its first page keeps Plats och tid,
the justering, the signatures and the anslag/bevis together and points to a närvarolista on
page 2, where the long lists of people stand in two columns, read in their order; the web
edition says the same words in the same order, but for the pointer, which there is a link
"Se närvarolistan nedan" rather than a page (tests/services/kommunfullmaktige.py names the
real protokoll this follows)."""

from __future__ import annotations

from ksdesk.core.protokoll_text import FIRST_PAGE_PEOPLE, first_page_layout
from ksdesk.services import meetings
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document
from ksdesk.services.web_edition import html_editions, protokoll_web
from tests.reports.test_protokoll_pdf import lines, pages
from tests.services.kommunfullmaktige import ersattare, kommunfullmaktige, ledamoter, ten_away
from tests.services.test_web_edition import PROTOKOLL_ZONES
from tests.web_checks import (
    assert_web_edition,
    heading_outline,
    paper_text,
    squeezed,
    structure_text,
)

POINTER = "Se närvarolista, sida 2"
WEB_POINTER = "Se närvarolistan nedan"


def _same_as_paper(web: bytes, paper: str) -> None:
    """The web edition's text is the paper's, word for word and in order, but for each
    pointer to the närvarolista: the paper names its page, the screen says it is below."""
    text = squeezed(structure_text(web))
    assert squeezed(POINTER) not in text  # no page to turn to on a screen
    assert text.count(squeezed(WEB_POINTER)) == paper.count(squeezed(POINTER)) >= 1
    assert text.replace(squeezed(WEB_POINTER), squeezed(POINTER)) == paper


def _names(people) -> list[str]:
    return [f"{p.name} ({p.party})" for p in people]


def test_the_first_page_of_a_fullmaktige_holds_the_justering_and_the_anslag(tmp_path) -> None:
    store, meeting_id = kommunfullmaktige(tmp_path)
    text = [" ".join(lines(page)) for page in pages(protokoll_document(store, meeting_id))]
    first = text[0]
    for words in (
        "Plats och tid Sessionssalen",
        f"Beslutande {POINTER}",
        "Övriga närvarande Görel Sjöberg",
        f"Ej närvarande {POINTER}",
        "Utses att justera",
        "Justeringens plats och tid Stadshuset",
        "Underskrifter",
        "ANSLAG/BEVIS",
        "Förvaringsplats för protokollet Kommunledningskontoret",
    ):
        assert words in first, words
    # The ordförande stands in the närvarolista; here only on her signature line.
    assert first.count("Anna Andersson (S)") == 1
    listed = text[1]
    assert "Närvarolista Beslutande" in listed
    # Two columns on paper, read down the first, then the second: the list's own order.
    beslutande = listed[listed.index("Beslutande") : listed.index("Ej närvarande")]
    ordered = [beslutande.index(name) for name in _names(ledamoter())]
    assert ordered == sorted(ordered)
    assert "ordförande" in beslutande[: beslutande.index(_names(ledamoter())[1])]
    absent = listed[listed.index("Ej närvarande") :]
    ordered = [absent.index(f"{name}, ersättare") for name in _names(ersattare())]
    assert ordered == sorted(ordered)
    assert "§ 1" in text[2] and "Närvarolista" not in text[2]  # then the §§


def test_the_contents_follow_the_narvarolista(tmp_path) -> None:
    store, meeting_id = kommunfullmaktige(tmp_path, arenden=8)
    text = [" ".join(lines(page)) for page in pages(protokoll_document(store, meeting_id))]
    assert POINTER in text[0] and "Närvarolista" in text[1] and "Innehåll" in text[2]
    # The contents still give each § the page it begins on (drawn once the document is laid
    # out, so in the page's text the numbers follow the last row).
    assert "§ 1 Val av justerare" in text[2] and "KS 2026/108 4 5 " in text[2]
    assert text[3].split("Utdragsbestyrkande ")[1].startswith("§ 1")


def test_the_web_edition_says_the_same_in_the_same_order(tmp_path) -> None:
    store, meeting_id = kommunfullmaktige(tmp_path)
    web = protokoll_web(store, meeting_id)
    title = "Protokoll Kommunfullmäktige 2026-12-14 (offentlig version)"
    assert_web_edition(web, tmp_path, title=title, tags={"H3", "L", "LI", "Link", "Table"})
    paper = paper_text(protokoll_document(store, meeting_id, public=True), **PROTOKOLL_ZONES)
    _same_as_paper(web, paper)
    outline = heading_outline(web)
    at = outline.index((2, "Närvarolista"))
    assert outline[at + 1 : at + 3] == [(3, "Beslutande"), (3, "Ej närvarande")]
    assert squeezed(f"Beslutande{POINTER}") in paper


def test_the_html_edition_links_to_the_narvarolista_below(tmp_path) -> None:
    store, meeting_id = kommunfullmaktige(tmp_path)
    page = next(p for p in html_editions(store, meeting_id) if p.name.startswith("protokoll"))
    html = page.html
    link = f'<a href="#narvarolista">{WEB_POINTER}</a>'
    assert html.count(link) == 2  # Beslutande and Ej närvarande
    assert html.index(link) < html.index('id="narvarolista"')  # the list is below
    assert "sida 2" not in html


def test_the_longest_lists_go_first_then_what_the_first_page_cannot_hold(tmp_path) -> None:
    """Ten ledamöter away, their ersättare serving and five more ersättare listening: the
    Beslutande and the absent go to the närvarolista first; five more lines would still push
    the anslag/bevis off the paper's first page, so the five go too. The first page holds
    it all, and the web edition lists what the paper does."""
    store, meeting_id = kommunfullmaktige(tmp_path)
    ten_away(store, meeting_id)
    protokoll = service.get_protokoll(store, meeting_id)
    meeting = meetings.get_meeting(store, meeting_id)
    counted = first_page_layout(meeting, protokoll)  # by the count alone: longest first
    assert [label for label, _ in counted.narvarolista] == ["Beslutande", "Ej närvarande"]
    assert len(dict(counted.narvarolista)["Beslutande"]) == 61
    assert len(dict(counted.narvarolista)["Ej närvarande"]) == 10 + 16
    assert len(dict(counted.rows)["Ej tjänstgörande ersättare"]) == 5
    text = [" ".join(lines(page)) for page in pages(protokoll_document(store, meeting_id))]
    first = text[0]
    assert f"Ej tjänstgörande ersättare {POINTER}" in first
    assert "ANSLAG/BEVIS" in first and "Underskrift Görel Sjöberg" in first
    assert "Närvarolista Beslutande" in text[1] and "Ej tjänstgörande ersättare" in text[1]
    web = protokoll_web(store, meeting_id)
    paper = paper_text(protokoll_document(store, meeting_id, public=True), **PROTOKOLL_ZONES)
    _same_as_paper(web, paper)


def test_a_kommunstyrelse_keeps_everyone_on_its_first_page(demo_store) -> None:
    from tests.reports.test_protokoll_pdf import held_demo

    meeting_id = held_demo(demo_store)
    protokoll = service.get_protokoll(demo_store, meeting_id)
    meeting = meetings.get_meeting(demo_store, meeting_id)
    layout = first_page_layout(meeting, protokoll)
    assert not layout.narvarolista
    people = sum(len(values) for label, values in layout.rows if label != "Plats och tid")
    assert people <= FIRST_PAGE_PEOPLE
    assert "Närvarolista" not in " ".join(pages(protokoll_document(demo_store, meeting_id)))
