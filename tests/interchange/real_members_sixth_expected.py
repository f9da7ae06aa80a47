"""What a careful reader makes of each list in real_members_sixth.py (the form is that of
real_members_expected.py)."""

from __future__ import annotations

from tests.interchange import real_members_sixth as sixth
from tests.interchange.real_members_expected import Person, _names, _people

_TROSA_LEDAMOTER = """
Effe Östman, M, ordförande
Karin Wallin, NP, 1:e vice ordförande
Barbro Eriksson, S, 2:e vice ordförande
Bob Wållberg, NP, ledamot
Jan Brolund, NP, ledamot
Peter Nyman, NP, ledamot
Malin Westergren, NP, ledamot
Jan Linderhielm, NP, ledamot
Bengt Lindén, NP, ledamot
Göran Nygren, M, ledamot
Lembit Vilidu, M, ledamot
Cenneth Åhlund, M, ledamot
Peter Ohlsson, M, ledamot
Bengt Johansson, M, ledamot
Börje Karlsson, C, ledamot
Kerstin Eriksson, C, ledamot
Märtha Dahlberg, S, ledamot
Jörgen Runholm, S, ledamot
Michael Henriksson, S, ledamot
Matilda Drol, S, ledamot
Lillemor Garbenius-Källström, S, ledamot
Lars-Erik Aili, L, ledamot
Marie Martna, MP, ledamot
Patrick Claesson, SD, ledamot
"""
_TROSA_ERSATTARE = """
Anders Roos, NP, ersättare
Leif Zetterberg, NP, ersättare
Thorbjörn Wallin, NP, ersättare
Britt-Marie Ellis Nygren, M, ersättare
Sven Eklund, S, ersättare
Christer Olsson, MP, ersättare
Bertil Svensson, NP, ersättare
Mats Dahlensjö, NP, ersättare
Peter Palmér, M, ersättare
Sylvia Öhrn Andersson, M, ersättare
Zelotinka Antova, M, ersättare
Lennart Ygstedt, C, ersättare
Maria Salberg, S, ersättare
"""

# What a careful reader makes of each list (the form of real_members_expected.py): a ledamot
# an ersättare tjänstgör för is a ledamot, the party left empty where the page gives none.
EXPECTED_SIXTH: dict[str, tuple[str, list[Person], list[str]]] = {
    "Ale KS 2018": (
        sixth.ALE_KOMMUNSTYRELSEN,
        _people("""
Monica Samuelsson, S, ersättare
Paula Örn, S, ledamot
Dennis Ljunggren, S, ledamot
Christina Oskarsson, S, ledamot
Johnny Sundling, S, ersättare
Klas Karlsson, , ledamot
Sonny Landerberg, MP, ledamot
Jenny Sandkvist, MP, ersättare
Sven Engdahl, V, ledamot
Mikael Berglund, M, ordförande
Dan Björk, M, ledamot
Erik Liljeberg, M, ledamot
Rolf Engström, FiA, ersättare
Rose-Marie Fihn, L, ledamot
Åke Niklasson, C, ledamot
Ingela Nordhall, AD, ledamot
Robert Jansson, SD, ledamot
Maj Holmström, M, ersättare
Oliver Andersson, M, ersättare
Sune Rydén, KD, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm; Sara Lind; Per Nord"),
    ),
    "Trosa KF 2017": (
        sixth.TROSA_KOMMUNFULLMAKTIGE,
        _people(_TROSA_LEDAMOTER.strip() + "\n" + _TROSA_ERSATTARE.strip()),
        [],
    ),
    "Katrineholm KS 2020": (
        sixth.KATRINEHOLM_KOMMUNSTYRELSEN,
        _people("""
Göran Dahlström, S, ordförande
Christer Sundqvist, M, 1:e vice ordförande
Inger Fredriksson, C, 2:e vice ordförande
Anneli Hedberg, S, ledamot
Ulrica Truedsson, S, ledamot
Joha Frondelius, KD, ledamot
Mica Vemic, SD, ledamot
Jesper Ek, -, ledamot
Marie-Louise Karlsson, S, ledamot
Tony Rosendahl, V, ledamot
Tony Karlsson, S, ledamot
Cecilia Björk, S, ersättare
Gunilla Magnusson, S, ersättare
Nicklas Adamsson, MP, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm; Sara Lind; Per Nord"),
    ),
    "Upplands Väsby SÄN 2012": (
        sixth.UPPLANDS_VASBY_SOCIAL_OCH_ALDRE,
        _people("""
Maria Fälth, KD, ordförande
Lena Kanström, M, 1:e vice ordförande
Ibrahim Abdallah, S, 2:e vice ordförande
Christina H Gardos, M, ledamot
Charlotte Bergnér Blanck, FP, ledamot
Charlotte Rantanen, KD, ersättare
Gunilla Eriksson, S, ledamot
Eeva Kaplas, MP, ledamot
Leif Bejhed, V, ersättare
Magnus Åkesson, M, ersättare
Ingabrit Halldén, M, ersättare
Lillemor Wetterling, M, ersättare
Karin Hemph, FP, ersättare
Ketema Demie, S, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm; Sara Lind; Per Nord"),
    ),
    "Söderhamn AMSN 2019": (
        sixth.SODERHAMN_ARBETSMARKNAD_OCH_SOCIAL,
        _people("""
Pär-Olof Stål, C, ledamot
Camilla Jonsson, C, ledamot
Lennart Andersson, C, ledamot
Linda Elgestad, M, ledamot
Jan Nilsson, KD, ledamot
Maria Lind, S, ledamot
Patric Rosenqvist, S, ledamot
Ida Viberg, S, ledamot
Isabel Hildén, V, ledamot
Rino Hedblom, SD, ledamot
Eva-Mai Mineur Tynong, SD, ledamot
Kjell Englund, C, ersättare
Carina Karlsson, C, ersättare
Björn Celind, C, ersättare
Frida Stål, M, ersättare
Hans Blom, L, ersättare
Anna-Marie Landgren, S, ersättare
Mustafa Sido, S, ersättare
Mathilda Lindberg, S, ersättare
Amelia Königsson, V, ersättare
Jane Mineur, SD, ersättare
Tony Svensson, SD, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten"),
    ),
    "Enköping KS 2019": (
        sixth.ENKOPING_KOMMUNSTYRELSEN,
        _people("""
Ingvar Smedlund, M, ordförande
Ulrika Ornbrant, C, 1:e vice ordförande
Jesper Englundh, S, 2:e vice ordförande
Bitte Myrsell, M, ledamot
Elisabeth Norman, C, ledamot
Jenny Gavelin, L, ledamot
Bo Reinholdsson, KD, ledamot
Kenneth Hällbom, MP, ledamot
Matz Keijser, S, ledamot
Solweig Sundblad, S, ledamot
Solweig Eklund, S, ledamot
Sverre Ahlbom, S, ledamot
Anders Wikman, NE, ledamot
Anders Lindén, SD, ledamot
Kristjan Valdimarsson, SD, ledamot
Mats Flodin, M, ersättare
Peter Book, M, ersättare
Ingvar Magnusson, NE, ersättare
Tuija Rönnback, NE, ersättare
Magnus Ahlkvist, V, ersättare
Anneli Apelholm, SD, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm"),
    ),
    "KF Centrumgården 2017": (
        sixth.KOMMUNFULLMAKTIGE_CENTRUMGARDEN_2017,
        _people("""
Gunilla A Aurusell, S, ordförande
Marie Norin Junttila, S, ledamot
Mikael Petersson, S, ledamot
Urban Dahlgren, S, ledamot
Per Strengbom, S, ledamot
Rigmor Åkesson, S, ledamot
Rolf Lindgren, S, ledamot
Elisabeth Persson, S, ledamot
Margareta Johansson, S, ledamot
Marita Pettersson, S, ledamot
Kerstin Åkesson, MP, ledamot
Peter Åkesson, MP, ledamot
Petter Westlund, C, ledamot
Madelene Fager, C, ledamot
AnneMarie Andersson, C, ledamot
Gunnar Karlsson, C, ledamot
Eleonor Westlund, C, ledamot
Stellan Lund, M, ledamot
Yvonne Ericsson, M, ledamot
Hans Carlsson, M, ledamot
Carina Sjölund, M, ledamot
Niklas Magnusson, M, ledamot
Maivor Norgren, M, ledamot
Ewa Granudd, M, ledamot
Eva-Carin Sandbom, L, ledamot
Rebecca Burlind, L, ledamot
Olof Lindberg, L, ledamot
Jenny Andersson, KD, ledamot
Rune Broström, SD, ledamot
Per Hammarström, SD, ledamot
Barbro Jansson, S, ersättare
Gunilla Lindström, S, ersättare
Ronny Moström, S, ersättare
Elisabeth Laestander, S, ersättare
Joel Pettersson, V, ersättare
Anna-Karin Tornemo, V, ersättare
Margareta Barkselius, C, ersättare
Monica Wastelius, C, ersättare
Niclas Lund, M, ersättare
Jacob Hedberg, M, ersättare
Rickard Axelsson, L, ersättare
Sofia Axelsson, L, ersättare
"""),
        _names("Anna Berg"),
    ),
    "Östersund MSN 2014": (
        sixth.OSTERSUND_MILJO_OCH_SAMHALLE,
        _people("""
Mona Modin Tjulin, S, ordförande
Joakim Ekroth, M, 1:e vice ordförande
Magnus Andersson, C, 2:e vice ordförande
Ralph Rodin, S, ledamot
Maria Gerdin, S, ledamot
Ricard Söderberg, S, ledamot
Christina Hedin, V, ledamot
Anders Rydeborg, MP, ledamot
Pär Jönsson, M, ledamot
Lennart Ledin, FP, ledamot
Per Ericsson, C, ledamot
Bedigt Eriksson, S, ersättare
Ruth Karlsson, S, ersättare
Gunnar Danielsson Edfalk, S, ersättare
Per Håkansson, S, ersättare
Inger Jansson, V, ersättare
Lars Bodin, MP, ersättare
Sven Ringvall, M, ersättare
Sture Persson, M, ersättare
Bengt Åsengård, M, ersättare
Frank Nilsson, C, ersättare
Karl Göran Eriksson, KD, ersättare
"""),
        [],
    ),
    "Oxelösund MSBN §§ 41-47": (
        sixth.OXELOSUND_MSBN_41,
        _people("""
Inge Ståhlgren, S, ordförande
Ann-Sophie Nygren, S, ledamot
Jan Widegren, M, ledamot
Birgitta Luoto, S, ledamot
Calinge Lindberg, S, ledamot
Björn Johansson, MP, ledamot
Daniel Johansson, V, ledamot
Anna-Maija Alajoki, M, ledamot
Agneta Höglander, C, ledamot
Björn Wintler, FP, ersättare
Ferry Hagi, S, ersättare
Tommy Karlsson, S, ersättare
Evert Melander, S, ersättare
Sandra Landin, MP, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten"),
    ),
    "Oxelösund MSBN §§ 12-22": (
        sixth.OXELOSUND_MSBN_12,
        _people("""
Inge Ståhlgren, S, ordförande
Jimmy Gustavsson, S, ledamot
Jan Widegren, M, ledamot
Birgitta Luoto, S, ledamot
Carl-Inge Lingberg, S, ledamot
Daniel Johansson, V, ledamot
Björn Johansson, MP, ledamot
Viktor Uhlin, M, ledamot
Agneta Höglander, C, ledamot
Ann-Sophie Nygren, S, ersättare
Ferry Hagi, S, ersättare
Evert Melander, S, ersättare
Joakim Sandström, V, ersättare
Sandra Landin, MP, ersättare
Björn Wintler, FP, ersättare
"""),
        _names("Anna Berg; Lena Ek; Maria Sten; Karl Ström; Eva Holm; Sara Lind; Per Nord"),
    ),
}
