"""A förslag to kommunfullmäktige never gains laga kraft: a § that only proposes is left out of
the Laga kraft list, one that also decides for itself is listed for its own part (walk29:
Kungsbacka KS 2025-02-18 §§ 45–48 were all listed as "Laga kraft")."""

from __future__ import annotations

from datetime import date

from ksdesk.db import organ_repo
from ksdesk.services import laga_kraft, meeting_lookup
from ksdesk.services import protokoll as protokoll_service

OWN = "Förslag till beslut i kommunstyrelsen\nKommunstyrelsen delegerar till ekonomichefen."
KF = "Förslag till beslut i kommunfullmäktige\nKommunfullmäktige antar vattentjänstplan."


def test_a_forslag_to_fullmaktige_is_not_listed_and_a_split_beslut_says_its_own_part(
    demo_store,
) -> None:
    meeting_id = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).id
    protokoll = protokoll_service.start_protokoll(demo_store, meeting_id)

    def listed() -> dict[str, str]:
        rows = laga_kraft.rows(demo_store, date(2021, 2, 1), everything=True)
        return {r.ref: r.rubrik for r in rows if r.typ == "paragraf"}

    only_kf, split = [p for p in protokoll.paragrafer if p.label in listed()][:2]
    only_kf.beslut, split.beslut = KF, f"{KF}\n{OWN}"
    protokoll_service.save_paragraf(demo_store, only_kf)
    protokoll_service.save_paragraf(demo_store, split)

    assert only_kf.label not in listed()
    assert listed()[split.label] == (
        f"{split.title} (den egna delen; förslaget till fullmäktige vinner inte laga kraft)"
    )


def test_fullmaktiges_own_beslut_is_listed_though_its_text_carries_the_heading(demo_store) -> None:
    """In kommunfullmäktige's own protokoll the heading over KS's förslag (carried from the
    tjänsteskrivelse or the kallelse) names the organ that decides: its beslut is appealed."""
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    organ = organ_repo.get(demo_store, meeting.organ_id)
    organ.name = "Kommunfullmäktige"
    organ_repo.save(demo_store, organ)
    protokoll = protokoll_service.start_protokoll(demo_store, meeting.id)
    rows = laga_kraft.rows(demo_store, date(2021, 2, 1), everything=True)
    decided = next(p for p in protokoll.paragrafer if p.label in {r.ref for r in rows})
    decided.beslut = KF
    protokoll_service.save_paragraf(demo_store, decided)

    rows = laga_kraft.rows(demo_store, date(2021, 2, 1), everything=True)
    assert {r.ref: r.rubrik for r in rows if r.typ == "paragraf"}[decided.label] == decided.title
