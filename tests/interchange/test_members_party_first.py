"""The party written before each name, as Marks kommun's protokoll write it (real pages in
real_members_fifth.py): a capital inside a name stays an initial, a party's empty seat and the
hours a person was there for each get their line in the report."""

from __future__ import annotations

from ksdesk.interchange.members_paste import read_members
from tests.interchange import real_members_fifth as fifth


def _people(text: str) -> list[tuple[str, str, str]]:
    return [(m.name, m.party, m.role) for m in read_members(text).members]


def test_a_party_letter_inside_a_name_is_an_initial() -> None:
    """The 2016 page with "S Jonny Karlsson" given a middle initial that is also a party's
    letter (a variant built for the test): the M stays in his name."""
    text = fifth.MARKS_BARN_OCH_UTBILDNING.replace("S Jonny Karlsson", "S Jonny M Karlsson")
    people = _people(text)
    assert ("Jonny M Karlsson", "S", "ledamot") in people
    assert [name for name, _, _ in people if "Karlsson" in name] == ["Jonny M Karlsson"]


def test_an_initial_before_a_bracketed_party_is_not_read_as_a_party() -> None:
    assert _people("Anna C Berg (S), ordförande\nLars Ek (M)") == [
        ("Anna C Berg", "S", "ordförande"),
        ("Lars Ek", "M", "ledamot"),
    ]


def test_a_local_party_alone_on_a_line_is_read_once_the_list_writes_parties_first() -> None:
    people = _people(fifth.MARKS_BARN_OCH_UTBILDNING_BY_LINE)
    assert ("Henry Sandahl", "MBP", "ledamot") in people
    assert _people("MBP Henry Sandahl")[0][:2] == ("MBP Henry Sandahl", "")


def test_an_empty_seat_and_the_hours_present_are_in_the_report() -> None:
    report = read_members(fifth.MARKS_KOMMUNFULLMAKTIGE).report
    dropped = [line.sentence() for line in report.dropped]
    assert any("MBP -" in line and "partiets plats utan namn" in line for line in dropped)
    changed = [line.text for line in report.changed]
    assert "Lennart Svensson klockan" in changed


def test_the_ledamot_an_ersattare_stands_in_for_keeps_no_guessed_party() -> None:
    """ "M Kerstin Weimman-Lindén tjänstgör för Tomas Johansson": the page gives his party
    nowhere; the report asks for it rather than giving him hers."""
    read = read_members(fifth.MARKS_KOMMUNFULLMAKTIGE)
    johansson = next(m for m in read.members if m.name == "Tomas Johansson")
    assert (johansson.party, johansson.role) == ("", "ledamot")
    said = [line.sentence() for line in read.report.warnings if line.where == "Tomas Johansson"]
    assert said == [
        "Tomas Johansson: inget parti angivet (nämns bara som den en ersättare tjänstgjorde för, "
        "och sidan anger inte partiet: skriv in det)"
    ]


def test_a_column_of_parties_before_its_names_gives_each_name_its_party() -> None:
    """ "C C C C C MBP MBP Mikael Larsson … Ylva Höglund": seven parties, seven names."""
    people = _people(fifth.MARKS_KOMMUNFULLMAKTIGE_80_93)
    stretch = people[10:17]
    assert [(name, party) for name, party, _ in stretch] == [
        ("Mikael Larsson", "C"),
        ("Leif Sternfeldt", "C"),
        ("Ulla-Maj Persson", "C"),
        ("Pontus Johansson", "C"),
        ("Eva Åberg Andersson", "C"),
        ("Henry Sandahl", "MBP"),
        ("Ylva Höglund", "MBP"),
    ]


def test_names_that_cannot_be_cut_as_many_as_the_parties_are_left_to_the_secretary() -> None:
    """The same page with two of the five C taken out (a variant built for the test): five
    parties cannot be seven names, so no one is made of two ("Leif Sternfeldt Ulla-Maj
    Persson") and the stretch is in the report, saying why."""
    text = fifth.MARKS_KOMMUNFULLMAKTIGE_80_93.replace("C C C C C MBP MBP", "C C C MBP MBP")
    read = read_members(text)
    assert not [m.name for m in read.members if len(m.name.split()) > 3]
    assert "Mikael Larsson" not in [m.name for m in read.members]
    line = next(line for line in read.report.dropped if "Mikael Larsson" in line.text)
    assert line.why.startswith("partierna står i en egen kolumn före namnen")


def test_parties_in_small_letters_and_a_column_whose_names_tjanstgor_for_others() -> None:
    """Marks' fullmäktige of 2009: "c Lennart Brunander v Karin Jageby", and at the foot ten
    parties over names with two "tjänstgör för" between them: each person gets the party of
    the column, the one stood in for none (the page gives it nowhere)."""
    people = _people(fifth.MARKS_KOMMUNFULLMAKTIGE_2009)
    assert people[:2] == [("Lennart Brunander", "C", "ledamot"), ("Karin Jageby", "V", "ledamot")]
    assert people[-12:] == [
        ("Jonny Karlsson", "S", "ersättare"),
        ("Gunnar Nilsson", "", "ledamot"),
        ("Rolf Hallberg", "FP", "ledamot"),
        ("Jan Karlsson", "FP", "ledamot"),
        ("Per-Olof Hermansson", "KD", "ledamot"),
        ("Håkan Bergeld", "KD", "ledamot"),
        ("Ulf Eriksson", "KD", "ledamot"),
        ("Kristina Hasselblad", "MP", "ledamot"),
        ("Sören Fägersten", "S", "ersättare"),
        ("Lile P Boschewska", "", "ledamot"),
        ("Rolf Wallerdal", "S", "ledamot"),
        ("Monica Lundin", "S", "ledamot"),
    ]
