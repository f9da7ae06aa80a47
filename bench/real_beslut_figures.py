"""Decisions read right, per real published list of delegationsbeslut in the test data
(tests/interchange/real_beslut_lists.py and, numbered 1., 2., 3., the second round's
real_beslut_lists_second.py, also as a Word document), as the .txt file, as the XLSX
variant and as the PDF variant printed over page breaks, the same PDF with each line drawn
in pieces as Acrobat's PDFMaker draws Word's lines ("pdf i bitar", tests/pdfmaker_pieces.py:
pypdf, which read the PDFs before, read a word so drawn in two), and one list within its
whole agenda page, as a secretary copies it; last, a real PDF that holds no such list but a
lettered one (stadgar), whose every row read is extra. Round 3 (real_beslut_lists_third_
kungsbacka.py): Kungsbacka's Individ & Familjeomsorg list in a tjänsteskrivelse's text (pasted
as .txt, printed as PDF), and Teknik's and Service's tables (as Word tables, and printed as
the protokoll prints them). Round 4 (real_beslut_lists_fourth_kungsbacka.py): a second month
of Teknik's list, rows that count decisions ("Beviljade: 31 / Avslagna: 5"), one that counts
none.

    PYTHONPATH=. python bench/real_beslut_figures.py

A decision is right when its Dnr, date, text, delegat, point and, for a row that counts the
decisions under a point, their number are what the list has (empty where the list names
none), in the list's order. A row read from outside the list (an item of
the next agenda item) is counted as extra; a refused file counts as nothing right. Run it on an
older ksdesk by putting that one first on PYTHONPATH to get the "before" figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))


def figures() -> list[tuple[str, int, int, int]]:
    """(list and file kind, right, expected, extra rows) for every list and file kind."""
    from tests.interchange.real_beslut_lists import (
        REAL_BESLUT_LISTS,
        WHOLE_PAGE_2022_05_24,
        pdf_variant,
        pdfmaker_variant,
        text_file,
        xlsx_variant,
    )
    from tests.interchange.real_beslut_lists_second import SECOND_BESLUT_LISTS, docx_variant

    rows = []
    for listed in (*REAL_BESLUT_LISTS, *SECOND_BESLUT_LISTS):
        kinds = [
            ("txt", text_file(listed), "lista.txt"),
            ("xlsx", xlsx_variant(listed), "lista.xlsx"),
            ("pdf", pdf_variant(listed, lines_per_page=2), "kallelse.pdf"),
            ("pdf i bitar", pdfmaker_variant(listed), "kallelse.pdf"),
        ]
        if listed in SECOND_BESLUT_LISTS:  # the second round's lists, also as Word has them
            kinds.append(("docx", docx_variant(listed), "lista.docx"))
        if listed.source.endswith("dagordning?date=2022-05-24"):
            kinds.append(("hela sidan", WHOLE_PAGE_2022_05_24.encode(), "sida.txt"))
        rows += [_scored(listed, kind, data, name) for kind, data, name in kinds]
    return [*rows, *_third_round(), _no_list()]


def _scored(listed, kind: str, data: bytes, name: str) -> tuple[str, int, int, int]:
    """(list and file kind, right, expected, extra rows) of one file."""
    from ksdesk.interchange.beslut_list import read_beslut_list

    expected = [(e.dnr, e.date, e.text, e.delegat, e.punkt, e.antal) for e in listed.expected]
    try:
        read = read_beslut_list(data, name).rows
        got = [(r.dnr, r.date, r.text, r.delegat, r.punkt, getattr(r, "antal", None)) for r in read]
    except Exception as error:  # a refusal counts as nothing right
        print(f"  {listed.name} ({kind}): {error}", file=sys.stderr)
        got = []
    right = sum(1 for g, e in zip(got, expected, strict=False) if g == e)
    return (f"{listed.name} [{kind}]", right, len(expected), max(0, len(got) - len(expected)))


def _third_round() -> list[tuple[str, int, int, int]]:
    """Kungsbacka's lists (rounds 3 and 4), each as the files the secretary gets."""
    from tests.interchange.real_beslut_lists import pdf_variant, text_file
    from tests.interchange.real_beslut_lists_fourth_kungsbacka import FOURTH_TABLES
    from tests.interchange.real_beslut_lists_third_kungsbacka import (
        THIRD_TABLES,
        THIRD_TEXT_LISTS,
        printed_table,
        word_table,
    )

    files = [
        (listed, kind, data, name)
        for listed in THIRD_TEXT_LISTS
        for kind, data, name in (
            ("txt", text_file(listed), "lista.txt"),
            ("pdf", pdf_variant(listed, lines_per_page=40), "handlingar.pdf"),
        )
    ] + [
        (listed, kind, data, name)
        for listed, header, pages in (*THIRD_TABLES, *FOURTH_TABLES)
        for kind, data, name in (
            ("docx-tabell", word_table(header, pages), "lista.docx"),
            ("pdf-tabell", printed_table(header, pages), "protokoll.pdf"),
        )
    ]
    return [_scored(*file) for file in files]


def _no_list() -> tuple[str, int, int, int]:
    """A real PDF with a lettered list and no list of decisions (Torskumlet 5's stadgar,
    tests/interchange/word_pdfs): every row read from it is extra; refused is right."""
    from ksdesk.core.errors import InvalidInput
    from ksdesk.interchange.beslut_list import read_beslut_list
    from tests.interchange.word_pdf_files import STADGAR

    try:
        taken = len(read_beslut_list(STADGAR.read_bytes(), STADGAR.name).rows)
    except InvalidInput:
        taken = 0
    return ("Torskumlet 5 stadgar, ingen lista [pdf]", 0, 0, taken)


def main() -> None:
    rows = figures()
    width = max(len(name) for name, *_ in rows)
    for name, right, total, extra in rows:
        tail = f"  ({extra} rader utanför listan)" if extra else ""
        print(f"{name:<{width}}  {right:>2} / {total:<2}{tail}")
    right = sum(r[1] for r in rows)
    total = sum(r[2] for r in rows)
    print(f"{'Summa':<{width}}  {right:>2} / {total:<2}")


if __name__ == "__main__":
    main()
