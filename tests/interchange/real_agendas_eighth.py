"""An eighth set of real ärendelistor (the seventh is in real_agendas_seventh.py), pasted as
text from a web page or a PDF, in shapes the others do not have, and what the import must
make of every row.

- Heby kommun, kommunfullmäktige 2013-12-17: the webcast's list of the meeting's points, with
  two events of the meeting between the numbered points and without number ("Fullmäktige
  ajournerar sig för Information från Vit Jul IOGT- NTO", "Justering av närvarolistan"), and
  point 13 written twice, as the webcast's two parts of one ärende ("13 Utvärdering av den
  politiska organisationen 1 av 2", "… 2 av 2"). Source:
  http://www.securestream.se/playlister/1220/player.php?eid=20131217&start=1110

What is ours: nothing in Heby's list (it names no person). Built as bytes by
`real_agendas_fourth.build_fourth`, never kept as binary fixtures.
"""

from __future__ import annotations

from tests.interchange.real_agendas import Expected, RealAgenda

_HEBY_DECEMBER_LINES = (
    "1 Kommunfullmäktiges öppnande",
    "2 Upprop samt anmälan om förhinder",
    "3 Val av justerande",
    "4 Justering",
    "Fullmäktige ajournerar sig för Information från Vit Jul IOGT- NTO",
    "5 Information från Sala-Heby Energi AB",
    "Justering av närvarolistan",
    "6 Allmänhetens frågestund",
    "7 Fullmäktigeberedningarna styrelser och nämnder",
    "8 Revisorerna information",
    "9 Återrapporteringar",
    "10 Interpellationer",
    "11 Enkla frågor",
    "12 Ansökan om försäljning av fastighet Heby Morgongåva 15 8",
    "13 Utvärdering av den politiska organisationen 1 av 2",
    "13 Utvärdering av den politiska organisationen 2 av 2",
    "14 Kommunfullmäktiges sammanträdesdagar 2014",
    "15 Arvode till valnämndens ordförande under valår",
    "16 Förbättra och tydliggör kommunens informationsskyltar, medborgarförslag",
    "17 Anmälan av nya motioner",
    "18 Anmälan av nya medborgarförslag",
    "19 Avsägelser",
    "20 Val",
    "21 Anmälningsärenden",
)


def _heby_december() -> tuple[Expected, ...]:
    expected: list[Expected] = []
    for line in _HEBY_DECEMBER_LINES:
        number, _, title = line.partition(" ")
        if not number.isdigit():
            expected.append(Expected(None, line, section=True))
        elif title.endswith("2 av 2"):
            continue  # the second part of point 13: one ärende with the first
        else:
            expected.append(Expected(int(number), title.removesuffix(" 1 av 2")))
    return tuple(expected)


HEBY_KF_2013_DECEMBER = RealAgenda(
    name="heby-kf-2013-12-17-webbsandning",
    source="http://www.securestream.se/playlister/1220/player.php?eid=20131217&start=1110",
    kind="paste",
    header=(),
    rows=tuple((line,) for line in _HEBY_DECEMBER_LINES),
    expected=_heby_december(),
    notes=(
        "events without number between the numbered points",
        "one number twice, the two parts of one ärende in the webcast",
    ),
)

EIGHTH_AGENDAS = (HEBY_KF_2013_DECEMBER,)
