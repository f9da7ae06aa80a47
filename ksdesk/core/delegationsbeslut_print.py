"""A delegationsbeslut as every output prints it: one flagged sekretess (step m1812) prints
"Sekretess" where its text would stand, and neither its title nor its beskrivning, on paper
and on the web, in the board's own copy and the public one. The register keeps the text: the
secretary who registered it reads it there."""

from __future__ import annotations

from dataclasses import replace

from ksdesk.core.delegation import Delegationsbeslut

SEKRETESS = "Sekretess"


def as_printed(beslut: Delegationsbeslut) -> Delegationsbeslut:
    """`beslut` as printed: a flagged one without the texts that may name the matter."""
    if not beslut.sekretess:
        return beslut
    return replace(beslut, beslut=SEKRETESS, title="", beskrivning="")


def printed_text(beslut: Delegationsbeslut) -> str:
    """What a list prints as the decision: its text, else its title; "Sekretess" if flagged."""
    return SEKRETESS if beslut.sekretess else (beslut.beslut or beslut.title)


def secret_texts(decisions: list[Delegationsbeslut]) -> list[str]:
    """The texts of the flagged decisions that no output may print (for a last check), but a
    text an unflagged decision of the same list prints as its own ("Beslut om färdtjänst")."""
    open_texts = {printed_text(b).strip().casefold() for b in decisions if not b.sekretess}
    found = []
    for beslut in decisions:
        if not beslut.sekretess:
            continue
        for text in (beslut.beslut, beslut.title):
            text = text.strip()
            if text and text.casefold() not in open_texts and text.casefold() != "sekretess":
                found.append(text)
    return found
