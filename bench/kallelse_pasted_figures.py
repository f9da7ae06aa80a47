"""The fourteenth round's Kungsbacka kallelser (kallelse_pdfs_kungsbacka) selected in the PDF
and pasted into the Kallelse tab, as a viewer copies them: pypdf's text (a cell a line, as
pdf.js copies), pdftotext's (poppler's reading order) and pdftotext -layout's (the columns
kept apart by spaces). Rows right as bench/kallelse_pdf_counts.py counts them. Printed by
bench/real_kallelse_pdf_figures.py; before this reading (agenda_pasted_cells,
agenda_pasted_layout): 10, 10 and 3 of 68."""

from __future__ import annotations

import io
import subprocess

from bench.kallelse_pdf_counts import expected, fields, right

COPIES = ("pypdf", "pdftotext", "pdftotext -layout")


def copied(pdf: bytes, how: str) -> str:
    """The PDF's text as `how` (one of COPIES) gives it."""
    if how == "pypdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    command = ["pdftotext", *how.split()[1:], "-", "-"]
    return subprocess.run(command, input=pdf, capture_output=True, check=True).stdout.decode()


def pasted_fourteenth() -> list[tuple[str, list[int], int]]:
    """(list, rows right for each of COPIES, rows in the list)."""
    from ksdesk.core.errors import InvalidInput
    from ksdesk.interchange.agenda_import import read_agenda
    from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
    from tests.interchange.real_agendas_fourteenth_more import FOURTEENTH_KALLELSER

    rows = []
    for agenda, organ, when in FOURTEENTH_KALLELSER:
        pdf = kungsbacka_table(agenda, organ, when)
        wanted = expected(agenda)
        found = []
        for how in COPIES:
            try:
                read = read_agenda(copied(pdf, how).encode("utf-8"), "inklistrad text")
                found.append(right(fields(read), wanted))
            except InvalidInput:
                found.append(0)
        rows.append((agenda.name, found, len(wanted)))
    return rows


def print_pasted() -> None:
    print(f"{'fjortonde omgången, inklistrad ur PDF:en':44}" + "".join(f"{h:>19}" for h in COPIES))
    totals, count = [0] * len(COPIES), 0
    for name, found, rows in pasted_fourteenth():
        print(f"{name:44}" + "".join(f"{f'{got}/{rows}':>19}" for got in found))
        totals, count = [t + got for t, got in zip(totals, found, strict=True)], count + rows
    print(f"{'totalt':44}" + "".join(f"{f'{t}/{count}':>19}" for t in totals))
