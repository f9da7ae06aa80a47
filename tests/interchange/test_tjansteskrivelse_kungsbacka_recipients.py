"""Kungsbacka's Beslutet skickas till (walk28's finding 3), from Word and from its PDF print:
the list ends at the signatures that follow it, a row of names over a row of titles apart by
a tab; a recipient written as role, name, address and "(delges)", on one line or on several,
is one recipient (one utdrag from `expediera`, named after the whole of it)."""

from __future__ import annotations

import docx
import pytest

from tests.interchange.real_tjansteskrivelser import bold
from tests.interchange.tjansteskrivelse_as_pdf import read_document

KINDS = ["Word", "PDF"]

# Real: data/kungsbacka/bygg-au/2025/2025-09-30/handlingar.md (moggleif/kommunhandlingar),
# Bygg- och miljöförvaltningens tjänsteskrivelse BN-2025-00212, 2025-09-17: its end.
BN_2025_00212_END = [
    "Kommunstyrelsen",
    "Nämnden för Miljö & Hälsoskydd",
    "Katarina Öryd\tChristina Nordberg",
    "Förvaltningschef\tController förvaltning",
]


def _ts(end: list[str]) -> docx.Document:
    document = docx.Document()
    bold(document, "Information om Lokalbehov 2027–2031, utblicksår 2032–2036")
    bold(document, "Förslag till beslut i Byggnadsnämnden")
    document.add_paragraph(
        "Byggnadsnämnden lägger information om Lokalbehov 2027–2031 samt utblicksår "
        "2032–2036 till handlingarna."
    )
    bold(document, "Beslutet skickas till")
    for text in end:
        document.add_paragraph(text)
    return document


@pytest.mark.parametrize("kind", KINDS)
def test_the_signatures_after_the_list_end_it(tmp_path, kind):
    ts = read_document(_ts(BN_2025_00212_END), tmp_path, kind).tjansteskrivelse
    assert ts.beslut_skickas_till == ["Kommunstyrelsen", "Nämnden för Miljö & Hälsoskydd"]
    signed = [(s.name, s.title) for s in ts.signatories]
    assert signed == [
        ("Katarina Öryd", "Förvaltningschef"),
        ("Christina Nordberg", "Controller förvaltning"),
    ]


# Invented person (Kungsbacka publishes no tillsyn ts; its protokoll print "Sökande
# (delges)"), in the layout walk28 built from Kungsbacka's (/tmp/su/walk28/mk_ts_bau.py).
OWNER = "Fastighetsägaren, Bengt Karlsson, Tölövägen 14, 434 37 Kungsbacka (delges)"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "written",
    [[OWNER], OWNER.split(", "), ["Fastighetsägaren\nBengt Karlsson\nTölövägen 14"]],
    ids=["en rad", "en rad per del", "radbrytningar"],
)
def test_a_recipient_with_name_and_address_is_one(tmp_path, kind, written):
    end = [
        *written,
        "Skatteverket",
        "Katarina Öryd\tHanna Ståhl",
        "Förvaltningschef\tVerksamhetschef",
    ]
    ts = read_document(_ts(end), tmp_path, kind).tjansteskrivelse
    whole = ", ".join(written).replace("\n", ", ")
    assert ts.beslut_skickas_till == [whole, "Skatteverket"]
    assert [s.name for s in ts.signatories] == ["Katarina Öryd", "Hanna Ståhl"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_signature_in_one_paragraph_after_the_list_is_no_recipient(tmp_path, kind):
    end = ["Sökande, Maria Ekström (A-post)", "Renate Rondolph\nVerksamhetschef"]
    ts = read_document(_ts(end), tmp_path, kind).tjansteskrivelse
    assert ts.beslut_skickas_till == ["Sökande, Maria Ekström (A-post)"]
    assert [(s.name, s.title) for s in ts.signatories] == [("Renate Rondolph", "Verksamhetschef")]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Samhällsbyggnadskontoret, planavdelningen",
            ["Samhällsbyggnadskontoret, planavdelningen"],
        ),
        ("Sökande (delges)", ["Sökande (delges)"]),
        (
            "Kommunstyrelsen, Ekonomienheten, Anna Ek",
            ["Kommunstyrelsen", "Ekonomienheten", "Anna Ek"],
        ),
        ("Sökande, Skatteverket", ["Sökande", "Skatteverket"]),
    ],
)
def test_what_goes_with_the_recipient_before(text, recipients):
    """Real: "Samhällsbyggnadskontoret, planavdelningen" and "Sökande (delges)" are
    bygg-au 2025-09-30's protokoll § 204 and § 208 (moggleif/kommunhandlingar)."""
    from ksdesk.interchange.tjansteskrivelse_units import recipients as read

    assert read(text) == recipients
