"""How ksdesk's readers read real PDFs written from Microsoft Word (Word's own "Spara som
PDF" and Adobe's PDFMaker add-in): the files in tests/interchange/word_pdfs, whose README
names each source.

    PYTHONPATH=. python bench/real_word_pdf_figures.py

Per file, against poppler's pdftotext (the reference; the figures need it on PATH):
- words in pdftotext's order: how many of pdftotext's words each reading gives in the same
  order, for the public check's reading as the page is seen (interchange.pdf_layout), its
  reading in drawing order (interchange.pdf_content_text), pypdf's (which the delegationsbeslut
  PDF import reads, and search did before step m1806) and the search index's
  (interchange.pdf_text: the lines as seen, each word once, without the column reading);
- found: whether the public check finds a personnummer and a name written into page 1 the way
  the file's producer writes text (tests/interchange/word_pdf_files.with_a_person), in any of
  its readings;
- audited: whether the last reader before a public PDF is written (pdf_audit) finds it;
- left: whether that number is still in the public copy once taken out (pdf_public.strip and
  remove_numbers), read by another reader (pypdf);
- the title the tjänsteskrivelse PDF import reads.
Run it on an older ksdesk by putting that one first on PYTHONPATH to get the "before" figures.
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))


def _words(text: str) -> list[str]:
    return re.findall(r"\S+", text.replace("\n|\n", " "))


def _in_order(reference: list[str], read: list[str]) -> int:
    matcher = difflib.SequenceMatcher(a=reference, b=read, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def figures() -> list[tuple[str, str, int, dict[str, int], tuple[bool, bool, bool], str]]:
    """(file, producer, pdftotext's words, words in order per reading, (person found, number
    found by the audit, number left in the public copy), title)."""
    import io

    import pikepdf
    from pypdf import PdfReader

    from ksdesk.core.personnummer import find_personnummer
    from ksdesk.interchange import tjansteskrivelse_pdf
    from ksdesk.interchange.pdf_audit import audit_pdf
    from ksdesk.interchange.pdf_public import read_pages_text, remove_numbers, strip
    from ksdesk.interchange.pdf_text import bilaga_text, pypdf_text
    from tests.interchange.word_pdf_files import ALL, NAME, NUMBER, with_a_person

    rows = []
    for path in ALL:
        data = path.read_bytes()
        with pikepdf.open(path) as pdf:
            producer = str(pdf.docinfo.get("/Producer", ""))
        run = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
        reference = _words(run.stdout.decode("utf-8"))
        pages = read_pages_text(data)
        readings = {
            "som den syns": "\n".join(page.layout for page in pages),
            "ritordning": "\n".join(page.text for page in pages),
            "pypdf": pypdf_text(data) or "",
            "sökindexet": bilaga_text(path.name, data) or "",
        }
        in_order = {kind: _in_order(reference, _words(text)) for kind, text in readings.items()}
        with_person = with_a_person(path)
        planted = read_pages_text(with_person)[0].readings
        found = NAME in planted and any(hit.text == NUMBER for hit in find_personnummer(planted))
        audited = bool(audit_pdf(with_person).findings)
        published, _ = remove_numbers(strip(with_person), frozenset({NUMBER.replace("-", "")}))
        pages_out = PdfReader(io.BytesIO(published)).pages
        left = bool(find_personnummer("".join(page.extract_text() for page in pages_out)))
        try:
            title = tjansteskrivelse_pdf.read_file(path).tjansteskrivelse.title
        except Exception as error:  # a refusal is a figure too
            title = f"(vägrad: {error})"
        rows.append((path.name, producer, len(reference), in_order, (found, audited, left), title))
    return rows


def main() -> None:
    print("Riktiga PDF-filer från Word: ord i pdftotexts ordning per läsning, personen hittad")
    for name, producer, total, in_order, (found, audited, left), title in figures():
        print(f"  {name} ({producer})")
        for kind, right in in_order.items():
            print(f"    {kind:14} {right:>5}/{total}")
        print(f"    personnummer och namn inskrivna: {'hittade' if found else 'MISSADE'}")
        print(f"    sista läsaren (pdf_audit): {'hittade' if audited else 'MISSADE'} numret")
        print(f"    numret kvar i den offentliga kopian: {'JA' if left else 'nej'}")
        print(f"    tjänsteskrivelsens rubrik: {title!r}")


if __name__ == "__main__":
    main()
