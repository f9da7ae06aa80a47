"""Ärenden read right from a kallelse's PDF: ksdesk's own kallelse (the demo's meeting
2020-12-07, printed by `ksdesk kallelse`) and four real ärendelistor printed in their kommun's
layouts (tests/interchange/kallelse_pdfs.py: a ruled table, tab stops, landscape, a numbered
list with the Dnr under the title), each over two pages with a running header and footer.

    PYTHONPATH=. python bench/real_kallelse_pdf_figures.py

Then every real list of the test data with a Dnr column in each layout that fits it (a
sweep: the layouts were made for the first four, the others were not looked at first).

Then the twelfth round's lists (Åland's kallelser, Nr and Ärende) in each layout, the
thirteenth's plain lists (real_agendas_thirteenth_tables.TABLES), and the fourteenth's
Kungsbacka kallelser as Kungsbacka prints them (bench/kallelse_pdf_rounds.py), and the same
kallelser selected and pasted as three viewers copy them (bench/kallelse_pasted_figures.py).

Then Kungsbacka's kallelser written in Word and printed to PDF without rules (walk29), rows
right and rows read as their .docx reads them; and as walk34 printed them: each Dnr broken
inside its digits, each cell set at the foot of its row (before: 39/68 each way; 3/68 and 6/68);
and each cell set in the middle of its row (pdfcentre38; before: 25/68 ruled, 25/68 with a
line under the rubrikrad, 24/68 without rules).

Then each kallelse with page 1 or 2 read by pypdf (its font one ksdesk's reader cannot read).

Last, a kallelse of 100 pages with its list on page 14 (after an inledning, before the
handlingar): rows right and the import's time, and the reading's time per page.

"before" and "after", and when a row is right: bench/kallelse_pdf_counts.py.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))
from bench.kallelse_pasted_figures import print_pasted
from bench.kallelse_pdf_counts import before, expected, fields, right
from bench.kallelse_pdf_rounds import fourteenth, sweep, thirteenth, twelfth, walk34


def _demo_kallelse() -> tuple[bytes, list[tuple]]:
    """ksdesk's own kallelse of the demo's 2020-12-07 and its agenda's ärenden."""
    from ksdesk.cli import main

    with tempfile.TemporaryDirectory() as folder:
        db, out = Path(folder) / "demo.db", Path(folder) / "k.pdf"
        main(["demo", "--db", str(db)])
        main(["kallelse", "--db", str(db), "--meeting", "2020-12-07", "--out", str(out)])
        import datetime as dt

        from ksdesk.core.dnr import parse_dnr
        from ksdesk.core.meeting import written_dnr
        from ksdesk.services import meeting_lookup
        from ksdesk.services.store import open_database

        store = open_database(db, read_only=True)
        meeting = meeting_lookup.find_meeting(store, dt.date(2020, 12, 7))
        store.close()
        # As printed: the Dnr as the kallelse writes it ("KS 2020/434"), no time or föredragande.
        written = [written_dnr(i) for i in meeting.items]
        expected = [
            (n, i.title, dnr, parse_dnr(dnr).key, i.is_section, "", "")
            for n, (i, dnr) in enumerate(zip(meeting.items, written, strict=True), start=1)
        ]
        return out.read_bytes(), expected


def figures() -> list[tuple[str, int, int, int]]:
    """(kallelse, right before, right after, rows in the list)."""
    from ksdesk.core.errors import InvalidInput
    from ksdesk.interchange.agenda_import import read_agenda
    from tests.interchange.kallelse_pdfs import REAL_KALLELSER

    cases = [("ksdesk-demo-2020-12-07", *_demo_kallelse())]
    for name, agenda, make in REAL_KALLELSER:
        cases.append((name, make(), expected(agenda)))
    rows = []
    for name, data, wanted in cases:
        found = []
        for read in (before, read_agenda):
            try:
                found.append(right(fields(read(data, f"{name}.pdf")), wanted))
            except InvalidInput:
                found.append(0)
        rows.append((name, found[0], found[1], len(wanted)))
    return rows


def kungsbacka_from_word() -> list[tuple[str, int, int, int]]:
    """(kallelse, rows right, rows as the .docx reads them field by field, rows) for
    Kungsbacka's kallelser written in Word and printed to PDF, a table without rules
    (tests/interchange/real_agendas_kungsbacka_wrapped: walk29's finding 3). Right: Nr, title,
    Dnr, heading, time and föredragande as the list has them; as the .docx: förslag and kind
    too, as the same list's Word document is read. Each printed twice: the cells at the top
    of their rows, and in their middle (pdfcentre38; before: 0/10, 0/6, 3/6, two refused)."""
    from bench.kallelse_pdf_counts import before_and_after
    from ksdesk.core.errors import InvalidInput
    from ksdesk.interchange.agenda_import import read_agenda
    from tests.interchange.kallelse_pdfs_kungsbacka import kungsbacka_table
    from tests.interchange.real_agenda_groups import as_word
    from tests.interchange.real_agendas_kungsbacka_wrapped import WRAPPED_KALLELSER

    def whole(read) -> list[tuple]:
        return [
            (n, i.title, i.dnr, i.presenter, i.time_slot, i.proposal, i.kind, i.is_section)
            for n, i in zip(read.numbers, read.items, strict=True)
        ]

    rows = []
    for layout, valign in (("Word till PDF", "TOP"), ("mitt i raden", "MIDDLE")):

        def printed(agenda, organ: str, when: str, valign: str = valign) -> bytes:
            return kungsbacka_table(agenda, organ, when, bare=True, valign=valign)

        for agenda, organ, when in WRAPPED_KALLELSER:
            [(name, _before, after, count)] = before_and_after(
                agenda, {layout: printed}, organ, when
            )
            word = whole(read_agenda(as_word(agenda), "k.docx"))
            try:
                pdf = whole(read_agenda(printed(agenda, organ, when), "k.pdf"))
            except InvalidInput:
                pdf = []
            # In order, as `after` is counted.
            rows.append((name, after, right(pdf, word), count))
    return rows


def long_kallelser() -> list[tuple[str, int, int, float]]:
    """(list, right, rows, ms) for a 100-page kallelse (tests/interchange/long_kallelse_pdfs):
    the list on page 14 after an inledning, the handlingar after it; ms for the import, the
    best of three."""
    import time

    from ksdesk.interchange.agenda_import import read_agenda
    from tests.interchange.kallelse_pdfs import REAL_KALLELSER
    from tests.interchange.long_kallelse_pdfs import long_kallelse

    rows = []
    for _name, agenda, _make in REAL_KALLELSER[:3]:
        if len(agenda.header) != 3:
            continue
        data = long_kallelse(agenda, 14, 100)
        times = []
        for _ in range(3):
            started = time.perf_counter()
            read = read_agenda(data, "kallelse.pdf")
            times.append((time.perf_counter() - started) * 1000)
        wanted = expected(agenda)
        rows.append((agenda.name, right(fields(read), wanted), len(wanted), min(times)))
    return rows


def pypdf_pages() -> list[tuple[str, int, int]]:
    """(kallelse and page, right, rows) for each real kallelse with page 1 or page 2 written
    in a font ksdesk's reader cannot read, so that pypdf reads that page (a cell a line)."""
    from ksdesk.core.errors import InvalidInput
    from ksdesk.interchange.agenda_import import read_agenda
    from tests.interchange.kallelse_pdfs import REAL_KALLELSER
    from tests.interchange.test_beslut_text import _with_a_font_without_map

    rows = []
    for name, agenda, make in REAL_KALLELSER:
        wanted = expected(agenda)
        for page in (1, 2):
            data = _with_a_font_without_map(make(), page)
            try:
                got = right(fields(read_agenda(data, "kallelse.pdf")), wanted)
            except InvalidInput:
                got = 0
            rows.append((f"{name} (sida {page} av pypdf)", got, len(wanted)))
    return rows


def _reading_ms_per_page() -> float:
    """ms per page for reading every page of the 100-page kallelse (pdf_page_reading and
    agenda_pdf_lines), as a file without a list is scanned to its end."""
    import time

    from ksdesk.core.import_report import ImportReport
    from ksdesk.interchange.agenda_pdf_pages import Page, _lines
    from ksdesk.interchange.pdf_page_reading import read_pages
    from tests.interchange.long_kallelse_pdfs import long_kallelse
    from tests.interchange.real_agendas_more import STOCKHOLM_ALDRE_2013

    data = long_kallelse(STOCKHOLM_ALDRE_2013, 14, 100)
    started = time.perf_counter()
    pages = [
        Page(got.number, _lines(got))
        for got in read_pages(data, "k.pdf", ImportReport("x", "k.pdf"), "ärendena")
    ]
    return (time.perf_counter() - started) * 1000 / len(pages)


def _table(title: str, rows: list[tuple[str, int, int, int]]) -> None:
    total = [0, 0, 0]
    print(f"{title:52} {'före':>6} {'efter':>6}")
    for name, earlier, after, count in rows:
        print(f"{name:52} {earlier:>3}/{count:<2} {after:>3}/{count:<2}")
        total = [total[0] + earlier, total[1] + after, total[2] + count]
    print(f"{'totalt':52} {total[0]:>3}/{total[2]:<3} {total[1]:>3}/{total[2]:<3}")


def main() -> None:
    import contextlib

    with contextlib.redirect_stdout(io.StringIO()):  # the demo's and kallelse's own lines
        cases = figures()
    _table("kallelse", cases)
    print()
    _table("varje verklig lista med Dnr-kolumn, i varje layout", sweep())
    print()
    _table("tolfte omgången (Åland), i varje layout", twelfth())
    print()
    _table("trettonde omgången (nämnder), i varje layout", thirteenth())
    print()
    _table("fjortonde omgången (Kungsbacka), som kallelsen skrivs ut", fourteenth())
    print()
    print_pasted()
    print()
    print(f"{'Kungsbacka skriven i Word, som PDF (utan linjer)':52} {'rätt':>6} {'som docx':>9}")
    for name, right_rows, as_docx, count in kungsbacka_from_word():
        print(f"{name:52} {right_rows:>3}/{count:<2} {as_docx:>6}/{count:<2}")
    print()
    print(f"{'Kungsbacka som walk34 skrev ut dem':52} {'rätt':>6}")
    for name, got, rows in walk34():
        print(f"{name:52} {got:>3}/{rows:<2}")
    print()
    print(f"{'en sida läst av pypdf (typsnitt ksdesk inte kan läsa)':52} {'rätt':>6}")
    right = count = 0
    for name, got, rows in pypdf_pages():
        print(f"{name:52} {got:>3}/{rows:<2}")
        right, count = right + got, count + rows
    print(f"{'totalt':52} {right:>3}/{count:<3}")
    print()
    print("kallelse på 100 sidor, listan på sidan 14          rätt      ms")
    for name, right, count, ms in long_kallelser():
        print(f"{name:48} {right:>3}/{count:<3} {ms:>7.0f}")
    print(f"läsning av varje sida: {_reading_ms_per_page():.1f} ms per sida")


if __name__ == "__main__":
    main()
