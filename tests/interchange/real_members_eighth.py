"""An eighth set of real members lists: columns of people printed side by side. Perstorps
kommun's page of kommunstyrelsen sets its ledamöter and ersättare in two columns of a table,
"Ledamöter" beside "Ersättare"; copied from the page, the table comes a cell a line, row by
row: the two headings, then a ledamot and the ersättare beside him, turn about. The page says
above the table that kommunstyrelsen "består av 9 ledamöter och 9 ersättare", and names the
presidium (all three in the Ledamöter column). The ersättare are not personal: the row's two
are of different parties in most rows.

Stenungsunds kommun's sociala utskott prints its närvarolista as a table of name (party)
beside role: "Lillemor Arvidsson (m) | Ordförande", "Janette Olsson (s) | Vice ordförande";
the PDF's text gives the role, capitalised, between one name and the next.

Perstorp's text is as the page gives it (the presidium's "Ronny NIlsson" too). In the
protokoll the politicians' names are as published; the tjänstepersoner's names are made up
here (titles and order as published).
"""

from __future__ import annotations

# Perstorps kommun, Kommunstyrelsen, "Ledamöter & ersättare" (mandatperioden 2019-2022).
# Source: https://www.perstorp.se/sidor/huvudmeny/kommunpolitik/namnderstyrelser/
# kommunstyrelsen.4.61780eb015c1403d634f19.html
PERSTORP_KS = """Ledamöter & ersättare

Ordförande: Torgny Lindau (PF)
1:e vice ordförande: Patrik Ströbeck (M)
2:e vice ordförande: Ronny NIlsson (S)


Ledamöter

Ersättare

Torgny Lindau (PF)

Ulla-Britt Brandin (KD)

Patrik Ströbeck (M)

Jenny Delén (M)

Ronny Nilsson (S)

Thim Borg (S)

Lennart Johansson (PF)

Göran Långström (PF)

Hans Stifors (PF)

Kristina Hovander (MP)

Bengt Marntell (C)

Kerstin Andersson (C)

Boel Rosdahl (S)

Elisabeth Holmer (S)

Pia Galia (SD)

Anders Jelander (SD)

Jack Henriksen (SD)

Putte Schüler (SD)
"""

# Stenungsunds kommun, kommunstyrelsens sociala utskott, protokoll 2011 (§§ 35-), page 1.
# Source: https://docplayer.se/50412013-Protokoll-sammantradesdatum-kommunstyrelsens-sociala-
# utskott-ledamoter-lillemor-arvidsson-m-ordforande.html
STENUNGSUND_SOCIALA_UTSKOTT = (
    "STENUNGSUNDS KOMMUN Tid: 9:00: - 12:45 KOMMUNSTYRELSENS SOCIALA UTSKOTT Plats: Rodret "
    "Ledamöter Lillemor Arvidsson (m) Ordförande Janette Olsson (s) Vice ordförande Inger "
    "Johnsson (c) Jan Rohlén (s) Christian Andersson (fp) Ersättare Marie Nilsson (s) utom 47 "
    "Gunnar Pettersson (kd) Birgit Lövkvist (v) Övriga Anna Berg IFO-chef Lena Ek Vård och "
    "äldreomsorgschef Maria Sten Hemtjänstchef Karl Ström Ekonom Eva Holm Sekreterare "
    "Justeringsdag: Paragrafer: Justerare: Janette Olsson Eva Holm Lillemor Arvidsson Janette "
    "Olsson Sekreterare Ordförande Justerare BEVIS"
)
