"""Kungsbacka says "delegering" where others say "delegation": its Miljö & Hälsoskydd list's
column "Delegeringspunkt" is the point of the delegeringsförteckning, not an unknown column
whose text went into the description (walk30; the layout of data/kungsbacka/miljo/2025/
2025-10-09/handlingar.md's list, rows invented)."""

from __future__ import annotations

from ksdesk.interchange.beslut_list import read_beslut_list

_LIST = (
    "Diarienummer;Beslutsdatum;Ärendemening;Beslut;Delegat;Delegeringspunkt\n"
    "MH-2025-04911;2025-09-22;Anmälan om värmepumpsanläggning;Beslut om försiktighetsmått;"
    "Miljö- och hälsoskyddsinspektör;5.5.1\n"
)


def test_the_delegeringspunkt_column_is_the_point() -> None:
    listed = read_beslut_list(_LIST.encode(), "lista.csv")
    [row] = listed.rows
    assert row.punkt == "5.5.1"
    assert "5.5.1" not in (row.beskrivning or "")
