"""A long protokoll lists its §§ after the first page ("Innehåll": §, ärende, Dnr, the page
each § begins on), as kommuner print one; a short one goes without."""

from __future__ import annotations

import io
from datetime import date, time

from pypdf import PdfReader

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Deltagare, Paragraf, Protokoll
from ksdesk.core.protokoll_contents import CONTENTS_FROM
from ksdesk.reports.protokoll_pdf import protokoll_pdf

ORGAN = Organ("Kommunfullmäktige", kommun="Smedjebackens kommun")
MEETING = Sammantrade(1, date(2026, 12, 14), time(18, 30), secretary_name="Görel Sjöberg")
LONG = "Kommunfullmäktige har behandlat frågan i flera omgångar. " * 140  # over a page


def _protokoll(count: int) -> Protokoll:
    paragrafer = [
        Paragraf(1, MEETING.date, nr, f"Ärende {nr}", dnr=f"KS 2026/{100 + nr}", beslut="Bifall.")
        for nr in range(101, 101 + count)
    ]
    paragrafer[2].beskrivning = LONG  # § 103 takes more than a page
    return Protokoll(1, upprop=[Deltagare("Anna Andersson", "S", "ordförande")],
                     paragrafer=paragrafer)  # fmt: skip


def _pages(pdf: bytes) -> list[list[str]]:
    return [
        [" ".join(line.split()) for line in page.extract_text().splitlines() if line.strip()]
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def _begins(pages: list[list[str]], label: str) -> int:
    """The page (from 1) whose body (after the running header and its signature boxes)
    starts with the § `label`."""
    return next(
        n
        for n, lines in enumerate(pages, start=1)
        if lines[lines.index("Utdragsbestyrkande") + 1] == label
    )


def test_a_long_protokoll_lists_each_paragraf_with_the_page_it_begins_on() -> None:
    pages = _pages(protokoll_pdf(ORGAN, MEETING, _protokoll(CONTENTS_FROM + 2)))
    contents = next(lines for lines in pages if "Innehåll" in lines)
    footer = next(line for line in contents if line.startswith("Sida ") and " av " in line)
    cells = contents[contents.index("Innehåll") + 1 : contents.index(footer)]
    assert cells[:4] == ["§", "Ärende", "Dnr", "Sida"]
    # The page numbers are drawn once the document is laid out: in the text they follow
    # the rows (on paper each stands beside its row).
    numbers = range(101, 101 + CONTENTS_FROM + 2)
    rows = [tuple(cells[at : at + 3]) for at in range(4, 4 + 3 * len(numbers), 3)]
    assert rows == [(f"§ {nr}", f"Ärende {nr}", f"KS 2026/{100 + nr}") for nr in numbers]
    assert cells[4 + 3 * len(numbers) :] == [str(_begins(pages, f"§ {nr}")) for nr in numbers]
    assert _begins(pages, "§ 104") > _begins(pages, "§ 103") + 1  # § 103 is more than a page


def test_the_contents_come_between_the_first_page_and_the_first_paragraf() -> None:
    pages = _pages(protokoll_pdf(ORGAN, MEETING, _protokoll(CONTENTS_FROM)))
    at = next(n for n, lines in enumerate(pages, start=1) if "Innehåll" in lines)
    assert "ANSLAG/BEVIS" in " ".join(" ".join(p) for p in pages[: at - 1])
    assert at < _begins(pages, "§ 101")


def test_a_short_protokoll_has_no_contents() -> None:
    pages = _pages(protokoll_pdf(ORGAN, MEETING, _protokoll(CONTENTS_FROM - 1)))
    assert not any("Innehåll" in lines for lines in pages)
