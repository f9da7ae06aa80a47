"""Word markup that python-docx does not read as text, made plain before a delegationsordning
is read (delegation_docx).

python-docx reads the runs that are direct children of a paragraph, the rows that are direct
children of a table and the paragraphs and tables that are direct children of the body. Real
ordningar have text elsewhere, and all of it was lost without a line in the report:
- tracked changes left in the file: text inserted (w:ins, w:moveTo) is text of the document
  as Word shows it; text deleted (w:del, w:moveFrom, a row marked deleted) is not, and is
  named in the report;
- content controls (w:sdt) around a run, a cell, a row or whole paragraphs and tables (a
  kommun's template, a table of contents), and w:customXml and w:smartTag around text;
- runs in a w:dir or w:bdo (a direction given to the text, as Word writes for a quote
  pasted from another language);
- simple fields (w:fldSimple: a DOCPROPERTY, a PAGE number typed in body text) whose shown
  result is runs inside the field;
- text boxes (w:txbxContent): their paragraphs follow the paragraph they are anchored in. Word
  writes a text box twice (a drawing and its VML fallback): only the drawing is read;
- a content control still showing its placeholder ("Klicka här för att ange text.") and
  hidden text (w:vanish): Word shows and prints neither, so neither is imported; each is a
  line in the report;
- a document pasted in whole (w:altChunk), which only Word itself merges in: a warning says
  to open and save the file in Word first;
- characters a PDF-to-Word conversion leaves in the text: soft hyphens (U+00AD) and zero-width
  spaces inside words, non-breaking and narrow spaces, and the hyphens U+2010 and U+2011 that
  Word shows as "-". They are made what Word shows; no word changes.

`flatten(body, report)` rewrites the document's body in memory; the file is not touched.
"""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport, count

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Wrappers whose content is the document's text as Word shows it.
_UNWRAP = {
    f"{_W}ins",
    f"{_W}moveTo",
    f"{_W}customXml",
    f"{_W}smartTag",
    f"{_W}fldSimple",
    # Runs given a direction (right-to-left or not): text as any other.
    f"{_W}dir",
    f"{_W}bdo",
}
_DELETED = {f"{_W}del", f"{_W}moveFrom"}
# What a character shows as, in text that came through a PDF (None: nothing, it is invisible).
_SHOWN_AS = str.maketrans(
    {
        "\u00ad": None,  # soft hyphen: shown only where Word breaks the line
        "\u200b": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00a0": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
    }
)
# Markup that only says where a change or a move began and ended.
_RANGE_MARKS = {
    f"{_W}{name}"
    for name in (
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
    )
}


def flatten(body, report: ImportReport, part: str = "") -> None:
    """Make the text python-docx leaves out plain paragraphs, runs, rows and cells of `body`;
    deleted text goes, with a line in the report. `part`: where `body` is when it is not the
    document's text ("sidhuvudet", "sidfoten"), as the report's lines name it."""
    at = (lambda where: f"{where} i {part}") if part else (lambda where: where)
    deleted = _drop_deleted(body)
    inserted = _count_inserted(body)
    for text in _drop_placeholders(body):
        why = "platshållartext i en innehållskontroll som inte är ifylld: inte med i importen"
        report.drop(at("Innehållskontroll"), text, why)
    for text in _drop_hidden(body):
        report.drop(at("Dold text"), text, "dold text i Word (syns inte och skrivs inte ut)")
    for element in list(body.iter()):
        tag = element.tag
        if tag == f"{_W}sdt":
            _unwrap(element, element.find(f"{_W}sdtContent"))
        elif tag in _UNWRAP:
            _unwrap(element, element)
        elif tag in _RANGE_MARKS:
            element.getparent().remove(element)
    boxes = _text_boxes(body)
    _plain_characters(body)
    for chunk in list(body.iter(f"{_W}altChunk")):
        # A document pasted in whole (HTML, RTF or another .docx) that Word merges in only
        # when it opens the file: its text is not in document.xml at all.
        report.warn(
            at("Inbäddat dokument"),
            "en del av texten är ett inbäddat dokument (altChunk) som bara Word kan läsa in",
            "öppna filen i Word och spara den igen, importera sedan på nytt",
        )
        chunk.getparent().remove(chunk)
    for text in deleted:
        why = "borttagen med spårade ändringar som inte är godkända i Word: inte med i importen"
        report.drop(at("Spårad ändring"), text, why)
    if inserted:
        what = count(inserted, "infogning", "infogningar")
        why = "spårade ändringar som inte är godkända i Word: lästa som dokumentets text"
        report.change(at("Spårade ändringar"), what, why)
    if boxes:
        what = count(boxes, "textruta", "textrutor")
        report.change(at("Textrutor"), what, "lästa som stycken efter stycket de står i")


_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_PAGE_PARTS = {_RELS + "header": "sidhuvudet", _RELS + "footer": "sidfoten"}


def flatten_document(document, report: ImportReport) -> None:
    """`flatten` the body and Word's page headers and footers: a template keeps the ordning's
    Dnr and adoption there, and a revised date inserted with tracked changes was lost (the
    page header's reader sees the runs python-docx reads) and the struck one went unsaid."""
    flatten(document.element.body, report)
    for rel in document.part.rels.values():
        if rel.reltype in _PAGE_PARTS and not rel.is_external:
            flatten(rel.target_part.element, report, _PAGE_PARTS[rel.reltype])


def _plain_characters(body) -> None:
    for text in body.iter(f"{_W}t"):
        if text.text:
            text.text = text.text.translate(_SHOWN_AS)


def _unwrap(element, content) -> None:
    """Put the children of `content` (the element itself, or its content part) in the
    element's place; the element's own properties go."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    children = [] if content is None else list(content)
    if content is element:
        children = [c for c in children if not c.tag.endswith(("Pr", "instr"))]
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    parent.remove(element)


def _drop_deleted(body) -> list[str]:
    """Remove deleted runs and rows; their texts, for the report."""
    texts = []
    for element in list(body.iter(*_DELETED)):
        if element.getparent() is None or element.getparent().tag == f"{_W}rPr":
            continue  # a paragraph mark's deletion: the paragraph stays
        if element.getparent().tag == f"{_W}trPr":
            row = element.getparent().getparent()
            text = " | ".join(_text(cell) for cell in row.iter(f"{_W}tc") if _text(cell))
            if text:
                texts.append(text)
            if row.getparent() is not None:
                row.getparent().remove(row)
            continue
        text = _text(element)
        if text.strip():
            texts.append(" ".join(text.split()))
        element.getparent().remove(element)
    return texts


def _drop_placeholders(body) -> list[str]:
    """Remove the runs of content controls that show their placeholder ("Klicka eller tryck
    här för att ange text."): nothing was filled in. Their texts, for the report."""
    texts = []
    for sdt in list(body.iter(f"{_W}sdt")):
        properties, content = sdt.find(f"{_W}sdtPr"), sdt.find(f"{_W}sdtContent")
        if properties is None or content is None:
            continue
        if properties.find(f"{_W}showingPlcHdr") is None:
            continue
        text = " ".join(_text(content).split())
        if text:
            texts.append(text)
        for run in list(content.iter(f"{_W}r")):
            run.getparent().remove(run)
    return texts


def _drop_hidden(body) -> list[str]:
    """Remove runs formatted as hidden text (w:vanish): Word neither shows nor prints them.
    Their texts, a paragraph's together, for the report."""
    hidden: dict[object, list[str]] = {}
    for mark in list(body.iter(f"{_W}vanish")):
        if mark.get(f"{_W}val") in ("0", "false", "off"):
            continue
        run = mark.getparent().getparent()
        if run is None or run.tag != f"{_W}r" or run.getparent() is None:
            continue  # a paragraph mark's property: the paragraph's text stays
        hidden.setdefault(run.getparent(), []).append(_text(run))
        run.getparent().remove(run)
    return [" ".join("".join(parts).split()) for parts in hidden.values() if "".join(parts).strip()]


def _count_inserted(body) -> int:
    runs = [e for e in body.iter(f"{_W}ins", f"{_W}moveTo") if e.getparent().tag != f"{_W}rPr"]
    return sum(1 for e in runs if _text(e).strip() or e.getparent().tag == f"{_W}trPr")


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{_W}t", f"{_W}delText"))


def _text_boxes(body) -> int:
    """Move the paragraphs of each text box after the paragraph it is anchored in."""
    found = 0
    for fallback in list(body.iter(f"{_MC}Fallback")):
        fallback.getparent().remove(fallback)  # the same box again, for older Word
    for paragraph in list(body.iter(f"{_W}p")):
        contents = [c for c in paragraph.iter(f"{_W}txbxContent") if c is not None]
        if not contents or paragraph.getparent() is None:
            continue
        anchor = paragraph
        for content in contents:
            found += 1
            for block in list(content):
                anchor.addnext(block)
                anchor = block
            content.getparent().remove(content)
    return found
