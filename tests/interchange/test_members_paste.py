"""The nämnd's ledamöter and ersättare read from pasted text: two real lists (a kommun's web
page with personal ersättare side by side, a protokoll's Beslutande) and the line shapes of
members pages, built here in the wordings those pages use."""

from __future__ import annotations

from ksdesk.interchange.members_paste import read_members

# Mariehamn, socialnämnden 2016–2019, the page's table as a browser copies it (wide spaces).
# Source: https://www.mariehamn.ax/organisation-arbete/stadens-politiska-organisation/socialnamnden/
MARIEHAMN_SOCIALNAMNDEN = """\
 Ordinarie     Ersättare
 Ulf-Peter Westmark, ordf.  Lib    Rauli Lehtinen  Lib
 Ulla Andersson  S    Anna Vesa  S
 Joanna Isaksson  Lib    Ann Gustafsson  Lib
 Martin Nilsson  S    Henrik Löthman  S
 Anna-Lena Groos  M    Annika Eriksson  M
 Clas Öfverström  M    Anthonio Salminen  M
 Jenny Schuhmeister  C    Dennis Björk  C
 Conny Nylund  ObS    Maria Mattsén  ObS
"""

# Ljusdal, kommunstyrelsens allmänna utskott: the protokoll's first page, as its text reads.
# Source: http://docplayer.se/3083170-Protokoll-roland-backman-s-leif-hansen-srd-141-143-145-
# 159-lars-molin-m-marie-louise-hellstrom-m-ersattare-for-helena-brink-c.html
LJUSDAL_BESLUTANDE = """\
Beslutande: Roland Bäckman (S) Leif Hansen (SRD), §§ 141-143, 145-159 Lars Molin (M) \
Marie-Louise Hellström (M), ersättare för Helena Brink (C)
Övriga deltagande Nicklas Bremefors, kommunchef
Emma Nordebo Snygg, gatuchef
"""


def _people(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.name, m.party, m.role, m.personlig_for) for m in read_members(text).members]


def test_a_web_page_of_ordinarie_and_personal_ersattare_side_by_side() -> None:
    people = _people(MARIEHAMN_SOCIALNAMNDEN)
    assert len(people) == 16
    assert people[:4] == [
        ("Ulf-Peter Westmark", "Lib", "ordförande", ""),
        ("Rauli Lehtinen", "Lib", "ersättare", "Ulf-Peter Westmark"),
        ("Ulla Andersson", "S", "ledamot", ""),
        ("Anna Vesa", "S", "ersättare", "Ulla Andersson"),
    ]
    assert people[-1] == ("Maria Mattsén", "ObS", "ersättare", "Conny Nylund")
    assert read_members(MARIEHAMN_SOCIALNAMNDEN).report.dropped == []


def test_a_protokolls_beslutande_names_the_absent_ledamot_and_leaves_the_officials_out() -> None:
    read = read_members(LJUSDAL_BESLUTANDE)
    assert [(m.name, m.party, m.role) for m in read.members] == [
        ("Roland Bäckman", "S", "ledamot"),
        ("Leif Hansen", "SRD", "ledamot"),
        ("Lars Molin", "M", "ledamot"),
        ("Marie-Louise Hellström", "M", "ersättare"),
        ("Helena Brink", "C", "ledamot"),  # the ledamot she tjänstgjorde for
    ]
    dropped = [(line.text, line.why) for line in read.report.dropped]
    assert dropped == [
        ("Nicklas Bremefors, kommunchef", "övriga närvarande är inte ledamöter eller ersättare"),
        ("Emma Nordebo Snygg, gatuchef", "övriga närvarande är inte ledamöter eller ersättare"),
    ]
    assert [line.text for line in read.report.changed] == ["§§ 141-143, 145-159"]


def test_a_person_a_line_under_headings_with_the_role_before_or_after() -> None:
    """The shapes of kommuners pages of a nämnd (built here): a role label first or last,
    "ordf." and "2:e vice ordförande", party names written out, headings for the sections."""
    text = """Ledamöter
Ordförande: Anna Andersson (S)
Per Persson (C), 1:e vice ordförande
Lars Berg, Moderaterna, 2:e vice ordf.
Eva von Holm (L)
Ersättare
Kim Lo (S)
Suppleant Maj Öberg (KD)
"""
    assert _people(text) == [
        ("Anna Andersson", "S", "ordförande", ""),
        ("Per Persson", "C", "1:e vice ordförande", ""),
        ("Lars Berg", "M", "2:e vice ordförande", ""),
        ("Eva von Holm", "L", "ledamot", ""),
        ("Kim Lo", "S", "ersättare", ""),
        ("Maj Öberg", "KD", "ersättare", ""),
    ]


def test_a_table_with_a_rubrikrad_and_the_role_in_the_first_column() -> None:
    text = "Uppdrag\tNamn\tParti\nOrdförande\tAnna Andersson\tS\nLedamot\tLars Berg\tM\n"
    text += "Ersättare\tKim Lo\tSocialdemokraterna\n"
    read = read_members(text)
    assert [(m.name, m.party, m.role) for m in read.members] == [
        ("Anna Andersson", "S", "ordförande"),
        ("Lars Berg", "M", "ledamot"),
        ("Kim Lo", "S", "ersättare"),
    ]
    assert read.report.dropped == []


def test_what_names_no_one_is_in_the_report_and_a_missing_party_is_warned() -> None:
    read = read_members("Nämndens ledamöter 2023–2026 är valda av fullmäktige.\nAnna Andersson\n")
    assert [line.text for line in read.report.dropped] == [
        "Nämndens ledamöter 2023–2026 är valda av fullmäktige."
    ]
    assert [m.name for m in read.members] == ["Anna Andersson"]
    assert [line.sentence() for line in read.report.warnings] == [
        "Anna Andersson: inget parti angivet"
    ]


def test_a_role_on_a_line_of_its_own_before_the_name_is_that_persons_only() -> None:
    """Built: "Ordförande:" over the name, as some kommuner's contact pages give it."""
    text = "Ordförande:\nAnna Andersson (S)\n1:e vice ordförande:\nLars Berg (M)\nKim Lo (V)\n"
    assert _people(text) == [
        ("Anna Andersson", "S", "ordförande", ""),
        ("Lars Berg", "M", "1:e vice ordförande", ""),
        ("Kim Lo", "V", "ledamot", ""),
    ]


def test_a_first_page_a_label_a_line_with_abbreviated_vice_and_no_official_read() -> None:
    """Built from Valdemarsvik's first page (real_members.VALDEMARSVIK_KSAU) laid out a label a
    line, as a copy from the PDF gives it, with "1:e v ordf" and "2:e v. ordf." written short."""
    text = """Plats och tid
Sammanträdesrum Skutan, Strömsvik, 08:15-12:00
Beslutande
Erland Olauson (S), ordf
Bertil Eklund (NB), 1:e v ordf
Anna Nilsson (M), 2:e v. ordf.
Närvarande ersättare
Göran Segergren (S)
Ej tjänstgörande ersättare
Evelyn Chaparro (MP)
Övriga närvarande
Eva Köpberg, sekreterare
Utses att justera
Jenny Ek (C)
"""
    read = read_members(text)
    assert [(m.name, m.role) for m in read.members] == [
        ("Erland Olauson", "ordförande"),
        ("Bertil Eklund", "1:e vice ordförande"),
        ("Anna Nilsson", "2:e vice ordförande"),
        ("Göran Segergren", "ersättare"),
        ("Evelyn Chaparro", "ersättare"),
    ]
    assert [line.text for line in read.report.dropped] == [
        "Sammanträdesrum Skutan, Strömsvik, 08:15-12:00",
        "Eva Köpberg, sekreterare",
        "Jenny Ek (C)",
    ]


def test_ersattare_for_a_ledamot_named_without_party_is_personal() -> None:
    """Built in the wordings of kommuners pages: "ersättare för Anna Ek" after the person or
    "Personlig ersättare för Lars Berg:" before; "tjänstgörande ersättare för Y (FP)" and
    "i stället för Y (S)" in a protokoll are for this meeting only, and "personlig ersättare
    för Y (S)" is Y's own."""
    text = """Anna Ek (S), ordförande
Lars Berg (M)
Eva Holm (C)
Kim Lo (S), ersättare för Anna Ek
Personlig ersättare för Lars Berg: Per Holm (M)
Åke Malmqvist (MP) tjänstgörande ersättare för Susanne Stambolidou Tellebo (FP)
Ulla Ny (C) personlig ersättare för Eva Holm (C)
Bo Ek (S) i stället för Jan Ny (S)
"""
    read = read_members(text)
    assert _people(text)[3:] == [
        ("Kim Lo", "S", "ersättare", "Anna Ek"),
        ("Per Holm", "M", "ersättare", "Lars Berg"),
        ("Åke Malmqvist", "MP", "ersättare", ""),
        ("Susanne Stambolidou Tellebo", "FP", "ledamot", ""),
        ("Ulla Ny", "C", "ersättare", "Eva Holm"),
        ("Bo Ek", "S", "ersättare", ""),
        ("Jan Ny", "S", "ledamot", ""),
    ]
    assert read.report.dropped == []


def test_the_contact_people_at_a_pages_foot_are_no_members() -> None:
    """Built in the shape of kommuners pages (SKL's in real_members.py ends so): a bulleted
    list, then "Kontakt" with a tjänsteperson's name, title and e-mail on lines of their own;
    a name without party among names with party is pointed out."""
    text = """Ledamöter
• Anna Ek (S), ordförande
• Lars Berg (M)
• Eva Holm (C)
Kim Lo
Kontakt
Eva Lind
Nämndsekreterare
eva.lind@example.se
"""
    read = read_members(text)
    assert [m.name for m in read.members] == ["Anna Ek", "Lars Berg", "Eva Holm", "Kim Lo"]
    assert [line.why for line in read.report.dropped][:2] == [
        "under ”Kontakt” står inte ledamöter eller ersättare",
        "står under ”Kontakt”: inte ledamot eller ersättare",
    ]
    assert [line.sentence() for line in read.report.warnings] == [
        "Kim Lo: inget parti angivet (de andra har parti: kontrollera att det är en ledamot "
        "eller ersättare)"
    ]
    assert _people("• Anna Ek, ordförande\n")[0] == ("Anna Ek", "", "ordförande", "")


def test_a_party_heading_gives_its_party_to_the_names_below() -> None:
    """Built in the shape of Mörbylånga's and Mellerud's pages: the party written out above
    its names, a local party with its letters in brackets."""
    text = """Socialdemokraterna, 3 mandat
Anna Ek, ordförande
Lars Berg
Kommunpartiet i Mellerud (KIM)
Eva Holm
Moderaterna:
Kim Lo (KD)
"""
    assert _people(text) == [
        ("Anna Ek", "S", "ordförande", ""),
        ("Lars Berg", "S", "ledamot", ""),
        ("Eva Holm", "KIM", "ledamot", ""),
        ("Kim Lo", "KD", "ledamot", ""),  # the party written with the name is the one kept
    ]
    assert read_members("Anna Ek (S)\n").members[0].party == "S"  # a person is no heading


def test_a_numbered_list_is_read_in_its_order_without_the_numbers() -> None:
    """Built in the shape of a valberedning's förslag in a kallelse: numbered ledamöter and
    ersättare, "2. vice ordförande" kept as a role."""
    text = """Ledamöter
1. Anna Ek (S), ordförande
2) Lars Berg, M
2. vice ordförande Eva Holm (C)
Ersättare
1. Kim Lo (S)
"""
    read = read_members(text)
    assert _people(text) == [
        ("Anna Ek", "S", "ordförande", ""),
        ("Lars Berg", "M", "ledamot", ""),
        ("Eva Holm", "C", "2:e vice ordförande", ""),
        ("Kim Lo", "S", "ersättare", ""),
    ]
    assert read.report.dropped == []
