"""A decision's date written in the row's text, where the list has no date column: Kungsbacka
Teknik's "Taget beslut och datum för beslutet" (walk30 #7; the layout of data/kungsbacka/
teknik/2025/2025-09-24/handlingar.tabeller/600-1.csv, rows invented in its words). A date
that bounds a period or sets a deadline is not the decision's."""

from __future__ import annotations

import datetime as dt

from ksdesk.interchange.beslut_list import read_beslut_list

_LIST = (
    "Punkt i delegeringsordning;Lagrum;Ansvarig Delegat;Delegeringens omfattning;"
    "Taget beslut och datum för beslutet\n"
    "3.2;;N ordf;Yttrande i brådskande ärenden;1 beslut om yttrande gällande Samråd, "
    "BN 2025-00047, TE-2025-00540, datum 2025-07-01.\n"
    "2.1.29;;Fc;Söka bidrag;1 beslut om ansökan om bidrag, TE-2025-00612, 2025-08-14\n"
    "4.4;;VC Trafik & Utemiljö;Tillfälliga trafikföreskrifter;"
    "1 beslut om tillfällig trafikföreskrift, TE-2025-00700, gäller till och med 2025-09-30\n"
    "5.1;;FC;Yttrande;1 yttrande, TE-2025-00701, svar senast 2025-10-01\n"
    "10.1.2;;FC;Anställa;- Handläggare, anställd 2025-09-04, TE-2025-00702\n"
)


def test_a_date_the_text_names_as_the_decisions_is_its_date() -> None:
    listed = read_beslut_list(_LIST.encode(), "lista.csv")
    dates = {row.punkt: row.date for row in listed.rows}
    assert dates["3.2"] == dt.date(2025, 7, 1)
    assert dates["2.1.29"] == dt.date(2025, 8, 14)  # beside the Dnr
    assert dates["4.4"] is None and dates["5.1"] is None  # a period's end, a deadline
    assert dates["10.1.2"] is None  # the day of an anställning, not of the decision
    assert "Rad 2: 2025-07-01 (datumet i texten lästes som beslutsdatum" in listed.report.text()
