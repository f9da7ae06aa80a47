"""A Word tjänsteskrivelse as a list of blocks in reading order: its paragraphs (with what
their style says: a heading, a list item) and its tables (as rows of cell texts), then what
the page header and footer hold. The reader (tjansteskrivelse_docx) decides what each is."""

from __future__ import annotations

from dataclasses import dataclass, field

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLES = ("heading", "rubrik", "title", "subtitle", "underrubrik")
_TITLE_STYLES = ("title", "rubrik", "heading 1", "rubrik 1")
_HEADING_MAX = 100  # a bold line longer than this is a bold sentence, not a heading


@dataclass
class Line:
    text: str
    where: str  # "Stycke 12", "Sidhuvud": where the secretary finds it in Word
    heading: bool = False  # a heading style, or short and bold all through
    title_style: bool = False  # Word's Title or the first heading level
    listed: bool = False  # a paragraph of a Word list (numbered or bulleted)
    lead: str = ""  # its first words in bold, the rest not ("Bakgrund. Kommunen har …")


@dataclass
class Grid:
    rows: list[list[str]]
    where: str  # "Tabell 2"
    cells: list[str] = field(default_factory=list)  # every non-empty cell, row by row

    def __post_init__(self) -> None:
        self.cells = [cell for row in self.rows for cell in row if cell.strip()]


Block = Line | Grid


def body_blocks(document) -> list[Block]:
    """The body's paragraphs and tables in order; empty paragraphs left out."""
    blocks: list[Block] = []
    paragraphs = tables = 0
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            tables += 1
            blocks.append(Grid(_rows(item), f"Tabell {tables}"))
            continue
        paragraphs += 1
        line = paragraph_line(item, f"Stycke {paragraphs}")
        if line is not None:
            blocks.append(line)
    return blocks


def page_parts(document) -> tuple[list[Block], list[Block]]:
    """What the page headers and the page footers hold, each part read once (a later
    section's header linked to the one before is the same text)."""
    headers: list[Block] = []
    footers: list[Block] = []
    seen: set[int] = set()
    for section in document.sections:
        parts = [(section.header, headers, "Sidhuvud"), (section.footer, footers, "Sidfot")]
        if section.different_first_page_header_footer:
            parts.insert(0, (section.first_page_header, headers, "Sidhuvud, första sidan"))
            parts.insert(1, (section.first_page_footer, footers, "Sidfot, första sidan"))
        for part, into, where in parts:
            if part.is_linked_to_previous or id(part._element) in seen:
                continue
            seen.add(id(part._element))
            for item in part.iter_inner_content():
                if hasattr(item, "rows"):
                    into.append(Grid(_rows(item), where))
                else:
                    line = paragraph_line(item, where)
                    if line is not None:
                        into.append(line)
    return headers, footers


def paragraph_line(paragraph, where: str) -> Line | None:
    text = paragraph.text.replace("\r", "\n").strip()
    if not text:
        return None
    style = (paragraph.style.name if paragraph.style is not None else "").lower()
    styled = style.startswith(_HEADING_STYLES)
    bold = _all_bold(paragraph) and len(text) <= _HEADING_MAX and not text.endswith(".")
    listed = paragraph._p.find(f"{_W}pPr/{_W}numPr") is not None or "list" in style
    return Line(
        text=text,
        where=where,
        heading=(styled or bold) and "\n" not in text,
        title_style=style in _TITLE_STYLES,
        listed=listed,
        lead="" if styled or bold else _bold_lead(paragraph, text),
    )


def _bold_lead(paragraph, text: str) -> str:
    """The paragraph's first words when they are bold and the rest is not: a heading run
    into its text, as some templates set their parts ("Bakgrund. Kommunen har …")."""
    runs = [run for run in paragraph.runs if run.text]
    bold = ""
    for run in runs:
        if not run.bold:
            break
        bold += run.text
    rest_bold = len(bold) < len(text) and all(run.bold for run in runs)
    return bold.strip() if bold.strip() and not rest_bold and text.startswith(bold.strip()) else ""


def _all_bold(paragraph) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    if not runs:
        return False
    style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
    return all(run.bold or (run.bold is None and style_bold) for run in runs)


def _rows(table) -> list[list[str]]:
    """Cell texts row by row; a cell merged across columns counted once."""
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        last = None
        for cell in row.cells:
            if cell._tc is last:
                continue
            last = cell._tc
            cells.append("\n".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        rows.append(cells)
    return rows
