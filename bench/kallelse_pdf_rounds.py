"""The real ärendelistor of each round printed as a kallelse's PDF in each layout that fits
them, rows right before and after (bench/kallelse_pdf_counts.py): every list with a Dnr
column (a sweep), the twelfth round's (Åland's kallelser), the thirteenth's plain lists and
föredragningslistor, and the fourteenth's Kungsbacka kallelser as Kungsbacka prints them.
Printed by bench/real_kallelse_pdf_figures.py."""

from __future__ import annotations

import contextlib

from bench.kallelse_pdf_counts import before_and_after


def sweep() -> list[tuple[str, int, int, int]]:
    """(list and layout, right before, right after, rows) for every real list of three or
    five columns with a Dnr column (tests/interchange/real_agendas*.py) printed as a ruled
    table, as a list set with tab stops (three columns) and as a numbered list with the Dnr
    under the title (three columns), as kallelse_pdfs prints them."""
    from ksdesk.interchange.agenda_header import field_of
    from tests.interchange import kallelse_pdfs, real_agenda_groups

    rows = []
    for agenda in real_agenda_groups.ALL_AGENDAS:
        shaped = agenda.kind in ("csv", "xlsx") and len(agenda.header) in (3, 5)
        if not shaped or field_of(agenda.header[2])[0] != "dnr":
            continue
        if any(len(row) != len(agenda.header) for row in agenda.rows):
            continue
        layouts = {"tabell": kallelse_pdfs.ruled_table}
        if len(agenda.header) == 3:
            layouts |= {"tabbar": kallelse_pdfs.tab_stops, "numrerad": kallelse_pdfs.numbered_list}
        rows += before_and_after(agenda, layouts, "Nämnden", "2020-01-01")
    return rows


def twelfth() -> list[tuple[str, int, int, int]]:
    """(list and layout, right before, right after, rows) for the twelfth round's lists of
    Nr and Ärende (Åland's kallelser, real_agendas_twelfth) in each of the three layouts."""
    from tests.interchange.real_agendas_twelfth import TWELFTH_AGENDAS

    agendas = [a for a in TWELFTH_AGENDAS if a.kind == "csv"]
    return _in_each_layout(agendas, "Kommunstyrelsen", "2018-02-12")


def thirteenth() -> list[tuple[str, int, int, int]]:
    """The same for the thirteenth round's plain lists (real_agendas_thirteenth_tables.TABLES:
    Södertälje's miljönämnd, Mörbylånga's § with its Dnr, Kil's standing ärenden), then its
    föredragningslistor that write the förslag and more under each ärende, printed a
    paragraph a line (kallelse_pdfs.paragraphs: lines broken at the page's width)."""
    from tests.interchange import kallelse_pdfs
    from tests.interchange.real_agendas_thirteenth import REGIONS
    from tests.interchange.real_agendas_thirteenth_tables import NAMNDER, TABLES

    rows = _in_each_layout(TABLES, "Nämnden", "2018-04-26")
    layout = {"paragraphs": kallelse_pdfs.paragraphs}
    for agenda in (*REGIONS, NAMNDER[1]):
        rows += before_and_after(agenda, layout, "Regionstyrelsen", "2014-03-26")
    return rows


def _in_each_layout(agendas, organ: str, day: str) -> list[tuple[str, int, int, int]]:
    from tests.interchange import kallelse_pdfs

    layouts = {
        name: getattr(kallelse_pdfs, name) for name in ("ruled_table", "tab_stops", "numbered_list")
    }
    rows = []
    for agenda in agendas:
        rows += before_and_after(agenda, layouts, organ, day)
    return rows


def fourteenth() -> list[tuple[str, int, int, int]]:
    """Kungsbacka's kallelser (real_agendas_fourteenth*.py) as their PDF prints them
    (kallelse_pdfs_kungsbacka: a ruled table, its cells' lines as the kallelse broke them,
    the rubrikrad repeated under "KUNGSBACKA KOMMUN" on each page)."""
    from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
    from tests.interchange.real_agendas_fourteenth_more import FOURTEENTH_KALLELSER

    rows = []
    for agenda, organ, when in FOURTEENTH_KALLELSER:
        layout = {"Kungsbacka": lambda a, o, w: kungsbacka_table(a, o, w)}
        rows += before_and_after(agenda, layout, organ, when)
    return rows


def walk34() -> list[tuple[str, int, int]]:
    """(how printed, rows right, rows) over Kungsbacka's kallelser (FOURTEENTH_KALLELSER)
    printed as walk34 found two: each Dnr broken inside its digits by a narrow Beteckning
    column (after its 12th character, "BN-2021-0001" over "7"), in the three tables
    kallelse_pdfs_kungsbacka prints; and each cell set at the foot of its row, and in its middle
    (pdfcentre38)."""
    import dataclasses

    from bench.kallelse_pdf_counts import expected, fields, right
    from ksdesk.core.errors import InvalidInput
    from ksdesk.interchange.agenda_import import read_agenda
    from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
    from tests.interchange.real_agendas_fourteenth_more import FOURTEENTH_KALLELSER

    def broken(dnr: str) -> str:
        whole = dnr.replace("-\n", "-")
        return f"{whole[:12]}\n{whole[12:]}" if len(whole) > 12 else whole

    printed = {
        "Dnr brutet i siffrorna, rutnät": ({"ruled": True}, broken),
        "Dnr brutet i siffrorna, linje under rubrikraden": ({"ruled": False}, broken),
        "Dnr brutet i siffrorna, utan linjer": ({"bare": True}, broken),
        "cellerna i radens fot, rutnät": ({"ruled": True, "valign": "BOTTOM"}, str),
        "cellerna i radens fot, utan linjer": ({"bare": True, "valign": "BOTTOM"}, str),
        "cellerna i radens mitt, rutnät": ({"ruled": True, "valign": "MIDDLE"}, str),
        "cellerna i radens mitt, linje under rubrikraden": (
            {"ruled": False, "valign": "MIDDLE"},
            str,
        ),
        "cellerna i radens mitt, utan linjer": ({"bare": True, "valign": "MIDDLE"}, str),
    }
    rows = []
    for name, (options, dnr) in printed.items():
        got = count = 0
        for agenda, organ, when in FOURTEENTH_KALLELSER:
            cells = tuple((r[0], r[1], dnr(r[2]), *r[3:]) for r in agenda.rows)
            data = kungsbacka_table(dataclasses.replace(agenda, rows=cells), organ, when, **options)
            with contextlib.suppress(InvalidInput):
                got += right(fields(read_agenda(data, "k.pdf")), expected(agenda))
            count += len(agenda.expected)
        rows.append((name, got, count))
    return rows
