"""An eighth set of real members lists: columns of people printed side by side. Perstorps
kommun's page of kommunstyrelsen sets its ledamöter and ersättare in two columns of a table,
"Ledamöter" beside "Ersättare"; copied from the page, the table comes a cell a line, row by
row: the two headings, then a ledamot and the ersättare beside him, turn about. The page says
above the table that kommunstyrelsen "består av 9 ledamöter och 9 ersättare", and names the
presidium (all three in the Ledamöter column). The ersättare are not personal: the row's two
are of different parties in most rows.

The text is as the page gives it (the presidium's "Ronny NIlsson" too).
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
