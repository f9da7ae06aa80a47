"""The web edition of the protokoll and the protokollsutdrag: the same words in the same
order as the paper edition (reports/protokoll_pdf.py, utdrag_pdf.py), from the same
sentences (core.protokoll_text, core.protokoll_rules), as a structured document: the organ
as H1, each § as H2 (in an utdrag the § is the H1), Beslut, Behandling and the rest as H3,
att-satser and beslutsunderlag as numbered lists, a votering as a table (one §:
reports.web.paragraf)."""

from __future__ import annotations

from datetime import date

from ksdesk import kommun_list
from ksdesk.core.deadlines import DeadlineChain
from ksdesk.core.fingeravtryck import grouped
from ksdesk.core.format import format_date
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Paragraf, Protokoll
from ksdesk.core.protokoll_contents import CONTENTS_HEADER, CONTENTS_HEADING, contents_rows
from ksdesk.core.protokoll_public import PUBLIC_NOTE, UTDRAG_PUBLIC_NOTE
from ksdesk.core.protokoll_rules import secretary_of
from ksdesk.core.protokoll_text import (
    ANSLAG_HEADING,
    ANSLAG_LEAD,
    FINGERPRINT_LABEL,
    NARVAROLISTA_BELOW,
    NARVAROLISTA_HEADING,
    PEOPLE_LABELS,
    Rows,
    anslag_rows,
    bestyrkande,
    narvarolista_pointer,
    omedelbar_heading,
    omedelbar_note,
    omedelbar_signers,
    paragrafer_line,
    signers,
)
from ksdesk.reports.protokoll_pdf import first_page_layout
from ksdesk.reports.web.model import (
    Block,
    Boxed,
    Cell,
    Columns,
    Fields,
    Heading,
    Items,
    Keep,
    PageBreak,
    Para,
    Part,
    Run,
    Signature,
    Signatures,
    Space,
    Table,
    WebDocument,
)
from ksdesk.reports.web.paragraf import paragraf_blocks


def running_header(organ: Organ, meeting: Sammantrade, kind: str) -> dict:
    """The paper's running header: kommun and organ left, kind and date right."""
    return {
        "header_left": (organ.kommun, organ.name),
        "header_right": (kind, f"Sammanträdesdatum {format_date(meeting.date)}"),
    }


def protokoll_document(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    chain: DeadlineChain | None = None,
    *,
    public: bool = False,
    fingerprint: str = "",
) -> WebDocument:
    """`fingerprint`: of the justerat protokoll, printed in the anslag/bevis as on paper."""
    kind = "PROTOKOLL · OFFENTLIG VERSION" if public else "PROTOKOLL"
    # The paper's lists: the web edition's first page holds what the paper's does.
    layout = first_page_layout(organ, meeting, protokoll, chain, public, fingerprint)
    blocks = first_page(organ, meeting, protokoll, chain, public, fingerprint, layout.rows)
    blocks += narvarolista(layout.narvarolista)
    blocks += contents(protokoll)
    for paragraf in protokoll.paragrafer:
        blocks.append(PageBreak())
        blocks += paragraf_blocks(paragraf, protokoll, organ, meeting, public=public)
        if paragraf.omedelbar_justering:
            blocks.append(_omedelbar(paragraf.nr, meeting, protokoll))
    title = f"Protokoll {organ.name} {format_date(meeting.date)}"
    title += " (offentlig version)" if public else ""
    return WebDocument(
        title=title,
        author=organ.name,
        parts=[Part(tuple(blocks), **running_header(organ, meeting, kind))],
    )


def contents(protokoll: Protokoll) -> list[Block]:
    """The list of §§ the paper prints after its first page, each linking to its §. Without
    the paper's page numbers: on screen the link is the way to the §, and the page where it
    begins differs between paper and web."""
    rows = contents_rows(protokoll)
    if not rows:
        return []
    header = tuple(Cell(text, bold=True) for text in CONTENTS_HEADER)
    body = tuple(
        (Cell((Run(row.label, link=f"#paragraf-{row.nr}"),)), Cell(row.title), Cell(row.dnr))
        for row in rows
    )
    return [PageBreak(), Heading(CONTENTS_HEADING, 2), Table((16, 120, 34), (header,), body)]


def first_page(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    chain: DeadlineChain | None,
    public: bool,
    fingerprint: str,
    first_rows: Rows,
) -> list[Block]:
    rows = tuple((label, tuple(_pointing(v) for v in values if v)) for label, values in first_rows)
    anslag = Boxed(
        (
            Para(ANSLAG_HEADING, "label"),
            Para(ANSLAG_LEAD),
            Fields(
                (
                    *(
                        (label, (value,))
                        for label, value in anslag_rows(organ, meeting, protokoll, chain)
                    ),
                    *(((FINGERPRINT_LABEL, (grouped(fingerprint),)),) if fingerprint else ()),
                    ("Underskrift", (secretary_of(meeting, protokoll),)),
                ),
                label_mm=62,
                ruled=True,
            ),
        )
    )
    people = tuple(Signature(name, label=label) for label, name in signers(meeting, protokoll))
    lead = ("Underskrifter", paragrafer_line(protokoll))
    lead += (omedelbar_note(protokoll),) if omedelbar_note(protokoll) else ()
    return [
        Heading(organ.name, 1),
        Para("Protokoll från sammanträde", "subtitle"),
        *([Para(PUBLIC_NOTE, "small")] if public else []),
        Space(4),
        Fields(rows, hanging=PEOPLE_LABELS),
        Space(4),
        Signatures(people, lines=True, lead=lead),
        Space(6),
        anslag,
    ]


NARVAROLISTA_ANCHOR = "narvarolista"


def _pointing(value: str) -> str | tuple[Run, ...]:
    """A list of people moved to the närvarolista says so, as a link to the list's heading:
    "Se närvarolistan nedan", not the paper's page (the web edition's pages are not the
    paper's, and on a screen the link is the way there). The layout is the paper's first
    one, whose list begins on page 2."""
    if value == narvarolista_pointer(2):
        return (Run(NARVAROLISTA_BELOW, link=f"#{NARVAROLISTA_ANCHOR}"),)
    return value


def narvarolista(lists: list[tuple[str, list[str]]]) -> list[Block]:
    """The lists of people too long for the first page, on a page of their own, each in two
    columns as on paper: its first half, then its second, so it is read in its order."""
    if not lists:
        return []
    blocks: list[Block] = [PageBreak(), Heading(NARVAROLISTA_HEADING, 2, NARVAROLISTA_ANCHOR)]
    for label, values in lists:
        half = (len(values) + 1) // 2
        halves = (values[:half], values[half:])
        blocks.append(Heading(label, 3))
        parts = tuple((Items(tuple(h), bullets=False, small=True),) for h in halves if h)
        blocks.append(Columns(parts, (1, 1)))
    return blocks


def _omedelbar(number: int, meeting: Sammantrade, protokoll: Protokoll) -> Keep:
    """Under a § justerad omedelbart: that it was, when, and who signed it at the table."""
    people = omedelbar_signers(meeting, protokoll, number)
    return Keep(
        (
            Space(6),
            Para(omedelbar_heading(number, meeting), "label"),
            Signatures(tuple(Signature(name, label=label) for label, name in people), lines=True),
        )
    )


def utdrag_document(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    paragraf: Paragraf,
    bestyrkt: date | None = None,
    *,
    justering_known: bool = True,
    public: bool = False,
) -> WebDocument:
    kind = "PROTOKOLLSUTDRAG · OFFENTLIG VERSION" if public else "PROTOKOLLSUTDRAG"
    blocks: list[Block] = [Para(UTDRAG_PUBLIC_NOTE, "small"), Space(3)] if public else []
    blocks += paragraf_blocks(paragraf, protokoll, organ, meeting, public=public, level=1)
    kommuner = kommun_list.kommuner()  # the same place as on paper
    words = bestyrkande(
        organ, meeting, protokoll, paragraf, bestyrkt, justering_known, public, kommuner=kommuner
    )
    blocks += [
        Space(6),
        Keep(
            (
                Heading("Utdragsbestyrkande", 2),
                Para(words.text),
                Para(words.place_date),
                Signatures((Signature(words.secretary),), lines=True),
            )
        ),
    ]
    title = f"Protokollsutdrag {paragraf.label} {organ.name} {format_date(meeting.date)}"
    title += " (offentlig version)" if public else ""
    return WebDocument(
        title=title,
        author=organ.name,
        parts=[Part(tuple(blocks), **running_header(organ, meeting, kind))],
    )
