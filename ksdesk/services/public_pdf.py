"""Stored PDF bilagor in the public edition: what the scan reads of them, and what the public
packet carries.

The scan reads the bilaga as it would be published: stripped to its pages' drawn content
(interchange.pdf_public.strip), the text of every page, and Tesseract's reading of every page
that carries images (also when the page has text: a page of text with a photo of an ID card
is not "readable" because of its text). A page OCR cannot vouch for, or whose text cannot be
decoded, is a hit of its own that needs a decision. Text drawn invisible over a scanned page
(the scanner's own OCR layer, published with the picture for search and screen readers) is
read again with OCR's faults read through: a number found only so is a hit of its page, and
"maskera" leaves the page out, as the picture under the layer shows the same number.

Text drawn as outlines (no text layer: "Rita text som kurvor", a vectorised scan, an EPS
figure) is read by Tesseract where it looks like lines of text (interchange.outline_ocr); a
number read there is blacked out of the page, the paths under the box taken out.

The public packet carries the stripped file with each personnummer decided "maskera" taken
out of the content streams, read again to check (a number still found withholds the bilaga)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from ksdesk.core.errors import InvalidInput
from ksdesk.core.kallelse import left_out_page_lines
from ksdesk.core.meeting import Bilaga
from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.interchange import ocr, outline_ocr, outline_redact, pdf_left_over, pdf_public
from ksdesk.interchange.pdf_contact_removal import without_contacts
from ksdesk.interchange.pdf_kept_unread import mark_kept_unread
from ksdesk.logs import logger
from ksdesk.pdf_input import DAMAGED_PDF_HELP
from ksdesk.reports.notice_page import notice_page_pdf

PAGE_BREAK = "\n|\n"  # between pages: not a separator a number is read across


@dataclass(frozen=True)
class PdfSource:
    suffix: str  # after the bilaga's source: ":text", ":bild:3", ":sida:3"
    where: str  # after the bilaga's where: "", ", sida 3 (bild)"
    text: str | None  # None: cannot be vouched for (reason in `shown`)
    shown: str = ""
    ocr: bool = False  # what Tesseract read: scanned with OCR's faults read through


class _Cache:
    """Stripped files and their page readings by sha256 (a packet built after a scan reads
    nothing again)."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self.items: OrderedDict[str, tuple[bytes, list, list[str]]] = OrderedDict()

    def get(self, key: str, content: bytes, cache: ocr.OcrCache | None):
        if key in self.items:
            self.items.move_to_end(key)
            return self.items[key]
        stripped = pdf_public.strip(content)
        left_over = pdf_left_over.left_over_texts_of(stripped)
        value = (stripped, pdf_public.read_pages(stripped, cache), left_over)
        if key:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


_READ = _Cache()


def clear_caches() -> None:
    _READ.items.clear()
    ocr.DEFAULT_CACHE.clear()
    outline_ocr.clear_cache()


def page_readings(sha256: str, content: bytes) -> list[str]:
    """What the scan read of each page's drawn text, in page order (read once, with the
    scan's cache); [] when the file cannot be read (the scan says so itself)."""
    try:
        return [page.readings for page in _READ.get(sha256, content, None)[1]]
    except Exception:  # pikepdf's and qpdf's errors: sources() makes the file a hit
        return []


def page_count(sha256: str, content: bytes) -> int:
    """How many pages the stored PDF has (read once, with the scan's cache)."""
    return len(_READ.get(sha256, content, None)[1])


def sources(sha256: str, content: bytes, cache: ocr.OcrCache | None = None) -> list[PdfSource]:
    """What the public-copy scan reads of a stored PDF (raises InvalidInput when the file
    cannot be read as PDF at all: the caller treats that as unreadable)."""
    try:
        _stripped, pages, left_over = _READ.get(sha256, content, cache)
    except Exception as error:  # pikepdf raises its own and qpdf's errors
        logger("pdf").warning("granskning: %s: %s", type(error).__name__, error)
        raise InvalidInput(f"PDF-filen kan inte läsas. {DAMAGED_PDF_HELP}") from None
    text = PAGE_BREAK.join(page.readings for page in pages)
    if unseen := _not_on_the_pages(left_over, text):
        text = PAGE_BREAK.join((text, unseen))
    found = [PdfSource(":text", "", text)]
    for page in pages:
        if page.unreadable:
            found.append(
                PdfSource(
                    f":sida:{page.number}",
                    f", sida {page.number}",
                    None,
                    f"sidan {page.number}: {page.unreadable}",
                )
            )
        layer = _ocr_layer(page.hidden)
        if layer:
            where = f", sida {page.number} (dold text från skanningen)"
            found.append(PdfSource(f":textlager:{page.number}", where, layer, ocr=True))
        if page.outlines is not None:
            found.append(_outline_source(page.number, page.outlines))
        if page.ocr is None:
            continue
        where = f", sida {page.number} (bild)"
        if page.ocr.vouched:
            found.append(PdfSource(f":bild:{page.number}", where, page.ocr.text, ocr=True))
        else:
            reason = page.ocr.reason or "bilden kan inte läsas säkert"
            shown = f"sidan {page.number}: {reason[:1].lower()}{reason[1:]}"
            found.append(PdfSource(f":bild:{page.number}", where, None, shown))
    return found


# Before each string the file keeps outside its pages (an alt text, a layer's name), in the
# text the scan reads: a hit's context shows the secretary where it stands.
NOT_SHOWN = "[syns inte på sidan]"


def _not_on_the_pages(left_over: list[str], pages: str) -> str:
    """The strings a stripped file keeps outside its pages' drawing (a tagged figure's alt
    text, the structure tree's titles, a layer's name: interchange.pdf_left_over) that no
    page's text already holds, one a line after NOT_SHOWN: a screen reader says them and a
    viewer lists them, so the scan reads them with the pages' text. A private person's
    contact data there is masked only when decided, as on the pages, and taken out of them
    there too (interchange.pdf_contact_removal); a personnummer is masked by the stripping."""
    drawn = " ".join(pages.split())
    return "\n".join(f"{NOT_SHOWN} {text}" for text in left_over if text not in drawn)


def _outline_source(number: int, reading: outline_ocr.OutlineReading) -> PdfSource:
    """Text drawn as outlines on the page, as Tesseract read it: a number found there is
    blacked out of the public copy ("maskera"); a page whose outlines could not be read
    (Tesseract missing, read unsurely) is a hit of its own, and "maskera" leaves it out."""
    where = f", sida {number} (text ritad som kurvor)"
    if reading.vouched:
        return PdfSource(f":kurvor:{number}", where, reading.text, ocr=True)
    return PdfSource(f":kurvor:{number}", where, None, f"sidan {number}: {reading.reason}")


# A picture smaller than this share of its page is a logo, a signature or a stamp: it is not
# listed among the silent pictures (an ID card at its real size covers 7 % of an A4 page).
_SEEN_SHARE = 0.04


def silent_pages(sha256: str, content: bytes) -> list[int]:
    """The pages with a picture in which Tesseract found no text at all. Such a page is
    published ("no text" is vouched for: a photo, a map, a drawing); the list lets a person
    look at them, as OCR does not read handwriting or turned text well. Read with the scan's
    caches: after a scan, nothing is read again."""
    try:
        pages = _READ.get(sha256, content, None)[1]
    except Exception:  # pikepdf's and qpdf's errors: the scan has said it cannot be read
        return []
    return [
        page.number
        for page in pages
        if page.ocr is not None
        and page.ocr.vouched
        and not page.ocr.text.strip()
        and page.picture_share >= _SEEN_SHARE
    ]


def _ocr_layer(hidden: str) -> str:
    """The invisible text of a page read as OCR, with what the strict reading already finds
    (in the page's text, source ":text") blanked: only the numbers OCR's faults hide are
    left to find here, so one number is not two hits. "" when nothing could be found."""
    if not hidden or not find_personnummer(hidden, ocr=True):
        return ""
    for hit in find_personnummer(hidden):
        hidden = hidden[: hit.start] + " " * (hit.end - hit.start) + hidden[hit.end :]
    return hidden if find_personnummer(hidden, ocr=True) else ""


class NumberLeftIn(InvalidInput):
    """A number decided "maskera" that cannot be taken out of a bilaga's text: the bilaga
    is left out. The message is printed where the bilaga would be, also in the public
    packet; `advice` is for the secretary's list of problems only."""

    advice = "Ska bilagan publiceras: be om en kopia utan numret och byt bilagan mot den."


def advice(error: InvalidInput) -> str:
    """What the secretary can do about a bilaga left out, or "" (printed after the problem)."""
    return f" {error.advice}" if getattr(error, "advice", "") else ""


def public_bilaga(bilaga: Bilaga, rules: PublicCopyRules) -> bytes:
    """A stored PDF bilaga as a public copy carries it, the decisions of `rules` applied."""
    return public_content(
        bilaga.sha256,
        bilaga.content or b"",
        rules.numbers_in_bilaga(bilaga.id),
        rules.pages_left_out(bilaga.id),
        rules.pages_kept_unread(bilaga.id),
        rules.contacts,
    )


def public_content(
    sha256: str,
    content: bytes,
    numbers: frozenset[str],
    left_out: dict[int, str] | None = None,
    kept_unread: set[int] | None = None,
    contacts: frozenset[str] = frozenset(),
) -> bytes:
    """The bilaga as the public packet carries it: stripped, each page in `left_out`
    replaced by a page saying why, the personnummer in `numbers` (decided "maskera") taken
    out of the text of the rest, each page in `kept_unread` (nobody could read it, and it
    was decided "behåll") marked so for the last check, and the private contact data in
    `contacts` taken out too. InvalidInput when a number or a piece is still there after
    masking: the bilaga must then be left out."""
    published = without_contacts(_masked(sha256, content, numbers, left_out or {}), contacts)
    return mark_kept_unread(published, set(kept_unread or ()) - set(left_out or {}))


def _masked(
    sha256: str, content: bytes, numbers: frozenset[str], left_out: dict[int, str]
) -> bytes:
    stripped, pages, _left_over = _READ.get(sha256, content, None)
    notices = {n: left_out_page_lines(n, kind) for n, kind in left_out.items()}
    kept = pdf_public.leave_out_pages(stripped, notices, notice_page_pdf)
    kept = outline_redact.black_out(
        kept,
        {
            page.number: page.outlines.boxes(numbers)
            for page in pages
            if page.outlines is not None and page.number not in left_out
        },
    )
    present = {
        hit.normalized
        for page in pages
        if page.number not in left_out
        for hit in find_personnummer(page.readings)
        if hit.normalized in numbers
    }
    if not present:
        return kept
    masked, left = pdf_public.remove_numbers(kept, frozenset(present))
    if left:
        pages_text = ", ".join(str(n) for n in left)
        raise NumberLeftIn(
            f"Personnummer kunde inte tas bort ur texten på sidan {pages_text} (det ritas i en "
            "figur, ett mönster, en mask, en text för skärmläsare eller med ett typsnitt som anger "
            "fel tecken); bilagan lämnas utanför den offentliga versionen."
        )
    return masked
