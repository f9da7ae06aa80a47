"""The columns of a list of delegationsbeslut, by the headings the diarium systems and the
förvaltningar's own tables give them (Public 360, Ciceron …; Kungsbacka's nämnder:
tests/interchange/real_beslut_lists_third_kungsbacka.py), and the name each goes by in the
import's report."""

from __future__ import annotations

from ksdesk.interchange.column_map import DNR_HEADINGS, ColumnMap

COLUMNS = ColumnMap(
    {
        "dnr": (*DNR_HEADINGS, "ärende-id", "ärendebeteckning"),
        "date": (
            "beslutsdatum",
            "datum",
            "dokumentdatum",
            "beslutsdag",
            "beslutat",
            "datum för beslut",
            "beslutsdatum (dokumentdatum)",
        ),
        "rubrik": (
            "rubrik",
            "ärendemening",
            "ärenderubrik",
            "dokumenttitel",
            "dokumentrubrik",
            "titel",
            "ärende",
            "ärendetitel",
        ),
        "beslut": (
            "beslut",
            "beslutet",
            "beslutsmening",
            "beslutstext",
            "kort beslut",
            # Kungsbacka's nämnder: Teknik, Service (real_beslut_lists_third_kungsbacka.py)
            "taget beslut och datum för beslutet",
            "taget beslut",
            "beslut, insats samt ev. omfattning",
        ),
        "delegat": (
            "beslutsfattare",
            "delegat",
            "beslutad av",
            "beslutat av",
            "fattat av",
            "delegat/beslutsfattare",
            "undertecknad av",
            "ansvarig delegat",
        ),
        "handlaggare": ("handläggare", "ansvarig handläggare", "ärendeansvarig"),
        "punkt": (
            "delegationspunkt",
            "punkt",
            "delegationsordning punkt",
            "punkt i delegationsordningen",
            "delegationsordningens punkt",
            "delegationsnummer",
            "delegationsnr",
            "punkt nr",
            "nr i delegationsordning",
            "punkt i delegeringsordning",
            "punkt i delegeringsordningen",
            # Kungsbacka's Miljö & Hälsoskydd (walk30): "delegering", not "delegation".
            "delegeringspunkt",
            "delegeringsnummer",
            "punkt i delegeringsförteckningen",
            "ärende/ärendegrupp enligt delegationslistan",
        ),
        "lagrum": ("lagrum", "stöd", "lagstöd", "delegationslagrum"),
        "forvaltning": ("enhet", "förvaltning", "avdelning", "verksamhet", "ansvarig enhet"),
        # The day the decision reached the register (not the day it was taken).
        "received": (
            "inkom",
            "inkommen",
            "inkomstdatum",
            "ankomstdatum",
            "registreringsdatum",
            "registrerad",
        ),
        "organ": ("anmäls till", "nämnd", "organ", "anmäls till nämnd", "beslutsinstans"),
    }
)
LABELS = {
    "dnr": "Dnr",
    "date": "Beslutsdatum",
    "rubrik": "Rubrik",
    "beslut": "Beslut",
    "delegat": "Beslutsfattare",
    "handlaggare": "Handläggare",
    "punkt": "Delegationspunkt",
    "lagrum": "Lagrum",
    "forvaltning": "Enhet",
    "organ": "Anmäls till",
    "received": "Inkom",
}
