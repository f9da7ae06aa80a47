"""The labels of a delegationsordning's document header as kommuner write them, by the field
they fill ("Antagen av", "Fastställd av" and "Beslutad av" all fill Beslutsinstans), and
`label_of`, the field a label names. Read by
delegation_docx_header."""

from __future__ import annotations

from ksdesk.interchange.column_map import ColumnMap, heading_key

HEADER_LABELS = ColumnMap(
    {
        "Dokumentnamn": ("dokumentnamn", "dokumentets namn", "titel"),
        "Dokumenttyp": ("dokumenttyp", "typ av dokument"),
        "Omfattning": ("omfattning",),
        "Dokumentägare": ("dokumentägare",),
        "Dokumentansvarig": (
            "dokumentansvarig",
            "ansvarig för dokumentet",
            "utfärdad av",
            "för revidering ansvarar",
            "revideringsansvarig",
            "dokumentansvar",
        ),
        "Publicering": ("publicering",),
        "Författningsstöd": ("författningsstöd",),
        "Beslutad": (
            "beslutad",
            "beslutsdatum",
            "antagen",
            "fastställd",
            "beslutad datum",
            "utfärdad",
            "fastställt den",
            "fastställd den",
            "antagen den",
            "beslutad den",
            "beslutat den",
        ),
        "Bör revideras": ("bör revideras", "revideras senast", "revideras"),
        "Beslutsinstans": (
            "beslutsinstans",
            "beslutad av",
            "antagen av",
            "fastställd av",
            "fastställt av",
            "antaget av",
            "beslutat av",
        ),
        "Datum": ("datum", "dokumentdatum"),
        # The series' name over its value in the table at a flik's head (the name alone on a
        # line is read by delegation_docx_header's series).
        "Författningssamling": ("författningssamling",),
        "Diarienummer": ("diarienummer", "dnr", "diarienr", "diarie nr"),
        "Giltigt från": (
            "giltigt från",
            "giltig från",
            "gäller från",
            "gäller från och med",  # the protokoll's "gäller från och med 2025-07-01"
            "giltig fr.o.m",
            "giltigt fr.o.m",
            "gäller fr.o.m",
            "gäller fr o m",
            "gäller fr",  # "FÖRFATTNINGSSAMLING | BESLUT | GÄLLER FR | FLIK | SID"
            "ikraftträdande",
        ),
        "Ansvarig förvaltning": ("ansvarig förvaltning", "förvaltning", "ansvarig", "utgivare"),
        "Senast reviderad": (
            "senast reviderad",
            "reviderad",
            "senast uppdaterad",
            "revisionsdatum",
        ),
        "Senast granskad": ("senast granskad", "granskad"),
        "Gäller för": ("gäller för", "berörd verksamhet", "dokumentet gäller för"),
        "Giltigt till": (
            "giltigt till",
            "giltig till",
            "gäller till",
            "gäller till och med",
            "dokumentet gäller till och med",
            "gäller t.o.m",
            "gäller t o m",
            "giltig t.o.m",
            "giltigt t.o.m",
        ),
    }
)


def label_of(text: str) -> str | None:
    key = heading_key(text)
    if not key or len(key) > 40:
        return None
    name, exact = HEADER_LABELS.field_of(text)
    if exact:
        return name
    # "Fastställd/upprättad", "Dokumentansvarig/processägare": the part that is a label of
    # ours names the field; parts naming two fields ("Fastställd/senast uppdaterad") name
    # none, and the label stays the document's own.
    parts = [HEADER_LABELS.field_of(part) for part in text.split("/")] if "/" in text else []
    named = {name for name, exact in parts if name and exact}
    return named.pop() if len(named) == 1 else None
