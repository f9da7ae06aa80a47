"""The last line of defence: every public PDF is read again by an independent reader
(interchange.pdf_audit, pikepdf) after it is rendered and before anyone may save, print or
publish it. A personnummer that was not consciously kept stops it, with a message naming
where in the file the number was found.

Reaching this refusal means a place the public edition should have masked was missed: the
message says so, so that it is reported and not worked around."""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput
from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.interchange.pdf_audit import audit_pdf


class PublicOutputRefused(InvalidInput):
    """A rendered public PDF still carries a personnummer; `places` says where."""

    def __init__(self, message: str, places: list[str]) -> None:
        super().__init__(message)
        self.places = places


def kept_numbers(rules: PublicCopyRules | None) -> frozenset[str]:
    """The numbers consciously kept anywhere in the meeting (the decisions' twelve digits)."""
    if rules is None:
        return frozenset()
    return frozenset(n for numbers in rules.kept_numbers.values() for n in numbers)


def checked_text(text: str, what: str, rules: PublicCopyRules | None = None) -> str:
    """The same last check for a public file that is text (the calendar file)."""
    kept = kept_numbers(rules)
    found = [hit.masked for hit in find_personnummer(text) if hit.normalized not in kept]
    if not found:
        return text
    raise PublicOutputRefused(
        f"{what} skrivs inte: den slutliga kontrollen hittade personnummer som inte har "
        f"maskerats ({', '.join(found[:5])}). Inget har sparats. Granska den offentliga "
        "kopian igen och rapportera felet: granskningen borde ha hittat numret.",
        found,
    )


def checked(pdf: bytes, what: str, rules: PublicCopyRules | None = None) -> bytes:
    """`pdf` if the independent reader finds no personnummer in it that was not kept;
    otherwise PublicOutputRefused naming the places."""
    audit = audit_pdf(pdf, kept_numbers(rules))
    if audit.clean:
        return pdf
    places = [f"{f.shown} i {f.where}" for f in audit.findings]
    listed = "; ".join(places[:5]) + (f" och {len(places) - 5} till" if len(places) > 5 else "")
    raise PublicOutputRefused(
        f"{what} skrivs inte: den slutliga kontrollen hittade personnummer som inte har "
        f"maskerats ({listed}). Inget har sparats. Granska den offentliga kopian igen och "
        "rapportera felet: granskningen borde ha hittat numret.",
        places,
    )
