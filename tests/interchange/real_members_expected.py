"""What a careful reader makes of each list in real_members.py: every member a line "name,
party, role[, personal ersättare for]", in the order the list names them, and the people on
the page who are not members (tjänstepersoner, the sekreterare) and must never become one."""

from __future__ import annotations

from tests.interchange import real_members as real

Person = tuple[str, str, str, str]


def _people(lines: str) -> list[Person]:
    people = []
    for line in lines.strip().splitlines():
        name, party, role, *personlig_for = line.split(", ")
        people.append((name, party, role, personlig_for[0] if personlig_for else ""))
    return people


def _names(names: str) -> list[str]:
    return [name.strip() for name in names.split(";") if name.strip()]


EXPECTED: dict[str, tuple[str, list[Person], list[str]]] = {
    "Eslöv": (
        real.ESLOV_VARD_OCH_OMSORG,
        _people("""
Tony Hansson, S, ordförande
Marie Göransson, S, ersättare
Agneta Nilsson, S, ledamot
Gabriel Barjosef, S, ledamot
Lena Wöhlecke, M, 1:e vice ordförande
Hans Johansson, M, ledamot
Maria Håkansson, M, ersättare
Christer Westfahl, M, ledamot
Therese Andersson, C, ersättare
Monica Eberyd, C, ledamot
Lesley Holmberg, FP, 2:e vice ordförande
Iréne Wikström, FP, ledamot
Peter Fink, SD, ledamot
Farid Albahadli, MP, ledamot
Anette Palm, S, ersättare
Unni Trolle, M, ersättare
Hans-Ove Lunde, KD, ersättare
Arvid Frandsen, SD, ersättare
Lars-Erik Björklund, V, ersättare
"""),
        _names("Eva Åström; Sabina Lindell"),
    ),
    "Mölndal": (
        real.MOLNDAL_VARD_OCH_OMSORG,
        _people("""
Ove Dröscher, S, ordförande
Margareta Krakowski, L, 1:e vice ordförande
Pernilla Övermark, S, ledamot
Carina Blomgren, MP, ledamot
Marie Lindqvist, V, ledamot
Johanna Karlsson Deucher, KD, ledamot
Kristian Vramsten, M, ledamot
Göran Isacsson, M, ledamot
Maria Martini, C, ledamot
Kjell-Åke Jönsson, SD, ledamot
Royne Borgvall, S, ersättare
Lennart Wallensäter, S, ledamot
Eva Johansson, S, ersättare
Jenny Ahlberg, S, ersättare
Agneta Caspersen, MP, ersättare
Leif Norberg, M, ersättare
Thomas Olin, SD, ersättare
"""),
        _names(
            "Monica Holmgren; Pär Levander; Daniel Aronsson; Malin Thorson; Karin Blomqvist; "
            "Emelie Sundberg; Carolina Day; "
        ),
    ),
    "Socialnämnden 2016": (
        real.SOCIALNAMNDEN_2016,
        _people("""
Mariette Sjölund, S, ordförande
Ingvor Regnemer, S, ledamot
Karin Enedahl, S, ledamot
Lennart Ahlström, S, ledamot
Harriet Berggren, S, ledamot
Charlott Ristikartano, MP, ledamot
Charlotte Steiner, V, ledamot
Isabella Piva, M, ledamot
Sari Svanström, C, ledamot
Tommy Emterby, KD, ledamot
Gary Slater, SD, ledamot
Birgitta Westman, S, ersättare
Niklas Norling, S, ersättare
Elisabeth Erngren, V, ersättare
Barbara Kabacinski Hallström, L, ersättare
Maria Blomberg, L, ersättare
"""),
        _names(
            "Patrik Skanser; Lillemor Quist; Jari Heikkinen; Ann-Sofie Eriksson; "
            "Åsa Nilsson; Marie Lindblom; "
        ),
    ),
    "Vilhelmina": (
        real.VILHELMINA_SOCIALNAMNDEN,
        _people("""
Annika Wibrell, , ordförande
Rickard Norberg, , ledamot
Ulf Hansson, , ledamot
Michael Haglund, , ledamot
Barbro Johansson, , ledamot
Monica Gebart, , ledamot
Maria Bäckström, , ledamot
Ewa Larsson, , ledamot
Göran Jonsson, , ledamot
Gunder Lindgren, , ledamot
Bo Lennart Danielsson, , ledamot
"""),
        _names(
            "Roland Bång; Marianne Persson; Ann Kristine Persson; Susanna Rolfsdotter; "
            "Stefan Strindholm; Susanne Fjällner; "
        ),
    ),
    "Karlskrona": (
        real.KARLSKRONA_KS,
        _people("""
Kjell Hedvall, S, ledamot
Kajsa Ezelius, S, ledamot
Bertil Jonsson, M, ledamot
Sabina Johansson, S, ledamot
Morten Ryan, S, ledamot
Bo Eliasson, V, ledamot
Göran Larsson, MP, ledamot
Annika Håkanson, M, ledamot
Kent Folkesson, C, ledamot
Tommy Larsson, KD, ledamot
Pär Johnson, FP, ledamot
Annika Samuelsson Björk, KD, ersättare
Cristina Kvist, V, ersättare
Kenneth Lundell, S, ersättare
Hilda Hedenberg, S, ersättare
Anna Kelemen Ejstes, MP, ersättare
Anna Wallgren, M, ersättare
"""),
        _names(
            "Jan Fransson; Linda Mattila; Ann-Charlotte Wiktorsson; Britt Andersson; "
            "Amelie Sandström; "
        ),
    ),
    "Valdemarsvik": (
        real.VALDEMARSVIK_KSAU,
        _people("""
Erland Olauson, S, ordförande
Helen Johansson Kokkonen, S, ledamot
Bertil Eklund, NB, ledamot
Anna Nilsson, M, ledamot
Jenny Ek, C, ledamot
Göran Segergren, S, ersättare
Evelyn Chaparro, MP, ersättare
Jonas Andersson, V, ersättare
Per Hollertz, M, ersättare
"""),
        _names(
            "Monika Hallberg; Göran Trysberg; Erica Ekblom; Thomas Örnberg; Mikael Jonsson; "
            "Tomas Zingmark; Sarah Andersson; Eva Köpberg; "
        ),
    ),
    "Älmhult": (
        real.ALMHULT_VALBEREDNINGEN,
        _people("""
Marie Olofsson, C, ledamot
Bo Mazetti-Nissen, M, ordförande
Gun-Britt Cedergren, KD, ledamot
Helen Bengtsson, S, 1:e vice ordförande
Ulla-Britt Andreasson, V, ledamot
Michael Öberg, MP, ledamot
Börje Tranvik, -, ledamot
Vidar Lundbäck, C, ersättare
Jakob Willborg, M, ersättare
Senada Hodzic, L, ersättare
Karl-Henrik Wallerstein, KD, ersättare
Lars Ingvert, S, ersättare
Predrag Jankovic, V, ersättare
Jamil Ahmad Nazar, MP, ersättare
Gull-Britt Tranvik, SD, ersättare
"""),
        _names("Christoffer Mowide"),
    ),
    "SKL": (
        real.SKL_VALNAMNDEN,
        _people("""
Gunilla Svantorp, S, ordförande
Caisa Lycken, MP, ledamot
Yasmine Carlsson, V, ledamot
Gunnar Lidell, M, 1:e vice ordförande
Göran Gunnarsson, C, ledamot
Thomas Olofsson, L, ledamot
Tommy Bernevång Forsberg, KD, ledamot
Patrik Jönsson, SD, ledamot
Meit Fohlin, S, ersättare, Gunilla Svantorp
Joakim Larsson, MP, ersättare, Caisa Lycken
Gunnar Friberger, V, ersättare, Yasmine Carlsson
Roland Gustbee, M, ersättare, Gunnar Lidell
Lena Reyier, C, ersättare, Göran Gunnarsson
Patrik Silverudd, L, ersättare, Thomas Olofsson
Marie Litholm, KD, ersättare, Tommy Bernevång Forsberg
Maria Liljedahl, SD, ersättare, Patrik Jönsson
"""),
        _names("Anna Wiitavaara"),
    ),
    "Kungsbacka": (
        real.KUNGSBACKA_VARD_OMSORG,
        _people("""
Ulric Björck, M, ordförande
Bengt Alderin, C, 1:e vice ordförande
Maj-Britt Rane-Andersson, S, 2:e vice ordförande
"""),
        _names(""),
    ),
    "Östhammar": (
        real.OSTHAMMAR_SOCIALNAMNDEN,
        _people("""

"""),
        _names(
            "Fitim Kunushevci; Lisbeth Bodén; Yvonne Wahlbeck; Torbjörn Nyqvist; "
            "Johan Steinbrecher; Oskar Johansson; Agneta Rönnkvist; "
        ),
    ),
    "Lindesberg": (
        real.LINDESBERG_SOCIALNAMNDEN,
        _people("""
Mathz Eriksson, C, ordförande
Elin Axelsson, S, 1:e vice ordförande
"""),
        _names(""),
    ),
    "Tomelilla": (
        real.TOMELILLA_VALBEREDNINGSNAMNDEN,
        _people("""
Emil Ekstrand, M, ordförande
Per Gustafsson, SD, 1:e vice ordförande
Anders Throbäck, S, 2:e vice ordförande
"""),
        _names(""),
    ),
}
