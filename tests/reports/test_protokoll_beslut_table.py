"""A § whose beslut holds a table (the kommunbidrag per nämnd under "… enligt nedan:", as
Nyköping's kommunstyrelse decided budget 2016) prints it as a table in the protokoll, its
utdrag and the web edition. Before, each row printed as a line, "Barn- och ungdomsnämnden
1 012 500 1 030 000", its columns and the header's meaning lost."""

from __future__ import annotations

from reportlab.platypus import Table

from ksdesk.reports.protokoll_common import paragraf_story
from ksdesk.reports.web import model
from ksdesk.reports.web.paragraf import paragraf_blocks
from ksdesk.services import meetings
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document
from tests.core.test_protokoll_beslut_table import BESLUT
from tests.reports.test_protokoll_pdf import held_demo, pages


def _demo_with_table(demo_store):
    meeting_id = held_demo(demo_store)
    p = service.get_protokoll(demo_store, meeting_id)
    paragraf = p.paragraf(219)
    paragraf.beslut = BESLUT
    service.save_paragraf(demo_store, paragraf)
    meeting = meetings.get_meeting(demo_store, meeting_id)
    organ = meetings.get_organ(demo_store, meeting.organ_id)
    return meeting_id, service.get_protokoll(demo_store, meeting_id), organ, meeting


def test_the_beslut_table_on_paper(demo_store) -> None:
    meeting_id, p, organ, meeting = _demo_with_table(demo_store)
    story = paragraf_story(p.paragraf(219), p, organ, meeting)
    [table] = [f for f in story if isinstance(f, Table) and len(f._cellvalues) == 4]
    cells = [[c.getPlainText().replace("\xa0", " ") for c in row] for row in table._cellvalues]
    assert cells[0] == ["Nämnd", "Budget 2016, tkr", "Plan 2017, tkr"]
    assert cells[1] == ["Barn- och ungdomsnämnden", "1 012 500", "1 030 000"]
    assert table.repeatRows == 1  # the header again when the table runs onto the next page
    assert [c.style.alignment for c in table._cellvalues[1]] == [0, 2, 2]
    text = " ".join(pages(protokoll_document(demo_store, meeting_id))).replace("\xa0", " ")
    assert "\t" not in text
    assert "Barn- och ungdomsnämnden 1 012 500 1 030 000" in " ".join(text.split())


def test_the_beslut_table_on_the_web(demo_store) -> None:
    _, p, organ, meeting = _demo_with_table(demo_store)
    blocks = paragraf_blocks(p.paragraf(219), p, organ, meeting, public=True)
    [table] = [b for b in blocks if isinstance(b, model.Table) and len(b.rows) == 3]
    assert [c.text for c in table.header[0]] == ["Nämnd", "Budget 2016, tkr", "Plan 2017, tkr"]
    assert [c.align for c in table.rows[0]] == ["left", "right", "right"]
