"""A decision taken for an ärende's text holds for the same value in the § made from that
ärende (walk37's finding 7: after `protokoll start` the review asked again for the name and
personnummer she had masked in the ärende's title, for every secret § of an IFO meeting).
A value the § holds that the ärende never held is a hit of its own, and nothing decided
for one ärende reaches another ärende's § or another meeting. The persons are invented."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.own_kommun import new_database

DAY, OTHER_DAY = date(2025, 4, 17), date(2025, 5, 15)
CLIENT = "Ansökan om vård enligt 2 § LVU – Elsa Grönkvist, 20120304-2385"
NEW_NUMBER = "20160512-1233"


def _meeting(store, day: date, titles: list[str]) -> int:
    meeting, _ = meetings.create_meeting(store, "Socialnämnden", day, time(13), "Stadshuset")
    meeting.items += [Arende(title, dnr=f"SN 2025/{n}") for n, title in enumerate(titles, 1)]
    meetings.save_meeting(store, meeting)
    return meeting_lookup.find_meeting(store, day).id


def _in(hits, source_start: str, item_id: int | None = None) -> list:
    return [
        h
        for h in hits
        if h.source.startswith(source_start) and (item_id is None or h.item_id == item_id)
    ]


def test_a_decision_for_the_arende_holds_for_its_paragraf_and_no_further(tmp_path) -> None:
    store = new_database(tmp_path / "sn.sqlite", "Testby kommun", "Socialnämnden")
    # The same client in a second ärende: what is kept for the first is not kept for it.
    meeting_id = _meeting(store, DAY, [CLIENT, f"Övervägande – {CLIENT.split('– ')[1]}"])
    items = meeting_lookup.find_meeting(store, DAY).items
    first, second = (i.id for i in items if i.dnr.startswith("SN"))
    hits = public_copy.scan_public(store, meeting_id)
    kept = [h.key for h in _in(hits, f"meeting:{meeting_id}/", first)]
    masked = [h.key for h in _in(hits, f"meeting:{meeting_id}/", second)]
    assert {h.kind for h in _in(hits, "meeting:", first)} == {"personnummer", "kontakt"}
    public_copy.decide(store, meeting_id, kept, "behåll", by="Josefine")
    public_copy.decide(store, meeting_id, masked, "maskera", by="Josefine")

    protokoll_service.start_protokoll(store, meeting_id)
    protokoll = protokoll_service.get_protokoll(store, meeting_id)
    paragraf = next(p for p in protokoll.paragrafer if p.item_id == first)
    paragraf.beslut = f"Nämnden ansöker om vård för barnet {NEW_NUMBER}."
    protokoll_service.save_paragraf(store, paragraf)
    hits = public_copy.scan_public(store, meeting_id)
    own = _in(hits, f"protokoll:{meeting_id}/", first)
    title = [h for h in own if h.source.endswith("/title")]
    assert len(title) == 2 and all(h.decision.decision == "behåll" for h in title)
    assert {h.decision_text for h in title} == {"Behålls medvetet (beslutat för ärendet)"}
    assert {h.decided_for for h in title} == {"ärende 5, rubrik"}  # after 4 standard items
    # The number the § holds and the ärende never did is hers to decide.
    assert [h.normalized for h in own if not h.resolved] == [NEW_NUMBER.replace("-", "")]
    other = _in(hits, f"protokoll:{meeting_id}/", second)  # masked for its own ärende
    assert other and all(h.decision.decision == "maskera" and h.decided_for for h in other)
    # The public copy follows them: the number kept in § 1's title, masked in § 2's.
    public_copy.decide(
        store, meeting_id, [h.key for h in own if not h.resolved], "maskera", by="Josefine"
    )
    rules = public_copy.ensure_public_ok(store, meeting_id)
    assert rules.kept_numbers[title[0].source] == {"201203042385"}
    second_title = next(p.title for p in protokoll.paragrafer if p.item_id == second)
    second_source = next(h.source for h in other if h.source.endswith("/title"))
    assert "2385" not in rules.mask(second_source, second_title)

    # Changed in the review for the § alone: her decision there stands over the ärende's.
    number = next(h for h in title if h.kind == "personnummer")
    public_copy.decide(store, meeting_id, [number.key], "maskera", by="Josefine")
    hits = public_copy.scan_public(store, meeting_id)
    changed = next(h for h in hits if h.key == number.key)
    assert changed.decision.decision == "maskera" and not changed.decided_for
    assert changed.decision_text == "Maskeras"
    assert all(h.decision.decision == "behåll" for h in _in(hits, "meeting:", first))

    # Another meeting with the same ärende: nothing decided here reaches it.
    later = _meeting(store, OTHER_DAY, [CLIENT])
    protokoll_service.start_protokoll(store, later)
    assert not any(h.resolved for h in _in(public_copy.scan_public(store, later), "protokoll:"))


def test_the_review_shows_a_paragraf_following_a_decision_just_taken() -> None:
    """The review writes a decision and shows it in place, without a new scan: the § hits
    that follow the ärende follow it there too (services.public_copy_carried.carried_again)."""
    from dataclasses import replace

    from ksdesk.core.public_copy import Decision, PublicHit
    from ksdesk.core.unpublished_hits import NOT_PUBLISHED
    from ksdesk.services.public_copy_carried import carried_again

    number = "201203042385"
    item = PublicHit("a", "personnummer", "meeting:1/items/Arende:u/title", "ärende 5, rubrik", "")
    paragraf = replace(item, key="p", source="protokoll:1/paragrafer/Paragraf:v/title")
    hits = [replace(h, normalized=number, item_id=7) for h in (item, paragraf)]
    shown = carried_again(hits, 1)
    assert not shown[1].resolved  # the ärende not decided yet
    kept = Decision("behåll", "Josefine", "2026-12-07T07:00:00")
    shown = carried_again([shown[0].decided(kept), shown[1]], 1)
    assert shown[1].decision == kept and shown[1].decided_for == "ärende 5, rubrik"
    masked = replace(kept, decision="maskera")
    shown = carried_again([shown[0].decided(masked), shown[1]], 1)
    assert shown[1].decision == masked
    assert not carried_again([shown[0].decided(None), shown[1]], 1)[1].resolved
    # ksdesk's "publiceras inte" on a text of the ärende is no decision of hers to follow.
    unpublished = replace(hits[0], key="t", source="meeting:1/items/Arende:u/tjansteskrivelse")
    shown = carried_again([unpublished.decided(NOT_PUBLISHED), hits[0].decided(kept), hits[1]], 1)
    assert shown[2].decision == kept
