"""The period a list of delegationsbeslut names above its decisions dates those that name no
day of their own (interchange.beslut_period), with a line in the report."""

from __future__ import annotations

import datetime as dt

from ksdesk.interchange.beslut_list import read_beslut_list

# data/kungsbacka/ifo/2025/2025-09-18/handlingar.md, sidor 302–307 (IF-2023-00003), cut short:
# the period as a sentence ("För perioden …") and again under "Personal".
IFO_2025_09 = (
    "Anmälan av delegeringsbeslut, september 2025\n"
    "Följande delegeringsbeslut anmäls till nämnden.\n"
    "Delegationsrapport enligt listor (Individ & Familjeomsorgen och funktionsstödsenheten)\n"
    "För perioden 2025-06-01 – 2025-08-31. Beslut enligt socialtjänstlagen (2001:453), SoL; lagen\n"
    "(1990:52) med särskilda bestämmelser om vård av unga, LVU; och övriga beslut.\n"
    "Personal\n"
    "2025-06-01 – 2025-08-31\n"
    "Avtal\n"
    "Dnr IF-2025-00017. Placeringsavtal – Stödboende, Nytida stödboende Alpklyftan AB,\n"
    "Familjehemsenheten\n"
    "AVTAL-2025-00385. Handledning öppenvård\n"
    "Övrigt\n"
    "Dnr IF-2025-00116. Förvaltningschefens vidaredelegering.\n"
    "Dnr IF-2025-00210. Begäran om överflyttning av ärende 2025-07-01 – 2025-07-31.\n"
    "Beslutsunderlag\n"
)


def test_the_lists_period_dates_the_decisions_that_name_no_day() -> None:
    listed = read_beslut_list(IFO_2025_09.encode(), "lista.txt")
    assert [(r.dnr, r.date) for r in listed.rows] == [
        ("IF-2025-00017", dt.date(2025, 8, 31)),
        ("AVTAL-2025-00385", dt.date(2025, 8, 31)),
        ("IF-2025-00116", dt.date(2025, 8, 31)),
        ("IF-2025-00210", None),  # its own period: read with it on import (beslut_inline)
    ]
    said = [(line.where, line.why) for line in listed.report.changed if line.where == "Rad 4"]
    assert said == [
        (
            "Rad 4",
            "listans period 2025-06-01 – 2025-08-31: 3 beslut utan eget datum sparas med "
            "periodens sista dag, 2025-08-31, som beslutsdatum",
        )
    ]
    assert "Rad 4" not in [line.where for line in listed.report.dropped]


def test_periods_that_differ_date_nothing() -> None:
    text = IFO_2025_09.replace("Personal\n2025-06-01", "Personal\n2025-07-01")
    listed = read_beslut_list(text.encode(), "lista.txt")
    assert [r.date for r in listed.rows] == [None] * 4
    assert [line.why for line in listed.report.changed if line.where in ("Rad 4", "Rad 7")] == [
        "en av flera perioder: dateras inget"
    ] * 2
