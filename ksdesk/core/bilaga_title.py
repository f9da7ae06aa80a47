"""The title a new bilaga is given when the secretary names none, by one rule, the same in the
command line and the window:

1. the heading at the top of the PDF's first page (its largest text there, or its first line
   when all is one size) when it reads as a title: what she sees when she opens the file;
2. else the title the PDF's document info gives itself, when a person wrote it;
3. else the file's name made readable ("bilaga_arsrapport_qvalify.pdf" → "Arsrapport
   qvalify"): its å, ä and ö are often lost, so she is told to check it.

A personnummer, phone number or e-mail address is never part of the title: it is taken out,
and she is told. The title prints in the kallelse, the protokoll's beslutsunderlag and every
protokollsutdrag: walk34 found "Situationsplan Karin Ek 19720514-2384", the PDF's /Title, in
an utdrag sent to a neighbour. (Before, the /Title came first and the page was never read.)

Many PDFs carry a title nobody wrote: what Word or a scanner puts there ("Microsoft Word -
Tjänsteskrivelse.docx", "Dokument1", "Skanna0012", "untitled"), or the file's own name.
Those are passed over."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath

from ksdesk.core.contact_data import EMAIL, MOBILE, PHONE, contacts
from ksdesk.core.glyphs import TURNS
from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.typed_text import clean_typed

HEADING, PDF_TITLE, FILE_NAME = "rubrik", "titel", "filnamn"

# A title no person wrote: a program's prefix, a default document name, a scan's serial.
# PowerPoint's and Excel's defaults ("PowerPoint-presentation", "Bok1", "Book1", "Blad1") and
# a template's title field left as it came ("Rubrik", "[Titel]") too.
_MADE_BY_A_PROGRAM = re.compile(
    r"^\s*(microsoft\s+(word|excel|powerpoint)\s*-|untitled\b|namnlös|utan\s+titel|"
    r"\(?\s*anonymous\s*\)?\s*$|"  # ReportLab's title when none is given (rewalk32)
    r"(dokument|document|doc|scan|skanna|skannad|img|image|bild|presentation|"
    r"powerpoint[\s-]*presentation|bok|book|blad|sheet)[\s_-]*\d*\s*$|"
    r"\[?\s*(rubrik|titel|title|dokumentnamn|dokumenttitel|dokumentrubrik)\s*\]?\s*$|"
    r"\d+\s*$)",
    re.IGNORECASE,
)
_FILE_ENDING = re.compile(r"\.(docx?|pdf|xlsx?|pptx?|odt|rtf|txt|jpe?g|png|tiff?)\s*$", re.I)
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_LONGEST = 200  # a title longer than a line or two is a text someone pasted, not a title
# A first line that is no heading: a label and its value ("Sökande: …", "Dnr BN-2025-12"),
# a page number, a date, a sentence (it ends with a full stop).
_NO_HEADING = re.compile(
    r"^\s*(\w[\w ./-]{0,30}:(?!\d)|dnr\b|diarienr|sida\s+\d|\d{4}-\d\d-\d\d\s*$|bilaga\s*\d*\s*$)"
    r"|[.:;,]\s*$",
    re.I,
)
_HEADING_WORDS = 16  # a heading longer than this is a paragraph's first line
_TOP_LINES = 12  # the heading stands among the first page's first lines
_LARGER = 1.15  # set this much larger than the page's body text, a line is a heading
# A page number at a heading line's end, as a letterhead sets it: "Sida 1 av 3", "1 (3)".
_PAGE_MARK = re.compile(
    r"\s+(?:sida\s+\d+(?:\s*(?:av|/)\s*\d+|\s*\(\d+\))?|\d+\s*\(\d+\))\s*$", re.I
)
# What is left dangling where a number was taken out: its label, a comma, a dash.
_DANGLING = re.compile(
    r"(?:[\s,;:–-]*\b(?:personnummer|pers\.?\s?nr|pnr|samordningsnummer|tel|telefon|mobil|"
    r"mobilnr|e-post|epost|mejl|mail)\b\.?)+[\s,;:–-]*$|[\s,;:–(-]+$",
    re.I,
)
_FILE_BILAGA = re.compile(
    r"^(?:bilaga|bil)(?![a-zåäö])[\s_.-]*(?:\d{1,3}[a-z]?(?![a-z\d]))?[\s_.-]*", re.I
)
# What was taken out, as the secretary is told.
_TAKEN = {"personnummer": "ett personnummer", PHONE: "ett telefonnummer", EMAIL: "en e-postadress"}


@dataclass(frozen=True)
class TitleChoice:
    """The title chosen, where it was read, and what was taken out of it."""

    title: str
    source: str  # HEADING, PDF_TITLE or FILE_NAME
    taken_out: tuple[str, ...] = ()


def choose_title(pdf_title: str, lines: list[tuple[str, float]], file_name: str) -> TitleChoice:
    """The title for a bilaga of the PDF `file_name`, whose first page begins with `lines`
    (text and size, top to bottom) and whose document info says `pdf_title`."""
    stem = PurePath(file_name).stem
    tried = [(HEADING, text) for text in headings(lines)] + [(PDF_TITLE, pdf_title)]
    for source, text in tried:
        title, taken = _without_contact_data(_cleaned(text))
        if _reads_as_title(title, stem, heading=source == HEADING):
            return TitleChoice(title, source, taken)
    title, taken = _without_contact_data(readable_file_name(stem))
    title = title[:1].upper() + title[1:]
    # A file named by a personnummer alone leaves nothing: never the stem, which holds it.
    return TitleChoice(title or "Bilaga", FILE_NAME, taken)


def bilaga_title(pdf_title: str, file_name: str) -> str:
    """The title by the rule, for a PDF whose page was not read."""
    return choose_title(pdf_title, [], file_name).title


def title_note(choice: TitleChoice) -> str:
    """What the secretary is told of a title she did not give: where it was read, and what
    was taken out of it."""
    where = {
        HEADING: "Rubriken är hämtad från PDF-filens första sida.",
        PDF_TITLE: "Rubriken är PDF-filens egen titel (dokumentegenskaperna).",
        FILE_NAME: "Rubriken är filnamnet, som ofta saknar å, ä och ö: kontrollera stavningen.",
    }[choice.source]
    if choice.taken_out:
        what = " och ".join(_TAKEN[kind] for kind in choice.taken_out)
        where += f" {what[0].upper()}{what[1:]} togs bort ur den."
    return where


def headings(lines: list[tuple[str, float]]) -> list[str]:
    """What may be the first page's heading, among its first lines: the lines of the largest
    size there, larger than the page's body text, the largest first, then the first line."""
    top = [
        (_PAGE_MARK.sub("", " ".join(text.split())), size)
        for text, size in lines[:_TOP_LINES]
        if text.strip()
    ]
    if not top:
        return []
    sizes: Counter[float] = Counter()
    for text, size in lines:
        sizes[round(size, 1)] += len(text)
    body = sizes.most_common(1)[0][0]
    found = []
    # Largest first: a "§ 55" or a logo's word over the real heading is passed over for it.
    for size in sorted({s for _t, s in top if s >= body * _LARGER}, reverse=True):
        start = next(i for i, (_text, s) in enumerate(top) if s == size)
        run = []
        for text, s in top[start : start + 3]:  # a heading on two or three lines
            if s != size:
                break
            run.append(text)
        found.append(" ".join(run))
    return [*found, top[0][0]]


def readable_file_name(stem: str) -> str:
    """ "bilaga_3_arsrapport-qvalify" → "arsrapport qvalify": the word "bilaga" and its number
    taken off (the bilaga has a number of its own), _ and - as spaces."""
    text = _FILE_BILAGA.sub("", stem) or stem
    return " ".join(re.sub(r"_+|(?<!\d)-|-(?!\d)", " ", text).split())


def _cleaned(text: str) -> str:
    # What made the file may have put controls there (a NUL, a bidi override, a zero-width
    # space): a typed title has them taken out (ui/one_line.py), so one read must too.
    return clean_typed(TURNS.sub("", _CONTROLS.sub(" ", text)))


def _reads_as_title(title: str, stem: str, *, heading: bool = False) -> bool:
    if not title or len(title) > _LONGEST or _MADE_BY_A_PROGRAM.match(title):
        return False
    if _FILE_ENDING.search(title) or _same_name(title, stem):
        return False
    if heading and (len(title.split()) > _HEADING_WORDS or _NO_HEADING.search(title)):
        return False
    return sum(c.isalpha() for c in title) >= 3


def _without_contact_data(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` without the personnummer, phone numbers and e-mail addresses in it, and which
    kinds were taken out (in the order of _TAKEN)."""
    spans = [(h.start, h.end, "personnummer") for h in find_personnummer(text)]
    for found in contacts(text):
        if found.kind in (PHONE, MOBILE, EMAIL):
            spans.append((found.start, found.end, PHONE if found.kind == MOBILE else found.kind))
    if not spans:
        return text, ()
    end_of_next = len(text) + 1
    for start, end, _kind in sorted(spans, reverse=True):
        if end > end_of_next:  # one piece read as two kinds
            continue
        # Its label goes with it ("Ansökan, pnr 19720514-2384").
        text = f"{_DANGLING.sub('', text[:start])} {text[end:]}"
        end_of_next = start
    text = re.sub(r"\s+([,;)])", r"\1", " ".join(text.split()))
    text = _DANGLING.sub("", text).strip(" ,;:–-")
    kinds = {kind for _s, _e, kind in spans}
    return text, tuple(kind for kind in _TAKEN if kind in kinds)


def _same_name(title: str, stem: str) -> bool:
    def plain(text: str) -> str:
        return re.sub(r"[\W_]+", "", text).casefold()

    return plain(title) == plain(stem)
