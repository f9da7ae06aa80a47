"""How many rows of a real ärendelista a kallelse's PDF gives right, before and after: the
counting bench/real_kallelse_pdf_figures.py and bench/kallelse_pdf_rounds.py share.

"before": the PDF's text as ksdesk's page reader gives it (pdf_content_text.seen_lines: a
row's cells joined by single spaces), read by the pasted-text route, the way a secretary had
to go; the file itself was refused. "after": the PDF imported as a file. A row is right when
its Nr, title, Dnr as written, Dnr key, heading or not, time and föredragande are what the
list has (the fields of tests/interchange/real_agendas.Expected), in the list's order; a
refused reading counts as nothing right."""

from __future__ import annotations

import difflib
import io


def fields(result) -> list[tuple]:
    from ksdesk.core.dnr import parse_dnr

    return [
        (n, i.title, i.dnr, parse_dnr(i.dnr).key, i.is_section, i.time_slot, i.presenter)
        for n, i in zip(result.numbers, result.items, strict=True)
    ]


def right(got: list[tuple], expected: list[tuple]) -> int:
    """Rows read as the list has them, in its order."""
    matcher = difflib.SequenceMatcher(None, got, expected, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def before(data: bytes, name: str):
    """The paste route, with the text ksdesk's page reader gives the PDF."""
    import pikepdf

    from ksdesk.interchange.agenda_import import read_agenda
    from ksdesk.interchange.pdf_content_text import seen_lines

    with pikepdf.open(io.BytesIO(data)) as pdf:
        text = "\n".join(seen_lines(page)[0] for page in pdf.pages)
    return read_agenda(text.encode("utf-8"), name)


def expected(agenda) -> list[tuple]:
    """The rows the list has, field by field as `fields` gives them."""
    return [
        (e.nr, e.title, e.dnr, e.key, e.section, e.time_slot, e.presenter) for e in agenda.expected
    ]


def before_and_after(
    agenda, layouts: dict, organ: str, day: str
) -> list[tuple[str, int, int, int]]:
    """(list and layout, right before, right after, rows) for one list printed in each layout."""
    from ksdesk.core.errors import InvalidInput
    from ksdesk.interchange.agenda_import import read_agenda

    rows = []
    for layout, make in layouts.items():
        data = make(agenda, organ, day)
        found = []
        for read in (before, read_agenda):
            try:
                found.append(right(fields(read(data, "kallelse.pdf")), expected(agenda)))
            except InvalidInput:
                found.append(0)
        rows.append((f"{agenda.name} ({layout})", found[0], found[1], len(expected(agenda))))
    return rows
