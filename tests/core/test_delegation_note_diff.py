"""The text under a chapter's table (Chapter.note) changed between two versions: a change of
the chapter in the Förteckning med revideringar (terminal, paper, JSON), and its new words
marked in the new version, on paper and in the web edition."""

from __future__ import annotations

import copy

from ksdesk.core.delegation import Chapter, Point, Version
from ksdesk.core.delegation_diff import diff_versions
from ksdesk.core.delegation_forteckning import as_dict, as_text, build
from ksdesk.core.delegation_marks import ChangeMarks
from ksdesk.reports.web.delegationsordning import delegationsordning_blocks
from ksdesk.reports.web.model import Para

_OLD_NOTE = "* Beslut anmäls till nämnden."
_NEW_NOTE = "* Beslut anmäls till nämnden varje månad."


def _versions() -> tuple[Version, Version]:
    point = Point("1.1", "Attest", delegat=["Ekonomichef"])
    old = Version("2024", "2024", chapters=[Chapter("1 Ekonomi", [point], note=_OLD_NOTE)])
    new = copy.deepcopy(old)
    new.key = new.name = "2025"
    new.chapters[0].note = _NEW_NOTE
    return old, new


def test_a_changed_note_is_a_change_of_its_chapter_in_the_forteckning() -> None:
    old, new = _versions()
    diff = diff_versions(old, new)
    assert not diff.is_empty()
    assert diff.notes_changed == [("1 Ekonomi", _OLD_NOTE, _NEW_NOTE)]
    other = next(s for s in build(diff) if s.heading == "Övriga förändringar")
    (entry,) = other.entries
    assert entry.text == "Texten under kapitlet 1 Ekonomi har ändrats."
    assert [(c.label, c.old, c.new) for c in entry.changes] == [
        ("Text under tabellen", _OLD_NOTE, _NEW_NOTE)
    ]
    text = as_text(diff, "Förteckning")
    assert "- Texten under kapitlet 1 Ekonomi har ändrats." in text
    assert f"    Text under tabellen: “{_OLD_NOTE}” → “{_NEW_NOTE}”" in text
    assert as_dict(diff)["notes_changed"] == [
        {"chapter": "1 Ekonomi", "old_note": _OLD_NOTE, "new_note": _NEW_NOTE}
    ]


def test_a_note_the_same_but_for_spacing_is_no_change() -> None:
    old, new = _versions()
    new.chapters[0].note = _OLD_NOTE.replace(" ", "  ")
    assert diff_versions(old, new).is_empty()


def test_the_new_words_of_a_note_are_marked_on_the_web() -> None:
    old, new = _versions()
    marks = ChangeMarks(diff_versions(old, new))
    assert marks.note_line("1 Ekonomi", _NEW_NOTE) == [
        ("* Beslut anmäls till nämnden", False),
        (" varje månad", True),
        (".", False),
    ]
    blocks = delegationsordning_blocks(new, diff_versions(old, new), "", level=1)
    (note,) = [b for b in blocks if isinstance(b, Para) and "nämnden" in str(b.text)]
    assert [(run.text, run.mark) for run in note.text] == [
        ("* Beslut anmäls till nämnden", False),
        (" varje månad", True),
        (".", False),
    ]
