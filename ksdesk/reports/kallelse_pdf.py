"""The kallelse, laid out like the seed's first page: kommun and organ, whom it is for, Tid and
Plats, the remote and absence notes, the ärendelista (Nr | Ärende | Dnr, optionally each
ärende's förslag till beslut under it, full width) that flows over pages with its header row
repeated, then ordförande and sekreterare."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from ksdesk.core.beslut_groups import proposal_parts
from ksdesk.core.format import format_date
from ksdesk.core.kallelse import (
    addressee,
    item_details,
    public_note,
    public_title,
    signatories,
    when_and_where,
)
from ksdesk.core.meeting import Arende, Sammantrade, numbered, written_dnr
from ksdesk.core.organ import Organ
from ksdesk.reports.base import (
    HEADER_GREY,
    RULE_GREY,
    PageHeader,
    available_height,
    build_pdf,
    grid_table_style,
    layout_table_style,
    stylesheet,
)
from ksdesk.reports.document_pdf import frame_width, markup, signature_table
from ksdesk.reports.keep_ending import ending_with

SECTION_BG = "#f3f4f6"
_CHUNK = 700  # characters of förslag per table row: some twelve lines, well within a page


def kallelse_header(meeting: Sammantrade, organ: Organ, public: bool = False) -> PageHeader:
    left = " · ".join(part for part in (organ.kommun, organ.name) if part)
    right = f"Kallelse {format_date(meeting.date)}" + (" · Offentlig version" if public else "")
    return PageHeader(left, right)


def kallelse_story(
    meeting: Sammantrade, organ: Organ, *, public: bool = False, with_proposals: bool | None = None
) -> list[Flowable]:
    width = frame_width()
    proposals = meeting.show_proposals if with_proposals is None else with_proposals
    story = [_letterhead(meeting, organ, public, width), Spacer(1, 10 * mm)]
    story += _when_and_where(meeting, organ, width)
    story += _agenda(meeting, organ, public, proposals, width)
    ending: list[Flowable] = []
    if public:
        secret = [n for n, item in numbered(meeting.items) if n is not None and item.secret]
        if secret:
            ending.append(Spacer(1, 3 * mm))
            ending.append(Paragraph(markup(public_note(secret)), stylesheet()["Small"]))
    signing = signatories(meeting, organ)
    if signing:
        ending += [Spacer(1, 8 * mm), signature_table(signing, width)]
    # The signatures never on a page of their own: the list's last rows go over with them
    # (typstsig29 found them alone in 25 of 120 real-length lists).
    return ending_with(story, ending, available_height())


def kallelse_pdf(
    meeting: Sammantrade,
    organ: Organ,
    *,
    public: bool = False,
    with_proposals: bool | None = None,
    page_label: str = "Sida {page} av {total}",
) -> bytes:
    story = kallelse_story(meeting, organ, public=public, with_proposals=with_proposals)
    return build_pdf(
        story,
        title=f"Kallelse {organ.name} {format_date(meeting.date)}"
        + (" (offentlig version)" if public else ""),
        author=organ.name if public else meeting.secretary_name,  # public: never a person
        header=kallelse_header(meeting, organ, public),
        page_label=page_label,
    )


def _letterhead(meeting: Sammantrade, organ: Organ, public: bool, width: float) -> Table:
    styles = stylesheet()
    left = [
        Paragraph(f"<b>{markup(organ.kommun)}</b>", styles["Normal"]),
        Paragraph(markup(organ.name), styles["H1"]),
    ]
    right = [
        Paragraph("<b>KALLELSE</b>", styles["H2"]),
        Paragraph(f"Sammanträde {format_date(meeting.date)}", styles["Small"]),
    ]
    if public:
        right.append(Paragraph("<b>Offentlig version</b>", styles["Small"]))
    table = Table([[left, right]], colWidths=[width * 0.65, width * 0.35])
    table.setStyle(
        layout_table_style(
            ("LINEBELOW", (0, 0), (-1, 0), 0.75, HEADER_GREY),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return table


def _when_and_where(meeting: Sammantrade, organ: Organ, width: float) -> list[Flowable]:
    styles = stylesheet()
    story: list[Flowable] = [Paragraph(markup(addressee(organ)), styles["H2"]), Spacer(1, 2 * mm)]
    rows = [
        [Paragraph(f"<b>{label}</b>", styles["Normal"]), Paragraph(markup(value), styles["Normal"])]
        for label, value in when_and_where(meeting)
    ]
    table = Table(rows, colWidths=[22 * mm, width - 22 * mm], hAlign="LEFT")
    table.setStyle(layout_table_style(tight=True))
    story += [table, Spacer(1, 4 * mm)]
    for note in (meeting.remote_note, meeting.absence_note):
        if note.strip():
            story.append(Paragraph(markup(note), styles["Normal"]))
    story.append(Spacer(1, 4 * mm))
    return story


def _agenda_styles() -> dict[str, ParagraphStyle]:
    """The ärendelista a little larger than other tables: it is what fifty people read."""
    cell = stylesheet()["Cell"]
    return {
        "Cell": ParagraphStyle("AgendaCell", parent=cell, fontSize=10, leading=13),
        "CellRight": ParagraphStyle(
            "AgendaRight", parent=cell, fontSize=10, leading=13, alignment=TA_RIGHT
        ),
        "Small": ParagraphStyle(
            "AgendaSmall", parent=cell, fontSize=8.5, leading=11, textColor=HEADER_GREY
        ),
    }


def _agenda(
    meeting: Sammantrade, organ: Organ, public: bool, proposals: bool, width: float
) -> list[Flowable]:
    styles = _agenda_styles()
    nr_w, dnr_w = 11 * mm, _dnr_width(meeting, public, styles["Cell"], width)
    title_w = width - nr_w - dnr_w
    header = ["Nr", "Ärende", "Dnr"]
    rows: list[list] = [[Paragraph(f"<b>{h}</b>", styles["Cell"]) for h in header]]
    style = _rules_style()
    ends = [0]  # rows with a rule under them: the header and the last row of each ärende
    for number, item in numbered(meeting.items):
        row_index = len(rows)
        if number is None:
            rows.append([Paragraph(f"<b>{markup(item.title)}</b>", styles["Cell"]), "", ""])
            style.add("SPAN", (0, row_index), (-1, row_index))
            style.add("BACKGROUND", (0, row_index), (-1, row_index), SECTION_BG)
            ends.append(row_index)
            continue
        hidden = public and item.secret
        rows.append(
            [
                Paragraph(f"{number}", styles["CellRight"]),
                _title_cell(item, hidden),
                Paragraph(markup("" if hidden else written_dnr(item)), styles["Cell"]),
            ]
        )
        # Each part under its heading: what fullmäktige is to decide, and the organ's own.
        parts = proposal_parts(item.proposal, organ.name) if proposals and not hidden else []
        for heading, text in parts:
            for i, chunk in enumerate(proposal_chunks(text)):
                label = f"<b>{markup(heading)}:</b> " if i == 0 else ""
                rows.append(["", Paragraph(label + markup(chunk), styles["Cell"]), ""])
                style.add("SPAN", (1, len(rows) - 1), (2, len(rows) - 1))
                style.add("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 0)
        ends.append(len(rows) - 1)
    for row in ends:
        style.add("LINEBELOW", (0, row), (-1, row), 0.25, RULE_GREY)
    # repeatRows: the header row comes back on every page. A row is never split; a long
    # förslag is many rows (proposal_chunks), so it flows over pages like the list itself.
    table = Table(rows, colWidths=[nr_w, title_w, dnr_w], repeatRows=1, hAlign="LEFT")
    table.setStyle(style)
    # Not keepWithNext: that would carry a long ärendelista whole to the next page. A heading
    # is only moved when the header row and a row or two would not fit under it.
    heading = ParagraphStyle("AgendaHeading", parent=stylesheet()["H2"], keepWithNext=0)
    return [CondPageBreak(35 * mm), Paragraph("Ärenden", heading), table]


def _dnr_width(meeting: Sammantrade, public: bool, style: ParagraphStyle, width: float) -> float:
    """The Dnr column as wide as its longest diarienummer needs ("2011BNS0306" has no space to
    break at, and a number cut over two lines is misread), at least 27 mm, at most a quarter
    of the page: a longer one wraps rather than squeezing the titles."""
    shown = [
        written_dnr(item)
        for item in meeting.items
        if not item.is_section and not (public and item.secret)
    ]
    widest = max((stringWidth(d, style.fontName, style.fontSize) for d in shown), default=0)
    padding = 14  # points: the cell's left and right padding (6 each) and a little air
    return min(max(27 * mm, widest + padding), width / 4)


def _rules_style() -> TableStyle:
    """The grid style without its rule under every row: an ärende and its förslag share one."""
    commands = [c for c in grid_table_style().getCommands() if c[0] != "LINEBELOW"]
    style = TableStyle(commands)
    style.add("TOPPADDING", (0, 1), (-1, -1), 4)
    style.add("BOTTOMPADDING", (0, 1), (-1, -1), 4)
    return style


def proposal_chunks(text: str, size: int = _CHUNK) -> list[str]:
    """The förslag in pieces that each fit well within a page: one per line (att-sats), and a
    line longer than `size` characters cut after a sentence or, failing that, a word."""
    chunks: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = " ".join(line.split())
        while len(line) > size:
            cut = max(line.rfind(". ", 0, size), line.rfind("; ", 0, size))
            if cut < size // 2:
                cut = line.rfind(" ", 0, size)
            if cut <= 0:
                cut = size - 1  # one unbroken "word" of thousands of characters
            chunks.append(line[: cut + 1].strip())
            line = line[cut + 1 :].strip()
        if line:
            chunks.append(line)
    return chunks


def _title_cell(item: Arende, hidden: bool) -> list[Paragraph]:
    styles = _agenda_styles()
    if hidden:
        return [Paragraph(markup(public_title(item)), styles["Cell"])]
    cell = [Paragraph(markup(" ".join(item.title.split())), styles["Cell"])]
    details = item_details(item)
    if details:
        text = " · ".join(markup(d) for d in details)
        cell.append(Paragraph(text, styles["Small"]))
    return cell
