"""A tenth set of real ärendelistor (the ninth is in real_agendas_ninth.py), pasted as text,
and what the import must make of every row.

- Botkyrka kommun, kommunstyrelsen, the protokoll's innehållsförteckning for §§ 101–113: the
  ärenden under the headings "BESLUTAS AV KOMMUNFULLMÄKTIGE" and "BESLUTAS AV
  KOMMUNSTYRELSEN" in capitals, the first an information point before them, no Dnr. The
  transcript runs the page together; it is split where the PDF's lines are (a § a line, each
  heading a line). Source: http://docplayer.se/3775419-Beslutas-av-kommunfullmaktige-102-
  riktlinjer-for-markanvisningar-i-botkyrka-kommun-103-riktlinjer-for-exploateringsavtal-i-
  botkyrka-kommun.html

Read right on the first run (15 of 15 rows).
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected
from tests.interchange.real_agendas_eighth import _pasted  # a list pasted as text

_BOTKYRKA_TITLES = {
    101: "Informationspunkt: Tore Kalmeborg, VD Stockholmsregionens Försäkring AB",
    102: "Riktlinjer för markanvisningar i Botkyrka kommun",
    103: "Riktlinjer för exploateringsavtal i Botkyrka kommun",
    104: "Upphävande av reglemente för kommunala rådet för funktionshinderfrågor och "
    "inrättande av arbetsgrupp för funktionshinderfrågor",
    105: "Svar på motion: Utökad kollektivtrafik till Riksten (TUP)",
    106: "Svar på motion: En ny pendeltågsuppgång vid Tullinge station (FP)",
    107: "Svar på medborgarförslag: Anlägg en riktig lekpark för funktionshindrade",
    108: "Svar på medborgarförslag: GMO fri mat och dryck i samtliga kommunala verksamheter",
    109: "Svar på revisionsskrivelse: Upphandlings- och inköpsverksamheten",
    110: "Ansökan om medlemskap i Local Governments for Sustainability (ICLEI)",
    111: "Delegationsärenden",
    112: "Anmälningsärenden",
    113: "Tilläggsäskande feriepraktik 2015",
}
_HEADINGS = {102: "BESLUTAS AV KOMMUNFULLMÄKTIGE", 109: "BESLUTAS AV KOMMUNSTYRELSEN"}


def _botkyrka_lines() -> tuple[str, ...]:
    lines = ["INNEHÅLLSFÖRTECKNING 1 [1]"]
    for nr, title in _BOTKYRKA_TITLES.items():
        if nr in _HEADINGS:
            lines.append(_HEADINGS[nr])
        lines.append(f"{nr} {title}")
    return tuple(lines)


def _botkyrka_expected() -> tuple[Expected, ...]:
    rows = []
    for nr, title in _BOTKYRKA_TITLES.items():
        if nr in _HEADINGS:
            rows.append(Expected(None, _HEADINGS[nr], section=True))
        rows.append(Expected(nr, title))
    return tuple(rows)


BOTKYRKA_KS_INNEHALL = _pasted(
    "botkyrka-ks-innehall",
    "http://docplayer.se/3775419-Beslutas-av-kommunfullmaktige-102-riktlinjer-for-"
    "markanvisningar-i-botkyrka-kommun-103-riktlinjer-for-exploateringsavtal-i-botkyrka-"
    "kommun.html",
    _botkyrka_lines(),
    _botkyrka_expected(),
    ("group headings in capitals between §§, no Dnr",),
)

TENTH_AGENDAS = (BOTKYRKA_KS_INNEHALL,)
