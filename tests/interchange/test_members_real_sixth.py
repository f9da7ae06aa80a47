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


def test_a_name_broken_over_lines_before_its_party_is_read_whole() -> None:
    """Katrineholm's "…, Inger Fredriksson" over "(C) 2:e vice ordförande, …" and Söderhamn's
    "Björn" over "Celind (C)": one person each, with the party and role after the break."""
    text = (
        "Beslutande Anna Ek (S) ordförande, Lars Berg\n\n(C) vice ordförande, Eva Holm (M)\n"
        "Ersättare\nKim Lo (V)X\nPer\nStröm (L)\n"
    )
    assert _people(text) == [
        ("Anna Ek", "S", "ordförande", ""),
        ("Lars Berg", "C", "1:e vice ordförande", ""),
        ("Eva Holm", "M", "ledamot", ""),
        ("Kim Lo", "V", "ersättare", ""),
        ("Per Ström", "L", "ersättare", ""),
    ]


def test_a_line_ending_in_a_label_is_not_joined_to_the_names_below() -> None:
    """ "Ersättare" over "(S) Anna Ek": no name is broken there, nothing is joined."""
    read = read_members("Ledamöter\nKim Lo (V)\nErsättare\nAnna Ek (S)\n")
    assert [(m.name, m.role) for m in read.members] == [
        ("Kim Lo", "ledamot"),
        ("Anna Ek", "ersättare"),
    ]


def test_beslutandeersattare_in_one_word_is_the_label_of_ersattare() -> None:
    text = "Beslutande Anna Ek (S) Beslutandeersättare Lars Berg (M), Eva Holm (C)"
    assert [m.role for m in read_members(text).members] == ["ledamot", "ersättare", "ersättare"]


def test_tjg_ersattare_after_a_name_and_ersattare_with_colon_after_it() -> None:
    """Upplands Väsby's "Leif Bejhed (V), tjg ersättare Ersättare: Magnus Åkesson (M)": he is a
    tjänstgörande ersättare, and the names after "Ersättare:" are ersättare."""
    text = (
        "Ledamöter: Anna Ek (S), ordförande Lars Berg (V), tjg ersättare Ersättare: Eva Holm (M) "
        "Kim Lo (C)"
    )
    read = read_members(text)
    assert [(m.name, m.role) for m in read.members] == [
        ("Anna Ek", "ordförande"),
        ("Lars Berg", "ersättare"),
        ("Eva Holm", "ersättare"),
        ("Kim Lo", "ersättare"),
    ]
    assert not read.report.dropped


def test_the_role_between_name_and_party_is_the_persons() -> None:
    """Enköping's "Ingvar Smedlund, Ordförande (M) Ulrika Ornbrant, 1:e vice ordförande (C)"."""
    text = "Beslutande Anna Ek, Ordförande (M) Lars Berg, 1:e vice ordförande (C) Eva Holm (S)"
    assert _people(text) == [
        ("Anna Ek", "M", "ordförande", ""),
        ("Lars Berg", "C", "1:e vice ordförande", ""),
        ("Eva Holm", "S", "ledamot", ""),
    ]


def test_people_after_the_place_without_the_label_beslutande_are_read_and_warned_of() -> None:
    """A transcript that lost "Beslut" of "Beslutande": the names with a party after the place
    and time are the ledamöter, the place is reported, and the secretary is asked to check."""
    text = (
        "Plats och tid Kommunhuset, kl. 18.00 ande Anna Ek (S) ordförande, Lars Berg (M), "
        "Eva Holm (C) Ersättare Kim Lo (V)"
    )
    read = read_members(text)
    assert [(m.name, m.role) for m in read.members] == [
        ("Anna Ek", "ordförande"),
        ("Lars Berg", "ledamot"),
        ("Eva Holm", "ledamot"),
        ("Kim Lo", "ersättare"),
    ]
    assert [line.text for line in read.report.dropped] == ["Kommunhuset, kl. 18.00 ande"]
    assert "utan rubriken ”Beslutande”" in read.report.warnings[0].text


def test_a_place_with_two_bracketed_words_is_still_a_place() -> None:
    """Fewer than three people with a party after "Plats och tid" are not taken for a list."""
    read = read_members("Plats och tid Kommunhuset (Ale) rum Ek (S) Beslutande Anna Ek (S)")
    assert [m.name for m in read.members] == ["Anna Ek"]


def test_a_voting_lists_column_heads_are_no_part_of_a_name() -> None:
    """Östersund's omröstningslista: "Närv", "JA", "NEJ" between the names are reported, and
    no name begins inside "NEJ"."""
    text = "LEDAMÖTER Närv Anna Ek, ordförande, S JA NEJ JA NEJ Lars Berg, M Eva Holm, C ersättare"
    read = read_members(text)
    assert [(m.name, m.party, m.role) for m in read.members] == [
        ("Anna Ek", "S", "ordförande"),
        ("Lars Berg", "M", "ledamot"),
        ("Eva Holm", "C", "ersättare"),
    ]
    assert "JA NEJ JA NEJ" in " ".join(line.text for line in read.report.dropped)


def test_ej_tjanstforande_ersattare_is_the_label_of_ersattare() -> None:
    """Oxelösund's template misspells the label; the names after it are still ersättare."""
    text = "Beslutande Anna Ek (S) Lars Berg (M) Ej tjänstförande ersättare Eva Holm (C)"
    assert [m.role for m in read_members(text).members] == ["ledamot", "ledamot", "ersättare"]


def test_the_ordforande_who_signs_between_ordforande_and_justerande() -> None:
    """No one is named ordförande among the Beslutande; "Ordförande Anna Ek Justerande.. Lars
    Berg" in the underskrifter makes her it, and the report says it was read there."""
    text = (
        "Beslutande Anna Ek (S) Lars Berg (M) Eva Holm (C) Underskrifter Sekreterare Kim Lo "
        "Paragrafer Ordförande Anna Ek Justerande.. Lars Berg"
    )
    read = read_members(text)
    assert [m.role for m in read.members] == ["ordförande", "ledamot", "ledamot"]
    assert [line.why for line in read.report.changed] == ["läst ur underskrifterna: kontrollera"]
