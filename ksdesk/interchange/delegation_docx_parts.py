"""The parts of a Word delegationsordning around its point tables: running headers typed as
body text, abbreviation lists, yellow highlight, a table of contents, revision histories and
footnotes. The document header is read in delegation_docx_header, a table of contents and a
revision history in delegation_docx_front."""

from __future__ import annotations

import re
from collections import Counter

from ksdesk.core.delegation import Abbreviation
from ksdesk.core.import_report import ImportReport
from ksdesk.core.page_key import page_key
from ksdesk.core.typed_text import is_digits
from ksdesk.interchange.column_map import heading_key
from ksdesk.interchange.delegation_docx_xml import flatten
from ksdesk.interchange.delegation_layout import header_layout
from ksdesk.interchange.delegation_table_row import Note
from ksdesk.interchange.docx_part_xml import parse_part

# A page number at the end of a line ("7 (20)", "Sida 7 av 20", "Sida 7/20", "Sid 2") or alone
# ("- 7 -"). A bare "2022/77" is a Dnr, not a page.
_PAGE_NUMBER = re.compile(
    r"(?:\b\d{1,4}\s*\(\s*\d{1,4}\s*\)|\b(?:sida|sidan|sid\.?)\s+\d{1,4}(?:\s*(?:av|/)\s*\d{1,4})?"
    r"|^\s*[-–]?\s*\d{1,4}\s*[-–]?|^\s*\(\s*\d{1,4}\s*\))\s*$",
    re.IGNORECASE,
)
_RUNNING_MAX = 160
_REPEATS = 3

ABBREVIATION_HEADINGS = (
    "förkortningar",
    "förkortningslista",
    "förklaring av förkortningar",
    "förkortningar och begrepp",
    "lagar och förkortningar",
    "använda förkortningar",
    "förkortningar i delegationsordningen",
    "förkortningar och lagar",
)
_ABBREVIATION_TOKEN = re.compile(r"^[A-ZÅÄÖ0-9][A-Za-zÅÄÖåäö0-9.:/&-]{0,13}$")
# "KL = Kommunallagen", "KL: …", "KL – …", "KL<tab>…", "KL     …" (aligned with spaces).
_ABBREVIATION_LINE = re.compile(r"^(\S{1,14})(?:\s*[=:–—]\s*|\s+-\s+|\t+\s*|\s{2,})(\S.*)$")
# An abbreviation in a tabbed list: one or two words, any case ("KS ordf", "mnkr", "H").
_TABBED_TOKEN = re.compile(r"^[A-ZÅÄÖa-zåäö0-9][\wÅÄÖåäö.:/&-]{0,11}(?: [\wÅÄÖåäö.:/&-]{1,11})?$")
_LAW_WITHOUT_SHORT = re.compile(r"^[A-ZÅÄÖ][^\t=]{2,120}\((?:SFS\s*)?\d{4}:\d{1,4}\)$")
_SFS_NUMBER = re.compile(r"^(?:SFS\s*)?\d{4}:\d{1,4}\*?$")
_EQUALS_LINE = re.compile(r"^([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,9})\s*=\s*(.+)$")
# Under the heading, "Avd.chef = Avdelningschef", "EC. drift = Enhetschef driftavdelning".
_LISTED_EQUALS = re.compile(r"^(\S{1,12}(?: \S{1,12})?)\s*=\s*(\S.*)$")
_YELLOW = {"yellow", "ffff00"}


# Styles ---------------------------------------------------------------------------------------


def style_names(document) -> dict[str, str]:
    """Style id → name, built once (python-docx looks a paragraph's style up on every call)."""
    return {style.style_id: style.name or "" for style in document.styles}


def heading_level(style: str) -> int:
    """ "Heading 2" / "Rubrik 2" → 2; a title → 0."""
    if style.startswith("Title"):
        return 0
    digits = "".join(ch for ch in style if is_digits(ch))
    return int(digits) if digits else 1


# Running headers ------------------------------------------------------------------------------


def running_lines(texts: list[str | None]) -> set[str]:
    """Keys (page_key) of lines that are running headers or footers typed as body text: a
    short line ending in a page number, or the same short line three times or more, apart
    (other text or a table between them: None in `texts` stands for a table)."""
    lines = [None if t is None else page_key(t) for t in texts if t is None or t.strip()]
    # A line repeated straight after itself is a list ("Reviderad av socialnämnden …" eight
    # times under the title), not a page's header: each run of it counts once.
    counts = Counter(
        key for i, key in enumerate(lines) if key is not None and (i == 0 or lines[i - 1] != key)
    )
    keys = set()
    for text in filter(None, texts):
        flat = " ".join(text.split())
        if not flat or len(flat) > _RUNNING_MAX:
            continue
        key = page_key(flat)
        repeated = counts[key] >= _REPEATS and ("#" in key or len(flat.split()) >= 2)
        if _PAGE_NUMBER.search(flat) or repeated:
            keys.add(key)
    return keys


# Abbreviations --------------------------------------------------------------------------------


def is_abbreviation_heading(text: str) -> bool:
    """ "Förkortningar", and a short heading about them ("Författningssamlingar med
    förkortningar", "Förkortningslista lagar och förordningar", "Förkortning av lagar")."""
    key = heading_key(text)
    if key in {heading_key(h) for h in ABBREVIATION_HEADINGS}:
        return True
    about = "forkortningar" in key.split() or key.startswith(("forkortningslista ", "forkortning "))
    if about and len(key.split()) <= 5 and not text.endswith("."):
        return True
    # A list that ends with them: "Bilaga - Förteckning över delegater samt tillämpade
    # förkortningar" (the delegates' titles are among its abbreviations).
    listing = key.endswith((" forkortningar", " forkortningar)")) and "forteckning" in key
    return listing and len(key.split()) <= _LISTING_WORDS and not text.endswith(".")


_LISTING_WORDS = 10


def abbreviation_line(text: str, listed: bool) -> list[Abbreviation]:
    """ "KL = Kommunallagen" anywhere after the points; under a heading "Förkortningar" (or in
    its table) also "KL<tab>Kommunallagen", "KL     Kommunallagen", and two pairs or more on
    one line between tabs ("KS<tab>kommunstyrelse<tab>AC<tab>administrativ chef"), where an
    abbreviation may be two words or in lower case ("KS ordf", "mnkr")."""
    raw = text.strip()
    match = _EQUALS_LINE.match(" ".join(raw.split()))
    if match:
        return [Abbreviation(match[1], match[2].strip())]
    if not listed:
        return []
    match = _LISTED_EQUALS.match(" ".join(raw.split()))
    if match and _TABBED_TOKEN.match(match[1]) and match[1][0].isupper():
        return [Abbreviation(match[1], match[2].strip())]
    cells = [" ".join(c.split()) for c in re.split(r"\t+", raw) if c.strip()]
    if len(cells) >= 2 and len(cells) % 2 == 0:
        pairs = list(zip(cells[0::2], cells[1::2], strict=True))
        if all(_TABBED_TOKEN.match(short) for short, _ in pairs):
            return [Abbreviation(short.rstrip(":"), long) for short, long in pairs]
    match = _ABBREVIATION_LINE.match(raw)
    if match and _ABBREVIATION_TOKEN.match(match[1]) and any(c.isupper() for c in match[1]):
        return [Abbreviation(match[1].rstrip(":"), " ".join(match[2].split()))]
    if _LAW_WITHOUT_SHORT.match(" ".join(raw.split())):
        # "Bidragsbrottslagen (2007:612)" among the abbreviated laws: listed, with none.
        return [Abbreviation("", " ".join(raw.split()))]
    return []


def abbreviation_table(rows: list[list[str]], listed: bool) -> list[Abbreviation] | None:
    """The abbreviations of a table in two aligned columns (or two such pairs side by side),
    or None when the table is not such a list."""
    pairs: list[tuple[str, str]] = []
    if any(header_layout(row) for row in rows[:3]):
        return None  # a header row of a point table ("Nr | Delegat | Ärende | …")
    if _numbers_in_third_column(rows):
        # "Förkortning | Förklaring | ev. SFSnummer": the number goes with the meaning.
        rows = [[row[0], " ".join(c.strip() for c in row[1:3] if c.strip())] for row in rows]
    for row in rows:
        cells = list(dict.fromkeys(c.strip() for c in row if c.strip()))
        for i in range(0, len(cells) - 1, 2):
            pairs.append((" ".join(cells[i].split()), " ".join(cells[i + 1].split())))
        if len(cells) % 2:
            pairs.append((cells[-1], ""))
    if not pairs:
        return None
    if is_abbreviation_header(rows[0]):
        pairs = pairs[1:]  # "Förkortning | Betydelse"
    # Under a heading "Förkortningar" an abbreviation may be two words ("AC EK").
    good = [(s, long) for s, long in pairs if long and _short_form(s, listed)]
    if not good or len(good) * 10 < len(pairs) * (6 if listed else 8):
        return None
    if any(len(row) > 4 for row in rows):
        return None
    return [Abbreviation(s, long) for s, long in pairs if s]


def _short_form(text: str, listed: bool) -> bool:
    return bool(_ABBREVIATION_TOKEN.match(text) or (listed and _TABBED_TOKEN.match(text)))


def is_abbreviation_header(cells: list[str]) -> bool:
    """The heading row of an abbreviation table ("Förkortning | Betydelse")."""
    first = next((c for c in cells if c.strip()), "")
    return heading_key(first) in ("forkortning", "forkortningar", "forkortning/lag")


def _numbers_in_third_column(rows: list[list[str]]) -> bool:
    if any(len(row) != 3 for row in rows):
        return False
    thirds = [row[2].strip() for row in rows[1:] if row[2].strip()]
    return bool(thirds) and all(_SFS_NUMBER.match(t) for t in thirds)


# Cells ----------------------------------------------------------------------------------------


def one_column(table) -> bool:
    """A table of one column nested in a cell (the cell's text put in a box): its lines are
    the cell's text, not a table of their own."""
    return all(len(row.cells) == 1 for row in table.rows)


def bold_line(paragraph) -> bool:
    """Every run with text in the paragraph is bold: a heading typed by hand."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def layout_table(table) -> bool:
    """A one-column table with a table of several columns nested in it: a frame (Göteborg's
    template puts each chapter's point table in one)."""
    return one_column(table) and any(
        not one_column(inner) for row in table.rows for inner in row.cells[0].tables
    )


def point_table(table) -> bool:
    """A table with a header row of a point table in its first rows."""
    return any(header_layout([c.text for c in row.cells]) for row in table.rows[:3])


def cell_paragraphs(cell) -> list:
    """The cell's paragraphs, with those of a one-column table nested in it where it stands;
    a small table nested in the cell that is no point table ("Belopp | Delegat" in an
    Anmärkning) gives a line of text for each of its rows, its cells set apart by " | "."""
    found: list = []
    for block in cell.iter_inner_content():
        if not hasattr(block, "rows"):
            found.append(block)
        elif one_column(block):
            for row in block.rows:
                found += cell_paragraphs(row.cells[0])
        elif not point_table(block):
            for row in block.rows:
                texts = dict.fromkeys(" ".join(c.text.split()) for c in row.cells)
                found.append(" | ".join(t for t in texts if t))
    return found


# Yellow highlight -------------------------------------------------------------------------------


def highlighted(element) -> bool:
    """Text in the element (a cell or paragraph) that Word shows on a yellow ground."""
    for mark in element.xpath(".//w:highlight"):
        if (mark.get(_w("val")) or "").lower() in _YELLOW and _has_text(mark.getparent()):
            return True
    for shade in element.xpath(".//w:shd"):
        if (shade.get(_w("fill")) or "").lower() in _YELLOW:
            owner = shade.getparent().getparent()
            if _has_text(owner):
                return True
    return False


def _has_text(element) -> bool:
    # The run (or paragraph, or cell) the property belongs to holds visible text.
    node = element if element.tag != _w("rPr") else element.getparent()
    return any((t.text or "").strip() for t in node.iter(_w("t")))


def _w(name: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + name


# Footnotes ------------------------------------------------------------------------------------

_NOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
# Footnotes and endnotes: their ids count apart, so an endnote's id is marked "e".
_KINDS = (("footnotes", "footnote", "", "Fotnot"), ("endnotes", "endnote", "e", "Slutnot"))


def footnotes(document, report: ImportReport | None = None) -> dict[str, Note]:
    """The document's footnotes and endnotes by id, as text (Word keeps them in parts of
    their own, apart from the text that refers to them); with `report`, their tracked
    changes are read as the body's are (struck text named in it)."""
    notes = {}
    for rel in document.part.rels.values():
        for part, tag, mark, kind in _KINDS:
            if rel.reltype != _NOTES + part or rel.is_external:
                continue
            root = parse_part(rel.target_part.blob, "fotnoter och slutnoter")
            if report is not None:
                flatten(root, report, f"{kind.lower()}erna")
            for note in root.iter(_w(tag)):
                if note.get(_w("type")) in ("separator", "continuationSeparator"):
                    continue
                lines = ["".join(t.text or "" for t in p.iter(_w("t"))) for p in note.iter(_w("p"))]
                text = " ".join(" ".join(lines).split())
                if text:
                    notes[mark + (note.get(_w("id")) or "")] = Note(kind, text)
    return notes


def note_ids(element) -> list[str]:
    """Ids of the footnotes and endnotes referred to inside a cell or paragraph, in order."""
    references = element.iter(_w("footnoteReference"), _w("endnoteReference"))
    return [
        ("e" if ref.tag == _w("endnoteReference") else "") + (ref.get(_w("id")) or "")
        for ref in references
    ]
