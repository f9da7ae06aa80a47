"""A private person named only in an ärende's title (walk34 #1: Kungsbacka's byggnadsnämnd,
"HEDE 3:7 - Rivningsföreläggande mot Lars-Göran Pettersson") is a hit of the review, like
the party named in a tjänsteskrivelse (services.public_contacts); decided "maskera" it
leaves the public kallelse, as it leaves every text the public copy prints (the same
masking). Before, no hit was listed and the web printed the name. The persons are invented."""

from __future__ import annotations

from datetime import date

from ksdesk.core.meeting import Bilaga
from ksdesk.db import meeting_repo
from ksdesk.services import kallelse, meeting_lookup, public_copy
from tests.pdf_helpers import pages_text

DAY = date(2020, 12, 7)
TITLE = "HEDE 3:7 - Rivningsföreläggande mot Lars-Göran Pettersson"
BILAGA = "Situationsplan, Ulla-Britt Sjöö, Särö 1:88"


def test_a_name_in_a_title_is_a_hit_and_masked_in_the_public_kallelse(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    item.title = TITLE
    item.bilagor.append(Bilaga(title=BILAGA, nr="9", ref="doc:none"))
    meeting_repo.save(demo_store, meeting)
    hits = [h for h in public_copy.scan_public(demo_store, meeting.id) if h.kind == "kontakt"]
    named = {h.normalized: h for h in hits}
    assert set(named) == {"lars-göran pettersson", "ulla-britt sjöö"}
    assert named["lars-göran pettersson"].where.endswith("rubrik")
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Anna")
    text = " ".join(pages_text(kallelse.kallelse_pdf(demo_store, meeting.id, public=True)))
    assert "Rivningsföreläggande mot [namn borttaget]" in text
    assert "Lars-Göran" not in text
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    assert rules.mask("bilaga-titel", BILAGA) == "Situationsplan, [namn borttaget], Särö 1:88"
