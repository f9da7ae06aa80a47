"""Common Swedish given names, and the endings of Swedish family names: what tells where one
name ends and the next begins in a run of names written with nothing between them
("Rickard Norberg Ulf Hansson Michael Haglund"). The given names are common Swedish ones,
chosen by hand (not a complete list): a name not here is told by its family name's ending
(members_names.py), and a run that cannot be cut one way only stays in the report."""

from __future__ import annotations

import re

_FEMALE = """
agneta agnes aina alexandra alice alma amanda anette angelica angelika anita ann anna
anne anneli annelie annette annica annie annika astrid barbro berit birgit birgitta
britt britta camilla carin carina carolina caroline cecilia charlotta charlotte christina
christine ebba elin elisabet elisabeth ella ellen elsa elvira emelie emilia emma emmy
erika ewa eva frida gabriella gerd gun gunilla gunnel hanna hannah harriet hedvig helen
helena helene henriette hillevi ida inga inger ingrid irene jeanette jenny jessica
johanna josefin josefine julia kajsa karin karolina katarina kerstin kicki kristin
kristina lena lina linda linnea lisa lisbeth liselott liselotte lotta louise lovisa
madeleine maja malin margareta margaretha maria marianne marie marina marita monica
monika mona märta nathalie nina ninni olivia pia rebecka ronja rut ruth sandra sara
siv sofia sofie solveig sonia sonja stina susanna susanne sylvia therese tina tove
ulla ulrika veronica veronika viktoria vivianne wilma yvonne åsa
"""
_MALE = """
adam albin alexander alf allan anders andreas anton arne arvid axel bengt benny bernt
bertil bill birger björn bo bosse carl christer christian christoffer claes conny dan
daniel david dennis emil erik erland evert filip folke fredrik gert glenn gunnar gustaf
gustav göran hans harald henrik henry herman holger håkan inge ingemar ingvar isak
jakob jan jens jerker jesper jimmy joakim joel johan johannes johnny jonas jonathan
jonny josef jörgen karl kenneth kent kenth kim kjell klas krister kristian kristoffer kurt lars
leif lennart linus ludvig magnus marcus markus martin mathias mats mattias max michael
mikael morgan nicklas niklas nils ola olle olof oscar oskar ove patrik per peter
pontus rasmus rickard robert robin roger roland rolf rune sebastian simon sixten staffan
sten stefan sture sune sven thomas tobias tom tomas tommy torbjörn tord tore ture ulf
urban valter viktor vilhelm walter william åke örjan östen
"""
GIVEN_NAMES = frozenset((_FEMALE + _MALE).split())

# "Danielsson", "Eriksdotter", "Bäckström", "Norberg", "Haglund", "Fransén", "Pontmark":
# endings a given name almost never has.
FAMILY_ENDING = re.compile(
    r"(?:s?son|dotter|ström|strö?m|berg|borg|lund|gren|qvist|kvist|quist|dahl|dal|holm|"
    r"stedt|stad|blad|blom|bäck|fors|ling|näs|sten|vall|wall|mark|ell|én|ér|ius|man)$",
    re.I,
)
