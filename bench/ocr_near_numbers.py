"""The OCR rule of core.personnummer_near: a date and four digits in a picture's OCR text
that fail the check digit make the page the secretary's to look at. What it costs, and what
it catches.

- Cost on generated text: every kind of bench/personnummer_false_alarms.py (20 000 texts
  each), read as if OCR had read it exactly: the share of texts with such digits.
- Cost on real text: the seed packet, the corpus and the real texts full of other numbers
  (tests/core/personnummer_real_numbers.py), as typed, and as Tesseract reads them printed:
  each text set in 9 pt on A4 pages, rendered at 150 and 100 dpi (pdftoppm) and read as the
  public check reads a picture (swe+eng). Every near number found there is a false alarm: no
  real text holds a personnummer.
- Catch: made-up numbers (valid check digit) with one digit read wrong, in the forms the
  check digit alone guards (twelve digits, six and four apart by a space or nothing): the
  share core.personnummer finds, and the share the rule adds.

Run: `.venv/bin/python bench/ocr_near_numbers.py [--no-ocr | --dpi=100]` (OCR of the
real texts takes some 15 minutes per resolution on a shared 2-core machine).
"""

from __future__ import annotations

import io
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.personnummer_false_alarms import KINDS, SHARED, N
from ksdesk.core.personnummer import find_personnummer, luhn_ok
from ksdesk.core.personnummer_near import near_numbers
from tests.core.personnummer_real_numbers import REAL_NUMBER_TEXTS

TODAY = date(2026, 12, 4)
rng = random.Random(23)


def real_texts() -> list[tuple[str, str]]:
    paths = [SHARED / "seed" / "ludvika-ks-2020-12-07.txt", *sorted((SHARED / "corpus").glob("*"))]
    found = [
        (p.name, p.read_text(encoding="utf-8", errors="replace")) for p in paths if p.is_file()
    ]
    return found + [(name, text) for name, (_url, text) in REAL_NUMBER_TEXTS.items()]


def printed_pdf(text: str) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    style.fontSize, style.leading = 9, 11
    buffer = io.BytesIO()
    story = [Paragraph(escape(line) or " ", style) for line in text.splitlines()]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def ocr_text(pdf: bytes, dpi: int) -> str:
    """Tesseract's reading of the printed pages, kept in the system's temporary folder by
    the PDF's hash (OCR takes minutes; the rule is cheap to run again on what it read)."""
    import hashlib

    kept = Path(tempfile.gettempdir()) / f"ksdesk-near-{hashlib.sha256(pdf).hexdigest()[:16]}-{dpi}"
    if kept.exists():
        return kept.read_text("utf-8")
    text = _read(pdf, dpi)
    kept.write_text(text, "utf-8")
    return text


def _read(pdf: bytes, dpi: int) -> str:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "t.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", source, Path(folder) / "p"], check=True)
        texts = []
        for png in sorted(Path(folder).glob("p*.png")):
            done = subprocess.run(
                ["tesseract", png, "-", "-l", "swe+eng"], capture_output=True, text=True
            )
            texts.append(done.stdout)
        return "\n".join(texts)


def misread(number: str) -> str:
    """One digit of the number read as another (a date digit only where a date remains)."""
    while True:
        at = rng.randrange(len(number))
        wrong = (
            number[:at]
            + rng.choice([d for d in "0123456789" if d != number[at]])
            + number[at + 1 :]
        )
        if not luhn_ok(wrong[-10:]) and _date(wrong[-10:-4]):
            return wrong


def _date(six: str) -> bool:
    month, day = int(six[2:4]), int(six[4:6])
    return 1 <= month <= 12 and 1 <= day <= 31


def made_up() -> str:
    born = date(1930, 1, 1) + timedelta(days=rng.randint(0, 30000))
    nine = f"{born:%y%m%d}{rng.randint(0, 999):03d}"
    ten = next(nine + str(d) for d in range(10) if luhn_ok(nine + str(d)))
    return f"{born.year // 100}{ten}"


def main() -> None:
    print(f"Generated texts ({N} of each kind), share with a near number:")
    for name, make in KINDS.items():
        texts = [make() for _ in range(N)]
        alarms = sum(1 for t in texts if near_numbers(t, TODAY))
        print(f"  {name:<40} {alarms:>6} = {alarms / N:7.3%}")
    real = real_texts()
    chars = sum(len(text) for _name, text in real)
    typed = [(name, n) for name, text in real for n in near_numbers(text, TODAY)]
    print(f"Real texts as typed: {len(real)} texts, {chars} characters, {len(typed)} near: {typed}")
    if "--no-ocr" not in sys.argv:
        chosen = [int(a.removeprefix("--dpi=")) for a in sys.argv if a.startswith("--dpi=")]
        for dpi in chosen or [150, 100]:
            started = time.monotonic()
            near, hits, read = [], 0, 0
            for name, text in real:
                seen = ocr_text(printed_pdf(text), dpi)
                read += len(seen)
                near += [(name, n) for n in near_numbers(seen, TODAY)]
                hits += len(find_personnummer(seen, ocr=True))
            print(
                f"Real texts printed and read by Tesseract at {dpi} dpi: {read} characters, "
                f"{hits} hits, {len(near)} near {near} ({time.monotonic() - started:.0f} s)"
            )
    print("Made-up numbers with one digit read wrong (2000 of each form):")
    for form, write in {
        "ÅÅÅÅMMDD-NNNN": lambda n: f"{n[:8]}-{n[8:]}",
        "ÅÅMMDD NNNN": lambda n: f"{n[2:8]} {n[8:]}",
        "ÅÅMMDDNNNN": lambda n: n[2:],
        "ÅÅMMDD-NNNN": lambda n: f"{n[2:8]}-{n[8:]}",
    }.items():
        cases = [f"Personbevis {write(misread(made_up()))} utfärdat" for _ in range(2000)]
        found = sum(1 for c in cases if find_personnummer(c, ocr=True))
        near = sum(
            1 for c in cases if not find_personnummer(c, ocr=True) and near_numbers(c, TODAY)
        )
        print(f"  {form:<15} found {found / 20:5.1f} %, near adds {near / 20:5.1f} %")


if __name__ == "__main__":
    main()
