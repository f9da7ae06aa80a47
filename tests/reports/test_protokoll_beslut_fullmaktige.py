"""A § partly a förslag to kommunfullmäktige prints "Beslut – Förslag till kommunfullmäktige"
over what KF is to decide and "Beslut" over the organ's own part, as Kungsbacka's protokoll
(KS 2025-02-18 § 45), on paper (protokoll, utdrag: one story) and on the web; the headings
the förslag carried are not printed as beslut text (walk29: "Förslag till beslut i
kommunstyrelsen" stood inside the Beslut)."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from ksdesk.reports.protokoll_common import paragraf_story
from ksdesk.reports.web import model
from ksdesk.reports.web.paragraf import paragraf_blocks
from ksdesk.services import meetings
from ksdesk.services import protokoll as service
from tests.core.test_beslut_groups import KONCERNBUDGET
from tests.reports.test_protokoll_pdf import held_demo


def test_the_fullmaktige_part_and_the_own_part_under_their_headings(demo_store) -> None:
    meeting_id = held_demo(demo_store)
    paragraf = service.get_protokoll(demo_store, meeting_id).paragraf(219)
    paragraf.beslut = KONCERNBUDGET
    service.save_paragraf(demo_store, paragraf)
    p = service.get_protokoll(demo_store, meeting_id)
    meeting = meetings.get_meeting(demo_store, meeting_id)
    organ = meetings.get_organ(demo_store, meeting.organ_id)

    story = paragraf_story(p.paragraf(219), p, organ, meeting)
    texts = [f.getPlainText() for f in story if isinstance(f, Paragraph)]
    first = texts.index("Beslut – Förslag till kommunfullmäktige")
    assert texts[first + 1].startswith("Kommunfullmäktige fastställer koncernbudget")
    assert texts[first + 3] == "Beslut"
    assert texts[first + 4].startswith("Kommunstyrelsen delegerar")
    assert not any(t.startswith("Förslag till beslut i") for t in texts)

    blocks = paragraf_blocks(p.paragraf(219), p, organ, meeting, public=True)
    headings = [b.text for b in blocks if isinstance(b, model.Heading) and b.level == 3]
    assert headings[:2] == ["Beslut – Förslag till kommunfullmäktige", "Beslut"]
