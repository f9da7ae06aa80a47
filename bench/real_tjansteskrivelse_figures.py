"""Fields right, per real tjänsteskrivelse rebuilt as Word in the test data
(tests/interchange/real_tjansteskrivelser*.py, what each should give in
real_tjansteskrivelser_expected.py), read from the Word file, from the same document
printed as a PDF in Word's shape by the test fixture (ReportLab,
tests/interchange/tjansteskrivelse_as_pdf.py: on whole pages, and on short pages that break
every document over pages), and from the PDF LibreOffice Writer 7.4 exported from the same
Word file (tests/interchange/libreoffice_pdfs/, the only PDFs here a real office suite wrote),
as it stands and as a variant on short pages, justified and hyphenated, with page numbers;
last, that PDF with the font maps Acrobat's PDFMaker writes from Word (a two-byte code space
over one-byte codes, tests/interchange/word_pdf_files.with_pdfmakers_code_space).

    PYTHONPATH=. python bench/real_tjansteskrivelse_figures.py

A field is the title, each letterhead field (an empty one counts when the import leaves it
empty), each att-sats with its number and who decides it, each section heading, each
signature and each recipient of Beslut skickas till. Also how many report lines each file
gave: what the secretary reads before Spara; last, how many files give every att-sats,
section and signature word for word as the Word file does.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))

KINDS = (
    "Word",
    "ReportLab-PDF",
    "ReportLab, korta",
    "LibreOffice-PDF",
    "LibreOffice, korta",
    "PDFMakers kodrymd",
)
LIBREOFFICE = Path(__file__).resolve().parents[1] / "tests/interchange/libreoffice_pdfs"


_LETTERHEAD = ("title", "datum", "diarienummer", "handlaggare", "handlaggare_titel", "telefon")
_LETTERHEAD += ("epost", "mottagare")


def _as_read(ts) -> list:
    """Everything the import gives, to hold a PDF's reading word for word to Word's."""
    return [
        [getattr(ts, name) for name in _LETTERHEAD],
        [(att.nr, att.group, att.text) for att in ts.forslag],
        [(section.heading, section.text) for section in ts.sections],
        [(s.name, s.title) for s in ts.signatories],
        ts.beslut_skickas_till,
    ]


Rows = list[tuple[str, dict[str, tuple[int, int, int, list[str], bool]]]]


def _word_and_prints(folder: Path, name: str, expected: dict) -> dict[str, tuple[Path, object]]:
    """The document as Word and as the fixture's ReportLab print on whole and on short pages,
    each with the reader that reads it."""
    from ksdesk.interchange import tjansteskrivelse_docx, tjansteskrivelse_pdf
    from tests.interchange.tjansteskrivelse_as_pdf import write_pdf

    word = folder / f"{name}.docx"
    expected["write"](word)
    files: dict[str, tuple[Path, object]] = {"Word": (word, tjansteskrivelse_docx)}
    for kind, short in (("ReportLab-PDF", False), ("ReportLab, korta", True)):
        pdf = folder / f"{name}{'_korta' if short else ''}.pdf"
        write_pdf(word, pdf, short_pages=short)
        files[kind] = (pdf, tjansteskrivelse_pdf)
    return files


def _measured(files: dict[str, tuple[Path, object]], expected: dict) -> dict:
    """Per kind of file: fields right, fields, report lines, the wrong ones, and whether it
    reads word for word as the first (the Word file)."""
    from tests.interchange.real_tjansteskrivelser_expected import measure

    per_kind, from_word = {}, None
    for kind, (path, reader) in files.items():
        read = reader.read_file(path)
        right, total, wrong = measure(read.tjansteskrivelse, expected)
        lines = sum(len(lines) for _heading, lines in read.report.sections())
        text = _as_read(read.tjansteskrivelse)
        from_word = from_word or text
        per_kind[kind] = (right, total, lines, wrong, text == from_word)
    return per_kind


def figures() -> Rows:
    from ksdesk.interchange import tjansteskrivelse_pdf
    from tests.interchange.real_tjansteskrivelser_expected import EXPECTED
    from tests.interchange.word_pdf_files import with_pdfmakers_code_space

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, expected in EXPECTED.items():
            files = _word_and_prints(Path(folder), name, expected)
            files["LibreOffice-PDF"] = (LIBREOFFICE / f"{name}.pdf", tjansteskrivelse_pdf)
            files["LibreOffice, korta"] = (LIBREOFFICE / f"{name}_korta.pdf", tjansteskrivelse_pdf)
            pdfmaker = Path(folder) / f"{name}_pdfmaker.pdf"
            pdfmaker.write_bytes(with_pdfmakers_code_space(LIBREOFFICE / f"{name}.pdf"))
            files["PDFMakers kodrymd"] = (pdfmaker, tjansteskrivelse_pdf)
            rows.append((name, _measured(files, expected)))
    return rows


def later_figures() -> Rows:
    """The eleventh to fifteenth rounds' documents (real_tjansteskrivelser_eleventh,
    _twelfth, _thirteenth, _fourteenth and _fifteenth), as Word and as the fixture's ReportLab
    print on whole and on short pages: no LibreOffice export of them is in the tests (none was
    installed when they were added)."""
    from tests.interchange.real_tjansteskrivelser_eleventh import EXPECTED_ELEVENTH
    from tests.interchange.real_tjansteskrivelser_fifteenth import EXPECTED_FIFTEENTH
    from tests.interchange.real_tjansteskrivelser_fourteenth import EXPECTED_FOURTEENTH
    from tests.interchange.real_tjansteskrivelser_thirteenth import EXPECTED_THIRTEENTH
    from tests.interchange.real_tjansteskrivelser_twelfth import EXPECTED_TWELFTH

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        later = {
            **EXPECTED_ELEVENTH,
            **EXPECTED_TWELFTH,
            **EXPECTED_THIRTEENTH,
            **EXPECTED_FOURTEENTH,
            **EXPECTED_FIFTEENTH,
        }
        for name, expected in later.items():
            rows.append((name, _measured(_word_and_prints(Path(folder), name, expected), expected)))
    return rows


def _print(title: str, kinds: tuple[str, ...], rows: Rows) -> None:
    sums = {kind: [0, 0, 0] for kind in kinds}
    print(title)
    print(f"  {'':20} " + "".join(f"{kind:>22}" for kind in kinds))
    for name, per_kind in rows:
        cells, missed = [], []
        for kind in kinds:
            right, total, lines, wrong, same = per_kind[kind]
            sums[kind][0] += right
            sums[kind][1] += total
            sums[kind][2] += same
            cells.append(f"{right:>4}/{total:<3} {lines:3} rader")
            missed += [f"{kind}: {', '.join(wrong)}"] if wrong else []
        print(f"  {name:20} " + "".join(f"{cell:>22}" for cell in cells))
        for line in missed:
            print(f"  {'':20}   fel i {line}")
    print(f"  {'totalt':20} " + "".join(f"{f'{r}/{t}':>22}" for r, t, _s in sums.values()))
    same = "".join(f"{f'{s}/{len(rows)} filer':>22}" for *_counts, s in sums.values())
    print(f"  {'text som från Word':20} {same}")


def main() -> None:
    _print("Tjänsteskrivelser (fields right / fields, report lines) from", KINDS, figures())
    print()
    _print(
        "Elfte till femtonde omgången (fält rätt / fält, rader i rapporten) från",
        KINDS[:3],
        later_figures(),
    )


if __name__ == "__main__":
    main()
