"""An ärendelista copied from a kommun's or region's web page (the sammanträdesportal of
Netpublicator, Meetings Plus/Ciceron, Lex, Platina, or the site's own page) brings the page's
own lines with it: "Hoppa till huvudinnehåll", breadcrumbs, a cookie banner, "Visa
handlingar", "Ladda ned", a file's name and size ("Protokoll.pdf Pdf, 754.8 kB."), a link
to the document of an ärende ("Bilaga", "Landstingsstyrelsens förslag"), "Senast ändrad …".
Those lines are not the list's: each is left out and named in the report.

A page's numbered list also copies each number on a line of its own, the title on the next
(" 1. 6." over "Arbetsordning …", the browser's own count of the list before the ärende's
number): the two are read as one line, "6 Arbetsordning …". And above the list a page holds
more than a document's heading (Dag, Tid, Plats, a table of contents): the lines above the
list are reported, and the first that dates the meeting is kept for the import to read the
date from (agenda_header.header_at); a heading right above the first number that the page's
table of contents names ("Inledning") is kept as the list's first heading."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.core.written_dates import find_written_date
from ksdesk.interchange.agenda_web_items import with_item_details, writes_item_details

Rows = list[tuple[int, list[str]]]

_PORTAL_LINE = re.compile(
    "|".join(
        (
            # Skip links and navigation.
            r"(?:hoppa|gå(?: direkt)?) till (?:sidans )?(?:huvud)?innehåll(?:et)?",
            r"till (?:sidans )?(?:topp|toppen|huvudinnehåll(?:et)?)|meny|sök|stäng",
            r"(?:(?:du är här|din position):?\s*)?(?:startsida|start|hem)\s*[>/›»|].*",
            r"(?:du är här|din position):.*",
            # Buttons and links of a portal's meeting page.
            r"visa (?:handlingar|handling|ärendet?|mer|alla|dokument|bilagor|protokoll|kallelse)",
            r"dölj(?: handlingar)?|visa ?/ ?dölj.*|läs mer|läs dokument(?: \(pdf\))?",
            r"ärendedokument|ladda (?:ned|ner)(?: \S+){0,4}|skriv ut|dela(?: sidan)?",
            r"lyssna(?: på sidan)?|prenumerera.*|tillbaka(?: till .*)?|öppna(?: i nytt fönster)?",
            r"filer tillgängliga för nedladdning|ikon som illustrerar filtyp.*",
            # A file: its size ("PDF (123 kB)", "Pdf, 754.8 kB."), or a name ending in .pdf.
            r".*(?:\(|\b(?:pdf|word|excel),\s?)\d+(?:[.,]\d+)?\s?(?:kb|mb)\b.*",
            r".*\S\s\d+(?:[.,]\d+)?\s?(?:kb|mb)\.?(?:\s[\d\s:.-]*)?",
            r".*\S\.(?:pdf|docx?|xlsx?|pptx?|odt)\b.*",
            # A link to a document of the meeting by its kind: "Protokoll (pdf-dokument)".
            r"\w+(?: \w+)?\s*\((?:pdf|word|excel)(?:-?(?:dokument|fil))?\)",
            # A link to one of an ärende's documents, named by its kind alone.
            r"(?:\w+s )?(?:förslag|anmälan|bilaga|bilagor|handlingar|tjänsteskrivelse"
            r"|tjänsteutlåtande|beslutsunderlag|protokollsutdrag)",
            # A cookie banner ("Vi använder kakor …", "Godkänn alla kakor"); a title that
            # names kakor ("Policy för kakor på webbplatsen") is no banner.
            r".*\b(?:använder|godkänn\w*|acceptera\w*|neka|inställningar för|hantera)\b.{0,30}"
            r"\b(?:kakor|cookies?)\b.*|(?:godkänn|acceptera|neka)(?: alla)?",
            r"(?:ok,? )?jag förstår",
            # The page's question about itself: "Hjälpte informationen på sidan dig?".
            r"(?:question_answer\s+)?(?:fick du hjälp|hjälpte informationen|var informationen)"
            r".{0,40}\?|tack för (?:att du hjälper oss|din återkoppling|ditt svar).*"
            r"|vi har ingen möjlighet att återkoppla.*",
            # The page's footer: "Senast ändrad • 2021-12-23", "Sidan uppdaterades 2 december".
            # "Uppdaterad riktlinje för …" is a title: alone the word is the page's only before
            # its date.
            r"(?:senast (?:ändrad|uppdaterad)|sidan (?:uppdaterades|publicerades))\b.{0,40}",
            r"(?:publicerad|uppdaterad)\s*[:•]?\s*\d.{0,30}",
        )
    ),
    re.IGNORECASE,
)
# A number alone on its line: " 1. 6." (the page's count, then the ärende's), "6.", "§ 6".
_NUMBER_ALONE = re.compile(r"(?:(?P<count>\d{1,3})\.\s+)?(?P<nr>(?:§\s*)?\d{1,3})[.)]?")
_NUMBER_FIRST = re.compile(r"(?:§\s*)?\d{1,3}[.)]?\s+\S")


def without_web_page(rows: Rows, report: ImportReport) -> Rows:
    """The rows of a list with a web page's own lines left out (each reported); in text
    pasted from the page (no table of cells), a number on a line of its own read with the
    title under it and the page's lines above the list reported. Rows with no such lines are
    returned as they are."""
    kept = [(number, cells) for number, cells in rows if not _is_portal_line(cells)]
    text = all(sum(1 for c in cells if c.strip()) <= 1 for _, cells in kept)
    if len(kept) == len(rows):
        # A page's list copied without its page's lines: "1" over "Val av justerare" still,
        # and each ärende's Dnr, förslag and description under it.
        if not text:
            return rows
        joined = _numbers_joined(rows, report)
        if not writes_item_details(joined):
            return joined
        dropped: list[tuple[int, str, str]] = []
        # No line of a web page: a kallelse's own lines (time, place) stand above its list.
        kept = _from_the_list(joined, dropped, report, "står före listan")
        for number, line, why in dropped:
            report.drop(f"Rad {number}", line, why)
        return kept
    dropped = [
        (n, _text(c), "hör till webbsidan, inte till listan") for n, c in rows if _is_portal_line(c)
    ]
    if text:  # no table
        kept = _from_the_list(_numbers_joined(kept, report), dropped, report)
    for number, text, why in dropped:
        report.drop(f"Rad {number}", text, why)
    report.dropped.sort(key=lambda line: _row_of(line.where))  # in the page's order
    return kept


def _row_of(where: str) -> int:
    """12 for "Rad 12"; 0 for a line of the report that names no row."""
    found = re.fullmatch(r"Rad (\d+)", where)
    return int(found[1]) if found else 0


def _text(cells: list[str]) -> str:
    return next((c.strip() for c in cells if c.strip()), "")


def _is_portal_line(cells: list[str]) -> bool:
    """A row whose one cell is a line of the page, not of the list."""
    filled = [c for c in cells if c.strip()]
    if len(filled) != 1 or _NUMBER_FIRST.match(filled[0].strip()):
        return False  # "5 Bredband 100 Mb till …" is an ärende, whatever it names
    return bool(_PORTAL_LINE.fullmatch(" ".join(filled[0].split())))


def _numbers_joined(rows: Rows, report: ImportReport) -> Rows:
    """ "1. 6." over "Arbetsordning …" → "6 Arbetsordning …", where the page writes two or
    more of its numbers so (a lone number elsewhere may be a page's)."""
    alone = [
        at
        for at, (_, cells) in enumerate(rows[:-1])
        if _NUMBER_ALONE.fullmatch(_text(cells))
        and not _NUMBER_ALONE.fullmatch(_text(rows[at + 1][1]))
    ]
    if len(alone) < 2:
        return rows
    joined: Rows = []
    skip = set()
    for at, (number, cells) in enumerate(rows):
        if at in skip:
            continue
        if at in alone:
            match = _NUMBER_ALONE.fullmatch(_text(cells))
            assert match is not None
            joined.append((number, [f"{match['nr']} {_text(rows[at + 1][1])}"]))
            skip.add(at + 1)
        else:
            joined.append((number, cells))
    why = "lästes med rubriken på raden under; webbsidans egen räkning framför numret räknas inte"
    report.change("Filen", f"{len(alone)} nummer på egen rad", why)
    return joined


def _from_the_list(
    rows: Rows,
    dropped: list[tuple[int, str, str]],
    report: ImportReport,
    above_why: str = "står på webbsidan före listan",
) -> Rows:
    """The page's lines above the list's first number left out and reported, but for the
    first that dates the meeting and a heading right above the number that the page's table
    of contents names; the list under a rubrikrad, with what the page writes under each
    ärende read (agenda_web_items.py)."""
    first = next((at for at, (_, c) in enumerate(rows) if _NUMBER_FIRST.match(_text(c))), None)
    if first is None:
        return rows
    above = [_text(cells) for _, cells in rows[:first]]
    heading = first - 1 if first and above[-1] in above[:-1] else None
    start = heading if heading is not None else first
    listed, header = with_item_details(rows[start:], report)
    if not first and header == ["Ärende"]:  # nothing of the page above it, nothing under
        return rows
    dated = next((at for at, text in enumerate(above) if find_written_date(text)), None)
    kept: Rows = []
    for at, (number, cells) in enumerate(rows[:start]):
        if at == dated and at not in _first_copies(above, heading):
            kept.append((number, cells))
        else:
            dropped.append((number, _text(cells), above_why))
    # The list's rubrikrad, as agenda_header.with_guessed_header gives a pasted list one.
    report.change("Filen", "ingen rubrikrad", "läses som en lista med numret först i raden")
    return [*kept, (0, header), *listed]


def _first_copies(above: list[str], heading: int | None) -> set[int]:
    """The table of contents' entry of the heading kept: its first copy is not kept twice."""
    if heading is None:
        return set()
    return {at for at, text in enumerate(above[:heading]) if text == above[heading]}
