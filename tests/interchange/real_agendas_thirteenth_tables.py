"""Kils kommun's and Mölndals stad's lists of the thirteenth set (their sources, and what is
ours, in real_agendas_thirteenth_more.py's docstring), all the nämnder's lists together
(`NAMNDER`), and the plain lists also as the table their kallelse prints (`TABLES`, for the
PDF layouts of kallelse_pdfs and for Word)."""

from __future__ import annotations

from tests.interchange import real_agendas_thirteenth_more as more
from tests.interchange.real_agendas import RealAgenda
from tests.interchange.real_agendas_eighth import _pasted  # a list pasted as text
from tests.interchange.real_agendas_thirteenth import _e

_MOLNDAL = (
    "Förändring av ärendelistan",
    "Ekonomirapport t.o.m. september",
    "Åtgärder för budget i balans 2018/2019",
    "Hemtjänst på entreprenad",
    "Avvikelsesammanställning för perioden 1 januari - 30 juni 2018",
    "Tertialuppföljning",
    "Förenklad handläggning av trygghetslarm",
    "Ny taxa inom vård och omsorg",
    "Sammanträdestider för vård- och omsorgsnämnden",
    "Förvaltningschefens punkt",
    "Meddelanden",
    "Redovisning av delegeringsbeslut",
    "Anmälan om deltagande i seminarier och konferenser",
)

_KIL = (
    ("", "Val av protokolljusterare", ""),
    ("", "Godkännande av dagordning", ""),
    ("1", "Redovisning av barnomsorgskön", "BUN 16/39"),
    ("2", "Aktuell information", "BUN 16/33"),
    ("3", "Verksamhetsplan", "BUN 16/34"),
    ("4", "Ekonomisk uppföljning", "BUN 15/69"),
)

KIL = (
    _pasted(
        "kil-bun-2016-12",
        "https://docplayer.se/amp/12734561",
        (
            "Kommunkontoret, lokal Nedre Fryken, onsdag 14 december 2016, kl 15.30",
            "NR ÄRENDE DNR",
            *(" ".join(part for part in row if part) for row in _KIL),
        ),
        tuple(_e(int(nr) if nr else None, title, dnr) for nr, title, dnr in _KIL),
        ("two standing ärenden without number above 1",),
    ),
)[0]
NAMNDER = (
    *more.NAMNDER,
    KIL,
    _pasted(
        "molndal-von-2018-10",
        "https://docplayer.se/109072013-Sammantradesprotokoll-vard-och-omsorgsnamnden-"
        "sammantradesdatum.html",
        (
            "SAMMANTRÄDESPROTOKOLL",
            "Vård- och omsorgsnämnden",
            "Innehållsförteckning",
            *(f"{n} {title}" for n, title in enumerate(_MOLNDAL, 103)),
        ),
        tuple(_e(n, title) for n, title in enumerate(_MOLNDAL, 103)),
        ("the budget's years at a title's end, no Dnr",),
    ),
)

# The plain lists as the table their kallelse prints.
TABLES = (
    RealAgenda(
        "sodertalje-mn-2016-09-table",
        NAMNDER[0].source,
        ("Nr", "Ärende"),
        tuple((str(n), title) for n, title in enumerate(more.SODERTALJE, 1)),
        NAMNDER[0].expected,
    ),
    RealAgenda(
        "morbylanga-mbn-2018-04-table",
        NAMNDER[2].source,
        ("§", "Ärende", "Dnr"),
        tuple((str(nr), title, dnr) for nr, dnr, title, _ in more.MORBYLANGA),
        NAMNDER[2].expected,
    ),
    RealAgenda("kil-bun-2016-12-table", KIL.source, ("Nr", "Ärende", "Dnr"), _KIL, KIL.expected),
)
