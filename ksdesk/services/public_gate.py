"""The last line of defence: every public PDF is read again by an independent reader
(interchange.pdf_audit, pikepdf) after it is rendered and before anyone may save, print or
publish it. A personnummer that was not consciously kept stops it, with a message naming
where in the file the number was found; so does a citizen's name without consent or a secret
title that the review did not decide to keep where it stands (services.public_withheld,
services.public_kept), named by its kind only. So does a place the reader could not read
(a page of text drawn as outlines Tesseract could not read or is missing for, a font that
cannot be decoded, damaged content): what nobody could read may hold a number. The one
exception is the rule of the review: a page nobody could read that the secretary decided to
publish ("behåll" on the scan's hit for it) is marked so in the public copy, and passes.

Reaching this refusal means a place the public edition should have masked was missed: the
message says so, so that it is reported and not worked around."""

from __future__ import annotations

import re
from collections.abc import Callable

from ksdesk.core.errors import InvalidInput
from ksdesk.core.listing import and_listed
from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_masking import mask_personnummer
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.core.withheld_words import (
    CONTACT,
    NAME,
    PHONE,
    SECRET,
    SHOWN,
    WithheldWords,
    kinds_text,
)
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.interchange.pdf_audit_findings import AuditFinding, Unread
from ksdesk.interchange.pdf_page_heading import page_headings

# What the secretary does when the last check finds a number: the review is where a number
# is decided, and a number it did not show is a fault to report.
_ADVICE = (
    "Inget har sparats. Öppna Arkiv → Granska offentlig kopia (eller kör `ksdesk public "
    "scan`), maskera numret där och skapa kopian igen. Finns numret inte med i granskningen, "
    "rapportera felet: granskningen borde ha hittat det."
)
# When it finds a name or a secret title: the review is where they are masked, and one it
# did not show means the masking missed a place.
_WORDS_ADVICE = (
    "Inget har sparats. Öppna Arkiv → Granska offentlig kopia (eller kör `ksdesk public "
    "scan`), se till att namnet eller rubriken maskeras där och skapa kopian igen. Finns den "
    "inte med i granskningen har maskeringen missat en plats: rapportera felet."
)
_PAGE = re.compile(r"^sida (\d+)")


class PublicOutputRefused(InvalidInput):
    """A rendered public PDF still carries a personnummer; `places` says where."""

    def __init__(self, message: str, places: list[str]) -> None:
        super().__init__(message)
        self.places = places


def kept_numbers(rules: PublicCopyRules | None) -> frozenset[str]:
    """What was consciously kept anywhere in the meeting: the numbers' twelve digits, and
    the keys of the names and secret titles kept in some text (core.withheld_words)."""
    if rules is None:
        return frozenset()
    return frozenset(kept for _source, kept_there in rules.kept_in_texts() for kept in kept_there)


def kept_within(rules: PublicCopyRules | None, source: str) -> frozenset[str]:
    """What was consciously kept in the texts of one source and its parts (a bilaga:
    "bilaga:<uuid>:<hash>" with ":text", ":bild:3" …): a file of that bilaga alone may carry
    no number, name or title kept only somewhere else in the meeting."""
    if rules is None:
        return frozenset()
    return frozenset(
        kept
        for where, kept_there in rules.kept_in_texts()
        if where == source or where.startswith(f"{source}:")
        for kept in kept_there
    )


def checked_text(
    text: str,
    what: str,
    rules: PublicCopyRules | None = None,
    *,
    withheld: WithheldWords | None = None,
    kept: frozenset[str] | None = None,
) -> str:
    """The same last check for a public file that is text (the calendar file, the web
    edition's HTML and Typst source). `withheld`: the names and secret titles to look for,
    if not the rules' own. `kept`: what the texts `text` prints kept (numbers, and the keys
    of names and titles: services.public_kept); what was kept anywhere in the meeting if not
    given (a text that cannot be told apart by its texts)."""
    kept = kept_numbers(rules) if kept is None else kept
    found = [hit.masked for hit in find_personnummer(text) if hit.normalized not in kept]
    if found:
        raise PublicOutputRefused(
            f"{what} skrivs inte: den slutliga kontrollen hittade personnummer som inte har "
            f"maskerats ({', '.join(found[:5])}). {_ADVICE}",
            found,
        )
    found_words = _withheld(rules, withheld).found_in(text)
    kinds = list(dict.fromkeys(kind for kind, key in found_words if (key or kind) not in kept))
    if kinds:
        raise PublicOutputRefused(
            f"{what} skrivs inte: den slutliga kontrollen hittade {kinds_text(kinds)} i "
            f"texten. {_WORDS_ADVICE}",
            [SHOWN[kind] for kind in kinds],
        )
    return text


def _withheld(rules: PublicCopyRules | None, withheld: WithheldWords | None) -> WithheldWords:
    if withheld is not None:
        return withheld
    return rules.withheld_words if rules is not None else WithheldWords()


def checked(
    pdf: bytes,
    what: str,
    rules: PublicCopyRules | None = None,
    *,
    within: str = "",
    on_page: Callable[[int], frozenset[str]] | None = None,
    withheld: WithheldWords | None = None,
    page_label: Callable[[int], str] | None = None,
) -> bytes:
    """`pdf` if the independent reader finds no personnummer in it that was not kept, and
    read every place of it but the pages decided "behåll" unread; otherwise
    PublicOutputRefused naming the places. `within`: the file is one bilaga's (its source),
    and only what was kept in that bilaga passes. `on_page`: what was kept in the texts a
    page prints (page 1 first: numbers, and the keys of names and titles); a number, name or
    title found on a page passes only if kept there, one found off the pages (a bookmark,
    the metadata) if kept anywhere in the meeting. A name or secret title of `withheld` (the
    rules' own if not given) kept nowhere refuses it wherever it stands. `page_label`: what
    else names a page for the secretary ("§ 221"), where its running header does not."""
    words = _withheld(rules, withheld)
    audit = audit_pdf(pdf, withheld=words)
    anywhere = kept_within(rules, within) if within else kept_numbers(rules)
    kept_on = on_page or (lambda page: anywhere)
    findings = [f for f in audit.findings if f.kept_as not in _kept(f, kept_on, anywhere)]
    if findings:
        pages = {int(m.group(1)) for f in findings if (m := _PAGE.match(f.where))}
        headings = page_headings(pdf, pages) if pages else {}
        headings = {page: words.hidden(heading) for page, heading in headings.items()}
        # Two names kept elsewhere found in one place are one place to look at.
        places = list(
            dict.fromkeys(
                f"{f.shown} i {f.where}{_heading(headings, f.where)}{_label(page_label, f.where)}"
                for f in findings
            )
        )
        raise PublicOutputRefused(_found_message(what, findings, places), places)
    unread = audit.unread_not_kept()
    if not unread:
        return pdf
    headings = page_headings(pdf, {u.page for u in unread if u.page is not None})
    headings = {page: words.hidden(heading) for page, heading in headings.items()}
    raise PublicOutputRefused(_unread_message(what, unread, headings), [u.where for u in unread])


def _found_message(what: str, findings: list[AuditFinding], places: list[str]) -> str:
    """What the last check found, by kind (the words themselves never: `places` name each
    by its kind), and what to do."""
    words = (NAME, SECRET, PHONE, CONTACT)
    kinds = [kind for kind in words if any(f.normalized == kind for f in findings)]
    numbers = any(f.normalized not in words for f in findings)
    found = (["personnummer som inte har maskerats"] if numbers else []) + [
        kinds_text([kind]) for kind in kinds
    ]
    advice = _ADVICE if numbers and not kinds else _WORDS_ADVICE
    if numbers and kinds:
        advice = f"{_ADVICE} Namn och rubriker maskeras på samma ställe."
    return (
        f"{what} skrivs inte: den slutliga kontrollen hittade {and_listed(found)} "
        f"({_listed(places)}). {advice}"
    )


def _kept(
    finding: AuditFinding, on_page: Callable[[int], frozenset[str]], anywhere: frozenset[str]
) -> frozenset[str]:
    page = _PAGE.match(finding.where)
    return on_page(int(page.group(1))) if page else anywhere


def _heading(headings: dict[int, str], where: str) -> str:
    """ ", där sidhuvudet säger ”Ärende 4 · Dnr 2020/437 · Bilaga 1”" for a place on a page
    that has a running header: the file is not saved, so the page number alone leads
    nowhere."""
    page = _PAGE.match(where)
    words = headings.get(int(page.group(1)), "") if page else ""
    return f", där sidhuvudet säger ”{mask_personnummer(words)}”" if words else ""


def _label(page_label: Callable[[int], str] | None, where: str) -> str:
    """ ", som hör till § 221" for a place on a page `page_label` names."""
    page = _PAGE.match(where)
    label = page_label(int(page.group(1))) if page and page_label else ""
    return f", som hör till {label}" if label else ""


def _unread_message(what: str, unread: list[Unread], headings: dict[int, str]) -> str:
    pages = sorted({u.page for u in unread if u.page is not None})
    rest = any(u.page is None for u in unread)  # the file, a data stream, an attachment
    shown = [f"{n} (”{mask_personnummer(headings[n])}”)" if n in headings else n for n in pages]
    named = f"{'sidan' if len(pages) == 1 else 'sidorna'} {and_listed(shown)}" if pages else ""
    named = f"{named} och andra delar av filen" if pages and rest else named or "filen"
    why = _listed([u.where for u in unread])
    advice = (
        "Lämna sidan utanför (maskera) eller publicera den medvetet (behåll) under Arkiv → "
        "Granska offentlig kopia; finns den inte med där, rapportera felet."
        if pages
        else "Byt filen mot en hel kopia, eller rapportera felet."
    )
    return (
        f"{what} skrivs inte: den slutliga kontrollen kunde inte läsa {named} och kan därför "
        f"inte säga att där inte står något personnummer. {why[:1].upper()}{why[1:]}. "
        f"Inget har sparats. {advice}"
    )


def _listed(places: list[str]) -> str:
    more = f" och {len(places) - 5} till" if len(places) > 5 else ""
    return "; ".join(places[:5]) + more
