"""The packet: kallelse, tjänsteskrivelser and bilagor in one PDF with a bookmark per ärende and
per bilaga, "Sida X av Y" over the whole (merged pages included), the public version without
what is secret, and a rebuild that lays out only what changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import Bilaga
from ksdesk.db import meeting_repo
from ksdesk.services import meetings, packet, public_copy
from ksdesk.services.packet import PartCache, build_packet
from tests.pdf_helpers import make_pdf, outline_titles, pages_text
from tests.seed import seed_agenda

# Parts are cached by a fingerprint of what they print, so tests may share one cache safely;
# the rebuild test has its own.
SHARED = PartCache()


def _demo(store):
    return meeting_repo.find_by_date(store, date(2020, 12, 7))


def test_demo_packet_text_bookmarks_and_numbering(demo_store) -> None:
    result = build_packet(demo_store, _demo(demo_store).id, cache=SHARED)
    pages = pages_text(result.pdf)
    total = len(pages)
    assert result.pages == total > 10
    assert "Måndag 7 december 2020, kl. 14.00" in pages[0]
    assert f"Sida 1 av {total}" in pages[0]
    assert all(f"Sida {n} av {total}" in text for n, text in enumerate(pages, start=1))
    whole = " ".join(pages)
    for _nr, title, dnr in seed_agenda():
        assert title in whole and dnr in whole
    # The running header on the pages we render: organ, date, ärende number, Dnr.
    ts_page = next(t for t in pages[1:] if "Omfördelning av budgetmedel" in t)
    assert "Kommunstyrelsen · 2020-12-07" in ts_page and "Ärende 3 · Dnr KS 2020/434" in ts_page
    assert "åäö" not in whole  # (sanity) real words, not a test string
    assert "Samhällsbyggnadsnämnden beslutar, genom ordförandes delegation" in whole
    titles = outline_titles(result.pdf)
    # Kallelse + 7 ärenden + 9 bilagor (1 + 4 + 3 + 1).
    assert result.bookmarks == len(titles) == 17
    assert titles[0] == "Kallelse"
    assert (
        "3. Omfördelning av budgetmedel från kommunstyrelsen till samhällsbyggnadsnämnden" in titles
    )
    assert "Bilaga 2. Driftsbudgetförslag kommunstyrelsens förvaltning 2021 per enhet." in titles


def test_a_missing_bilaga_is_a_page_saying_so_never_a_gap(demo_store) -> None:
    result = build_packet(demo_store, _demo(demo_store).id, cache=SHARED)
    whole = " ".join(pages_text(result.pdf))
    assert "Nuvarande delegationsordning beslutad den 20 augusti 2019" in whole
    assert "Bilagan finns inte bifogad i ksdesk" in whole
    assert any("Nuvarande delegationsordning" in p for p in result.problems)


def _attach(store, item_index: int, bilaga: Bilaga):
    meeting = _demo(store)
    item = meeting.items[item_index]
    item.bilagor.append(bilaga)
    meetings.save_meeting(store, meeting)
    return meeting


def test_stored_pdf_is_merged_and_numbered_with_the_packet(demo_store) -> None:
    data = make_pdf(3, "Protokollsutdrag från samhällsbyggnadsnämnden")
    _attach(demo_store, 2, meetings.pdf_bilaga(data, "utdrag.pdf", "utdrag"))
    result = build_packet(demo_store, _demo(demo_store).id, cache=SHARED)
    pages = pages_text(result.pdf)
    merged = [n for n, t in enumerate(pages, start=1) if "Protokollsutdrag" in t]
    assert len(merged) == 3
    for n in merged:
        assert f"Sida {n} av {len(pages)}" in pages[n - 1]
    assert "Bilaga: utdrag" in outline_titles(result.pdf)


def test_rotated_stored_page_is_numbered_too(demo_store) -> None:
    _attach(demo_store, 2, meetings.pdf_bilaga(make_pdf(1, "Karta", rotate=90), "karta.pdf"))
    result = build_packet(demo_store, _demo(demo_store).id, cache=SHARED)
    pages = pages_text(result.pdf)
    n = next(i for i, t in enumerate(pages, start=1) if "Karta sida 1" in t)
    assert f"Sida {n} av {len(pages)}" in pages[n - 1]


def test_public_version_leaves_out_secret_item_and_secret_bilaga(demo_store) -> None:
    meeting = _demo(demo_store)
    meeting.items[5].secret, meeting.items[5].secrecy_ref = True, "19 kap. 3 § OSL"  # SBA
    meeting.items[2].bilagor.append(
        replace(
            meetings.pdf_bilaga(make_pdf(1, "Hemlig värdering"), "varde.pdf"),
            secret=True,
            secrecy_ref="19 kap. 3 § OSL",
        )
    )
    meetings.save_meeting(demo_store, meeting)
    paper = pages_text(build_packet(demo_store, meeting.id, cache=SHARED).pdf)
    full = " ".join(paper)
    assert "Hemlig värdering" in full and "Stockholm Business Region" in full
    # On paper every page of a secret handling says so (OSL 5 kap. 5 §), a stored PDF's too.
    marked = [p for p in paper if "SEKRETESS enligt 19 kap. 3 § OSL" in p]
    assert all(p in marked for p in paper if "Ärende 6 ·" in p or "Hemlig värdering sida" in p)
    assert len(marked) == sum("Ärende 6 ·" in p or "Hemlig värdering sida" in p for p in paper)
    with pytest.raises(InvalidInput, match="offentliga kopian kan inte skapas"):
        build_packet(demo_store, meeting.id, public=True, cache=SHARED)  # the public-copy guard
    _decide_all(demo_store, meeting.id, "maskera")
    public = build_packet(demo_store, meeting.id, public=True, cache=SHARED)
    text = " ".join(pages_text(public.pdf))
    assert "Hemlig värdering" not in text and "SEKRETESS" not in text
    assert "Stockholm Business" not in text and "2020/439" not in text
    assert "Ärende som omfattas av sekretess (19 kap. 3 § OSL)" in text
    assert "Ärende 6 omfattas av sekretess" in text
    # The tjänsteskrivelse's bilaga list names it by its OSL paragraph, never by its title.
    assert "omfattas av sekretess (19 kap. 3 § OSL)" in text and "varde" not in text
    assert not any("varde" in t for t in outline_titles(public.pdf))


def _decide_all(store, meeting_id: int, decision: str) -> None:
    hits = public_copy.scan_public(store, meeting_id)
    public_copy.decide(store, meeting_id, [h.key for h in hits], decision, by="Test")


def test_public_version_masks_a_personnummer_in_a_tjansteskrivelse(demo_store) -> None:
    meeting = _demo(demo_store)
    section = meeting.items[2].tjansteskrivelse.sections[0]
    section.text += " Sökande: Anna Andersson, 811218-9876."
    meetings.save_meeting(demo_store, meeting)
    _decide_all(demo_store, meeting.id, "maskera")
    text = " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    assert "811218" not in text and "Sökande: [namn borttaget], XXXXXX-XXXX" in text
    assert "Omfördelning av budgetmedel" in text  # the item itself is public


def test_rebuild_lays_out_only_what_changed(demo_store) -> None:
    cache = PartCache()
    meeting_id = _demo(demo_store).id
    first = build_packet(demo_store, meeting_id, cache=cache)
    assert first.laid_out > 5
    again = build_packet(demo_store, meeting_id, cache=cache)
    assert again.laid_out == 0
    assert pages_text(again.pdf) == pages_text(first.pdf)
    meeting = _demo(demo_store)
    meeting.items[5].tjansteskrivelse.sections[0].text += " Ett tillägg."
    meetings.save_meeting(demo_store, meeting)
    changed = build_packet(demo_store, meeting_id, cache=cache)
    assert changed.laid_out == 1  # only the SBA tjänsteskrivelse
    assert "Ett tillägg." in " ".join(pages_text(changed.pdf))


def test_kallelse_alone_and_public_guard_hook(demo_store) -> None:
    from ksdesk.services import kallelse

    data = kallelse.kallelse_pdf(demo_store, _demo(demo_store).id, public=True)
    assert packet.pdf_pages(data) == 1
    assert "Offentlig version" in pages_text(data)[0]


def test_budget_sheets_and_delegationsordning_are_rendered_in_the_packet(demo_store) -> None:
    result = build_packet(demo_store, _demo(demo_store).id, cache=SHARED)
    pages = pages_text(result.pdf)
    whole = " ".join(pages)
    assert "123 951" in whole  # Bilaga 2's Förvaltningens förslag, through budget_pdf
    assert "Volym" in whole and "Sammanställning" in whole  # tables inside the verksamhetsplan
    assert "Kommunstyrelsens delegationsordning" in whole  # bilaga 1 of ärende 5
    assert not any("kunde inte återges" in p for p in result.problems)
    assert len(result.problems) == 1  # only the bilaga that has no file at all
    deleg = next(n for n, t in enumerate(pages, start=1) if "Allmänna ärenden" in t)
    assert f"Sida {deleg} av {len(pages)}" in pages[deleg - 1]  # numbered with the packet


def test_a_ref_that_cannot_be_resolved_becomes_a_notice_page(demo_store) -> None:
    _attach(demo_store, 2, Bilaga("Budget som inte finns", ref="budget:saknas"))
    result = build_packet(demo_store, _demo(demo_store).id, cache=SHARED)
    assert any("Budgetbladet ”saknas” finns inte" in p for p in result.problems)
    assert "Budgetbladet ”saknas” finns inte i databasen." in " ".join(pages_text(result.pdf))


def test_pages_of_other_renderers_carry_only_the_packets_page_number(demo_store) -> None:
    """The delegationsordning and the anmälan list are rendered for the packet without page
    numbers of their own: copying a footer gives one "Sida X av Y", never two."""
    import re

    from ksdesk.services import delegationsbeslut

    meeting_id = _demo(demo_store).id
    delegationsbeslut.anmalan_item(demo_store, meeting_id)
    result = build_packet(demo_store, meeting_id, cache=SHARED)
    pages = pages_text(result.pdf)
    total = len(pages)
    for n, text in enumerate(pages, start=1):
        assert re.findall(r"Sida \d+ av \d+", text) == [f"Sida {n} av {total}"], n
    deleg = [n for n, t in enumerate(pages, start=1) if "Dokumentnamn" in t]
    anmalan = [n for n, t in enumerate(pages, start=1) if "Anmälan av delegationsbeslut Ko" in t]
    assert deleg and anmalan
    # Under the packet's running header, with the line naming the bilaga above the title.
    first = pages[deleg[0] - 1]
    assert "Kommunstyrelsen · 2020-12-07" in first and "Ärende 5 · Dnr 2019/507" in first
    assert "Bilaga 1. Reviderad delegationsordning" in first


def test_withheld_bilagor_of_an_item_without_tjansteskrivelse_get_a_page_saying_why(
    demo_store,
) -> None:
    _attach(demo_store, 0, meetings.pdf_bilaga(_scan(), "skannad.pdf"))
    meeting = _demo(demo_store)
    assert meeting.items[0].tjansteskrivelse is None  # Val av justerare
    _decide_all(demo_store, meeting.id, "maskera")
    public = build_packet(demo_store, meeting.id, public=True, cache=SHARED)
    pages = pages_text(public.pdf)
    page = next(t for t in pages if "Handlingar som inte ingår i den offentliga versionen" in t)
    assert "1. Val av justerare" in page
    assert "Bilaga: Skannad (utelämnad: innehållet kunde inte granskas före publicering)" in page
    assert pages.index(page) == 1  # right after the kallelse, where ärende 1's bookmark opens


def _scan() -> bytes:
    """A PDF page without a text layer, as a scanner makes it: its content is unknown."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.rect(100, 400, 300, 200, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_dnr_is_written_the_same_in_the_list_the_header_and_the_tjansteskrivelse(
    demo_store,
) -> None:
    """The seed's ärendelista says "2020/434", its tjänsteskrivelse "KS 2020/434": the same
    ärende, written the fuller way everywhere."""
    pages = pages_text(build_packet(demo_store, _demo(demo_store).id, cache=SHARED).pdf)
    ts_page = next(
        p
        for p in pages
        if "Omfördelning av budgetmedel från kommunstyrelsen" in p and "TJÄNSTESKRIVELSE" in p
    )
    assert "Ärende 3 · Dnr KS 2020/434" in ts_page  # the running header
    assert ts_page.count("KS 2020/434") == 2 and " 2020/434" not in ts_page.replace("KS 2020", "")
    assert "samhällsbyggnadsnämnden KS 2020/434" in pages[0]  # the ärendelista


def test_a_sheet_titled_only_by_its_bilaga_is_not_headed_twice(demo_store) -> None:
    pages = pages_text(build_packet(demo_store, _demo(demo_store).id, cache=SHARED).pdf)
    page = next(p for p in pages if "Bilaga 2. Driftsbudgetförslag" in p)
    body = page.split("Bilaga 2. Driftsbudgetförslag", 1)[1]
    assert "Bilaga 2" not in body  # the sheet's own title ("Bilaga 2") is not repeated
