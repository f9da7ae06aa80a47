"""Uppdrag a beslut gives are offered, never saved unasked: the justering check names each one
not yet registered, and `uppfoljning` lists them (walk29: Kungsbacka KS 2025-02-18 § 30, § 38
and § 44 said "ger kommundirektören i uppdrag att …" and Uppföljning showed "Uppdrag (0)")."""

from __future__ import annotations

from datetime import date

from ksdesk.core.findings import Severity
from ksdesk.services import meeting_lookup, uppdrag, uppdrag_offers, uppfoljning
from ksdesk.services import protokoll as protokoll_service

# Kungsbacka, kommunstyrelsen 2025-02-18 § 38 (data/kungsbacka/ks/2025/2025-02-18/protokoll.md).
BESLUT = (
    "Kommunstyrelsen lämnar besked att kommunen avser att inleda en detaljplanläggning.\n"
    "Kommunstyrelsen ger kommundirektören i uppdrag att ta fram en projektbeställning för "
    "planändring."
)


def test_an_uppdrag_in_the_beslut_is_offered_until_it_is_registered(demo_store) -> None:
    meeting_id = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).id
    protokoll = protokoll_service.start_protokoll(demo_store, meeting_id)
    paragraf = protokoll.paragraf(221)
    paragraf.beslut = BESLUT
    protokoll_service.save_paragraf(demo_store, paragraf)

    [offer] = [o for o in uppdrag_offers.offered(demo_store, meeting_id) if o.paragraf.nr == 221]
    assert (offer.uppdrag.ansvarig, offer.uppdrag.vad) == (
        "kommundirektören",
        "Ta fram en projektbeställning för planändring",
    )
    [finding] = [
        f
        for f in protokoll_service.check(demo_store, meeting_id)
        if f.code == "uppdrag-i-beslut" and f.paragraf == 221
    ]
    assert finding.severity == Severity.PAMINNELSE and finding.paragraf == 221
    assert finding.message == (
        "§ 221: beslutet ger kommundirektören ett uppdrag (”Ta fram en projektbeställning för "
        "planändring”) som inte är registrerat. Registrera det under Uppföljning > Nytt "
        "uppdrag och välj § 221: uppgifterna fylls i ur beslutet."
    )
    o = uppfoljning.overview(demo_store, date(2020, 12, 20), offers=True)
    assert (
        "Kommunstyrelsen 2020-12-07 § 221: Ta fram en projektbeställning för planändring "
        "(kommundirektören)" in uppfoljning.as_text(o)
    )

    uppdrag.save(demo_store, offer.uppdrag)  # the secretary confirms it
    assert 221 not in [o.paragraf.nr for o in uppdrag_offers.offered(demo_store, meeting_id)]
    found = protokoll_service.check(demo_store, meeting_id)
    assert 221 not in [f.paragraf for f in found if f.code == "uppdrag-i-beslut"]
