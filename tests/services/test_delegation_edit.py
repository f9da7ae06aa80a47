"""Drafts, edits, adoption, renumbering, the look-alike fix and the role register."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.delegation_numbering import propose
from ksdesk.core.errors import InvalidInput
from ksdesk.services import delegation, delegation_check, delegation_edit, delegation_roles

DRAFT, IN_FORCE = "reviderad-2020-11-26", "gallande-2019-08-20"


def _codes(store, key) -> list[str]:
    return [f.code for f in delegation_check.check(store, key)[1]]


def test_a_new_draft_copies_the_version_in_force_with_the_same_points(demo_store) -> None:
    draft = delegation_edit.new_draft(demo_store)
    source = delegation.resolve(demo_store, IN_FORCE)
    assert draft.based_on == IN_FORCE and draft.status == "utkast"
    assert [p.uid for _, p in draft.all_points()] == [p.uid for _, p in source.all_points()]
    assert draft.revisions[-1].beslut == f"KS {date.today().year}-XX-XX § XX"
    comparison = delegation.diff(demo_store, IN_FORCE, draft.key)
    assert not comparison.added and not comparison.removed and not comparison.changed
    assert [r.beslut for r in comparison.revisions_added] == [draft.revisions[-1].beslut]


def test_adopting_fills_the_revision_row(demo_store) -> None:
    version = delegation.resolve(demo_store, DRAFT)
    adopted = delegation_edit.adopt(demo_store, version.id, date(2020, 12, 7), "§ 231")
    assert adopted.revisions[-1].beslut == "KS 2020-12-07 § 231"
    assert "XX" not in adopted.revisions[-1].beslut
    stored = delegation.resolve(demo_store, DRAFT)
    assert (stored.status, stored.adopted_date, stored.adopted_paragraf) == (
        "antagen",
        date(2020, 12, 7),
        "231",
    )
    assert delegation.version_in_force(demo_store, date(2021, 1, 1)).key == DRAFT
    assert delegation.version_in_force(demo_store, date(2020, 1, 1)).key == IN_FORCE
    assert "platshallare" not in _codes(demo_store, DRAFT)
    with pytest.raises(InvalidInput, match="antagen och ändras inte"):
        uid = stored.chapters[0].points[0].uid
        delegation_edit.update_point(demo_store, stored.id, uid, "arende", "Nytt")
    with pytest.raises(InvalidInput, match="paragrafnummer"):
        delegation_edit.adopt(demo_store, version.id, date(2020, 12, 7), "XX")


def test_edit_in_place_and_roles_one_per_line(demo_store) -> None:
    version = delegation.resolve(demo_store, DRAFT)
    point = version.chapters[1].points[19]  # 48, without delegat
    delegation_edit.update_point(
        demo_store, version.id, point.uid, "delegat", "Koncernekonomichef\n"
    )
    codes = _codes(demo_store, DRAFT)
    assert codes.count("saknar-delegat") == 1
    with pytest.raises(InvalidInput, match="nummer"):
        delegation_edit.update_point(demo_store, version.id, point.uid, "nr", "  ")


def test_renumbering_resolves_the_duplicates(demo_store) -> None:
    version = delegation.resolve(demo_store, DRAFT)
    plan = propose(version)
    changes = [(p.old, p.new) for p in plan if p.changes]
    assert changes == [(str(n), str(n + 9)) for n in range(83, 89)]
    assert delegation_edit.renumber(demo_store, version.id, plan) == 6
    codes = _codes(demo_store, DRAFT)
    assert "dubblett-nr" not in codes and "ordning" not in codes
    with pytest.raises(InvalidInput, match="ändrats sedan"):
        delegation_edit.renumber(demo_store, version.id, plan)


def test_renumbering_takes_a_points_reference_along(demo_store) -> None:
    """ "Se punkt 84" written in the Livsmedel chapter is that chapter's 84, now 93; the same
    words in Styrelsen som personalorgan still mean its own 84, which keeps its number."""
    version = delegation.resolve(demo_store, DRAFT)
    before, livsmedel = [c for c in version.chapters if any(p.nr == "84" for p in c.points)]
    for chapter in (livsmedel, before):
        uid = chapter.points[-1].uid
        delegation_edit.update_point(demo_store, version.id, uid, "anmarkning", "Se punkt 84.")
    version = delegation.resolve(demo_store, DRAFT)
    delegation_edit.renumber(demo_store, version.id, propose(version))
    renumbered = delegation.resolve(demo_store, DRAFT)
    notes = [
        c.points[-1].anmarkning
        for c in renumbered.chapters
        if c.title in {livsmedel.title, before.title}
    ]
    assert notes == ["Se punkt 84.", "Se punkt 93."]


def test_one_click_fix_of_mixed_script(demo_store) -> None:
    version = delegation.resolve(demo_store, DRAFT)
    assert delegation_edit.fix_mixed_script(demo_store, version.id) == 2
    fixed = delegation.resolve(demo_store, DRAFT)
    p76 = next(p for _, p in fixed.all_points() if p.nr == "76")
    assert p76.anmarkning.startswith("Sker i dialog")
    assert "blandad-skrift" not in _codes(demo_store, DRAFT)


def test_renaming_a_title_changes_drafts_and_the_register_only(demo_store) -> None:
    uses = delegation_roles.role_uses(demo_store, "Säkerhetschef")
    assert {u[0] for u in uses} == {
        "Reviderad delegationsordning 2020-11-26",
        "Delegationsordning 2019-08-20 § 164 (rekonstruerad)",
    }
    changed = delegation_roles.rename_role(demo_store, "Säkerhetschef", "Beredskapschef")
    assert changed == 5  # points 10, 11, 12, 15 and 17
    draft = delegation.resolve(demo_store, DRAFT)
    assert "Beredskapschef" in draft.chapters[0].points[9].delegat
    in_force = delegation.resolve(demo_store, IN_FORCE)
    assert "Säkerhetschef" in in_force.chapters[0].points[9].delegat
    register = delegation.role_register(demo_store)
    assert register.find("säkerhetschef").replaced_by == "Beredskapschef"
    assert "okand-roll" not in [
        f.code for f in delegation_check.check(demo_store, DRAFT)[1] if f.nr in ("10", "11")
    ]
