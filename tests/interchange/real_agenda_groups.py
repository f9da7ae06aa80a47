"""Every real ärendelista of the test data, the fourteen rounds together, with the builder that
writes each as its kommun's file (bench/real_import_figures.py and the Word tests read them
all): the fourteenth round's kallelser (Kungsbacka's tables) as Word documents."""

from __future__ import annotations

import io

import docx

from tests.interchange.real_agendas import REAL_AGENDAS, RealAgenda, build
from tests.interchange.real_agendas_eighth import EIGHTH_AGENDAS
from tests.interchange.real_agendas_eleventh import ELEVENTH_AGENDAS
from tests.interchange.real_agendas_fifth import FIFTH_AGENDAS
from tests.interchange.real_agendas_fourteenth_more import FOURTEENTH_AGENDAS
from tests.interchange.real_agendas_fourth import FOURTH_AGENDAS, build_fourth
from tests.interchange.real_agendas_more import MORE_AGENDAS, build_more
from tests.interchange.real_agendas_ninth import NINTH_AGENDAS
from tests.interchange.real_agendas_seventh import SEVENTH_AGENDAS
from tests.interchange.real_agendas_sixth import SIXTH_AGENDAS
from tests.interchange.real_agendas_tenth import TENTH_AGENDAS
from tests.interchange.real_agendas_third import THIRD_AGENDAS, build_third
from tests.interchange.real_agendas_thirteenth import REGIONS
from tests.interchange.real_agendas_thirteenth_tables import NAMNDER, TABLES
from tests.interchange.real_agendas_twelfth import TWELFTH_AGENDAS

BUILT = [
    *((a, build) for a in REAL_AGENDAS),
    *((a, build_more) for a in MORE_AGENDAS),
    *((a, build_third) for a in THIRD_AGENDAS),
    *((a, build_fourth) for a in FOURTH_AGENDAS),
    *((a, build_fourth) for a in FIFTH_AGENDAS),
    *((a, build_fourth) for a in SIXTH_AGENDAS),
    *((a, build_fourth) for a in SEVENTH_AGENDAS),
    *((a, build_fourth) for a in EIGHTH_AGENDAS),
    *((a, build_fourth) for a in NINTH_AGENDAS),
    *((a, build_fourth) for a in TENTH_AGENDAS),
    *((a, build_fourth) for a in ELEVENTH_AGENDAS),
    *((a, build_fourth) for a in TWELFTH_AGENDAS),
    *((a, build_fourth) for a in (*REGIONS, *NAMNDER, *TABLES)),
    *((a, lambda agenda: (as_word(agenda), f"{agenda.name}.docx")) for a in FOURTEENTH_AGENDAS),
]
THIRTEENTH = {a.name for a in (*REGIONS, *NAMNDER, *TABLES)}
FOURTEENTH = {a.name for a in FOURTEENTH_AGENDAS}
ALL_AGENDAS = [agenda for agenda, _builder in BUILT]


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def as_word(agenda: RealAgenda) -> bytes:
    """The list as a kallelse in Word writes it: a table under a heading paragraph, or (a
    list copied as text) a paragraph a line."""
    document = docx.Document()
    if agenda.kind == "paste":
        for row in agenda.rows:
            document.add_paragraph(row[0])
        return saved(document)
    document.add_paragraph("Kallelse till sammanträde")
    table = document.add_table(rows=0, cols=len(agenda.header))
    for row in (agenda.header, *agenda.rows):
        cells = table.add_row().cells
        for index, text in enumerate(list(row)[: len(agenda.header)]):
            cells[index].text = text or ""
    return saved(document)
