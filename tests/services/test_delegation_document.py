"""The parts of a draft around its points (header, revisions, introduction, abbreviations,
chapters) and the undo of adoption, of a new draft and of a role rename: each refused on an
adopted version, each undone exactly."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from ksdesk.core.delegation import Abbreviation, IntroSection, Revision
from ksdesk.core.errors import InvalidInput
from ksdesk.services import delegation, delegation_check, delegation_document, delegation_edit
from ksdesk.services import delegation_roles as roles

DRAFT, IN_FORCE = "reviderad-2020-11-26", "gallande-2019-08-20"


def _draft(store):
    return delegation.resolve(store, DRAFT)


def _codes(store) -> list[str]:
    return [f.code for f in delegation_check.check(store, DRAFT)[1]]


def test_header_fields_are_saved_and_a_dnr_is_checked(demo_store) -> None:
    version_id = _draft(demo_store).id
    delegation_document.set_header_field(demo_store, version_id, "Diarienummer", "KS 2019/")
    warnings = delegation_document.header_warnings("Diarienummer", "KS 2019/")
    assert any("saknar löpnummer" in w for w in warnings)
    delegation_document.set_header_field(
        demo_store, version_id, "Dokumentägare", "  Kommundirektör "
    )
    header = _draft(demo_store).header
    assert header["Diarienummer"] == "KS 2019/" and header["Dokumentägare"] == "Kommundirektör"
    in_force = delegation.resolve(demo_store, IN_FORCE)
    with pytest.raises(InvalidInput, match="antagen och ändras inte"):
        delegation_document.set_header_field(demo_store, in_force.id, "Diarienummer", "KS 1/2")


def test_revisions_intro_and_abbreviations_are_replaced_whole(demo_store) -> None:
    version = _draft(demo_store)
    revisions = [*version.revisions, Revision("KS 2021-XX-XX § XX", "Ny punkt", "KS 2021/1")]
    delegation_document.set_revisions(demo_store, version.id, revisions)
    assert [r.beslut for r in _draft(demo_store).revisions][-1] == "KS 2021-XX-XX § XX"
    with pytest.raises(InvalidInput, match="saknar beslut"):
        delegation_document.set_revisions(demo_store, version.id, [Revision("", "text")])

    intro = [*version.intro, IntroSection("Ny rubrik", "Ett stycke.\n\n- en punkt")]
    delegation_document.set_intro(demo_store, version.id, intro)
    assert _draft(demo_store).intro[-1].text == "Ett stycke.\n\n- en punkt"
    with pytest.raises(InvalidInput, match="saknar rubrik"):
        delegation_document.set_intro(demo_store, version.id, [IntroSection(" ", "x")])

    assert "okand-forkortning" in _codes(demo_store)
    more = [
        *version.abbreviations,
        Abbreviation("LOU", "Lagen om offentlig upphandling"),
        Abbreviation("UHC", "Utvecklingshuset Campus"),
    ]
    delegation_document.set_abbreviations(demo_store, version.id, more)
    assert "okand-forkortning" not in _codes(demo_store)
    with pytest.raises(InvalidInput, match="LOU finns redan"):
        delegation_document.set_abbreviations(demo_store, version.id, [*more, more[-2]])
    with pytest.raises(InvalidInput, match="får inte vara tom"):
        delegation_document.set_abbreviations(demo_store, version.id, [Abbreviation("", "x")])


def test_chapters_are_added_renamed_moved_and_removed(demo_store) -> None:
    version_id = _draft(demo_store).id
    assert delegation_document.add_chapter(demo_store, version_id, "Upphandling", 1) == 1
    titles = [c.title for c in _draft(demo_store).chapters]
    assert titles[:3] == ["Allmänna ärenden", "Upphandling", "Ekonomi"]
    with pytest.raises(InvalidInput, match="finns redan"):
        delegation_document.rename_chapter(demo_store, version_id, 1, "ekonomi")
    delegation_document.rename_chapter(demo_store, version_id, 1, "Upphandling och inköp")
    assert delegation_document.move_chapter(demo_store, version_id, 1, 99) == 6
    assert _draft(demo_store).chapters[-1].title == "Upphandling och inköp"
    removed = delegation_document.remove_chapter(demo_store, version_id, 6)
    assert removed.title == "Upphandling och inköp" and len(_draft(demo_store).chapters) == 6


def test_a_chapters_part_is_set_kept_in_a_new_draft_and_refused_when_adopted(
    demo_store,
) -> None:
    version_id = _draft(demo_store).id
    delegation_document.set_chapter_part(demo_store, version_id, 0, "  Del A\n Kommunstyrelsen ")
    delegation_document.set_chapter_part(demo_store, version_id, 1, "Del A Kommunstyrelsen")
    assert [c.part for c in _draft(demo_store).chapters[:3]] == [
        "Del A Kommunstyrelsen",
        "Del A Kommunstyrelsen",
        "",
    ]
    copied = delegation_edit.new_draft(demo_store, DRAFT)
    assert [c.part for c in copied.chapters[:2]] == ["Del A Kommunstyrelsen"] * 2
    delegation_document.set_chapter_part(demo_store, version_id, 0, "")
    assert _draft(demo_store).chapters[0].part == ""
    in_force = delegation.resolve(demo_store, IN_FORCE)
    with pytest.raises(InvalidInput, match="antagen och ändras inte"):
        delegation_document.set_chapter_part(demo_store, in_force.id, 0, "Del A")


def test_a_chapters_title_and_part_change_together_or_not_at_all(demo_store) -> None:
    version_id = _draft(demo_store).id
    delegation_document.edit_chapter(
        demo_store, version_id, 1, "Ekonomi och upphandling", "Del A Kommunstyrelsen"
    )
    chapter = _draft(demo_store).chapters[1]
    assert (chapter.title, chapter.part) == ("Ekonomi och upphandling", "Del A Kommunstyrelsen")
    with pytest.raises(InvalidInput, match="finns redan"):
        delegation_document.edit_chapter(
            demo_store, version_id, 1, "Allmänna ärenden", "Del B Personalutskottet"
        )
    assert _draft(demo_store).chapters[1].part == "Del A Kommunstyrelsen"


def test_a_chapters_note_keeps_its_lines_without_their_margins(demo_store) -> None:
    version_id = _draft(demo_store).id
    note = "  Anställning upp till 6 månader är verkställighet.  \n  Gäller även vikariat.\n"
    delegation_document.edit_chapter(demo_store, version_id, 0, note=note)
    chapter = _draft(demo_store).chapters[0]
    assert (
        chapter.note == "Anställning upp till 6 månader är verkställighet.\nGäller även vikariat."
    )
    assert chapter.title == "Allmänna ärenden"


def test_a_point_moved_to_another_chapter_goes_where_its_number_sorts(demo_store) -> None:
    version = _draft(demo_store)
    point = next(p for c, p in version.all_points() if p.nr == "15")  # Allmänna ärenden
    delegation_document.move_point(demo_store, version.id, point.uid, 1)  # Ekonomi: 29–…
    ekonomi = _draft(demo_store).chapters[1]
    assert ekonomi.points[0].uid == point.uid and ekonomi.points[0].nr == "15"
    assert point.uid not in [p.uid for p in _draft(demo_store).chapters[0].points]
    assert len(_draft(demo_store).all_points()) == 97


def test_undoing_an_adoption_gives_back_the_draft_with_its_placeholders(demo_store) -> None:
    before = delegation_edit.snapshot(demo_store, _draft(demo_store).id)
    delegation_edit.adopt(demo_store, before.id, date(2020, 12, 7), "231", "KS 2019/507")
    after = delegation_edit.snapshot(demo_store, before.id)
    delegation_edit.restore_adoption(demo_store, before)
    back = _draft(demo_store)
    assert back.status == "utkast" and back.adopted_date is None
    assert [(r.beslut, r.text, r.dnr) for r in back.revisions] == [
        (r.beslut, r.text, r.dnr) for r in before.revisions
    ]
    assert back.revisions[-1].beslut == "KS 2020-XX-XX § XX"
    assert delegation.version_in_force(demo_store, date(2021, 1, 1)).key == IN_FORCE
    delegation_edit.restore_adoption(demo_store, after)  # redo
    assert _draft(demo_store).revisions[-1].beslut == "KS 2020-12-07 § 231"
    delegation_edit.new_draft(demo_store, DRAFT, "Nästa")
    with pytest.raises(InvalidInput, match="utgår från den"):
        delegation_edit.restore_adoption(demo_store, before)


def test_a_new_draft_is_removed_and_put_back_under_its_own_id(demo_store) -> None:
    draft = delegation_edit.new_draft(demo_store, IN_FORCE, "Utkast 2021")
    snapshot = delegation_edit.snapshot(demo_store, draft.id)
    delegation_edit.put_draft(demo_store, draft.id, None)
    assert "Utkast 2021" not in [n for _, _, n, _ in delegation.list_versions(demo_store)]
    delegation_edit.put_draft(demo_store, draft.id, snapshot)
    back = delegation.resolve(demo_store, draft.id)
    assert (back.key, back.name, len(back.all_points())) == (draft.key, "Utkast 2021", 92)


def test_undoing_a_role_rename_puts_back_exactly_what_it_changed(demo_store) -> None:
    before = roles.role_state(demo_store)
    # A point that already says "Beredskapschef" must keep it when the rename is undone.
    version = _draft(demo_store)
    point = version.chapters[0].points[0]
    delegation_edit.update_point(demo_store, version.id, point.uid, "ersattare", "Beredskapschef")
    before = copy.deepcopy(roles.role_state(demo_store))
    assert roles.rename_role(demo_store, "Säkerhetschef", "Beredskapschef") == 5
    roles.restore_role_state(demo_store, before)
    back = _draft(demo_store)
    assert back.chapters[0].points[0].ersattare == ["Beredskapschef"]
    assert "Säkerhetschef" in back.chapters[0].points[9].delegat
    register = delegation.role_register(demo_store)
    assert register.find("Säkerhetschef").replaced_by == ""
    assert [(r.name, r.replaced_by) for r in register.roles] == [
        (r.name, r.replaced_by) for r in before.roles
    ]
