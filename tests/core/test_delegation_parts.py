"""Parts of a delegationsordning ("Del A Kommunstyrelsen" over chapters 1–3): where a part's
title is printed, which parts are offered, and a chapter put in another part as the
comparison and the Förteckning med revideringar tell it."""

from __future__ import annotations

import copy

from ksdesk.core.delegation import Chapter, Point, Version, part_starts, part_titles
from ksdesk.core.delegation_diff import diff_versions
from ksdesk.core.delegation_forteckning import as_dict, build

_A, _B = "Del A Kommunstyrelsen", "Del B Personalutskottet"


def _chapters(*parts: str) -> list[Chapter]:
    return [
        Chapter(f"{n} Kapitel {n}", [Point(f"{n}.1", f"Ärende {n}", delegat=["Kanslichef"])],
                part=part)
        for n, part in enumerate(parts, start=1)
    ]  # fmt: skip


def test_a_part_title_is_printed_where_its_run_of_chapters_begins() -> None:
    chapters = _chapters(_A, _A, _B, "", _A)
    assert part_starts(chapters) == [_A, None, _B, "", _A]
    assert part_starts(_chapters("", "")) == [None, None]
    assert part_titles(chapters) == [_A, _B]


def test_a_chapter_in_another_part_is_a_change_told_once_per_move() -> None:
    old = Version("2024", "2024", chapters=_chapters(_A, _A, _A, ""))
    new = copy.deepcopy(old)
    new.key = new.name = "2025"
    new.chapters[1].part = new.chapters[2].part = _B
    new.chapters[3].part = _B
    new.chapters[0].part = ""
    diff = diff_versions(old, new)
    assert not diff.is_empty()
    assert diff.parts_changed == [
        ("1 Kapitel 1", _A, ""),
        ("2 Kapitel 2", _A, _B),
        ("3 Kapitel 3", _A, _B),
        ("4 Kapitel 4", "", _B),
    ]
    other = next(s for s in build(diff) if s.heading == "Övriga förändringar")
    assert [e.text for e in other.entries] == [
        f"Kapitlet 1 Kapitel 1 hör inte längre till någon del (tidigare {_A}).",
        f"Kapitlen 2 Kapitel 2 och 3 Kapitel 3 hör nu till {_B} (tidigare {_A}).",
        f"Kapitlet 4 Kapitel 4 hör nu till {_B}.",
    ]
    assert as_dict(diff)["parts_changed"][3] == {
        "chapter": "4 Kapitel 4",
        "old_part": "",
        "new_part": _B,
    }
    assert diff_versions(old, copy.deepcopy(old)).is_empty()


def test_a_part_begun_again_after_another_is_a_warning_on_its_chapter() -> None:
    from ksdesk.core.delegation_checks import check_parts, check_version
    from ksdesk.core.findings import Severity

    version = Version("2025", "2025", chapters=_chapters(_A, _A, _B, _A, ""))
    (finding,) = check_parts(version)
    assert (finding.code, finding.severity, finding.chapter) == (
        "delad-del",
        Severity.VARNING,
        "4 Kapitel 4",
    )
    assert f"delen ”{_A}”" in finding.message
    assert "delad-del" in {f.code for f in check_version(version)}
    assert check_parts(Version("2025", "2025", chapters=_chapters(_A, _A, _B, "", ""))) == []
