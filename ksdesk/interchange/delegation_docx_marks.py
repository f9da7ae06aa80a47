"""More Word markup made plain before a delegationsordning is read (delegation_docx_xml does
the rest): characters typed from a symbol font, paragraphs joined by a tracked deletion of the
paragraph mark, and comments.

- Infoga > Symbol in a symbol font (Symbol, Wingdings) writes w:sym with a character code and
  no text: "≥ 10 000 kr", a check mark for "Ja" in an "Anmäls till nämnd" column. python-docx
  reads no text there, so the character was lost without a line. The common ones become the
  character they show; any other is a warning saying where a character is missing.
- A paragraph mark struck out with Spåra ändringar: with the change accepted (as all tracked
  changes are read), the paragraph and the next one are one paragraph.
- A comment (Granska > Ny kommentar) is not the document's text: Word keeps it in a part of
  its own, shown in the margin. It is not imported, and each comment is a line in the report.
"""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport, count
from ksdesk.interchange.docx_part_xml import parse_part

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
# What a symbol font draws for a character code (its low byte: Word writes F0B3 or B3).
_SYMBOL_FONTS = {
    "symbol": {
        0xA3: "≤",
        0xB3: "≥",
        0xB4: "×",
        0xB1: "±",
        0xB7: "•",
        0xB0: "°",
        0xAE: "→",
        0xAC: "←",
        0xB9: "≠",
        0xBB: "≈",
        0x2D: "−",
        0xA5: "∞",
        0xD7: "⋅",
    },
    "wingdings": {
        0xFC: "✓",
        0xFB: "✗",
        0xFD: "☒",
        0xFE: "☑",
        0xA8: "☐",
        0x6F: "☐",
        0x6E: "■",
        0x6C: "●",
        0x9F: "•",
        0xA7: "▪",
        0xD8: "➢",
        0xE0: "→",
        0xE8: "➔",
    },
    "wingdings 2": {0x50: "✓", 0x4F: "✗", 0x52: "☑", 0x54: "☒", 0xA3: "☐", 0x97: "•"},
}
_NOT_READ = "tecken ur ett symboltypsnitt som importen inte känner igen: det saknas i texten"


def plain_symbols(body, report: ImportReport) -> None:
    """Each w:sym a w:t of the character it shows; one that is not known, a warning."""
    for sym in list(body.iter(f"{_W}sym")):
        font = (sym.get(f"{_W}font") or "").strip()
        code = sym.get(f"{_W}char") or ""
        try:
            shown = _SYMBOL_FONTS.get(font.casefold(), {}).get(int(code, 16) & 0xFF)
        except ValueError:
            shown = None
        if shown is None:
            where = f"Tecken {code} i typsnittet {font}" if font else f"Tecken {code}"
            report.warn(where, _paragraph_text(sym), _NOT_READ)
            sym.getparent().remove(sym)
            continue
        text = sym.makeelement(f"{_W}t", {})
        text.text = shown
        sym.addprevious(text)
        sym.getparent().remove(sym)


def _paragraph_text(element) -> str:
    paragraph = next((a for a in element.iterancestors(f"{_W}p")), element)
    return "".join(t.text or "" for t in paragraph.iter(f"{_W}t")) or "(tomt stycke)"


def join_deleted_marks(body, report: ImportReport) -> None:
    """A paragraph whose mark is deleted with tracked changes goes on in the next paragraph
    (which keeps its own properties, as Word does when the change is accepted)."""
    joined = 0
    for paragraph in list(body.iter(f"{_W}p")):
        mark = paragraph.find(f"{_W}pPr/{_W}rPr/{_W}del")
        following = paragraph.getnext()
        if mark is None or following is None or following.tag != f"{_W}p":
            continue
        content = [c for c in paragraph if c.tag != f"{_W}pPr"]
        properties = following.find(f"{_W}pPr")
        at = 0 if properties is None else following.index(properties) + 1
        for offset, child in enumerate(content):
            following.insert(at + offset, child)
        paragraph.getparent().remove(paragraph)
        joined += 1
    if joined:
        what = count(joined, "styckebrytning borttagen", "styckebrytningar borttagna")
        why = "spårade ändringar som inte är godkända i Word: styckena lästa som ett"
        report.change("Spårade ändringar", what, why)


def report_comments(document, report: ImportReport) -> None:
    """A line for each comment of the document: its text is not imported."""
    for rel in document.part.rels.values():
        if rel.reltype != _COMMENTS or rel.is_external:
            continue
        root = parse_part(rel.target_part.blob, "kommentarer")
        for note in root.iter(f"{_W}comment"):
            lines = ["".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")]
            text = " ".join(" ".join(lines).split())
            author = note.get(f"{_W}author") or ""
            if text:
                where = f"Kommentar av {author}" if author else "Kommentar"
                report.drop(where, text, "kommentar i Word, inte dokumentets text: inte importerad")
