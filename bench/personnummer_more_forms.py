"""Misses and false alarms of the personnummer check on the ways a number still slipped through:
after a date and a time, in what OCR read of a scanned page, split across PDF table cells or
drawn in pieces, and reservnummer that carry a birth date.

Each number is made up (a valid check digit, nobody's on purpose) and written into the real
texts of bench/personnummer_real_texts.py at random word boundaries (seeded, so the figures
repeat), or drawn into PDFs built with ReportLab and read the way the public check reads a
bilaga (services.public_pdf.sources) and the way the last reader reads a public file
(interchange.pdf_audit). False alarms: the real texts scanned as OCR text, the generated texts
of bench/personnummer_false_alarms.py with OCR's faults put in, and PDF tables of figures
drawn column by column.

Run: `.venv/bin/python bench/personnummer_more_forms.py`; with `--tesseract 300`, pictures of
numbers read by Tesseract instead (about a minute per 300 on two cores).
"""

from __future__ import annotations

import hashlib
import inspect
import io
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from personnummer_false_alarms import KINDS
from personnummer_real_texts import TODAY, texts
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ksdesk.core.personnummer import find_personnummer, luhn_ok
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import public_pdf

INSERTS = 400
rng = random.Random(20261204)
OCR_MODE = "ocr" in inspect.signature(find_personnummer).parameters


def find(text: str, ocr: bool = False):
    return (
        find_personnummer(text, TODAY, ocr=True)
        if ocr and OCR_MODE
        else find_personnummer(text, TODAY)
    )


def made_up() -> tuple[str, date]:
    """Ten digits ÅÅMMDDNNNN with a valid check digit (a fifth are samordningsnummer)."""
    born = date(1925, 1, 1) + timedelta(days=rng.randint(0, 35_000))
    day = born.day + (60 if rng.random() < 0.2 else 0)
    nine = f"{born:%y%m}{day:02d}{rng.randint(0, 999):03d}"
    return next(nine + str(d) for d in range(10) if luhn_ok(nine + str(d))), born


def written(number: str, born: date) -> str:
    century = str(born.year // 100)
    return rng.choice([f"{number[:6]}-{number[6:]}", f"{century}{number[:6]}-{number[6:]}", number])


def insert_and_find(corpus, make: Callable[[], tuple[str, str, str]], ocr: bool = False):
    """Misses of INSERTS insertions: `make` gives (text before the number, the number as
    written, its ten digits)."""
    missed = []
    for _ in range(INSERTS):
        _name, text = rng.choice(corpus)
        gaps = [i for i, c in enumerate(text) if c.isspace()]
        at = rng.choice(gaps) + 1
        before, core, ten = make()
        doc = f"{text[:at]}{before}{core} {text[at:]}"
        begin = at + len(before)
        if not any(
            h.start < begin + len(core) and begin < h.end and h.normalized[-10:] == ten
            for h in find(doc, ocr)
        ):
            missed.append(" ".join(doc[max(0, at - 20) : begin + len(core) + 20].split()))
    return missed


def report(label: str, missed: list[str]) -> int:
    print(f"  {label:<46} {len(missed):>4} of {INSERTS} missed")
    for where in missed[:2]:
        print(f"      {where!r}")
    return len(missed)


# --- 1. after a date and a time ---------------------------------------------------------------


def date_and_time() -> tuple[str, str, str]:
    day = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
    hour, minute = rng.randint(7, 21), rng.choice([0, 5, 15, 30, 45])
    when = rng.choice(
        [
            f"{day:%Y-%m-%d} kl. {hour:02d}.{minute:02d}",
            f"{day.day}/{day.month} {hour:02d}:{minute:02d}",
            f"{day:%Y-%m-%d} {hour:02d}.{minute:02d}",
            f"{day:%d.%m.%Y} {hour}.{minute:02d}",
            f"{day:%y%m%d} kl {hour:02d}{minute:02d}",
            f"{day:%Y-%m-%d} {hour:02d}.{minute:02d}–{hour + 1:02d}.00",
        ]
    )
    number, born = made_up()
    return f"{when}{rng.choice([' ', chr(9), chr(10), ', '])}", written(number, born), number


# --- 2. OCR faults ------------------------------------------------------------------------------

LOOKALIKE = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr_space() -> tuple[str, str, str]:
    """One space inside a group, where glyphs stood a little apart."""
    number, born = made_up()
    form = written(number, born)
    spots = [i for i in range(1, len(form)) if form[i - 1].isdigit() and form[i].isdigit()]
    at = rng.choice(spots)
    return "", f"{form[:at]} {form[at:]}", number


def ocr_letter() -> tuple[str, str, str]:
    """One digit read as a letter of its shape (O, l, S, B)."""
    while True:
        number, born = made_up()
        form = written(number, born)
        spots = [i for i, c in enumerate(form) if c in LOOKALIKE]
        if spots:
            at = rng.choice(spots)
            return "", f"{form[:at]}{LOOKALIKE[form[at]]}{form[at + 1 :]}", number


def ocr_colon() -> tuple[str, str, str]:
    number, _born = made_up()
    return "", f"{number[:6]}:{number[6:]}", number


def ocr_century() -> tuple[str, str, str]:
    number, _born = made_up()
    return "", f"{rng.choice(['15', '18', '29', '79'])}{number[:6]}-{number[6:]}", number


def ocr_noise(text: str) -> str:
    """OCR's faults put into a generated text: a digit now and then read as a letter, a space
    now and then inside a group of digits."""
    out = []
    for index, char in enumerate(text):
        if char in LOOKALIKE and rng.random() < 0.05:
            char = LOOKALIKE[char]
        out.append(char)
        inside = char.isdigit() and index + 1 < len(text) and text[index + 1].isdigit()
        if inside and rng.random() < 0.05:
            out.append(" ")
    return "".join(out)


# --- 3. PDF: a number's parts drawn apart ------------------------------------------------------


def _pdf(rows: list[Callable]) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("Helvetica", 10)
    for index, draw in enumerate(rows):
        draw(page, 780 - index * 20)
    page.showPage()
    page.save()
    return out.getvalue()


def _cells(parts: list[str], order: list[int] | None = None, x: float = 60, gap: float = 80):
    def draw(page, y: float) -> None:
        for index in order or range(len(parts)):
            page.drawString(x + index * gap, y, parts[index])

    return draw


def _glyph_split(form: str):
    """The number drawn as two strings that touch, split inside a group."""

    def draw(page, y: float) -> None:
        at = rng.randint(1, len(form) - 1)
        page.drawString(60, y, "Sökande")
        page.drawString(200, y, form[:at])
        page.drawString(200 + page.stringWidth(form[:at], "Helvetica", 10), y, form[at:])

    return draw


def _shuffled(form: str):
    def draw(page, y: float) -> None:
        places = list(enumerate(form))
        rng.shuffle(places)
        for index, char in places:
            page.drawString(200 + index * 9, y, char)

    return draw


PDF_FORMS: dict[str, Callable[[str, str], list]] = {
    "table row: 'ÅÅMMDD' | '-' | 'NNNN'": lambda n, f: [_cells(["Anna", n[:6], "-", n[6:]])],
    "table row: 'ÅÅMMDD-' | 'NNNN'": lambda n, f: [_cells(["Anna", n[:6] + "-", n[6:]])],
    "table row: date, time, number in cells": lambda n, f: [
        _cells(["2020-12-07", "13.15", f], gap=70)
    ],
    "last four drawn before the date": lambda n, f: [_cells([n[:6] + "-", n[6:]], [1, 0])],
    "table drawn column by column": lambda n, f: ["column", n],
    "digits drawn one by one, shuffled": lambda n, f: [_shuffled(f)],
    "two strings that touch, split in a group": lambda n, f: [_glyph_split(f)],
}


def pdf_forms() -> None:
    print("PDF, parts drawn apart (100 numbers each; public check / last reader):")
    for label, make in PDF_FORMS.items():
        found_check = found_audit = 0
        for _ in range(10):
            numbers = [made_up() for _ in range(10)]
            rows: list = []
            columns = []
            for number, _born in numbers:
                form = f"{number[:6]}-{number[6:]}"
                drawn = make(number, form)
                if drawn[0] == "column":
                    columns.append(number)
                else:
                    rows += drawn
            if columns:
                rows = [_column_table(columns)]
            data = _pdf(rows)
            sources = public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
            read = "\n".join(s.text or "" for s in sources)
            seen = {h.normalized[-10:] for h in find(read)}
            audited = {f.normalized[-10:] for f in audit_pdf(data).findings}
            found_check += sum(n in seen for n, _ in numbers)
            found_audit += sum(n in audited for n, _ in numbers)
        print(f"  {label:<46} missed {100 - found_check:>3} / {100 - found_audit:>3}")
    pdf_false_alarms()


def _column_table(numbers: list[str]):
    def draw(page, y: float) -> None:
        for index in range(len(numbers)):
            page.drawString(60, 780 - index * 16, "Anna Andersson")
        for index, number in enumerate(numbers):
            page.drawString(200, 780 - index * 16, number[:6])
        for index, number in enumerate(numbers):
            page.drawString(260, 780 - index * 16, "-" + number[6:])

    return draw


# What fills the columns of a table of figures (not the random digit strings of the other
# bench, whose false alarms are those of any text).
FIGURES = [
    "budget rows (11 formatted amounts)",
    "raw integer rows (8 cells, 4-7 digits)",
    "diarienummer",
    "phone numbers as written",
    "dates and times",
    "ÅÅMMDD date before a diarienummer",
]


def pdf_false_alarms() -> None:
    """Tables of figures drawn column by column: every hit is a false alarm."""
    hits = cells = 0
    kinds = [KINDS[name] for name in FIGURES]
    for _ in range(40):
        columns = [
            [" ".join(rng.choice(kinds)().split()[:2]) for _ in range(40)]
            for _ in range(rng.randint(2, 5))
        ]

        def draw(page, y: float, columns=columns) -> None:
            for c, column in enumerate(columns):
                for r, value in enumerate(column):
                    page.setFont("Helvetica", 7)
                    page.drawString(30 + c * 110, 800 - r * 19, value)

        data = _pdf([draw])
        cells += sum(len(c) for c in columns)
        sources = public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
        found = [h for s in sources for h in find(s.text or "")]
        hits += len(found)
        for hit in found[:2]:
            print(f"      false alarm: {' '.join(hit.text.split())!r}")
    print(f"  false alarms: {hits} in {cells} table cells of generated figures (40 pages)")


# --- 4. reservnummer -----------------------------------------------------------------------------


def reserv() -> tuple[str, str, str]:
    born = date(1925, 1, 1) + timedelta(days=rng.randint(0, 35_000))
    ymd = f"{born:%Y%m%d}"
    letters = "ABCDEFGHJKLMNPRSTUXYZ"
    kind = rng.choice(["vgr", "varmland", "nrid", "short", "long"])
    if kind == "vgr":
        sex = rng.choice("KMX")
        nine = ymd[2:] + {"K": "5", "M": "7", "X": "8"}[sex] + f"{rng.randint(6, 89):02d}"
        check = next(str(d) for d in range(10) if luhn_ok(nine + str(d)))
        form = f"{ymd}{sex}{nine[7:]}{check}"
    elif kind == "varmland":
        form = f"{ymd}S{rng.choice('FUXPL')}{rng.randint(0, 9)}{rng.choice(letters)}"
    elif kind == "nrid":
        series = int(ymd[:2]) + 3 * rng.randint(1, 26)
        form = f"{series}{ymd[2:]}{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 99)}"
    else:
        tail = rng.choice(["TF10", "TF00", f"K{rng.randint(100, 999)}", f"R{rng.randint(0, 9)}0A"])
        form = f"{ymd[2:] if kind == 'short' else ymd}-{tail}"
    digits = "".join(c for c in form if c.isalnum())
    return "", form, digits[-10:]


# --- Tesseract on pictures of numbers (optional: `--tesseract N`) -----------------------------


def tesseract(count: int) -> None:
    """`count` pictures of a number in a line of text (small type, blur, specks, a slight
    turn: what a scanned ID card or form gives), read by Tesseract as the public check reads a
    page's images; how many numbers the scan finds read plainly and read as OCR text, and how
    many pictures Tesseract found no word in (such a page is vouched for as a picture)."""
    from concurrent.futures import ThreadPoolExecutor

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    from ksdesk import paths
    from ksdesk.interchange import ocr

    names = ["LiberationSans-Regular.ttf", "LiberationSerif-Bold.ttf", "DejaVuSans.ttf"]
    fonts = [str(paths.fonts_dir() / name) for name in [*names, "DejaVuSans-Bold.ttf"]]
    cases = []
    for _ in range(count):
        number, born = made_up()
        line = rng.choice(["Sökande {}", "{}", "Anna Andersson {} Storgatan 3", "Pnr: {}"])
        image = Image.new("L", (900, 80), 255)
        font = ImageFont.truetype(rng.choice(fonts), rng.choice([14, 18, 22, 28, 40]))
        ImageDraw.Draw(image).text((10, 20), line.format(written(number, born)), 0, font)
        scale = rng.choice([1.0, 0.7, 0.5])
        if scale < 1:
            image = image.resize((int(900 * scale), int(80 * scale))).resize((900, 80))
        if rng.random() < 0.5:
            image = image.filter(ImageFilter.GaussianBlur(rng.choice([0.5, 0.8, 1.2])))
        if rng.random() < 0.5:  # specks of a photocopy
            pixels = image.load()
            for _ in range(rng.randint(100, 1500)):
                pixels[rng.randrange(900), rng.randrange(80)] = rng.choice([0, 255])
        if rng.random() < 0.3:
            image = image.rotate(rng.uniform(-2, 2), fillcolor=255)
        png = io.BytesIO()
        image.save(png, format="PNG")
        cases.append((number, png.getvalue()))
    with ThreadPoolExecutor(2) as pool:
        read = list(pool.map(lambda case: ocr._tesseract(case[1])[0], cases))
    pairs = [(number, text) for (number, _png), text in zip(cases, read, strict=True)]
    plain = sum(any(h.normalized[-10:] == n for h in find(t)) for n, t in pairs)
    as_ocr = sum(any(h.normalized[-10:] == n for h in find(t, ocr=True)) for n, t in pairs)
    empty = sum(1 for t in read if not t.strip())
    print(f"3. Tesseract on {count} pictures of a number:")
    print(f"  found read plainly {plain}, read as OCR text {as_ocr}; no word read in {empty}")


def main() -> None:
    if "--tesseract" in sys.argv:
        tesseract(int(sys.argv[sys.argv.index("--tesseract") + 1]))
        return
    corpus = texts([])
    print(f"OCR mode in this scanner: {'yes' if OCR_MODE else 'no (plain scan)'}")
    total = 0
    print("1. After a date and a time:")
    total += report("date, time, then the number", insert_and_find(corpus, date_and_time))
    print("2. OCR text of a scanned page (scanned as OCR text):")
    for label, make in [
        ("a space inside a group", ocr_space),
        ("a digit read as O, l, S or B", ocr_letter),
        ("a colon for the dash", ocr_colon),
        ("the century misread", ocr_century),
    ]:
        total += report(label, insert_and_find(corpus, make, ocr=True))
    words = sum(len(t.split()) for _n, t in corpus)
    alarms = [(n, h.text) for n, t in corpus for h in find(t, ocr=True)]
    print(f"  false alarms, real texts as OCR text: {len(alarms)} in {words} words {alarms[:3]}")
    print("  false alarms in generated texts, % of texts: clean text read plainly; with OCR's")
    print("  faults read plainly; with OCR's faults read as OCR text")
    for name, make in KINDS.items():
        clean = [make() for _ in range(5000)]
        noisy = [ocr_noise(text) for text in clean]
        rates = [
            sum(1 for t in clean if find(t)) / 50,
            sum(1 for t in noisy if find(t)) / 50,
            sum(1 for t in noisy if find(t, ocr=True)) / 50,
        ]
        print(f"    {name:<42} {rates[0]:5.2f} {rates[1]:5.2f} {rates[2]:5.2f}")
    print("4. Reservnummer with a birth date:")
    total += report("VGR, Värmland, NRID, date-dash-code", insert_and_find(corpus, reserv))
    alarms = [(n, h.text) for n, t in corpus for h in find(t)]
    print(f"  false alarms, real texts: {len(alarms)} in {words} words")
    pdf_forms()


if __name__ == "__main__":
    main()
