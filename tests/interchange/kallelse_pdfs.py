"""Real ärendelistor (tests/interchange/real_agendas*.py, which name their sources) printed as
the kommun published its kallelse, as a PDF in the layouts kallelser use: a table with rules
(Stockholm's äldrenämnd), a list set with tab stops (Hultsfred's kommunfullmäktige: Nr,
Ärende and Dnr each at its tab, a long title wrapping at the title's tab), a landscape table
without vertical rules (the beredande kommunstyrelse, five columns) and a numbered list with
the Dnr on the line under the title (Stockholm's socialnämnd, its headings in bold). Each has
the kallelse's heading, time and place above the list, a running header and footer on every
page, and the signatures after it. Built with ReportLab from the rows; a test fixture, not
ksdesk's report code. Nothing of a row is added or removed: a variant of the real document."""

from __future__ import annotations

import io
from collections.abc import Callable
from html import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ksdesk.paths import fonts_dir
from tests.interchange.real_agendas import STOCKHOLM_SOCN_2011, RealAgenda
from tests.interchange.real_agendas_fourth import BEREDANDE_KS_2015, HULTSFRED_KF_2018
from tests.interchange.real_agendas_more import STOCKHOLM_ALDRE_2013

_MARGIN = 2.2 * cm


def _fonts() -> None:
    for name, file in (("Sans", "LiberationSans-Regular"), ("Sans-Bold", "LiberationSans-Bold")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / f"{file}.ttf")))


def _style(size: float = 10, bold: bool = False, after: float = 4) -> ParagraphStyle:
    font = "Sans-Bold" if bold else "Sans"
    return ParagraphStyle(font, fontName=font, fontSize=size, leading=size * 1.25, spaceAfter=after)


def _page_edges(organ: str, day: str, pages: int) -> Callable[[Canvas, object], None]:
    """The running header ("Kallelse  Organ  Datum  Sida 2 (3)") and footer of each page."""

    def draw(canvas: Canvas, _doc: object) -> None:
        width, height = canvas._pagesize
        canvas.setFont("Sans", 8)
        canvas.drawString(_MARGIN, height - 1.2 * cm, f"KALLELSE {organ}")
        canvas.drawRightString(
            width - _MARGIN, height - 1.2 * cm, f"{day}  Sida {canvas.getPageNumber()} ({pages})"
        )
        canvas.drawString(_MARGIN, 1.2 * cm, "Postadress: Kommunhuset  Telefon: 0123-456 00")
        canvas.drawRightString(width - _MARGIN, 1.2 * cm, "www.kommun.se")

    return draw


def _heading(organ: str, day: str) -> list:
    return [
        Paragraph("KALLELSE", _style(16, True, 8)),
        Paragraph(escape(organ), _style(12, True)),
        Paragraph(f"Tid: {day} kl. 13.00", _style()),
        Paragraph("Plats: Sammanträdesrummet, kommunhuset", _style()),
        Paragraph(
            "Ledamot som är förhindrad att delta meddelar det till nämndens sekreterare, som "
            "kallar ersättare.",
            _style(after=10),
        ),
        Paragraph("Ärenden", _style(12, True, 6)),
    ]


def _signatures() -> list:
    return [
        Spacer(1, 1.2 * cm),
        Table(
            [["Eva Ek", "Lars Berg"], ["ordförande", "sekreterare"]],
            colWidths=[7 * cm, 7 * cm],
            style=TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 10)]),
        ),
    ]


def _document(story: Callable[[], list], organ: str, day: str, size=A4) -> bytes:
    """The story as a PDF with the page edges, printed twice: the first time to count pages."""
    pages = 1
    for _ in range(2):
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=size, leftMargin=_MARGIN, rightMargin=_MARGIN)
        frame = Frame(_MARGIN, 2 * cm, size[0] - 2 * _MARGIN, size[1] - 4 * cm, id="f")
        doc.addPageTemplates([PageTemplate("p", [frame], onPage=_page_edges(organ, day, pages))])
        doc.build(story())
        pages = doc.page
    return out.getvalue()


def _cell(text: str, bold: bool = False) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _style(10, bold, 0))


def ruled_table(agenda: RealAgenda, organ: str, day: str, size=A4, grid: bool = True) -> bytes:
    """The list as a table with its rubrikrad repeated on each page, every cell ruled
    (`grid`) or only a rule under each row, a heading row's title across the row in bold."""
    _fonts()
    return _document(
        lambda: [
            *_heading(organ, day),
            Spacer(1, 14 * cm),
            list_table(agenda, grid),
            *_signatures(),
        ],
        organ,
        day,
        size,
    )


def list_table(agenda: RealAgenda, grid: bool = True) -> Table:
    """The list's table (ruled_table); a new one each printing, as a table printed is split."""
    widths = {2: [2.0, 14.6], 3: [1.4, 10.6, 4.6], 5: [1.2, 11.0, 3.4, 4.2, 3.6]}[
        len(agenda.header)
    ]
    rows = [[_cell(h, True) for h in agenda.header]]
    for row in agenda.rows:
        heading = not row[0] and not any(row[2:])
        rows.append([_cell(c, heading and i == 1) for i, c in enumerate(row)])
    rules = (
        [("GRID", (0, 0), (-1, -1), 0.5, "black")]
        if grid
        else [("LINEBELOW", (0, 0), (-1, -1), 0.5, "black")]
    )
    return Table(
        rows,
        colWidths=[w * cm for w in widths],
        repeatRows=1,
        style=TableStyle([*rules, ("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )


def tab_stops(agenda: RealAgenda, organ: str, day: str) -> bytes:
    """Nr, Ärende and Dnr each at a tab stop, as Word sets a paragraph with tabs: each part
    drawn where its tab stands, a long title wrapping under the title's tab."""
    _fonts()
    return _document(
        lambda: [
            *_heading(organ, day),
            Spacer(1, 11 * cm),
            _TabRow(list(agenda.header), True, _title_tab(agenda)),
            *[_TabRow(list(row), title_tab=_title_tab(agenda)) for row in agenda.rows],
            *_signatures(),
        ],
        organ,
        day,
    )


class _TabRow(Flowable):
    """One paragraph of a tab-stop list (a Flowable drawing its parts at their tabs)."""

    _TABS = (0.0, 1.3 * cm, 12.6 * cm)
    _WRAP = 11.0 * cm

    def __init__(self, parts: list[str], bold: bool = False, title_tab: float = 1.3 * cm) -> None:
        self.parts, self.bold = parts, bold
        self._TABS = (0.0, title_tab, self._TABS[2])
        font = "Sans-Bold" if bold else "Sans"
        self.title_lines = _wrapped(parts[1], font, 10, self._WRAP)
        super().__init__()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 12.5 * len(self.title_lines) + 3

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont("Sans-Bold" if self.bold else "Sans", 10)
        top = 12.5 * len(self.title_lines) - 9
        canvas.drawString(self._TABS[0], top, self.parts[0])
        for number, line in enumerate(self.title_lines):
            canvas.drawString(self._TABS[1], top - 12.5 * number, line)
        canvas.drawString(self._TABS[2], top, self.parts[2] if len(self.parts) > 2 else "")


def _title_tab(agenda: RealAgenda) -> float:
    """Where the title's tab stands: past the widest Nr ("KS 305", Eckerö's), as Word's
    secretary sets it."""
    widest = max(pdfmetrics.stringWidth(row[0], "Sans", 10) for row in agenda.rows)
    return max(1.3 * cm, widest + 0.5 * cm)


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    """The text's lines as Word breaks them: at its line breaks, and where a line is full."""
    lines: list[str] = []
    for part in text.split("\n"):
        start = len(lines)
        for word in part.split():
            if (
                len(lines) > start
                and pdfmetrics.stringWidth(f"{lines[-1]} {word}", font, size) <= width
            ):
                lines[-1] += f" {word}"
            else:
                lines.append(word)
    return lines or [""]


def numbered_list(agenda: RealAgenda, organ: str, day: str) -> bytes:
    """Each ärende a numbered paragraph ("3." at the margin, the title at the hanging indent),
    its Dnr on the line under it; a heading without number in bold."""
    _fonts()
    return _document(lambda: [*_numbered(agenda, organ, day), *_signatures()], organ, day)


def _numbered(agenda: RealAgenda, organ: str, day: str) -> list:
    story = [*_heading(organ, day), Spacer(1, 15 * cm)]
    for nr, title, dnr in (row if len(row) == 3 else (*row, "") for row in agenda.rows):
        if not nr:
            story.append(Paragraph(escape(title), _style(10, True, 4)))
            continue
        if "föredragande" in agenda.header[1].lower() and "\n" in title:
            # A numbered list has no column for it: the kallelse names the föredragande on
            # the line under the title, "Föredragande: Per Ask" (Skövde's "Politiskt
            # föredragande: NN (M)", tests/interchange/real_agendas_third.py).
            title, _, presenter = title.rpartition("\n")
            title += f"\nFöredragande: {presenter}"
        text = escape(title).replace("\n", "<br/>") + (f"<br/>{escape(dnr)}" if dnr else "")
        style = ParagraphStyle("n", parent=_style(), leftIndent=1.3 * cm, bulletIndent=0)
        story.append(Paragraph(text, style, bulletText=nr if not nr[-1].isdigit() else f"{nr}."))
    return story


def paragraphs(agenda: RealAgenda, organ: str, day: str) -> bytes:
    """A list pasted as lines (kind "paste") printed a paragraph a line, each broken where
    the page ends, as a region's föredragningslista prints what stands under each ärende."""
    _fonts()
    return _document(
        lambda: [Paragraph(escape(row[0]), _style()) for row in agenda.rows], organ, day
    )


# (name, agenda, bytes): the four real lists in the four layouts, each over two pages.
REAL_KALLELSER: list[tuple[str, RealAgenda, Callable[[], bytes]]] = [
    (
        "stockholm-aldrenamnden-tabell",
        STOCKHOLM_ALDRE_2013,
        lambda: ruled_table(STOCKHOLM_ALDRE_2013, "Äldrenämnden", "2013-05-21"),
    ),
    (
        "hultsfred-kf-tabbar",
        HULTSFRED_KF_2018,
        lambda: tab_stops(HULTSFRED_KF_2018, "Kommunfullmäktige", "2018-05-28"),
    ),
    (
        "beredande-ks-liggande",
        BEREDANDE_KS_2015,
        lambda: ruled_table(
            BEREDANDE_KS_2015, "Beredande kommunstyrelsen", "2015-03-24", landscape(A4), False
        ),
    ),
    (
        "stockholm-socialnamnden-numrerad",
        STOCKHOLM_SOCN_2011,
        lambda: numbered_list(STOCKHOLM_SOCN_2011, "Socialnämnden", "2011-11-24"),
    ),
]
