"""Lists of delegationsbeslut shaped like diarium exports, built in the test: a Public
360 report saved as XLSX (title and period lines above the rubrikrad, date cells, a column
ksdesk has no field for) and a Ciceron export saved as CSV by Excel on a Swedish Windows
(Windows-1252, semicolons, dates day first, the point in a Lagrum column, the day the
decision was registered on the first row only).

No exported list was found among the stored public pages (docplayer.se holds delegations-
ordningar, not the monthly lists), so the headings are the ones the task names for these
systems (Diarienummer, Dokumentdatum, Dokumenttitel, Beslutsfattare; Ärendenummer,
Ärendemening, Delegat, Lagrum, Anmäls till), not copied from a real export.
"""

from __future__ import annotations

import datetime as dt
import io

import openpyxl

PUBLIC_360_HEADER = [
    "Diarienummer",
    "Dokumentdatum",
    "Dokumenttitel",
    "Beslutsfattare",
    "Delegationspunkt",
    "Enhet",
    "Status",
]
PUBLIC_360_ROWS = [
    [
        "KS 2020/501",
        dt.datetime(2020, 11, 20),
        "Yttrande över remiss om avfallsplan",
        "Kommunsekreterare",
        "4",
        "Kansliavdelningen",
        "Avslutat",
    ],
    [
        "KS 2020/502",
        dt.datetime(2020, 11, 23, 14, 32),
        "Beslut om utlämnande av allmän handling",
        "Kommunsekreterare",
        "4",
        "Kansliavdelningen",
        "Avslutat",
    ],
    [
        "KS 2020/503",
        dt.datetime(2020, 11, 24),
        "Avslag på begäran om föreningsbidrag",
        "Kommunsekreterare",
        "99.99",
        "Kansliavdelningen",
        "Pågående",
    ],
]


def public_360_xlsx(rows: list[list[object]] | None = None, *, criteria: bool = False) -> bytes:
    """The report; `criteria`: with the sheet of search criteria some reports add."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Rapport"
    sheet.append(["Delegationsbeslut – Kommunstyrelsen"])
    sheet.append(["Delegationsbeslut 2020-11-01 – 2020-11-30"])
    sheet.append([])
    sheet.append(PUBLIC_360_HEADER)
    for row in PUBLIC_360_ROWS if rows is None else rows:
        sheet.append(row)
    for cell in sheet["B"][4:]:
        cell.number_format = "yyyy-mm-dd hh:mm"
    if criteria:
        book.create_sheet("Sökvillkor").append(["Dokumenttyp", "Delegationsbeslut"])
    book.create_sheet("Blad3")  # empty: nothing to say about it
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


CICERON_CSV = (
    "Ärendenummer;Beslutsdatum;Ärendemening;Delegat;Lagrum;Anmäls till;Handläggare;"
    "Registreringsdatum\r\n"
    "KS 2020/610;26.11.2020;Förlängning av hyresavtal för förråd;Kommunsekreterare;"
    "Delegationsordning p. 4;Kommunstyrelsen;Åsa Öberg;2020-11-27 08:12\r\n"
    "KS 2020/611;27/11/2020;Attest av fakturor över 100 000 kr;Kommunsekreterare;"
    "p. 4;Kommunstyrelsen;Åsa Öberg\r\n"
    "KS 2020/612;;Beslut utan datum;Kommunsekreterare;p. 4;Kommunstyrelsen;Åsa Öberg\r\n"
    "KS 2020/613;20201128;;Kommunsekreterare;p. 4;Kommunstyrelsen;Åsa Öberg\r\n"
    "KS 2020/614;31.11.2020;Ett datum som inte finns;Kommunsekreterare;p. 4;Kommunstyrelsen;"
    "Åsa Öberg\r\n"
).encode("cp1252")
