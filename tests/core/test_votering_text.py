"""A votering in words: each wording a secretary may type for what ja and nej stand for
prints as one correct Swedish sentence, never doubled (core.votering_text)."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.protokoll import Deltagare, Narvaro, Paragraf, Votering
from ksdesk.core.protokoll_rules import behandling_paragraphs
from ksdesk.core.votering_text import votering_text

# Kungsbacka, Nämnden för Kultur & Fritid, protokoll 2025-10-22 § 97 (moggleif/kommunhandlingar,
# data/kungsbacka/kultur/2025/2025-10-22/protokoll.md, pages 10–11): its Beslutsgång ends
# "Votering begärs och genomförs. Propositionsordning:" and then these two lines; the result
# "Ordföranden finner att nämnden, med 8 ja-röster mot 3 nej-röster, beslutar enligt
# förvaltningens förslag."
KULTUR_JA = "Ja-röst innebär att bifalla förvaltningens förslag till nämndbudget 2026."
KULTUR_NEJ = (
    "Nej-röst innebär att bifalla Markus Rüdéns Vänsterpartiets tilläggsyrkande till\n"
    "nämndbudget 2026."
)
KULTUR_BESLUTSGANG = (
    "Ordförande finner att det finns två förslag till beslut, det vill säga förvaltningens "
    "förslag och Vänsterpartiets tilläggsyrkande. Ordförande ställer de två förslagen mot "
    "varandra och finner att det är nämndens mening att besluta enligt förvaltningens "
    "förslag. Votering begärs och genomförs."
)
EIGHT_TO_THREE = {f"ja{i}": "ja" for i in range(8)} | {f"nej{i}": "nej" for i in range(3)}


def test_kungsbacka_s_own_wording_prints_once() -> None:
    """Typed as Kungsbacka prints it, it read "Ja-röst för Ja-röst innebär att bifalla …"
    and "… beslutar nämnden för Kultur & Fritid enligt Ja-röst innebär att bifalla …"."""
    lines = votering_text(
        Votering(KULTUR_JA, KULTUR_NEJ, EIGHT_TO_THREE), "Nämnden för Kultur & Fritid"
    )
    assert lines[1:] == [
        "Ja-röst innebär att bifalla förvaltningens förslag till nämndbudget 2026. "
        "Nej-röst innebär att bifalla Markus Rüdéns Vänsterpartiets tilläggsyrkande till "
        "nämndbudget 2026.",
        "Omröstningsresultat: Med 8 ja-röster mot 3 nej-röster beslutar nämnden för Kultur & "
        "Fritid enligt förvaltningens förslag till nämndbudget 2026.",
    ]


# typed | the printed line | what the result says the organ decided
WORDINGS = [
    "förvaltningens förslag | Ja-röst för förvaltningens förslag. | enligt förvaltningens förslag",
    "Förvaltningens förslag. | Ja-röst för förvaltningens förslag. | enligt förvaltningens förslag",
    "Ja-röst för förvaltningens förslag | Ja-röst för förvaltningens förslag. | enligt "
    "förvaltningens förslag",
    "Ja: bifall till Leif Petterssons yrkande | Ja-röst för bifall till Leif Petterssons "
    "yrkande. | enligt Leif Petterssons yrkande",
    "bifalla förvaltningens förslag | Ja-röst innebär att bifalla förvaltningens förslag. | "
    "enligt förvaltningens förslag",
    "Ja-röst innebär att avslå motionen. | Ja-röst innebär att avslå motionen. | att avslå "
    "motionen",
    "Avslå motionen | Ja-röst innebär att avslå motionen. | att avslå motionen",
    "avslag på motionen | Ja-röst för avslag på motionen. | att avslå motionen",
    "att återremittera ärendet | Ja-röst innebär att återremittera ärendet. | att "
    "återremittera ärendet",
    "Nejlikans förslag | Ja-röst för Nejlikans förslag. | enligt Nejlikans förslag",
]


@pytest.mark.parametrize("wording", WORDINGS)
def test_every_wording_of_a_side(wording: str) -> None:
    typed, line, result = wording.split(" | ")
    votes = {"A": "ja", "B": "ja", "C": "nej"}
    lines = votering_text(Votering(typed, "", votes), "Kommunstyrelsen")
    assert lines[1] == line
    assert lines[2] == (
        f"Omröstningsresultat: Med 2 ja-röster mot 1 nej-röst beslutar kommunstyrelsen {result}."
    )


def test_a_votering_the_beslutsgang_told_of_is_not_told_again() -> None:
    """ "Votering begärs och verkställs." printed after Kungsbacka's "Votering begärs och
    genomförs." in the propositionsordning."""
    upprop = [Deltagare(name, narvaro=[Narvaro()]) for name in EIGHT_TO_THREE]
    paragraf = Paragraf(1, date(2025, 10, 22), 97, "Nämndbudget 2026")
    paragraf.propositionsordning = KULTUR_BESLUTSGANG
    paragraf.votering = Votering(KULTUR_JA, KULTUR_NEJ, EIGHT_TO_THREE)
    text = "\n".join(behandling_paragraphs(paragraf, upprop, "Nämnden för Kultur & Fritid"))
    assert text.lower().count("votering") == 1
    assert text.count("Ja-röst") == 1
    paragraf.propositionsordning = "Ordföranden ställer proposition och finner bifall."
    text = "\n".join(behandling_paragraphs(paragraf, upprop, "Nämnden för Kultur & Fritid"))
    assert "Votering begärs och verkställs." in text
