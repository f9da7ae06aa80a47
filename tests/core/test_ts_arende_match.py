"""A tjänsteskrivelse put on an ärende it does not look like (walk34 #5: the probe agenda of
Byggnadsnämnden Kungsbacka 2025-04-24, made from moggleif/kommunhandlingar
data/kungsbacka/bygg/2025/2025-03-20/kallelse.md; the names in it are made up)."""

from __future__ import annotations

from ksdesk.core.meeting import Arende
from ksdesk.core.ts_arende_match import wrong_arende

ITEMS = [
    Arende("Val av justerare", is_standard=True),
    Arende("Anmälan av extra ärenden", is_standard=True),
    Arende("Anmälan av delegationsbeslut", is_standard=True),
    Arende("HEDE 3:7 - Rivningsföreläggande", "BN-2023-001234"),
    Arende("SÄRÖ 1:5 - Strandskyddsdispens för brygga", "BN-2025-000402"),
    Arende("Information från förvaltningschefen"),
]
TITLE, DNR = "Strandskyddsdispens för brygga", "BN-2025-000402"


def test_the_standing_item_is_refused_naming_the_one_it_fits() -> None:
    said = wrong_arende(TITLE, DNR, ITEMS, 2)
    assert "ärende 3 ”Anmälan av delegationsbeslut”, ett stående ärende" in said
    assert "Den passar ärende 5 ”SÄRÖ 1:5 - Strandskyddsdispens för brygga”" in said


def test_its_own_or_a_differently_worded_one_without_dnr_passes() -> None:
    assert wrong_arende(TITLE, DNR, ITEMS, 4) == ""
    assert wrong_arende("Strandskyddet vid bryggan", "", ITEMS, 4) == ""  # a stem shared
    assert wrong_arende("Verksamhetsberättelse", "", ITEMS, 5) == ""  # nothing to tell by
    assert "titel och Dnr skiljer sig" in wrong_arende(TITLE, DNR, ITEMS, 3)
