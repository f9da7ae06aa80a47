"""A new file has no delegationsordning yet: a delegationsbeslut typed into the register is
refused with what to do first, and the diarium's list can be read in at once, its rows kept
without a point and said so. Walked through for Marks kommun's barn- och utbildningsnämnd,
whose first meeting in ksdesk is 2016-12-15 (protokoll: http://docplayer.se/43222569-
Sammantradesprotokoll-sida-1-23-barn-och-utbildningsnamnden.html); the decision is built."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.db import delegationsbeslut_repo
from ksdesk.services import delegationsbeslut
from ksdesk.services.delegationsbeslut import BeslutInput

LEDIGHET = BeslutInput(
    dnr="BUN 2016/412",
    date=date(2016, 12, 20),
    delegat="Rektor",
    beslut="Beviljad ledighet för elev mer än tio dagar",
    punkt="3.2",
)


def test_the_refusal_says_what_to_do_first(store) -> None:
    with pytest.raises(InvalidInput) as refused:
        delegationsbeslut.register(store, LEDIGHET)
    message = str(refused.value)
    assert message.startswith("Filen har ännu ingen antagen delegationsordning")
    assert "under fliken Delegation" in message and "Importera lista…" in message
    assert delegationsbeslut_repo.count(store) == 0

    kept = delegationsbeslut.preview(store, BeslutInput(**{**vars(LEDIGHET), "loose_point": True}))
    assert kept.beslut.punkt == "3.2" and kept.beslut.point_uid is None
    assert (
        "Filen har ännu ingen antagen delegationsordning: beslutet sparas utan koppling till en "
        "punkt." in kept.warnings
    )
