"""Two secretaries preparing one meeting: edits to different rows merge on their own, and
resolving a real conflict never removes what the colleague did outside it (walk35 #1, #3).
Anna and Cecilia are both secretaries of Kommunstyrelsen (conftest.py)."""

from __future__ import annotations

from ksdesk.core.meeting import Forslag, Tjansteskrivelse
from ksdesk.services import meetings, team, team_conflicts
from tests.team.helpers import a_pdf, add_item, meeting_on


def _edit(store, which: str, **fields) -> None:
    meeting = meeting_on(store)
    item = next(item for item in meeting.items if item.title == which)
    for name, value in fields.items():
        setattr(item, name, value)
    meetings.save_meeting(store, meeting)


def _agenda(store) -> list[tuple[str, int, int]]:
    """(title, position, bilagor) per ärende, in the file's order."""
    return [
        (item.title, position, len(item.bilagor))
        for position, item in sorted(
            (row[0], item)
            for item in meeting_on(store).items
            for row in store.db.execute(
                "SELECT position FROM agenda_item WHERE uuid = ?", [item.uuid]
            )
        )
    ]


def test_edits_to_different_rows_of_one_meeting_land_on_both_laptops(ks_pair) -> None:
    anna, cecilia = ks_pair
    _edit(anna, "Budget 2021", title="Budget 2021, reviderad")
    team.sync(anna)
    bilaga = meetings.pdf_bilaga(a_pdf(1), "yttrande.pdf", "Yttrande")
    _edit(cecilia, "Delegationsordning", bilagor=[bilaga])
    merged = team.sync(cecilia)
    assert merged.konflikter == [] and (merged.skickade, merged.hamtade) == (1, 1)
    assert team.sync(anna).konflikter == []
    assert _agenda(anna) == _agenda(cecilia)
    assert [row for row in _agenda(anna) if row[2]] == [
        ("Budget 2021, reviderad", 4, 1),
        ("Delegationsordning", 5, 1),
    ]


def test_keeping_my_version_keeps_the_colleagues_work_outside_the_conflict(ks_pair) -> None:
    anna, cecilia = ks_pair
    # Anna writes a tjänsteskrivelse with a bilaga for one ärende and renames another.
    ts = Tjansteskrivelse("Delegationsordning", forslag=[Forslag("Fastställs.", "1")])
    bilaga = meetings.pdf_bilaga(a_pdf(1), "ordning.pdf", "Ordningen")
    _edit(anna, "Delegationsordning", tjansteskrivelse=ts, bilagor=[bilaga])
    _edit(anna, "Budget 2021", title="Budget (Anna)")
    team.sync(anna)
    _edit(cecilia, "Budget 2021", title="Budget (Cecilia)")
    [conflict] = team.sync(cecilia).konflikter
    assert conflict.lokal["skillnader"] == 1  # the one ärende both renamed
    said = team_conflicts.resolve(cecilia, conflict.uuid, "lokal")
    assert said == "Din version gäller för 1 rad; Anna Eks 3 rader som du inte ändrat behålls."
    assert team.sync(cecilia).konflikter == []
    team.sync(anna)
    for file in (anna, cecilia):
        item = next(i for i in meeting_on(file).items if i.title == "Delegationsordning")
        assert item.tjansteskrivelse is not None and len(item.bilagor) == 1
        assert "Budget (Cecilia)" in [i.title for i in meeting_on(file).items]


def test_both_changing_the_order_is_a_conflict_and_keeps_one_order(ks_pair) -> None:
    anna, cecilia = ks_pair
    add_item(anna, "Annas ärende")
    team.sync(anna)
    add_item(cecilia, "Cecilias ärende")
    [conflict] = team.sync(cecilia).konflikter
    assert conflict.lokal["skillnader"] == 2  # both new ärenden would take place 7
    team_conflicts.resolve(cecilia, conflict.uuid, "lokal")
    team.sync(cecilia)
    team.sync(anna)
    for file in (anna, cecilia):
        assert [(title, place) for title, place, _bilagor in _agenda(file)][-3:] == [
            ("Information", 6),
            ("Cecilias ärende", 7),
            ("Annas ärende", 8),
        ]


def test_the_merge_rules_without_a_server() -> None:
    """core/team_merge.py alone: a bilaga added under an ärende deleted on the other side is
    a conflict with it; two orders are renumbered into one, this file's row first."""
    from ksdesk.core.team_merge import merge, renumbered

    base = {"item": "i1", "other": "o1"}
    found = merge(
        base,
        {"other": "o2"},  # here: the ärende deleted, another one changed
        {"item": "i1", "other": "o1", "bilaga": "b1"},  # there: a bilaga added under it
        parents=({"other": "meeting"}, {"item": "meeting", "other": "meeting", "bilaga": "item"}),
    )
    assert (found.mine, found.theirs, found.both) == ({"other"}, set(), {"item", "bilaga"})
    assert renumbered([("a", 3, False), ("b", 3, True), ("c", 4, True)]) == {"a": 4, "c": 5}
