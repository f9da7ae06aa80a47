"""A delegationsbeslut flagged sekretess (step m1812) in the search: found by its Dnr, shown as
"Sekretess" in the hit's title and utdrag, never by or with the words of its text; the flag
and its removal change the index in the transaction that sets them."""

from __future__ import annotations

from datetime import date

from ksdesk.core.delegationsbeslut_print import SEKRETESS
from ksdesk.core.search import MARK
from ksdesk.db import search_repo
from ksdesk.services import delegationsbeslut, search
from ksdesk.services.delegationsbeslut import BeslutInput

_TEXT = "Bistånd till Kim Lindqvist, Storgatan 4"


def _register(store, sekretess: bool) -> int:
    data = BeslutInput(
        dnr="KS 2020/611",
        date=date(2020, 11, 20),
        delegat="Socialchef",
        beslut=_TEXT,
        punkt="4",
        received=date(2020, 11, 20),
        beskrivning="Handläggare: Lindqvists kontaktperson",
        sekretess=sekretess,
    )
    beslut = delegationsbeslut.register(store, data).beslut
    assert beslut.id is not None
    return beslut.id


def _hits(store, text: str):
    return search.search(store, text, kind="delegationsbeslut")


def test_a_flagged_decision_is_found_by_its_dnr_as_sekretess(demo_store) -> None:
    _register(demo_store, sekretess=True)
    assert _hits(demo_store, "Lindqvist") == []  # a name would tell whom it concerns
    assert _hits(demo_store, "Storgatan") == []
    (hit,) = _hits(demo_store, "KS 2020/611")
    assert SEKRETESS in hit.rubrik and "Lindqvist" not in hit.rubrik
    assert "Lindqvist" not in hit.utdrag and "Bistånd" not in hit.utdrag
    assert search_repo.SEKRETESS == SEKRETESS


def test_flagging_and_unflagging_change_the_index_in_the_same_transaction(demo_store) -> None:
    beslut_id = _register(demo_store, sekretess=False)
    assert [h.ref for h in _hits(demo_store, "Lindqvist")]
    delegationsbeslut.set_sekretess(demo_store, beslut_id, True)
    assert not search_repo.pending(demo_store)  # indexed before the commit, not at the search
    assert _hits(demo_store, "Lindqvist") == []
    delegationsbeslut.set_sekretess(demo_store, beslut_id, False)
    assert not search_repo.pending(demo_store)
    (hit,) = _hits(demo_store, "Lindqvist")
    assert "Lindqvist" in hit.utdrag.replace(MARK, "")
