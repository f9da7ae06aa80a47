"""More real members lists (the first set is in real_members.py), in shapes the first set does
not have: a kommun page that lists the presidium twice and gives the role on the line after
the name, with the insynsplatser in a sentence; a newspaper's copy of a valberedning's förslag
("X (C), ersättare Y (C)", the presidium proposed in running text); a fullmäktige's first page
with the labels before the names, "ersätter" and närvaro by § numbers.

Names are as published. Ekerö's text is docplayer.se's transcript of page 1 and the start of
page 2, with one change said here: the transcript lost "Beslut" of the label "Beslutande
ledamöter" in the PDF's layout ("ande ledamöter"); a copy from the PDF has it, so it is put
back."""

from __future__ import annotations

# Habo kommun, kommunstyrelsen: bullets, then the presidium again with each role on the line
# after the name; two politicians with "insynsplats", who are not members.
# Source: http://habokommun.se/Kommun--politik/Kommunens-organisation/Styrelser-och-namnder/
# Kommunstyrelsen/
HABO_KOMMUNSTYRELSEN = """\
Kommunstyrelsen består av 11 ledamöter och 14 ersättare.

Kommunstyrelsens presidium består av:

  • Susanne Wahlström (M), ordförande
  • Gunnar Pettersson (S), 1:e vice ordförande
  • Hans Jarstig (KD), 2:e vice ordförande

Morgan Malmborg (HD) och Margareta Fick (MP) har insynsplats i kommunstyrelsen.

Susanne Wahlström (M)
Ordförande
Gunnar Pettersson (S)
1:e vice ordförande
Hans Jarstig (KD)
2:e vice ordförande
My Rydbeck (S)
Kent Bjärkhed (S)
Henrik Sporrong Esbjörnsson (M)
Marie Lindholm (KD)
Hanna Englund (C)
Anders Rickman (L)
Olle Moln Teike (SD)
Johanna Rundlöf (V)
"""

# Värnamo kommun, kommunstyrelsen 2019–2022: valberedningens förslag as Värnamo Nyheter
# printed it, each ledamot with the ersättare after ("Mikael Karlsson, (C)", "Pär AJ
# Persson(S)"), a photo caption "Anne Karlsson (SC)" before the list (the list says SD), the
# presidium proposed in sentences after it.
# Source: https://xn--vrnamo-bua.nu/nyheter/sverigedemokraterna-far-vagmastarroll-
# kommunstyrelsen/
VARNAMO_VALBEREDNINGENS_FORSLAG = """\
SD får vågmästarroll i kommunstyrelsen

Nyheter Sverigedemokraterna kommer att få en delikat vågmästarroll i kommunstyrelsen.

Hans-Göran Johansson (C) förreslås få förnyat förtroende som kommunstyrelsens ordförande.

Valberedningens förslag till ny kommunstyrelse ser ut som följer.
Efter de förslagen på ordinarie ledamöter finns föreslagna ersättare.

Anne Karlsson (SC)

 • Hans-Göran Johansson (C), ersättare Mikael Karlsson, (C).
 • Gabrielle Davidsson (C), ersättare  Bengt Einarsson  (C).
 • Gottlieb Granberg (M), ersättare Terje Freij (M).
 • Tobias Pettersson (M), ersättare Agnes Johansson (M) .
 • Håkan Johansson  (KD), ersättare Patrik Ekvall (KD)
 • Malin Ekman (L) ersättare Runar Eldebo (L).
 • Azra Muranovic (S) ersättare Susanne Andersson (S).
 • Pär AJ Persson(S) ersättare Matilda Kauppinen (S)
 • Bo Svedberg (S) ersättare Åke Vilhelmsson (S).
 • Anette Myrvold (S) ersättare Britt-Marie Sellén Nilsson (S).
 • Jörgen Skärin (MP) ersättare Anders Jansson (S)
 • Anne Karlsson (SD), ersättare Johan Nissinen (SD)
 • Bengt Lundström (SD) ersättare Boo Karlsson (SD).

Valberedningen kommer att föreslå att Hans-Göran Johansson (C) blir vald till kommunstyrelsen \
ordförande och att Gottlieb Granberg (M) blir 1 vice ordförande.

Till andre vice ordförande föreslår valberedningen Azra Muranovic (S).

Taggar
"""

# Ekerö kommun, kommunfullmäktige: labels before the names, "(M) (2:e vice ordförande)",
# "Alexander Lind af Hageby (L)", "X (S) 9-29 ersätter Y (S)", närvaro "1-13".
# Source: https://docplayer.se/126029151-Sammanstradesprotokoll-kommunfullmaktige-plats-och-
# tid-malarokyrkan-kl-18-00-22-00.html
EKERO_KOMMUNFULLMAKTIGE = (
    "Sammansträdesprotokoll Plats och tid Mälarökyrkan kl. 18:00-22:00 Beslutande ledamöter "
    "Ej tjänstgörande ersättare Adam Reuterskiöld (M) Arnulf Langlet (M) Sandra Gunneflo (M) "
    "Gunnar Mossberg (M) Lena Gerby (M) Helena Butén Langlet (M) Dick Ullgren (M) (2:e vice "
    "ordförande) Liselotte Claussnitzer (M) Ola Sandin (M) Peter Carpelan (M) (ordförande) "
    "Ove Wallin (C) Solveig Brunstedt (C) (vice ordförande) Kjell-Erik Börjesson (C) Sivert "
    "Åkerljung (KD) Niklas Ernback (KD) Hanna Svensson (S) 1-13 Johan Hammarström (S) Inger "
    "Andersen (S) Fredrik Sirberg (S) 1-8 Petra Hammar (S) Fredrik Ohls (L) Göran Hellmalm "
    "(L) Eva Sydhoff Henriksen (L) Ingegerd Danielson (L) 1-19 Alexander Lind af Hageby (L) "
    "Desirée Björk (Ö) Robert Oberascher (Ö) Elaine Adlertz (Ö) Ulrika Sandin (MP) Björn "
    "Osberg (MP) Kent Einarsson (SD) Cecilia Karström (SD) Sebastian Persson (SD) Per "
    "Lönnestål (SD) Jimmy Fors (SD) Michael Lillman (V) Kjell Öhrström (M) ersätter Göran "
    "Ahlquist (M) Eva Qvarnström (KD) ersätter Christina Blom Andersson (KD) Margareta Bohman "
    "(S) ersätter Lars Holmström (S) Ulric Andersen (S) 9-29 ersätter Fredrik Sirberg (S) "
    "Elisabeth Palm (S) ersätter Hanna Svensson (S) Johan Hagland (L) ersätter Ingegerd "
    "Danielson (L) Stefan Björn (Ö) ersätter Bernt Richloow (Ö) Iren Bakkerud (MP) ersätter "
    "Carl Ståhle (MP) Hans Cronmark (M) Camilla Wallhed (M) Maria Kvarnheden (M) Margaretha "
    "Wiberg (M) Ingalill Zell (C) Ulric Andersen (S) 1-8 Elisabeth Palm (S) 1-13 Johan "
    "Hagland (L) 1, Page 1 of 52 Gunilla Lindberg (L) 1-3 Karin Hellmalm (L) Corey "
    "Liljeqvist (SD) Ulf Nordkvist (V) Övriga närvarande Daniel Liljekvist Justeringens "
    "plats och tid Kommunkansliet, Underskrifter Sekreterare. Jessica Dennerlöv Ordförande."
)

# Mariehamns stad (Åland), byggnadsnämnden: "Ordinarie Parti Ersättare" with one party for the
# row, cells apart by one space where the page's table had them run together ("Msm Fredrik
# Häggblom"), the parties Åland's own.
# Source: https://www.mariehamn.ax/organisation-och-arbete/politisk-organisation/
# byggnadsnamnden
MARIEHAMN_BYGGNADSNAMNDEN = """\
Ledamöter

 Ordinarie Parti Ersättare
 Camilla Hägglund-Palmqvist, ordförande  Msm Fredrik Häggblom
 Clas-Folke Hansen  Ocå Kaj Bäckman
 Viveka Landgärds  Lib Björn-E Zetterman
 Lasse Welroos  Soc Kristin Mattsson
 Åsa Mattsson  Hi Gunda Åbonde-Wickström

Sammanträden
"""

# Ockelbo kommun, kommunfullmäktige 2019–2022: "Ledamöter Ersättare", two lists side by side
# (not pairs): some rows hold only a ledamot, one only an ersättare (indented under the empty
# cell). Cut after the Vänsterpartiet rows.
# Source: https://ockelbo.se/Invanare/Kommun-och-politik/Kommunens-organisation/
# Kommunfullmaktige1/
OCKELBO_KOMMUNFULLMAKTIGE = """\
Totalt 31 mandat

Ledamöter Ersättare
Anders Nordlander (-)
Alexander Olers (M)
Linus Gunnarsson (M) Rickard Lindstrand Levin (M)
Marit Rempling (C) Thorsten Åstrand (C)
Birger Larsson (C) Inger Högberg Kalmering (C)
Lena Schenström (C) Malin Helperin (C)
Magnus Hålén (C)
Birgitta Åstrand (C)
Dan Brodin (KD) Mari-Ann Dahlstedt (KD)
  Eila Kekarainen (KD)
Anna Lindmark (V) Anders Hallman (V)
Martin Sund Svensson (V) Markku Kalliokoski (V)
"""

# A vård- och omsorgsnämnd (the kommun is not named on the page): "Beslutande Beslutande
# ersättare" before the names, the two lists apart only by a missing comma ("Inger Björklund
# (KD) Marita Sundqvist (S)"), then "Ersättare" inside the run; "andre vice ordförande".
# Source: https://docplayer.se/34989446-Lilian-lunde-s-ajrula-ismailji-s-felix-lundqvist-s-
# carl-magnus-fransson-m-lennart-halvardsson-l-kjell-larsson-c-whera-nywell-mp.html
VARD_OCH_OMSORGSNAMNDEN_BESLUTANDE_ERSATTARE = (
    "1 VÅRD- OCH OMSORGSNÄMNDEN Plats och tid Vård- och omsorgsförvaltningen klockan Öppet för "
    "allmänheten Beslutande Beslutande ersättare Ulrica Truedsson (S) ordförande, Lilli Marton "
    "(MP) andre vice ordförande, Lennart Olsson (S), Karin Frisk (S), Ing-Britt Pettersson "
    "(S), Ulf Jonasson (M), Inger Hult (L), Anita Karlsson (C), Inger Björklund (KD) Marita "
    "Sundqvist (S), Leif Högberg (S), Sofie Gårdholt (M), Jussi Rinne (SD) 17-25, Kjell "
    "Larsson (C) Ersättare Lilian Lunde (S), Ajrula Ismailji (S), Felix Lundqvist (S), "
    "Carl-Magnus Fransson (M), Lennart Halvardsson (L), Kjell Larsson (C), Whera Nywell (MP), "
    "Övriga deltagande Sekreterare Mona Kjellström, tf. förvaltningschef Susanne Sandlund, "
    "avdelningschef utföraravdelning Britt-Marie Svedenberg, tf. avdelningschef myndighets- "
    "och specialistavdelning Susanna Kullman, medicinskt ansvarig sjuksköterska Eva Gyllhamn "
    "17-28, samordnande ekonom Håkan Bengtsson 21-24 Utses att justera Justeringens plats och "
    "tid Lilli Marton (MP) Vård- och omsorgsförvaltningen Underskrifter Sekreterare Mona "
    "Kjellström Paragrafer Ordförande Ulrica Truedsson (S) Justerande Lilli Marton (MP)"
)

# Smedjebackens kommun, familje- och utbildningsnämnden 2023–2026: "Ordförande:" over the
# name, "Vice ordförande:" with a blank line before the name, headings with the period
# ("Ersättare 2023-2026"), the vice ordförande spelt "Wallén" and then "Wallen". The phone
# number and e-mail address are made up here, in the page's shape.
# Source: https://smedjebacken.se/kommun-och-politik/politik-och-demokrati/namnder/familje--
# och-utbildningsnamnd.html
SMEDJEBACKEN_FAMILJE_OCH_UTBILDNING = """\
Familje- och utbildningsnämnden har 11 ledamöter och 11 ersättare och dessa utses av \
fullmäktige.

Ordförande:
Matilda Kilström (S), tel: 0240-000000
e-post: matilda.kilstrom@example.se

Vice ordförande:

Björn Wallén (S)

Ledamöter 2023-2026
Matilda Kilström (S)
Björn Wallen (S)
Barbro Ernebrink (S)
Felix Boström (S)
Vali Popescu (S)
Louise Nilsson (S)
Rågher Thelin (S)
Gunhild Wallenius (V)
Gertrud Jernberg-Zernig (M)
Lene Larsson (SD)
Martin Svensson (SD)

Ersättare 2023-2026
Maria Söderlund (S)
Lars-Ove Norling (S)
Peggy Erlandsson (S)
David Hellsing (S)
Julia Johansson (S)
Oscar Wikman (S)
Patrik Johansson (S)
Emma Eriksdotter (C)
Helena Giliusson (M)
Per-Erik Hellström (SD)
Yvonne Johansson (MP)

Sidan senast uppdaterad:
"""

# Kalix kommun, kommunstyrelsens barn- och utbildningsutskott: Norrländska Socialdemokraten's
# news text, the members in two sentences ("De ordinarie ledamöterna är …", "Ersättarna är
# …"), the first ledamot named without a party.
# Source: https://nsd.se/nyheter/kalix/artikel/nytt-skolutskott-i-fyra-manader/lq3p8qkj
KALIX_UTSKOTTET = """\
Kommunstyrelsen beslutade på förmiddagen i dag att alla partier som finns representerade där \
ska finnas med i utskottet.
De ordinarie ledamöterna är Robert Forsberg, Sonia Harr (S), Susanne Andersson (S), Valter \
Lindh (C) och Karin Nilsson (V).
Ersättarna är Maud Lundbäck (S), Åke Bergbäck (FP), Kenneth Sandberg (MP), Andreas Sandstedt \
(KD), Rune Sundqvist (KXP) samt någon från moderaterna oklart vem.
Samsyn?
"""
