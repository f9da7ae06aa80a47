"""Members who take no part in a § 's beslut, or abstain outside a votering, under their own
heading right below the Beslut, as Kungsbacka prints it: on paper, in the utdrag, in the web
edition, and kept in the file (step m1819)."""

from __future__ import annotations

from datetime import date

from ksdesk.core.protokoll import DeltarInte
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.reports.web.model import Heading, Para
from ksdesk.reports.web.paragraf import paragraf_blocks
from ksdesk.services import protokoll as service
from ksdesk.services.protokoll_print import protokoll_document, utdrag_document
from tests.reports.test_protokoll_pdf import held_demo, lines, pages

# Kungsbacka, kommunstyrelsen, protokoll 2024-05-28 § 132 (moggleif/kommunhandlingar,
# data/kungsbacka/ks/2024/2024-05-28/protokoll.md, page 8): under the Beslut,
#   "Deltar inte i beslut
#    Patrik Jervne Henestam (V), Maria Losman (MP), Stefan Jägnert (SD) och Stefan
#    Vilumsons (SD) deltar inte i beslutet. Ledamöterna meddelar att deras partier
#    kommer återkomma med egna budgetförslag till kommunfullmäktiges sammanträde."
KS_132_WHY = (
    "Ledamöterna meddelar att deras partier kommer återkomma med egna budgetförslag till "
    "kommunfullmäktiges sammanträde"
)
DELTAR = (
    "Deltar inte i beslut Roland Johansson (SD) och Åsa Bergkvist (S) deltar inte i "
    "beslutet. Ledamöterna meddelar att deras partier kommer återkomma med egna "
    "budgetförslag till kommunfullmäktiges sammanträde."
)
AVSTAR = "Avstår från att rösta Leif Pettersson (S) avstår från att rösta."


def _marked(store) -> int:
    meeting_id = held_demo(store)
    p = service.get_protokoll(store, meeting_id).paragraf(221)
    p.deltar_inte = [
        DeltarInte(["Roland Johansson", "Åsa Bergkvist"], KS_132_WHY),
        DeltarInte(["Leif Pettersson"], avstar=True),
    ]
    service.save_paragraf(store, p)
    return meeting_id


def test_deltar_inte_on_paper_in_the_utdrag_and_kept(demo_store) -> None:
    meeting_id = _marked(demo_store)
    kept = service.get_protokoll(demo_store, meeting_id).paragraf(221).deltar_inte
    assert kept[0].names == ["Roland Johansson", "Åsa Bergkvist"] and kept[1].avstar
    paper = " ".join(lines(" ".join(pages(protokoll_document(demo_store, meeting_id)))))
    assert DELTAR in paper and AVSTAR in paper
    at_221 = paper[paper.index("§ 221 Dnr") :]
    assert at_221.index("Beslut ") < at_221.index(DELTAR) < at_221.index("Beslutsunderlag")
    utdrag = utdrag_document(demo_store, meeting_id, 221, date(2020, 12, 11))
    text = " ".join(lines(" ".join(pages(utdrag))))
    assert DELTAR in text and AVSTAR in text
    other = " ".join(lines(" ".join(pages(utdrag_document(demo_store, meeting_id, 220)))))
    assert "Deltar inte i beslut" not in other


def test_deltar_inte_in_the_web_edition(demo_store) -> None:
    meeting_id = _marked(demo_store)
    protokoll = service.get_protokoll(demo_store, meeting_id)
    meeting = meeting_repo.get(demo_store, meeting_id)
    organ = organ_repo.get(demo_store, meeting.organ_id)
    blocks = paragraf_blocks(protokoll.paragraf(221), protokoll, organ, meeting)
    words = [b.text for b in blocks if isinstance(b, Heading | Para) and isinstance(b.text, str)]
    at = words.index("Deltar inte i beslut")
    assert words[at - 2] == "Beslut"  # right under the Beslut, as on paper
    assert " ".join(words[at : at + 2]) == DELTAR
    assert " ".join(words[at + 2 : at + 4]) == AVSTAR
