"""Why a public copy leaves a bilaga out, and how the line listing it says so: only a
secret-marked bilaga says "sekretess" (with its OSL paragraph)."""

from __future__ import annotations

from ksdesk.core.kallelse import withheld_note
from ksdesk.core.meeting import Bilaga
from ksdesk.core.public_copy import Decision, PublicHit, rules_from

MASK = Decision("maskera", "Anna", "2020-12-01T10:00:00")
KEEP = Decision("behåll", "Anna", "2020-12-01T10:00:00")


def _hit(kind: str, bilaga_id: int, decision: Decision, n: int = 0) -> PublicHit:
    return PublicHit(
        f"{kind}{bilaga_id}{n}", kind, f"bilaga:{bilaga_id}", "ärende 1", "", bilaga_id=bilaga_id
    ).decided(decision)


def test_the_weightiest_masked_reason_names_the_bilaga() -> None:
    rules = rules_from(
        [
            _hit("personnummer", 1, MASK),
            _hit("oläslig", 2, MASK),
            _hit("personnummer", 3, MASK),
            _hit("sekretess", 3, MASK),
            _hit("sekretess", 4, KEEP),  # kept secret mark, masked number: personnummer
            _hit("personnummer", 4, MASK),
            _hit("personnummer", 5, KEEP),
        ]
    )
    assert [rules.withheld(i) for i in (1, 2, 3, 4, 5, None)] == [
        "personnummer",
        "oläslig",
        "sekretess",
        "personnummer",
        "",
        "",
    ]


def test_the_note_says_what_the_bilaga_is_left_out_for() -> None:
    assert withheld_note(Bilaga("A", withheld="personnummer")) == (
        "utelämnad: innehåller personuppgifter som maskerats"
    )
    assert "kunde inte granskas" in withheld_note(Bilaga("A", withheld="oläslig"))
    secret = Bilaga("A", secret=True, secrecy_ref="19 kap. 3 § OSL", withheld="sekretess")
    assert withheld_note(secret) == "utelämnad: sekretess enligt 19 kap. 3 § OSL"
    assert withheld_note(Bilaga("A", secret=True, withheld="sekretess")) == (
        "utelämnad: sekretessmarkerad"
    )
