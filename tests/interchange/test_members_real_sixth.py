"""The structures the real lists of real_members_sixth.py brought (those lists themselves are
read whole in test_members_real.py), each on a list made for the test."""

from __future__ import annotations

from ksdesk.interchange.members_paste import read_members


def _people(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.name, m.party, m.role, m.personlig_for) for m in read_members(text).members]


def test_tjg_is_tjanstgor_for_with_or_without_for() -> None:
    """Ale's "tjg för" and "tjg" alone say what "tjänstgör för" says."""
    text = "Beslutande Anna Ek (S) tjg för Lars Berg (S) Eva Holm (M) tjg Per Ström (C) Kim Lo (V)"
    assert _people(text) == [
        ("Anna Ek", "S", "ersättare", ""),
        ("Lars Berg", "S", "ledamot", ""),
        ("Eva Holm", "M", "ersättare", ""),
        ("Per Ström", "C", "ledamot", ""),
        ("Kim Lo", "V", "ledamot", ""),
    ]
    assert not read_members(text).report.dropped


def test_a_ledamot_named_without_party_before_the_next_name_is_two_people() -> None:
    """In "Anna Ek (S) tjänstgör för Klas Karlsson Sonny Landerberg (MP)" the ledamot away has
    no party, and the next person's name follows his; the party in brackets is the next one's."""
    for words in ("tjänstgör för", "ersätter", "tjg för"):
        text = f"Beslutande Anna Ek (S) {words} Klas Karlsson Sonny Landerberg (MP) Dan Björk (M)"
        assert _people(text) == [
            ("Anna Ek", "S", "ersättare", ""),
            ("Klas Karlsson", "", "ledamot", ""),
            ("Sonny Landerberg", "MP", "ledamot", ""),
            ("Dan Björk", "M", "ledamot", ""),
        ], words


def test_a_name_of_three_words_after_for_stays_one_ledamot() -> None:
    """A name of three words, "för Britt-Marie Ellis Nygren (M)", is one person: nothing is
    cut that makes no two names."""
    text = "Beslutande Anna Ek (S) tjänstgör för Britt-Marie Ellis Nygren (M) Dan Björk (M)"
    assert _people(text)[1] == ("Britt-Marie Ellis Nygren", "M", "ledamot", "")
