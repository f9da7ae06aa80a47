"""A bilaga ksdesk renders itself (a document written in ksdesk, a budget sheet, the
delegationsordning, the list of delegationsbeslut) that names a secret bilaga or ärende by
its title is a hit of the review, and decided "maskera" it is left out of every public copy
with the words the bilaga list prints for a secret one. Before, only the texts of the
meeting and its protokoll were looked at: the rendered bilaga printed the title the bilaga
list hid.

The texts are the real Ludvika packet's (seed/ludvika-ks-2020-12-07.txt: Ludvika kommun,
kommunstyrelsen 7 December 2020, ärende "Revidering av kommunstyrelsens delegationsordning",
bilaga 1 "Reviderad delegationsordning för kommunstyrelsen" and bilaga 2, the förteckning
with revideringar, written in ksdesk). A variant: the Ludvika bilaga 1 is public; here it is
marked secret, and the förteckning gets a first block that names it as § 216 does."""

from __future__ import annotations

from dataclasses import replace

from ksdesk.core.documents import Block
from ksdesk.db import document_repo
from ksdesk.services import public_copy
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.test_secret_mentions import NEUTRAL, TITLE, _decide, _ludvika_meeting

FORTECKNING = "forteckning-revideringar"
# Built here, after § 216's words: the förteckning as a secretary introduces it.
OWN_WORDS = "Förteckningen avser ändringarna"
NAMED = f"{OWN_WORDS} i ”Reviderad delegationsordning för kommunstyrelsen” daterad 12 oktober 2020."


def _forteckning_names_bilaga_1(store) -> None:
    document = document_repo.find(store, FORTECKNING)
    document = replace(document, blocks=[Block("Inledning", NAMED), *document.blocks])
    document_repo.save(store, document)


def _rendered_hits(hits):
    return [h for h in hits if h.kind == "sekretess" and h.source.startswith("bilaga:")]


def test_a_rendered_bilaga_naming_a_secret_bilaga_is_a_hit(demo_store) -> None:
    meeting = _ludvika_meeting(demo_store)
    before = _rendered_hits(public_copy.scan_public(demo_store, meeting.id))
    _forteckning_names_bilaga_1(demo_store)
    found = _rendered_hits(public_copy.scan_public(demo_store, meeting.id))
    new = [h for h in found if h not in before]
    assert [h.shown for h in new] == ["nämner ärende 5, bilaga 1 (sekretess)"]
    assert new[0].where.startswith("ärende 5, bilaga 2 Förteckning")
    assert TITLE in new[0].context


def test_masked_the_rendered_bilaga_is_left_out_of_every_public_copy(demo_store) -> None:
    meeting = _ludvika_meeting(demo_store)
    _forteckning_names_bilaga_1(demo_store)
    _decide(demo_store, meeting.id)
    for output in ("paket (papper)", "paket med förslag (papper)", "paket (webb) och bilagefiler"):
        flat = " ".join(OUTPUTS[output](demo_store, meeting.id).split())
        assert TITLE not in flat, output
        assert OWN_WORDS not in flat, output  # the förteckning is not printed
        assert NEUTRAL in flat, output
