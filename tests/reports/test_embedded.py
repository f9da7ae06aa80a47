"""Documents printed inside the packet (reports.base.Embedded): no page number of their own,
the packet's running header on every page, the line naming the bilaga above the title."""

from __future__ import annotations

from datetime import date

from ksdesk.db import meeting_repo
from ksdesk.reports.base import Embedded, PageHeader
from ksdesk.services import budget, delegation, delegationsbeslut
from tests.pdf_helpers import pages_text

EMBEDDED = Embedded(
    PageHeader("Ludvika kommun · Kommunstyrelsen", "Ärende 9 · Bilaga 3"), "Bilaga 3. X"
)


def _renderings(store):
    meeting = meeting_repo.find_by_date(store, date(2020, 12, 7))
    yield lambda e: delegation.version_pdf(store, None, embedded=e)
    yield lambda e: delegationsbeslut.anmalan_pdf(store, meeting.id, embedded=e)
    yield lambda e: budget.sheet_pdf(store, "bilaga2", embedded=e)


def test_each_renderer_prints_embedded_without_its_own_page_numbers(demo_store) -> None:
    for render in _renderings(demo_store):
        alone = pages_text(render(None))
        assert f"Sida 1 av {len(alone)}" in alone[0]
        inside = pages_text(render(EMBEDDED))
        assert len(inside) >= len(alone)
        assert not any("Sida " in page for page in inside)
        assert all("Ärende 9 · Bilaga 3" in page for page in inside)
        assert "Bilaga 3. X" in inside[0]
