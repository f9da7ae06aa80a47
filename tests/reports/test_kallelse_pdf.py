"""The printed kallelse: the seed's first page in text, and a long agenda that flows over
pages with its header row repeated and no row cut in half."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.reports.kallelse_pdf import kallelse_pdf
from tests.core.test_beslut_groups import KONCERNBUDGET
from tests.pdf_helpers import pages_text
from tests.seed import seed_agenda


def _demo(demo_store) -> tuple[Sammantrade, Organ]:
    meeting = meeting_repo.find_by_date(demo_store, date(2020, 12, 7))
    return meeting, organ_repo.get(demo_store, meeting.organ_id)


def test_demo_kallelse_reads_like_the_seeds_first_page(demo_store) -> None:
    meeting, organ = _demo(demo_store)
    pages = pages_text(kallelse_pdf(meeting, organ))
    text = pages[0]
    assert len(pages) == 1
    for expected in (
        "Ludvika kommun",
        "Kommunstyrelsen",
        "Till kommunstyrelsens ledamöter och ersättare",
        "Måndag 7 december 2020, kl. 14.00",
        "Festsalen Folkets hus (presidiet)",
        "Netpublicator Video Meet",
        "senast fredag 13.00",
        "Leif Pettersson",
        "ordförande",
        "Maria Östgren",
        "kommunsekreterare",
        "Sida 1 av 1",
    ):
        assert expected in text, expected
    assert "14:00" not in text
    for nr, title, dnr in seed_agenda():
        assert f"{nr} {title}" in text
        assert dnr in text


def _long_meeting(items: int = 34) -> tuple[Sammantrade, Organ]:
    title = (
        "Ett långt ärende om ombyggnad av förskolan Björkängen med tillhörande upphandling av "
        "entreprenad, rivning av den gamla paviljongen och ny tillfartsväg, nummer {n}"
    )
    meeting = Sammantrade(organ_id=1, date=date(2021, 3, 1), time=time(9, 30), place="KS-salen")
    meeting.items = [Arende(title.format(n=n), dnr=f"KS 2021/{n:03d}") for n in range(1, items + 1)]
    meeting.items.insert(10, Arende("Informationsärenden", is_section=True))
    return meeting, Organ("Kommunstyrelsen", kommun="Ludvika kommun")


def test_34_items_flow_over_pages_with_header_repeated_and_rows_whole() -> None:
    meeting, organ = _long_meeting()
    pages = pages_text(kallelse_pdf(meeting, organ))
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "Nr Ärende Dnr" in text, f"sidan {number} saknar tabellens rubrikrad"
        assert f"Sida {number} av {len(pages)}" in text
    for n in range(1, 35):
        title = meeting.items[n if n > 10 else n - 1].title
        row = f"{n} {title} KS 2021/{n:03d}"  # the whole row, as one run of text
        holders = [i for i, text in enumerate(pages) if row in text]
        assert len(holders) == 1, f"ärende {n} är delat mellan sidor eller saknas"


def test_proposals_column_is_optional() -> None:
    meeting, organ = _long_meeting(2)
    meeting.items[0].proposal = "Kommunstyrelsen föreslår fullmäktige att godkänna förstudien."
    plain = pages_text(kallelse_pdf(meeting, organ))[0]
    assert "Förslag till beslut" not in plain
    wide = pages_text(kallelse_pdf(meeting, organ, with_proposals=True))[0]
    assert "Förslag till beslut" in wide
    assert "godkänna förstudien" in wide


def test_a_forslag_partly_to_fullmaktige_prints_under_both_headings() -> None:
    # Kungsbacka KS 2025-02-18 item 16 (tests.core.test_beslut_groups): the politicians see
    # which att-satser go on to kommunfullmäktige and which the kommunstyrelse decides.
    meeting, organ = _long_meeting(2)
    meeting.items[0].proposal = KONCERNBUDGET
    text = " ".join(pages_text(kallelse_pdf(meeting, organ, with_proposals=True))[0].split())
    kf = "Förslag till beslut i kommunfullmäktige: Kommunfullmäktige fastställer koncernbudget"
    own = "Förslag till beslut i kommunstyrelsen: Kommunstyrelsen delegerar"
    assert kf in text and own in text and text.index(kf) < text.index(own)
    assert "Förslag till beslut:" not in text


def test_public_kallelse_hides_a_secret_item_and_says_so() -> None:
    meeting, organ = _long_meeting(3)
    meeting.items[1] = Arende(
        "Förvärv av fastigheten Gammelby 3:14",
        dnr="KS 2021/777",
        secret=True,
        secrecy_ref="19 kap. 3 § OSL",
    )
    internal = pages_text(kallelse_pdf(meeting, organ))[0]
    assert "Gammelby" in internal
    public = pages_text(kallelse_pdf(meeting, organ, public=True))[0]
    assert "Gammelby" not in public and "KS 2021/777" not in public
    assert "2 Ärende som omfattas av sekretess (19 kap. 3 § OSL)" in public
    assert "Ärende 2 omfattas av sekretess" in public
    assert "Offentlig version" in public


def test_the_paper_kallelse_tells_a_secret_item_and_a_time_to_the_ledamoter() -> None:
    # An imported "(sluten del)" is secret before its OSL paragraph is filled in: the ledamöter
    # must still see it is under tystnadsplikt. A bare "08.15" under a title read as a number.
    meeting, organ = _long_meeting(3)
    meeting.items[1] = Arende("Anmälan ordförandebeslut", secret=True)
    meeting.items[2].time_slot, meeting.items[2].presenter = "08.15", "Eva Strand"
    text = " ".join(pages_text(kallelse_pdf(meeting, organ))[0].split())
    assert "Anmälan ordförandebeslut Sekretess" in text
    assert "Föredragande: Eva Strand · kl. 08.15" in text


def test_a_long_diarienummer_without_spaces_is_never_cut_over_two_lines() -> None:
    # Tyresö's diarium writes "2011BNS0306": in the 27 mm column it printed as "2011BNS030" / "6".
    meeting, organ = _long_meeting(2)
    meeting.items[0].dnr = "2011BNS0306"
    text = pages_text(kallelse_pdf(meeting, organ))[0]
    assert "nummer 1 2011BNS0306 2 Ett långt ärende" in text


def test_a_meeting_without_a_place_prints_no_empty_plats_on_paper_or_on_the_web() -> None:
    """A board meeting at a distance names no room: the kallelse said "Plats" over nothing;
    the check before sending asks for a place unless the remote note tells where."""
    from ksdesk.core.kallelse import meeting_notes
    from ksdesk.reports.web.kallelse import kallelse_document
    from ksdesk.reports.web.typst_pdf import web_pdf

    meeting, organ = _long_meeting(2)
    meeting.place = ""
    paper = pages_text(kallelse_pdf(meeting, organ))[0]
    web = pages_text(web_pdf(kallelse_document(meeting, organ, public=True)))[0]
    for text in (paper, web):
        assert "Måndag 1 mars 2021, kl. 09.30" in text and "Plats" not in text
    assert meeting_notes(meeting) == [
        "Sammanträdet saknar plats: kallelsen säger inte var det hålls."
    ]
    meeting.remote_note = "Sammanträdet hålls på distans via Teams."
    assert meeting_notes(meeting) == []
    meeting.place = "KS-salen"
    assert "Plats" in pages_text(kallelse_pdf(meeting, organ))[0]


def test_the_signatures_never_stand_alone_on_the_last_page() -> None:
    """18 ärenden of Kungsbacka's KS list (2025-02-18) fill page 1 to its foot: the
    ordförande's and the sekreterare's names went alone to page 2 (typstsig29 found 25 such
    paper kallelser in 120 real-length lists). The list's last rows now go over with them."""
    titles = [
        "Årsredovisning 2024 för kommunstyrelsen",
        "Godkännande av samrådsredogörelse samt granskning av förslag till fördjupad "
        "översiktsplan för Kungsbacka stad",
        "Begäran om planbesked för Bäcken 1:31 m.fl.",
        "Svar på remiss av Energi- och klimatstrategi för Hallands län",
    ]
    items = [Arende(title=titles[i % 4], dnr=f"KS-2025-{i:05d}") for i in range(18)]
    meeting = Sammantrade(
        organ_id=1,
        date=date(2025, 2, 18),
        time=time(13),
        place="Kungsbackarummet",
        chair_name="Lisa Andersson",
        chair_title="ordförande",
        secretary_name="Patrik Johansson",
        secretary_title="kommunsekreterare",
        items=items,
        absence_note="Förhinder anmäls till sekreteraren.",
    )
    pages = pages_text(kallelse_pdf(meeting, Organ(name="Kommunstyrelsen", id=1)))
    assert len(pages) == 2 and "Patrik Johansson" in pages[1]
    assert "KS-2025-00017" in pages[1]  # the last ärende goes over with the signatures
