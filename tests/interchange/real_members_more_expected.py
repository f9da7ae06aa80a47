"""What a careful reader makes of each list in real_members_more.py (the form is that of
real_members_expected.py)."""

from __future__ import annotations

from tests.interchange import real_members_more as real
from tests.interchange.real_members_expected import Person, _names, _people

EXPECTED_MORE: dict[str, tuple[str, list[Person], list[str]]] = {
    "Habo": (
        real.HABO_KOMMUNSTYRELSEN,
        _people("""
Susanne Wahlström, M, ordförande
Gunnar Pettersson, S, 1:e vice ordförande
Hans Jarstig, KD, 2:e vice ordförande
My Rydbeck, S, ledamot
Kent Bjärkhed, S, ledamot
Henrik Sporrong Esbjörnsson, M, ledamot
Marie Lindholm, KD, ledamot
Hanna Englund, C, ledamot
Anders Rickman, L, ledamot
Olle Moln Teike, SD, ledamot
Johanna Rundlöf, V, ledamot
"""),
        _names("Morgan Malmborg; Margareta Fick"),
    ),
    "Värnamo": (
        real.VARNAMO_VALBEREDNINGENS_FORSLAG,
        _people("""
Hans-Göran Johansson, C, ordförande
Anne Karlsson, SD, ledamot
Mikael Karlsson, C, ersättare, Hans-Göran Johansson
Gabrielle Davidsson, C, ledamot
Bengt Einarsson, C, ersättare, Gabrielle Davidsson
Gottlieb Granberg, M, 1:e vice ordförande
Terje Freij, M, ersättare, Gottlieb Granberg
Tobias Pettersson, M, ledamot
Agnes Johansson, M, ersättare, Tobias Pettersson
Håkan Johansson, KD, ledamot
Patrik Ekvall, KD, ersättare, Håkan Johansson
Malin Ekman, L, ledamot
Runar Eldebo, L, ersättare, Malin Ekman
Azra Muranovic, S, 2:e vice ordförande
Susanne Andersson, S, ersättare, Azra Muranovic
Pär AJ Persson, S, ledamot
Matilda Kauppinen, S, ersättare, Pär AJ Persson
Bo Svedberg, S, ledamot
Åke Vilhelmsson, S, ersättare, Bo Svedberg
Anette Myrvold, S, ledamot
Britt-Marie Sellén Nilsson, S, ersättare, Anette Myrvold
Jörgen Skärin, MP, ledamot
Anders Jansson, S, ersättare, Jörgen Skärin
Johan Nissinen, SD, ersättare, Anne Karlsson
Bengt Lundström, SD, ledamot
Boo Karlsson, SD, ersättare, Bengt Lundström
"""),
        [],
    ),
    "Ekerö": (
        real.EKERO_KOMMUNFULLMAKTIGE,
        _people("""
Adam Reuterskiöld, M, ledamot
Arnulf Langlet, M, ledamot
Sandra Gunneflo, M, ledamot
Gunnar Mossberg, M, ledamot
Lena Gerby, M, ledamot
Helena Butén Langlet, M, ledamot
Dick Ullgren, M, 2:e vice ordförande
Liselotte Claussnitzer, M, ledamot
Ola Sandin, M, ledamot
Peter Carpelan, M, ordförande
Ove Wallin, C, ledamot
Solveig Brunstedt, C, 1:e vice ordförande
Kjell-Erik Börjesson, C, ledamot
Sivert Åkerljung, KD, ledamot
Niklas Ernback, KD, ledamot
Hanna Svensson, S, ledamot
Johan Hammarström, S, ledamot
Inger Andersen, S, ledamot
Fredrik Sirberg, S, ledamot
Petra Hammar, S, ledamot
Fredrik Ohls, L, ledamot
Göran Hellmalm, L, ledamot
Eva Sydhoff Henriksen, L, ledamot
Ingegerd Danielson, L, ledamot
Alexander Lind af Hageby, L, ledamot
Desirée Björk, Ö, ledamot
Robert Oberascher, Ö, ledamot
Elaine Adlertz, Ö, ledamot
Ulrika Sandin, MP, ledamot
Björn Osberg, MP, ledamot
Kent Einarsson, SD, ledamot
Cecilia Karström, SD, ledamot
Sebastian Persson, SD, ledamot
Per Lönnestål, SD, ledamot
Jimmy Fors, SD, ledamot
Michael Lillman, V, ledamot
Kjell Öhrström, M, ersättare
Göran Ahlquist, M, ledamot
Eva Qvarnström, KD, ersättare
Christina Blom Andersson, KD, ledamot
Margareta Bohman, S, ersättare
Lars Holmström, S, ledamot
Ulric Andersen, S, ersättare
Elisabeth Palm, S, ersättare
Johan Hagland, L, ersättare
Stefan Björn, Ö, ersättare
Bernt Richloow, Ö, ledamot
Iren Bakkerud, MP, ersättare
Carl Ståhle, MP, ledamot
Hans Cronmark, M, ersättare
Camilla Wallhed, M, ersättare
Maria Kvarnheden, M, ersättare
Margaretha Wiberg, M, ersättare
Ingalill Zell, C, ersättare
Gunilla Lindberg, L, ersättare
Karin Hellmalm, L, ersättare
Corey Liljeqvist, SD, ersättare
Ulf Nordkvist, V, ersättare
"""),
        _names("Daniel Liljekvist; Jessica Dennerlöv"),
    ),
    "Mariehamn byggnadsnämnden": (
        real.MARIEHAMN_BYGGNADSNAMNDEN,
        _people("""
Camilla Hägglund-Palmqvist, Msm, ordförande
Fredrik Häggblom, Msm, ersättare, Camilla Hägglund-Palmqvist
Clas-Folke Hansen, Ocå, ledamot
Kaj Bäckman, Ocå, ersättare, Clas-Folke Hansen
Viveka Landgärds, Lib, ledamot
Björn-E Zetterman, Lib, ersättare, Viveka Landgärds
Lasse Welroos, Soc, ledamot
Kristin Mattsson, Soc, ersättare, Lasse Welroos
Åsa Mattsson, Hi, ledamot
Gunda Åbonde-Wickström, Hi, ersättare, Åsa Mattsson
"""),
        [],
    ),
    "Ockelbo": (
        real.OCKELBO_KOMMUNFULLMAKTIGE,
        _people("""
Anders Nordlander, -, ledamot
Alexander Olers, M, ledamot
Linus Gunnarsson, M, ledamot
Rickard Lindstrand Levin, M, ersättare
Marit Rempling, C, ledamot
Thorsten Åstrand, C, ersättare
Birger Larsson, C, ledamot
Inger Högberg Kalmering, C, ersättare
Lena Schenström, C, ledamot
Malin Helperin, C, ersättare
Magnus Hålén, C, ledamot
Birgitta Åstrand, C, ledamot
Dan Brodin, KD, ledamot
Mari-Ann Dahlstedt, KD, ersättare
Eila Kekarainen, KD, ersättare
Anna Lindmark, V, ledamot
Anders Hallman, V, ersättare
Martin Sund Svensson, V, ledamot
Markku Kalliokoski, V, ersättare
"""),
        [],
    ),
    "Vård och omsorg, beslutande ersättare": (
        real.VARD_OCH_OMSORGSNAMNDEN_BESLUTANDE_ERSATTARE,
        _people("""
Ulrica Truedsson, S, ordförande
Lilli Marton, MP, 2:e vice ordförande
Lennart Olsson, S, ledamot
Karin Frisk, S, ledamot
Ing-Britt Pettersson, S, ledamot
Ulf Jonasson, M, ledamot
Inger Hult, L, ledamot
Anita Karlsson, C, ledamot
Inger Björklund, KD, ledamot
Marita Sundqvist, S, ersättare
Leif Högberg, S, ersättare
Sofie Gårdholt, M, ersättare
Jussi Rinne, SD, ersättare
Kjell Larsson, C, ersättare
Lilian Lunde, S, ersättare
Ajrula Ismailji, S, ersättare
Felix Lundqvist, S, ersättare
Carl-Magnus Fransson, M, ersättare
Lennart Halvardsson, L, ersättare
Whera Nywell, MP, ersättare
"""),
        _names(
            "Mona Kjellström; Susanne Sandlund; Britt-Marie Svedenberg; Susanna Kullman; "
            "Eva Gyllhamn; Håkan Bengtsson"
        ),
    ),
    "Smedjebacken": (
        real.SMEDJEBACKEN_FAMILJE_OCH_UTBILDNING,
        _people("""
Matilda Kilström, S, ordförande
Björn Wallén, S, 1:e vice ordförande
Barbro Ernebrink, S, ledamot
Felix Boström, S, ledamot
Vali Popescu, S, ledamot
Louise Nilsson, S, ledamot
Rågher Thelin, S, ledamot
Gunhild Wallenius, V, ledamot
Gertrud Jernberg-Zernig, M, ledamot
Lene Larsson, SD, ledamot
Martin Svensson, SD, ledamot
Maria Söderlund, S, ersättare
Lars-Ove Norling, S, ersättare
Peggy Erlandsson, S, ersättare
David Hellsing, S, ersättare
Julia Johansson, S, ersättare
Oscar Wikman, S, ersättare
Patrik Johansson, S, ersättare
Emma Eriksdotter, C, ersättare
Helena Giliusson, M, ersättare
Per-Erik Hellström, SD, ersättare
Yvonne Johansson, MP, ersättare
"""),
        [],
    ),
    "Kalix": (
        real.KALIX_UTSKOTTET,
        _people("""
Robert Forsberg, , ledamot
Sonia Harr, S, ledamot
Susanne Andersson, S, ledamot
Valter Lindh, C, ledamot
Karin Nilsson, V, ledamot
Maud Lundbäck, S, ersättare
Åke Bergbäck, FP, ersättare
Kenneth Sandberg, MP, ersättare
Andreas Sandstedt, KD, ersättare
Rune Sundqvist, KXP, ersättare
"""),
        [],
    ),
}
