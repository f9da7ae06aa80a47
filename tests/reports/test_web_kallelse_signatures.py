"""The web kallelse never leaves its signatures alone on a page: the last ärende goes over the
page with them, and the ärendelista stays one tagged table whose header row comes back on
every page (PDF/UA: each page's part of a table carries its TH row)."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.reports.web.kallelse import kallelse_document
from ksdesk.reports.web.model import Table, plain_text
from ksdesk.reports.web.typst_pdf import web_pdf
from tests.interchange.real_agendas_fourteenth_kultur_october import KULTUR_2025_10_ROWS
from tests.pdf_helpers import pages_text
from tests.web_checks import assert_web_edition

ORGAN = Organ("Nämnden för Kultur & Fritid", kommun="Kungsbacka kommun")


def _meeting(note_lines: int) -> Sammantrade:
    """Kungsbacka's Kultur & Fritid 2025-10-22, its ärendelista under a note of `note_lines`
    lines: each line moves it a line down."""
    meeting = Sammantrade(
        organ_id=1,
        date=date(2025, 10, 22),
        time=time(17, 0),
        place="Kommunfullmäktigesalen, Storgatan 37",
        absence_note="\n".join(["Anmäl förhinder till nämndsekreteraren."] * note_lines),
        chair_name="Karin Ek",  # invented
        secretary_name="Per Holm",
    )
    for _, cell, dnr, _ in KULTUR_2025_10_ROWS[1:]:  # Val av justerare is no ärende
        title, *details = cell.split("\n")
        said = [d.removeprefix("Föredragande: ") for d in details if d.startswith("Föredragande")]
        meeting.items.append(Arende(title, dnr, presenter="".join(said)))
    meeting.items[1].secret = True  # the public version says so between the list and the names
    return meeting


def test_the_last_arende_goes_with_the_signatures_wherever_the_page_breaks(tmp_path) -> None:
    moved = None  # a kallelse whose last page holds the last ärende and nothing more of the list
    for lines in range(2, 12, 3):  # before, in (5–9 lines in 2026) and after the break
        pdf = web_pdf(kallelse_document(_meeting(lines), ORGAN, public=True))
        pages = pages_text(pdf)
        assert "Karin Ek" in pages[-1] and "Per Holm" in pages[-1]
        assert "KFT-2025-00227" in pages[-1], f"underskrifterna ensamma ({lines} rader)"
        assert all(page.count("Nr Ärende Dnr") == 1 for page in pages)
        if len(pages) > 1 and "KFT-2025-00220" not in pages[-1]:
            moved = pdf
    # Some note's length puts the page break right before the last ärende's row.
    assert moved is not None
    facts = assert_web_edition(
        moved,
        tmp_path,
        title="Kallelse Nämnden för Kultur & Fritid 2025-10-22 (offentlig version)",
        tags={"Table", "TH", "TR", "TD"},
    )
    assert (facts.tags["Table"], facts.tags["TH"], facts.tags["TR"]) == (1, 3, 17)


def test_the_rows_that_go_with_the_signatures_are_the_last_arende_whole() -> None:
    """Its förslag till beslut under it, and a section row right over it."""
    meeting = _meeting(0)
    meeting.show_proposals = True
    meeting.items[-1].proposal = "Nämnden noterar initiativet."
    agenda = kallelse_document(meeting, ORGAN).parts[0].blocks[-2]
    assert isinstance(agenda, Table) and agenda.keep == 2
    meeting.items.insert(-1, Arende("Initiativärenden", is_section=True))
    agenda = kallelse_document(meeting, ORGAN).parts[0].blocks[-2]
    assert isinstance(agenda, Table) and agenda.keep == 3
    assert "Initiativärenden" in plain_text(agenda.rows[-agenda.keep][0].text)
