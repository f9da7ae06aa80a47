"""The web edition of the protokoll and the protokollsutdrag: the same words in the same
order as the paper edition (reports/protokoll_pdf.py, utdrag_pdf.py), from the same
sentences (core.protokoll_text, core.protokoll_rules), as a structured document: the organ
as H1, each § as H2 (in an utdrag the § is the H1), Beslut, Behandling and the rest as H3,
att-satser and beslutsunderlag as numbered lists, a votering as a table."""

from __future__ import annotations

from datetime import date

from ksdesk import kommun_list
from ksdesk.core.deadlines import DeadlineChain
from ksdesk.core.fingeravtryck import grouped
from ksdesk.core.format import format_date
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import VOTES, Deltagare, Paragraf, Protokoll
from ksdesk.core.protokoll_public import PUBLIC_NOTE, UTDRAG_PUBLIC_NOTE
from ksdesk.core.protokoll_rules import (
    anteckning_text,
    behandling_paragraphs,
    counted_votering,
    replaced_display,
    reservation_text,
    tjanstgorande,
)
from ksdesk.core.protokoll_text import (
    ANSLAG_HEADING,
    ANSLAG_LEAD,
    CONTENTS_HEADER,
    CONTENTS_HEADING,
    FINGERPRINT_LABEL,
    NARVAROLISTA_BELOW,
    NARVAROLISTA_HEADING,
    PEOPLE_LABELS,
    Rows,
    anslag_rows,
    beslut_lines,
    bestyrkande,
    contents_rows,
    narvarolista_pointer,
    omedelbar_heading,
    omedelbar_note,
    omedelbar_signers,
    paragrafer_line,
    signers,
    text_blocks,
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
                    ("Underskrift", (meeting.secretary_name,)),
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
    people = omedelbar_signers(meeting, protokoll)
    return Keep(
        (
            Space(6),
            Para(omedelbar_heading(number, meeting), "label"),
            Signatures(tuple(Signature(name, label=label) for label, name in people), lines=True),
        )
    )


def paragraf_blocks(
    paragraf: Paragraf,
    protokoll: Protokoll,
    organ: Organ,
    meeting: Sammantrade,
    *,
    public: bool = False,
    level: int = 2,
) -> list[Block]:
    """One § as the paper prints it; `level` is its heading's (2 in the protokoll, 1 in an
    utdrag, whose § is its title). A secret § of the public version stops after its
    sekretess line."""
    sub = level + 1
    title: list[Run] = [Run(paragraf.label)]
    if paragraf.dnr:
        title += [Run("\n"), Run(f"Dnr {paragraf.dnr}", small=True)]
    title += [Run("\n"), Run(paragraf.title)]
    blocks: list[Block] = [Heading(tuple(title), level, anchor=f"paragraf-{paragraf.nr}")]
    item = next((i for i in meeting.items if i.id == paragraf.item_id and i.secret), None)
    if item is not None:
        ref = f" enligt {item.secrecy_ref}" if item.secrecy_ref else ""
        blocks.append(Para(f"Sekretess{ref}", "label"))
        if public:
            return blocks
    blocks.append(Heading("Beslut", sub))
    blocks += _beslut(paragraf)
    if paragraf.beskrivning.strip():
        blocks.append(Heading("Beskrivning av ärendet", sub))
        blocks += [Para(text) for text in text_blocks(paragraf.beskrivning)]
    if paragraf.beslutsunderlag:
        blocks.append(Heading("Beslutsunderlag", sub))
        count = len(paragraf.beslutsunderlag)
        labels = tuple(f"{i}." for i in range(1, count + 1))
        blocks.append(Items(tuple(paragraf.beslutsunderlag), labels))
    people = protokoll.upprop
    behandling = behandling_paragraphs(paragraf, people, organ.name, meeting.chair_name)
    if behandling:
        blocks.append(Heading("Behandling", sub))
        blocks += [Para(text) for text in behandling]
        if paragraf.votering is not None:
            blocks.append(_votering_table(paragraf, people))
    if paragraf.reservationer:
        blocks.append(Heading("Reservation", sub))
        for r in paragraf.reservationer:
            blocks.append(Para(reservation_text(people, r.names, r.text)))
            blocks += [Para(text) for text in text_blocks(r.motivering)]
    if paragraf.anteckningar:
        blocks.append(Heading("Protokollsanteckning", sub))
        blocks += [Para(anteckning_text(people, a.names, a.text)) for a in paragraf.anteckningar]
    if paragraf.beslut_skickas_till:
        blocks.append(Heading("Beslut skickas till", sub))
        blocks.append(Items(tuple(paragraf.beslut_skickas_till), bullets=False))
    return blocks


def _beslut(paragraf: Paragraf) -> list[Block]:
    """Plain lines as paragraphs; a run of att-satser ("1. …") as one numbered list."""
    blocks: list[Block] = []
    run: list[tuple[str, str]] = []

    def flush() -> None:
        if run:
            blocks.append(Items(tuple(t for _, t in run), tuple(n for n, _ in run)))
            run.clear()

    for line in beslut_lines(paragraf):
        if line.numbered:
            number, _, text = line.text.partition(" ")
            run.append((number, text))
        else:
            flush()
            blocks.append(Para(line.text))
    flush()
    return blocks


def _votering_table(paragraf: Paragraf, people: list[Deltagare]) -> Table:
    votering = paragraf.votering
    assert votering is not None
    header = tuple(
        Cell(h, bold=True, align="left" if i < 2 else "center")
        for i, h in enumerate(("Ledamot", "Ersätter", "Ja", "Nej", "Avstår"))
    )
    rows = []
    for seat in tjanstgorande(people, paragraf):
        vote = votering.votes.get(seat.deltagare.name, "")
        marks = tuple(Cell("X" if vote == v else "", align="center") for v in VOTES)
        rows.append((Cell(seat.deltagare.display), Cell(replaced_display(people, seat)), *marks))
    totals = counted_votering(paragraf, people).totals  # as on paper
    total_cells = tuple(Cell(str(totals[v]), align="center", bold=True) for v in VOTES)
    rows.append((Cell("Summa", bold=True), Cell(""), *total_cells))
    return Table((70, 50, 16, 16, 16), (header,), tuple(rows))


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
