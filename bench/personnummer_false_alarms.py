"""How often the personnummer scanner raises a false alarm, and how fast it reads.

Each kind of text that fills a kallelse or a bilaga is generated in bulk (seeded, so the
figures repeat) and scanned; every hit in it is a false alarm, since none of it holds a
number. The real texts (the seed packet, the corpus of other kommuner) are scanned whole.
Also: random 10-, 11-, 12- and 13-digit strings (what share of arbitrary digits pass date and
Luhn; eleven and thirteen: a digit glued on after a number is read through),
and random table rows of unformatted integers, the worst case of an imported spreadsheet.

Run: `.venv/bin/python bench/personnummer_false_alarms.py`.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ksdesk.core.format import format_amount, format_date
from ksdesk.core.personnummer import find_personnummer, luhn_ok

# The shared folder beside the checkout (or above a worktree): where the seed packet is.
SHARED = next(
    (up / "shared" for up in Path(__file__).resolve().parents if (up / "shared" / "seed").is_dir()),
    Path("shared"),
)
N = 20_000
rng = random.Random(10)


def budget_row() -> str:
    return " ".join(format_amount(Decimal(rng.randint(-(10**7), 10**7)) / 10) for _ in range(11))


def raw_row() -> str:
    """An imported sheet whose integers nobody formatted: 4- to 7-digit cells side by side."""
    return " ".join(digits(rng.randint(4, 7)).lstrip("0") or "0" for _ in range(8))


def dnr() -> str:
    return f"KS {rng.randint(1995, 2035)}/{rng.randint(1, 9999)}"


def phone() -> str:
    rest = f"{rng.randint(0, 9_999_999):07d}"
    return rng.choice(
        [f"070-{rest[:3]} {rest[3:5]} {rest[5:]}", f"0240-{rest[:2]} {rest[2:5]}", f"08-{rest}"]
    )


def when() -> str:
    day = date(1990, 1, 1) + timedelta(days=rng.randint(0, 18_000))
    return f"{format_date(day)} kl. {rng.randint(0, 23):02d}.{rng.randint(0, 59):02d}"


def ocr() -> str:
    """An OCR number as invoices print it: ten digits, a Luhn check digit of its own."""
    nine = digits(9)
    number = next(nine + str(d) for d in range(10) if luhn_ok(nine + str(d)))
    return rng.choice([f"OCR-nummer: {number}", f"Fakturanr {number}", number])


def dated_dnr() -> str:
    """A date ÅÅMMDD in one column of a list, the diarienummer in the next."""
    day = date(2010, 1, 1) + timedelta(days=rng.randint(0, 6000))
    return f"{day:%y%m%d} {day.year}/{rng.randint(1, 999)}"


def plus_46() -> str:
    """A Swedish number with its country code and no spaces, as e-mail signatures write it:
    +46 and an area code of one to three digits (010 and 011 give a month)."""
    area = rng.choice(["8", "10", "11", "12", "13", "31", "40", "70", "72", "73", "90", "240"])
    return f"+46{area}{digits(9 - len(area))}"


def period() -> str:
    start = date(2010, 1, 1) + timedelta(days=rng.randint(0, 6000))
    end = start + timedelta(days=rng.randint(1, 400))
    return f"Perioden {start:%y%m%d}-{end:%y%m%d}"


def digits(count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


KINDS = {
    "budget rows (11 formatted amounts)": budget_row,
    "raw integer rows (8 cells, 4-7 digits)": raw_row,
    "diarienummer": dnr,
    "phone numbers as written": phone,
    "dates and times": when,
    "OCR numbers (a third of them unlabelled)": ocr,
    "ÅÅMMDD date before a diarienummer": dated_dnr,
    "unformatted mobile numbers, 'Mobil' before": lambda: (
        f"Mobil {rng.choice(['070', '073'])}" + digits(7)
    ),
    "random 10 digits": lambda: digits(10),
    "random 12 digits": lambda: digits(12),
    "random 6+4 digits": lambda: f"{digits(6)} {digits(4)}",
    # The number's own shape, ÅÅMMDD-NNNN: taken whenever the six make a date, the check
    # digit not asked (core.personnummer_typo), so about one in fourteen; no real text of
    # the seed and corpus holds the shape at all.
    "random 6-4 digits (a dash between)": lambda: f"{digits(6)}-{digits(4)}",
    # Where a digit glued on after a number is read through (core.personnummer: a footnote
    # mark typed after it): eleven digits in a run, five after a dash.
    "random 11 digits": lambda: digits(11),
    "random 6-5 digits (a dash between)": lambda: f"{digits(6)}-{digits(5)}",
    "random 13 digits": lambda: digits(13),
    "+46 numbers unformatted (11 digits)": plus_46,
    "periods ÅÅMMDD-ÅÅMMDD": period,
    # Shapes a number is typed in without a label (core.personnummer_shapes), of random
    # digits: what share the date and the check digit let through.
    "random ÅÅÅÅ-MM-DD NNNN digits": lambda: f"{digits(4)}-{digits(2)}-{digits(2)} {digits(4)}",
    "random five spaced pairs": lambda: " ".join(digits(2) for _ in range(5)),
    "random 6=4, 6|4, 6·4 digits": lambda: f"{digits(6)}{rng.choice('=|·')}{digits(4)}",
    # The forms session 21 added (core.personnummer_shapes, core.personnummer_glued,
    # core.personnummer_columns), of random digits.
    "random 4 2-2 2 / 4 2-4 digits": lambda: (
        f"{digits(4)} {digits(2)}-{rng.choice([digits(4), digits(2) + ' ' + digits(2)])}"
    ),
    "random (6)4, 6 (4) digits": lambda: rng.choice(
        [f"({digits(6)}){digits(4)}", f"({digits(6)}) {digits(4)}", f"{digits(6)} ({digits(4)})"]
    ),
    "random 6 | 4, 6;4 cells": lambda: digits(6) + rng.choice([" | ", ";", '";"']) + digits(4),
    "random 20-24 digits, dashes or not": lambda: rng.choice(
        [digits(rng.randint(20, 24)), f"{digits(6)}-{digits(10)}-{digits(4)}"]
    ),
    "raw integer rows under a Pnr heading": lambda: "Namn Pnr Belopp\n" + raw_row(),
    "budget rows under a Personnummer heading": lambda: (
        "Konto\tPersonnummer\tBelopp\n"
        + "\t".join(format_amount(Decimal(rng.randint(-(10**7), 10**7)) / 10) for _ in range(3))
    ),
}


def main() -> None:
    print(f"False alarms per text ({N} generated texts of each kind):")
    for name, make in KINDS.items():
        texts = [make() for _ in range(N)]
        started = time.process_time()  # CPU time: the machine is shared
        alarms = sum(1 for t in texts if find_personnummer(t))
        spent = time.process_time() - started
        print(f"  {name:<40} {alarms:>6} = {alarms / N:7.3%}   ({spent / N * 1e6:5.1f} µs/text)")
    real = [SHARED / "seed" / "ludvika-ks-2020-12-07.txt", *sorted((SHARED / "corpus").glob("*"))]
    chars = hits = 0
    started = time.process_time()
    for path in real:
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            chars += len(text)
            found = find_personnummer(text)
            hits += len(found)
            for hit in found:
                print(f"  real text: {path.name}: {hit.masked}")
    spent = time.process_time() - started
    print(
        f"Real texts (seed + corpus): {chars} characters, {hits} hits, "
        f"{chars / spent / 1e6:.1f} M characters/s"
    )
    kungsbacka()


def kungsbacka() -> None:
    """The section of Kungsbacka's published documents (bench/kungsbacka_texts.py)."""
    from bench.kungsbacka_texts import heading, texts

    found = texts()
    hits = [(name, hit.masked) for name, text in found for hit in find_personnummer(text)]
    for name, masked in hits:
        print(f"  {name}: {masked}")
    print(f"{heading(found)}: {len(hits)} hits (false alarms)")


if __name__ == "__main__":
    main()
