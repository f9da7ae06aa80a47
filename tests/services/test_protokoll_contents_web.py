"""The list of §§ of a long protokoll in the web edition: the paper's words without its page
numbers, each § a link to its heading; a secret § listed by the neutral title its page shows."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from ksdesk.core.meeting import Arende
from ksdesk.core.protokoll_contents import CONTENTS_FROM
from ksdesk.services import meeting_lookup, meetings
from ksdesk.services.protokoll_print import protokoll_document, protokoll_edition
from ksdesk.services.web_edition import protokoll_web
from tests.services.test_web_edition import PROTOKOLL_ZONES, held
from tests.web_checks import assert_web_edition, paper_text, squeezed, structure_text


def _long_demo(store) -> int:
    """The demo meeting with ärenden added up to a protokoll that lists its §§, held."""
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    extra = CONTENTS_FROM - len(meeting.items) + 1
    meeting.items += [
        Arende(f"Taxa för tillsyn {n}", dnr=f"KS 2020/5{n:02d}") for n in range(extra)
    ]
    meetings.save_meeting(store, meeting)
    return held(store)


def _page_of(pdf: bytes) -> dict[str, int]:
    """Each § label ("§ 216") → the page (from 1) it begins on, read off the paper."""
    found: dict[str, int] = {}
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
        if "Innehåll" in lines:
            continue
        label = next((line for line in lines if line.startswith("§ ")), None)
        if label is not None and label not in found:
            found[label] = number
    return found


def test_the_web_edition_lists_the_paragrafer_as_the_paper_does_without_page_numbers(
    demo_store, tmp_path
) -> None:
    meeting_id = _long_demo(demo_store)
    public = protokoll_edition(demo_store, meeting_id, public=True).protokoll
    rows = [(p.label, p.title, p.dnr) for p in public.paragrafer]
    paper_pdf = protokoll_document(demo_store, meeting_id, public=True)
    web = protokoll_web(demo_store, meeting_id)
    title = "Protokoll Kommunstyrelsen 2020-12-07 (offentlig version)"
    facts = assert_web_edition(web, tmp_path, title=title, tags={"Table", "TH", "TD", "Link"})
    assert facts.tags["H2"] == len(rows) + 1  # "Innehåll", then each §
    web_text, paper = squeezed(structure_text(web)), paper_text(paper_pdf, **PROTOKOLL_ZONES)
    pages = _page_of(paper_pdf)
    # The paper draws its page numbers once laid out: in its text they follow the rows.
    on_paper = "Innehåll§ÄrendeDnrSida" + "".join(f"{n}{t}{d}" for n, t, d in rows)
    on_paper += "".join(str(pages[n]) for n, _, _ in rows)
    on_web = "Innehåll§ÄrendeDnr" + "".join(f"{n}{t}{d}" for n, t, d in rows)
    assert squeezed(on_paper) in paper and squeezed(on_web) in web_text
    assert paper.replace(squeezed(on_paper), squeezed(on_web)) == web_text
    # § 222 is secret: listed by the neutral title its page shows, on paper and on the web.
    assert ("§ 222", "Ärende som omfattas av sekretess", "") in rows
    assert "StockholmBusinessAlliance" not in paper + web_text
