"""The tagged tjänsteskrivelse (web packet, the HTML kallelse's handlingar) prints a signature
saved with two signers in it as two, as the paper does (core.handlaggare.signers_apart)."""

from __future__ import annotations

from ksdesk.core.handlaggare import signers_apart
from ksdesk.core.meeting import Arende, Signatory, Tjansteskrivelse
from ksdesk.core.organ import Organ
from ksdesk.reports.web.handlingar import tjansteskrivelse_blocks
from ksdesk.reports.web.model import Signatures

SAVED = ("Katarina Öryd\t\tTina Carlson", "Förvaltningschef\t\tVerksamhetschef")


def test_the_web_tjansteskrivelse_prints_two_signers_apart() -> None:
    """It printed "Katarina Öryd Tina Carlson" over "Förvaltningschef Verksamhetschef"."""
    ts = Tjansteskrivelse(title="Avgift", signatories=[Signatory(*SAVED)])
    item = Arende("Avgift", tjansteskrivelse=ts)
    blocks = tjansteskrivelse_blocks(item, Organ("Miljönämnden"), bilagor=[], left_out=[])
    found = next(block for block in blocks if isinstance(block, Signatures))
    assert [(p.name, p.title) for p in found.people] == signers_apart([SAVED])
