"""A protected person's phone number (core.protected_phones) on real municipal texts: what the
masking takes out of untouched text (every hit a false alarm), and whether a registered
number written into the same texts is found where it was put.

The texts: those of bench/personnummer_real_texts.py (the seed packet, the corpus of other
kommuner, the real texts full of other numbers kept with the tests) and the real
tjänsteskrivelser the import tests rebuild as Word files (their letterheads: "Handläggare,
telefon", an extension alone), each read as its paragraphs and table rows, and the real PDFs
written from Word kept with the tests (a förening's kallelse with its board's numbers).

Without a planted number, three registers are tried:
- each real number in the texts with another area code, same extension ("0243-860 16" for
  "0240-860 16"), and with its last digit changed: the neighbours most likely to be hit;
- 2 000 made-up numbers (seeded);
- every group of four or five digits standing alone on a phone line of the texts: the places
  where the extension rule would mask for someone whose number ends so. Each is printed, so
  that one that is not a phone extension can be named.
With a planted number, each form is put at random word boundaries (seeded) and must be masked
exactly there; the extension alone without a label must not be (by design: an amount).

Run: `.venv/bin/python bench/protected_phone_real_texts.py`.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.personnummer_real_texts import texts as number_texts
from ksdesk.core.protected_phones import (
    _LABEL,
    PHONE_NEUTRAL,
    phone_digits,
    phone_spans,
)

INSERTS = 300  # per form
rng = random.Random(2026)
_REAL_PHONE = re.compile(r"(?<![\d+])(?:\+46[ (0)]*|0)\d{1,3}[- ]?\d[\d ]{3,9}\d(?!\d)")
_ALONE = re.compile(r"(?<![\d\-–.])(?<!\d[ \-–.])\d(?:[ \u00a0]?\d){3,4}(?![\d\-–.]|[ ]\d)")


def letterheads() -> list[tuple[str, str]]:
    """The real tjänsteskrivelser of the import tests, as their Word files read."""
    import docx

    from tests.interchange import real_tjansteskrivelser, real_tjansteskrivelser_more

    found = []
    with tempfile.TemporaryDirectory() as folder:
        for module in (real_tjansteskrivelser, real_tjansteskrivelser_more):
            for name in dir(module):
                if not name.startswith("write_"):
                    continue
                path = Path(folder) / f"{name}.docx"
                getattr(module, name)(path)
                document = docx.Document(str(path))
                lines = [p.text for p in document.paragraphs]
                for table in document.tables:
                    lines += ["\t".join(cell.text for cell in row.cells) for row in table.rows]
                for section in document.sections:
                    for table in section.header.tables:
                        lines += ["\t".join(c.text for c in row.cells) for row in table.rows]
                    lines += [p.text for p in section.header.paragraphs]
                found.append((name.removeprefix("write_"), "\n".join(lines)))
    return found


def word_pdfs() -> list[tuple[str, str]]:
    """The real PDFs written from Word kept with the tests (a förening's kallelse, stadgar),
    read as a bilaga is (interchange.pdf_text)."""
    from ksdesk.interchange.pdf_text import bilaga_text

    folder = Path(__file__).resolve().parent.parent / "tests" / "interchange" / "word_pdfs"
    read = [(p.name, bilaga_text(p.name, p.read_bytes())) for p in sorted(folder.glob("*.pdf"))]
    return [(name, text) for name, text in read if text]


def report(corpus, phones: tuple[str, ...], title: str, show: int = 12) -> int:
    alarms = 0
    for name, text in corpus:
        for start, end in phone_spans(text, phones):
            alarms += 1
            if alarms <= show:
                around = " ".join(text[max(0, start - 40) : end + 30].split())
                print(f"    {name}: {text[start:end]!r} … {around}")
    print(f"  {title}: {len(phones)} numbers registered, {alarms} hits")
    return alarms


def neighbours(corpus) -> tuple[str, ...]:
    real = {phone_digits(m.group()) for _n, t in corpus for m in _REAL_PHONE.finditer(t)}
    real.discard("")
    print(f"  real numbers in the texts: {len(real)}")
    shifted = set()
    for digits in real:
        area = digits[1:4]
        other = f"{(int(area[0]) % 9) + 1}{area[1:]}"
        shifted.add(f"0{other}{digits[4:]}")
        shifted.add(f"{digits[:-1]}{(int(digits[-1]) + 1) % 10}")
    return tuple(sorted(shifted - real))


def made_up(count: int) -> tuple[str, ...]:
    return tuple(f"0{rng.randint(11, 999)}{rng.randint(10000, 999999)}" for _ in range(count))


def phone_line_groups(corpus) -> int:
    """Digits standing alone on a phone line: where an extension would be masked."""
    count = 0
    for name, text in corpus:
        for found in _ALONE.finditer(text):
            line_start = text.rfind("\n", 0, found.start()) + 1
            near = text[max(line_start, found.start() - 40) : found.start()]
            if _LABEL.search(near):
                count += 1
                around = " ".join(text[max(0, found.start() - 50) : found.end() + 20].split())
                print(f"    {name}: {found.group()!r} … {around}")
    print(f"  digit groups of 4-5 alone on a phone line: {count}")
    return count


FORMS = {
    "0240-866 56": lambda d: f"{d[:4]}-{d[4:7]} {d[7:]}",
    "0240-86656": lambda d: f"{d[:4]}-{d[4:]}",
    "024086656": lambda d: d,
    "0240 86 656": lambda d: f"{d[:4]} {d[4:6]} {d[6:]}",
    "(0240) 866 56": lambda d: f"({d[:4]}) {d[4:7]} {d[7:]}",
    "+46 240 866 56": lambda d: f"+46 {d[1:4]} {d[4:7]} {d[7:]}",
    "+46 (0)240-86656": lambda d: f"+46 (0){d[1:4]}-{d[4:]}",
    "0240-\\n866 56 (line break)": lambda d: f"{d[:4]}-\n{d[4:7]} {d[7:]}",
    "Telefon 86656": lambda d: f"Telefon {d[4:]}",
    "Tfn: 866 56": lambda d: f"Tfn: {d[4:7]} {d[7:]}",
    "Direkt 86656,": lambda d: f"Direkt {d[4:]},",
    "letterhead: Telefon\\nNN 86656": lambda d: f"Handläggare\tTelefon\nAnna Berg\t{d[4:]}",
}
UNLABELLED = "86656 (no label: left, by design)"


def planted(corpus, show: int = 2) -> None:
    print(f"Planted ({INSERTS} of each form at random word boundaries):")
    for form, write in [*FORMS.items(), (UNLABELLED, lambda d: d[4:])]:
        found = 0
        for _ in range(INSERTS):
            digits = f"0{rng.randint(200, 699)}{rng.randint(80000, 89999)}"
            _name, text = rng.choice(corpus)
            # A letterhead's rows stand on lines of their own; the rest anywhere in a line.
            mark = "\n" if form.startswith("letterhead") else " "
            gaps = [i for i, c in enumerate(text) if c == mark] or [len(text)]
            at = rng.choice(gaps) + 1 if gaps[0] < len(text) else len(text)
            written = write(digits)
            if mark == "\n" and text[at - 1 : at] != "\n":
                written = f"\n{written}"  # a text of one line: the letterhead starts one
            doc = f"{text[:at]}{written} {text[at:]}"
            number = re.search(r"[+(\d].*\d", written.split("\n")[-1].split("\t")[-1])
            begin, end = at + written.rindex(number.group()), at + len(written.rstrip(","))
            spans = phone_spans(doc, (digits,))
            if any(s <= begin and e >= end for s, e in spans):
                found += 1
            elif form != UNLABELLED and (show := show - 1) >= 0:
                print(f"      left: {' '.join(doc[max(0, at - 30) : end + 20].split())!r}")
        print(f"  {form:<34} {found:>4} of {INSERTS} masked")


def main() -> None:
    corpus = number_texts([]) + letterheads() + word_pdfs()
    words = sum(len(t.split()) for _n, t in corpus)
    print(f"{len(corpus)} texts, {words} words; masked as {PHONE_NEUTRAL}")
    print("Without a planted number:")
    near = report(corpus, neighbours(corpus), "neighbours of the real numbers")
    random_hits = report(corpus, made_up(2000), "made-up numbers")
    phone_line_groups(corpus)
    rate = (near + random_hits) / words * 10_000 if words else 0.0
    print(f"  false alarms: {near + random_hits}, {rate:.2f} per 10 000 words")
    planted(corpus)


if __name__ == "__main__":
    main()
