"""A point's "se punkt 4.3": the check that point 4.3 exists, and the reference following its
point when the points are renumbered."""

from __future__ import annotations

from ksdesk.core.delegation import Chapter, Point, Revision, Version
from ksdesk.core.delegation_checks import check_version
from ksdesk.core.delegation_numbering import propose
from ksdesk.core.delegation_references import (
    follow_renumbering,
    referred_numbers,
    renumber_references,
)


def _version(*chapters: Chapter) -> Version:
    return Version(key="v", name="v", chapters=list(chapters))


def test_the_references_a_point_makes_to_its_own_document() -> None:
    assert referred_numbers("Se punkt 4.3") == ["4.3"]
    assert referred_numbers("se även punkterna 4.1 och 4.2.") == ["4.1", "4.2"]
    assert referred_numbers("jfr p. 2.1, se pkt 12") == ["2.1", "12"]
    assert referred_numbers("Se punkt A.1.2 i detta kapitel") == ["A.1.2"]
    # Into another document, a law, or no reference at all.
    assert referred_numbers("Se punkt 3 i kommunstyrelsens delegationsordning") == []
    assert referred_numbers("enligt punkt 3 i 6 kap. 38 § KL") == []
    assert referred_numbers("Beslutet har fattats med stöd av punkt 4") == []


def test_a_reference_to_a_missing_point_is_a_warning_on_the_referring_point() -> None:
    version = _version(
        Chapter(
            "4 Upphandling",
            [
                Point(
                    "4.1", "Direktupphandling", delegat=["Inköpschef"], anmarkning="Se punkt 4.3"
                ),
                Point("4.2", "Avrop", delegat=["Inköpschef"], anmarkning="Se även punkt 4.1"),
            ],
        )
    )
    findings = [f for f in check_version(version) if f.code == "hanvisning"]
    assert [(f.nr, f.field, f.severity.value, f.message) for f in findings] == [
        (
            "4.1",
            "anmarkning",
            "varning",
            "Punkt 4.1 hänvisar till punkt 4.3, som inte finns i delegationsordningen. Rätta "
            "hänvisningen: punkten kan ha tagits bort eller fått ett annat nummer.",
        )
    ]


def test_references_move_all_at_once() -> None:
    moves = {"4.3": "4.2", "4.4": "4.3"}
    assert renumber_references("Se punkt 4.3 och 4.4.", moves) == "Se punkt 4.2 och 4.3."
    assert renumber_references("Se punkt 4.3 i reglementet", moves) == "Se punkt 4.3 i reglementet"


def test_a_renumbering_takes_the_references_along_but_not_the_revision_table() -> None:
    version = _version(
        Chapter(
            "1 Allmänt",
            [
                Point("1", "Brådskande ärenden"),
                Point("3", "Yttranden", anmarkning="Jfr punkt 4"),
                Point("4", "Ombud. Se punkt 3", lagrum="Se punkt 3 i reglementet"),
            ],
        )
    )
    version.revisions = [Revision("KS 2019-08-20 § 164", "Ändring av punkt 3")]
    new_numbers = {step.uid: step.new for step in propose(version) if step.changes}
    assert follow_renumbering(version, new_numbers) == 2
    points = version.chapters[0].points
    assert (points[1].anmarkning, points[2].arende) == ("Jfr punkt 3", "Ombud. Se punkt 2")
    assert points[2].lagrum == "Se punkt 3 i reglementet"
    assert version.revisions[0].text == "Ändring av punkt 3"


def test_a_number_two_points_share_means_the_one_in_the_referring_chapter() -> None:
    """The seed's numbers 83–88 twice: "se punkt 2" in chapter B is B's point 2."""
    version = _version(
        Chapter("A", [Point("1", "a"), Point("2", "b", anmarkning="Se punkt 2")]),
        Chapter("B", [Point("2", "c"), Point("3", "d", anmarkning="Se punkt 2")]),
    )
    new_numbers = {step.uid: step.new for step in propose(version) if step.changes}
    assert new_numbers == {
        version.chapters[1].points[0].uid: "3",
        version.chapters[1].points[1].uid: "4",
    }
    assert follow_renumbering(version, new_numbers) == 1
    assert [p.anmarkning for _, p in version.all_points()] == ["", "Se punkt 2", "", "Se punkt 3"]
