"""The heading over a §'s beslut names a förslag to fullmäktige as one, as Kungsbacka's
kommunstyrelse prints it; a beslut the organ took itself, wholly or in part, is "Beslut"."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.beslut_heading import beslut_heading
from ksdesk.core.protokoll import Paragraf

# data/kungsbacka/ks/2025/2025-04-22/protokoll.md § 95 (excerpt): "Beslut – Förslag till
# kommunfullmäktige" over it, the lines between the att-satser part of the förslag.
TAXA = (
    "Kommunfullmäktige antar Avfallstaxa 2025, daterad 2025-01-23.\n"
    "Taxan träder i kraft den 1 juni 2025.\n"
    "Avfallstaxa 2025, antagen av kommunfullmäktige 2024-12-12, § 165, upphör samtidigt att "
    "gälla."
)
# The same protokoll, § 72 (excerpt): the styrelse's own beslut, under "Beslut".
OWN = (
    "Kommunstyrelsen antar Informationshanteringsplan för kommungemensamma "
    "ledningsprocesser, daterad 2024-12-17."
)
# Ludvika KS 2020-12-07 § 220 (the seed's tjänsteskrivelse, att-satser 4 and 5): both.
BOTH = (
    "4. Kommunstyrelsen noterar de av fullmäktige fastställda investeringsramarna.\n"
    "5. Fullmäktige beslutar om en ramjustering om 8,9 mkr."
)


@pytest.mark.parametrize(
    ("beslut", "organ", "heading"),
    [
        (TAXA, "Kommunstyrelsen", "Beslut – Förslag till kommunfullmäktige"),
        (
            "1. Fullmäktige beslutar om en ramjustering.",
            "Kommunstyrelsen",
            "Beslut – Förslag till fullmäktige",
        ),
        (OWN, "Kommunstyrelsen", "Beslut"),
        (BOTH, "Kommunstyrelsen", "Beslut"),
        (TAXA, "Kommunfullmäktige", "Beslut"),  # fullmäktige's own protokoll
        ("Kommunfullmäktiges presidium informeras.", "Kommunstyrelsen", "Beslut"),
    ],
)
def test_beslut_heading(beslut: str, organ: str, heading: str) -> None:
    paragraf = Paragraf(
        organ_id=1, meeting_date=date(2025, 4, 22), nr=95, title="Taxa", beslut=beslut
    )
    assert beslut_heading(paragraf, organ) == heading
