"""One § of the web protokoll and protokollsutdrag (reports.web.protokoll), as the paper
prints it (reports.protokoll_common.paragraf_story): its heading, sekretess line, Beslut
with the att-satser as a numbered list, Beskrivning, Beslutsunderlag, Behandling with a
votering as a table, reservationer, protokollsanteckningar and Beslut skickas till."""

from __future__ import annotations

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import VOTES, Deltagare, Paragraf, Protokoll
from ksdesk.core.protokoll_beslut import BeslutTable, beslut_sections
from ksdesk.core.protokoll_chair import paragraf_behandling, voters
from ksdesk.core.protokoll_deltar import deltar_inte_sections
from ksdesk.core.protokoll_public import not_in_full_line, secret_paragraf_lines
from ksdesk.core.protokoll_rules import (
    Tjanstgor,
    anteckning_text,
    counted_votering,
    replaced_display,
    reservation_text,
)
from ksdesk.core.protokoll_text import text_blocks
from ksdesk.core.secrecy_ref import printed_ref
from ksdesk.reports.web.model import Block, Cell, Heading, Items, Para, Run, Table


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
        ref = printed_ref(item.secrecy_ref)  # one saved without its law, completed
        blocks.append(Para(f"Sekretess enligt {ref}" if ref else "Sekretess", "label"))
        if public:
            lines = secret_paragraf_lines(protokoll.justering, organ)
            return blocks + [Para(line) for line in lines]
    if public and (note := not_in_full_line(meeting, paragraf)):
        return [*blocks, Para(note)]
    blocks += _beslut(paragraf, organ.name, sub)
    for heading, lines in deltar_inte_sections(paragraf, protokoll.upprop):
        blocks.append(Heading(heading, sub))
        blocks += [Para(line) for line in lines]
    if paragraf.beskrivning.strip():
        blocks.append(Heading("Beskrivning av ärendet", sub))
        blocks += [Para(text) for text in text_blocks(paragraf.beskrivning)]
    if paragraf.beslutsunderlag:
        blocks.append(Heading("Beslutsunderlag", sub))
        count = len(paragraf.beslutsunderlag)
        labels = tuple(f"{i}." for i in range(1, count + 1))
        blocks.append(Items(tuple(paragraf.beslutsunderlag), labels))
    people = protokoll.upprop
    behandling = paragraf_behandling(meeting, protokoll, paragraf, organ.name)
    if behandling:
        blocks.append(Heading("Behandling", sub))
        blocks += [Para(text) for text in behandling]
        if paragraf.votering is not None:
            blocks.append(_votering_table(paragraf, voters(meeting, protokoll, paragraf), people))
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


def _beslut(paragraf: Paragraf, organ_name: str, level: int) -> list[Block]:
    """Under its heading ("Beslut", or "Beslut – Förslag till kommunfullmäktige" over what
    the organ only proposes: core.protokoll_beslut.beslut_sections), plain lines as
    paragraphs; a run of att-satser ("1. …") as one numbered list; a table under an att-sats
    as a table."""
    blocks: list[Block] = []
    run: list[tuple[str, str]] = []

    def flush() -> None:
        if run:
            blocks.append(Items(tuple(t for _, t in run), tuple(n for n, _ in run)))
            run.clear()

    for heading, lines in beslut_sections(paragraf, organ_name):
        blocks.append(Heading(heading, level))
        for line in lines:
            if isinstance(line, BeslutTable):
                flush()
                blocks.append(_beslut_table(line))
            elif line.numbered:
                number, _, text = line.text.partition(" ")
                run.append((number, text))
            else:
                flush()
                blocks.append(Para(line.text))
        flush()
    return blocks


def _beslut_table(table: BeslutTable) -> Table:
    """As on paper: the columns as wide as their longest cells, amounts to the right."""
    aligns = ["right" if amount else "left" for amount in table.amounts]
    widths = tuple(max(len(row[i]) for row in table.rows) + 4 for i in range(len(aligns)))
    header = tuple(Cell(t, bold=True, align=a) for t, a in zip(table.rows[0], aligns, strict=True))
    rows = tuple(
        tuple(Cell(t, align=a) for t, a in zip(row, aligns, strict=True)) for row in table.rows[1:]
    )
    return Table(widths, (header,), rows)


def _votering_table(
    paragraf: Paragraf, seats: list[tuple[Tjanstgor, str]], people: list[Deltagare]
) -> Table:
    votering = paragraf.votering
    assert votering is not None
    header = tuple(
        Cell(h, bold=True, align="left" if i < 2 else "center")
        for i, h in enumerate(("Ledamot", "Ersätter", "Ja", "Nej", "Avstår"))
    )
    rows = []
    for seat, name in seats:
        vote = votering.votes.get(seat.deltagare.name, "")
        marks = tuple(Cell("X" if vote == v else "", align="center") for v in VOTES)
        rows.append((Cell(name), Cell(replaced_display(people, seat)), *marks))
    totals = counted_votering(paragraf, people).totals  # as on paper
    total_cells = tuple(Cell(str(totals[v]), align="center", bold=True) for v in VOTES)
    rows.append((Cell("Summa", bold=True), Cell(""), *total_cells))
    return Table((70, 50, 16, 16, 16), (header,), tuple(rows))
