"""The protokoll of a meeting: a first page with Plats och tid, Beslutande, Ej tjänstgörande
ersättare, Övriga närvarande, Ej närvarande, Utses att justera, Justeringens plats och tid, the
signature block (naming the §§ justerade omedelbart) and the anslag/bevis block;
then each § on its own page in the seed's § 216 layout."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ksdesk.core.deadlines import DeadlineChain
from ksdesk.core.fingeravtryck import grouped
from ksdesk.core.format import format_date
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Protokoll
from ksdesk.core.protokoll_contents import contents_rows
from ksdesk.core.protokoll_public import PUBLIC_NOTE
from ksdesk.core.protokoll_rules import secretary_of
from ksdesk.core.protokoll_text import (
    ANSLAG_HEADING,
    ANSLAG_LEAD,
    FINGERPRINT_LABEL,
    PEOPLE_LABELS,
    FirstPage,
    Rows,
    anslag_rows,
)
from ksdesk.reports.base import RULE_GREY, available_width
from ksdesk.reports.fonts import SANS_BOLD
from ksdesk.reports.printable import escape
from ksdesk.reports.protokoll_common import (
    PageFrame,
    build_document,
    paragraf_story,
    protokoll_styles,
    signature_boxes,
)
from ksdesk.reports.protokoll_contents import PageMark, contents_story
from ksdesk.reports.protokoll_narvarolista import fitted_layout, narvarolista_story
from ksdesk.reports.protokoll_secret import secret_marked, secret_ref
from ksdesk.reports.protokoll_signatures import (
    LABEL_WIDTH,
    omedelbar_block,
    signature_line,
    signature_page_story,
    signatures_block,
)

NARVAROLISTA = "närvarolista"  # its PageMark: the page the first page points to


def protokoll_pdf(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    chain: DeadlineChain | None = None,
    *,
    public: bool = False,
    fingerprint: str = "",
    signature_page: bool = False,
) -> bytes:
    """`public`: the public version (its §§ already masked by the service); every page says
    so, and a secret § shows only its number, a neutral title and its sekretess paragraf.
    `fingerprint`: the SHA-256 of the justerat protokoll, printed in the anslag/bevis.
    `signature_page`: a last page for the e-signing service, a line per signer."""
    frame = PageFrame(
        kommun=organ.kommun,
        organ=organ.name,
        kind="PROTOKOLL · OFFENTLIG VERSION" if public else "PROTOKOLL",
        meeting_date=format_date(meeting.date),
        signature_boxes=signature_boxes(protokoll),
    )
    title = f"Protokoll {organ.name} {format_date(meeting.date)}"
    title += " (offentlig version)" if public else ""
    # A public PDF names the organ as its author, never a person.
    author = organ.name if public else meeting.secretary_name or organ.secretary_name

    begins: dict = {}  # § number (and the närvarolista) → the page it begins on

    def story(list_page: int) -> list[Flowable]:
        layout = first_page_layout(organ, meeting, protokoll, chain, public, fingerprint, list_page)
        *flowables, anslag = first_page(
            organ, meeting, protokoll, chain, public, fingerprint, layout.rows
        )
        flowables.append(KeepTogether([anslag]))  # the anslag/bevis is never split
        if layout.narvarolista:
            flowables += [PageBreak(), PageMark(NARVAROLISTA, begins)]
            flowables += narvarolista_story(layout.narvarolista)
        if contents:  # in the paper protokoll, it names each secret § by its own title
            listed = contents_story(contents, begins, protokoll_styles())
            flowables += [
                PageBreak(),
                *secret_marked(listed, _listed_refs(meeting, protokoll, public)),
            ]
        for paragraf in protokoll.paragrafer:
            flowables += [PageBreak(), PageMark(paragraf.nr, begins)]
            held = paragraf_story(paragraf, protokoll, organ, meeting, public=public)
            if paragraf.omedelbar_justering:
                held.append(omedelbar_block(paragraf.nr, meeting, protokoll))
            # The paper protokoll's pages holding a secret § say so; the public one's
            # withholds it.
            flowables += secret_marked(held, None if public else secret_ref(meeting, paragraf))
        if signature_page:
            flowables.append(PageBreak())
            flowables += signature_page_story(meeting, protokoll, fingerprint)
        return flowables

    # The Innehåll's page numbers are drawn once laid out (protokoll_contents.PageNumber);
    # the first page's "Se närvarolista, sida N" is printed before the list, so when the
    # first page ran over one page the document is laid out again with the right N.
    contents = contents_rows(protokoll)
    pdf = build_document(story(2), frame, title, author)
    if begins.get(NARVAROLISTA, 2) == 2:
        return pdf
    return build_document(story(begins[NARVAROLISTA]), frame, title, author)


def _listed_refs(meeting: Sammantrade, protokoll: Protokoll, public: bool) -> str | None:
    """The references of the secret §§ the Innehåll lists, each once ("" when none was
    given); None when it lists none, or in the public version (their titles withheld)."""
    if public:
        return None
    refs = [secret_ref(meeting, paragraf) for paragraf in protokoll.paragrafer]
    secret = [ref for ref in refs if ref is not None]
    return "; ".join(dict.fromkeys(ref for ref in secret if ref)) if secret else None


def first_page_layout(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    chain: DeadlineChain | None,
    public: bool = False,
    fingerprint: str = "",
    list_page: int = 2,
) -> FirstPage:
    """The first page's rows and the närvarolista, its long lists moved until the paper's
    first page holds everything (the web edition lists the same)."""

    def parts(rows: Rows) -> list[Flowable]:
        return first_page(organ, meeting, protokoll, chain, public, fingerprint, rows)

    return fitted_layout(meeting, protokoll, parts, list_page)


def first_page(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    chain: DeadlineChain | None,
    public: bool,
    fingerprint: str,
    rows: Rows,
) -> list[Flowable]:
    """`rows`: the label rows as `first_page_layout` gives them. The anslag/bevis last."""
    styles = protokoll_styles()
    return [
        Paragraph(escape(organ.name), styles["Title"]),
        Paragraph("Protokoll från sammanträde", styles["H2"]),
        *([Paragraph(escape(PUBLIC_NOTE), styles["Small"])] if public else []),
        Spacer(1, 4 * mm),
        _label_table(rows, styles),
        Spacer(1, 6 * mm),
        signatures_block(meeting, protokoll, styles),
        Spacer(1, 6 * mm),
        anslag_block(organ, meeting, protokoll, chain, styles, fingerprint),
    ]


def _label_table(rows: list[tuple[str, list[str]]], styles) -> Table:
    """Label and lines; the lists of people hang their §§ under the name."""
    data = [
        [
            Paragraph(escape(label), styles["Label"]),
            [
                Paragraph(escape(v), styles["Hanging" if label in PEOPLE_LABELS else "Value"])
                for v in values
                if v
            ]
            or [Paragraph("", styles["Value"])],
        ]
        for label, values in rows
    ]
    table = Table(data, colWidths=[LABEL_WIDTH, available_width() - LABEL_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def anslag_block(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    chain: DeadlineChain | None,
    styles,
    fingerprint: str = "",
) -> Table:
    """ANSLAG/BEVIS: what the secretary certifies on the anslagstavla (KL 8 kap. 12 §), with
    the fingerprint of the justerat protokoll when there is one (a file can be checked
    against it with `ksdesk verifiera`)."""
    # A value is a Paragraph so that a long one wraps inside the box ("Nämnden för folkhälsa,
    # kultur, fritid och regional utveckling" ran out past its right edge), its label level
    # with its first line.
    fields = [
        [
            Paragraph(escape(label), styles["FormLabel"]),
            Paragraph(escape(value), styles["FormValue"]),
        ]
        for label, value in anslag_rows(organ, meeting, protokoll, chain)
    ]
    rows = [
        [Paragraph(f"<b>{ANSLAG_HEADING}</b>", styles["Value"]), ""],
        [Paragraph(ANSLAG_LEAD, styles["Value"]), ""],
        *fields,
    ]
    if fingerprint:
        rows.append([FINGERPRINT_LABEL, Paragraph(escape(grouped(fingerprint)), styles["Small"])])
    rows.append(["Underskrift", signature_line(secretary_of(meeting, protokoll), styles)])
    table = Table(rows, colWidths=[62 * mm, available_width() - 62 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE_GREY),
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 1), (-1, 1)),
                ("FONT", (0, 2), (0, -1), SANS_BOLD, 9),
                ("FONT", (1, 2), (1, -1), "LiberationSans", 10),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("VALIGN", (0, 2), (-1, 1 + len(fields)), "TOP"),
                ("LINEBELOW", (1, 2), (1, -2), 0.3, RULE_GREY),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                # The 9-pt label's baseline level with the 10-pt value's first line.
                ("TOPPADDING", (0, 2), (0, 1 + len(fields)), 4.9),
            ]
        )
    )
    return table
