"""Every printable field at 10 000 characters, in every kind of document ksdesk prints:
kallelse, packet, tjänsteskrivelse, protokoll, utdrag, budget sheet, delegationsordning,
förteckning, the list of delegationsbeslut and the documents. Each text breaks across lines
and pages (no LayoutError, nothing cut off at the end), and the running headers shorten
what would run off the page."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ksdesk.db import organ_repo
from ksdesk.db.connection import Store, open_store
from ksdesk.reports.base import PageHeader, build_pdf, kicker
from ksdesk.reports.document_pdf import frame_width
from ksdesk.reports.tjansteskrivelse_pdf import tjansteskrivelse_pdf
from ksdesk.services import (
    bilaga_render,
    budget,
    delegation,
    delegationsbeslut,
    kallelse,
    meetings,
    protokoll_print,
)
from ksdesk.services.packet import PartCache, build_packet
from tests.pdf_helpers import pages_text
from tests.reports.long_text import END, LONG_ITEM, lengthen_everything, lengthen_meeting


@pytest.fixture(scope="module")
def long_store(demo_template: Path, tmp_path_factory) -> Iterator[tuple[Store, int]]:
    path = tmp_path_factory.mktemp("lang") / "lang.sqlite"
    shutil.copy(demo_template, path)
    store = open_store(path)
    meeting_id = lengthen_everything(store)
    yield store, meeting_id
    store.close()


@pytest.fixture(scope="module")
def long_meeting(demo_template: Path, tmp_path_factory) -> Iterator[tuple[Store, int]]:
    """Only the organ, the meeting and one ärende long: the packet's own parts. What its
    bilagor render (budget, delegationsordning, documents) is tested long on its own."""
    path = tmp_path_factory.mktemp("lang-paket") / "lang.sqlite"
    shutil.copy(demo_template, path)
    store = open_store(path)
    yield store, lengthen_meeting(store)
    store.close()


def _text(pdf: bytes) -> str:
    """The PDF's text (pdftotext where installed: pypdf takes seconds per hundred pages)."""
    if shutil.which("pdftotext"):
        done = subprocess.run(
            ["pdftotext", "-q", "-", "-"], input=pdf, capture_output=True, check=True
        )
        return done.stdout.decode("utf-8")
    return "\n".join(pages_text(pdf))


def _printed_whole(pdf: bytes, at_least: int) -> None:
    text = _text(pdf)
    assert text.count(END) >= at_least, f"{text.count(END)} long texts printed whole"


def test_kallelse(long_meeting) -> None:
    """On the meeting made long alone: the kallelse prints its organ, meeting and ärenden,
    long alike in both files, and not what its bilagor print; the public one's review would
    lay out every long bilaga of the other file only to read them (some 25 s)."""
    store, meeting_id = long_meeting
    for public in (False, True):
        # place, remote/absence notes, chair, secretary; the ärende's title, dnr,
        # föredragande, time and proposal
        _printed_whole(kallelse.kallelse_pdf(store, meeting_id, public=public), 8)


def test_tjansteskrivelse(long_store) -> None:
    store, meeting_id = long_store
    meeting = meetings.get_meeting(store, meeting_id)
    organ = organ_repo.get(store, meeting.organ_id)
    item = meeting.items[LONG_ITEM]
    header = PageHeader(item.title, item.dnr)
    _printed_whole(tjansteskrivelse_pdf(item, organ, frame_width(), header), 12)


def test_protokoll_and_utdrag(long_store) -> None:
    store, meeting_id = long_store
    _printed_whole(protokoll_print.protokoll_document(store, meeting_id), 20)
    utdrag = protokoll_print.utdrag_document(store, meeting_id, 222, date(2020, 12, 11))
    _printed_whole(utdrag, 12)


def test_budget_sheets(long_store) -> None:
    store, _meeting_id = long_store
    # Every sheet has the same fields (cut to three columns and two rows): two of them,
    # one printed upright and one across (bilaga2 had twelve columns).
    for key in ("volym", "bilaga2"):
        # title, caption, three column headers, the texts of two rows
        _printed_whole(budget.sheet_pdf(store, key), 5)


def test_delegationsordning_and_forteckning(long_store) -> None:
    store, _meeting_id = long_store
    # name, header, intro, revision, abbreviation, chapter and every field of a point, with
    # what changed since the other version marked (the plain print is the same without marks)
    highlighted = delegation.version_pdf(store, "reviderad-2020-11-26", "gallande-2019-08-20")
    _printed_whole(highlighted, 10)
    forteckning = delegation.forteckning_pdf(store, "gallande-2019-08-20", "reviderad-2020-11-26")
    _printed_whole(forteckning, 2)


def test_delegationsbeslut_list(long_store) -> None:
    store, meeting_id = long_store
    _printed_whole(delegationsbeslut.anmalan_pdf(store, meeting_id), 1)


def test_documents_and_referenced_bilagor(long_store) -> None:
    store, meeting_id = long_store
    meeting = meetings.get_meeting(store, meeting_id)
    refs = [b.ref for item in meeting.items for b in item.bilagor if b.ref]
    assert any(r.startswith("doc:") for r in refs)
    for ref in refs:
        rendering = bilaga_render.resolve(store, ref)
        assert not rendering.problem, ref
        if rendering.story is not None:
            width = frame_width(rendering.wide)
            story = kicker(f"Bilaga 1. {ref}") + rendering.story(width)
            pdf = build_pdf(story, title=ref, header=PageHeader("a", "b"), wide=rendering.wide)
            _printed_whole(pdf, 1)


def test_packet(long_meeting) -> None:
    store, meeting_id = long_meeting
    packet = build_packet(store, meeting_id, cache=PartCache())
    text = _text(packet.pdf)
    # The kallelse's texts, the tjänsteskrivelse's, the bilagor's titles in kickers
    assert text.count(END) > 20
    # The running header of the long ärende's pages is shortened, never over the page edge.
    assert "Ärende 3 · Dnr" in text and "…" in text
