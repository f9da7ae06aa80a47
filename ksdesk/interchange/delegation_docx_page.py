"""The page of ksdesk's Word delegationsordning (delegation_docx_export): A4 with its margins,
the styles (one calm Arial, Swedish spelling and hyphenation, the table text, the small grey
line, the part's title), and the running header and "Sida X av Y" footer."""

from __future__ import annotations

from ksdesk.core.delegation import Version, VersionStatus
from ksdesk.interchange.delegation_docx import PART_STYLE

FONT = "Arial"  # Liberation Sans has its metrics: the page looks the same without Arial
LABEL_GREY = (0x6B, 0x6B, 0x6B)
TEXT_WIDTH_MM = 170  # A4 with 20 mm margins


def page_and_styles(document) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Mm, Pt, RGBColor

    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(10)
    _language(normal)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 18), ("Heading 1", 13), ("Heading 2", 11)):
        style = styles[name]
        style.font.name, style.font.size = FONT, Pt(size)
        style.font.color.rgb = RGBColor(0, 0, 0)
        _plain_font(style.element)
    _plain_font(document.styles.element)  # the defaults, too
    _auto_hyphenation(document)
    cell = styles.add_style("Tabelltext", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cell.font.size = Pt(8.5)
    cell.paragraph_format.space_after = Pt(0)
    small = styles.add_style("Liten", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = normal
    small.font.size = Pt(8)
    small.font.color.rgb = RGBColor(*LABEL_GREY)
    small.paragraph_format.space_after = Pt(0)
    part = styles.add_style(PART_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    part.base_style = styles["Heading 1"]  # in Word's navigation pane, over the chapters
    part.font.size = Pt(15)
    part.paragraph_format.space_before, part.paragraph_format.space_after = Pt(12), Pt(8)


def _plain_font(element) -> None:
    """Drop the template's theme fonts (Calibri Light for headings, a line under the title):
    a theme font wins over the one named, and the document should be one calm Arial."""
    from docx.oxml.ns import qn

    for fonts in element.iter(qn("w:rFonts")):
        for name in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn(f"w:{name}"), None)
    for border in list(element.iter(qn("w:pBdr"))):
        border.getparent().remove(border)


def _auto_hyphenation(document) -> None:
    """Word (and LibreOffice) hyphenate Swedish words at the line's end, so a long title such
    as "Säkerhetsskyddschef" in a narrow column breaks at a syllable, not at any letter."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = document.settings.element
    flag = OxmlElement("w:autoHyphenation")
    flag.set(qn("w:val"), "true")
    tab_stop = settings.find(qn("w:defaultTabStop"))
    if tab_stop is not None:
        tab_stop.addnext(flag)  # the schema's order: right after defaultTabStop
    else:
        settings.insert(0, flag)


def _language(style) -> None:
    """Swedish spelling and hyphenation in Word."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_pr = style.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "sv-SE")
    r_pr.append(lang)


def running_header_and_footer(document, left: str, version: Version) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Mm

    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.style = document.styles["Liten"]
    header.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_WIDTH_MM), WD_TAB_ALIGNMENT.RIGHT)
    right = version.name + (" – utkast" if version.status == VersionStatus.UTKAST else "")
    header.add_run(f"{left}\t{right}")
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Liten"]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Sida ")
    _field(footer, "PAGE")
    footer.add_run(" av ")
    _field(footer, "NUMPAGES")


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in when they lay out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", code), ("separate", None), ("text", "1")):
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        elif kind == "text":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)
