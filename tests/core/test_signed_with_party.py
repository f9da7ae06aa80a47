"""The ordförande signs with her party where the register or the upprop gives it (walk37
#12): Kungsbacka's Individ & Familjeomsorg kallelse 2025-04-17 signs "Tommy Rydfeldt (L)
ordförande" (moggleif/kommunhandlingar data/kungsbacka/ifo/2025/2025-04-17/kallelse.md),
and the justerare beside her follow her (core.protokoll_attendance.signing_justerare)."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.kallelse import signatories
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Fortroendevald, Organ
from ksdesk.core.organ_members import with_party
from ksdesk.core.protokoll import Deltagare, Justering, Paragraf, Protokoll
from ksdesk.core.protokoll_text import omedelbar_signers, signers

_DAY = date(2025, 4, 17)
_MEETING = Sammantrade(
    organ_id=1,
    date=_DAY,
    time=time(15, 30),
    chair_name="Tommy Rydfeldt",
    secretary_name="Josefine Jönsson",
    secretary_title="nämndsekreterare",
)


def test_a_name_gets_the_party_the_register_gives() -> None:
    members = [Fortroendevald("Tommy Rydfeldt", "L", "ordförande"), Fortroendevald("Eva Ny")]
    assert with_party("Tommy  rydfeldt", members) == "Tommy  rydfeldt (L)"
    assert with_party("Tommy Rydfeldt (L)", members) == "Tommy Rydfeldt (L)"  # written so
    assert with_party("Eva Ny", members) == "Eva Ny"  # no party in the register
    assert with_party("Anna Ek", members) == "Anna Ek"  # no member: as typed
    organ = Organ("Nämnden för Individ & Familjeomsorg", members=members)
    assert signatories(_MEETING, organ) == [
        ("Tommy Rydfeldt (L)", "ordförande"),
        ("Josefine Jönsson", "nämndsekreterare"),
    ]


def test_the_protokoll_is_signed_with_the_parties_of_the_upprop() -> None:
    paragraf = Paragraf(1, _DAY, 41, "Avvikelse inom BMSS", omedelbar_justering=True)
    protokoll = Protokoll(
        1,
        Justering(justerare=["Marianne Pleijel"]),
        [
            Deltagare("Tommy Rydfeldt", "L", "ordförande"),
            Deltagare("Marianne Pleijel", "M", "1:e vice ordförande"),
        ],
        [paragraf],
    )
    assert signers(_MEETING, protokoll) == [
        ("Sekreterare", "Josefine Jönsson"),
        ("Ordförande", "Tommy Rydfeldt (L)"),
        ("Justerande", "Marianne Pleijel (M)"),
    ]
    assert omedelbar_signers(_MEETING, protokoll, 41) == [
        ("Ordförande", "Tommy Rydfeldt (L)"),
        ("Justerande", "Marianne Pleijel (M)"),
    ]
