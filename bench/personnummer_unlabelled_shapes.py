"""Personnummer written without a label in unusual shapes ("1981-12-18 - 9876", "81.12.18-9876",
"811218-98 76", "811218:9876", "81 12 18-9876", "1981-12-18 9876", "81 12 18 98 76",
"811218=9876", "1981.12.18 9876"): how often real text holds something of such a
shape, how many hits the scanner makes in real text, and whether it finds each shape written
into it.

The real text: the seed packet and the corpus of other kommuner (the steering repo's
shared/ folder), every string of the real documents kept with the tests
(tests/interchange/real_*.py: agendas, budgets, delegationsordningar, member lists, each
naming its source) and the texts full of other numbers (tests/core/personnummer_real_numbers.py:
a dom, protokoll, a taxa, web pages). None of it holds a personnummer (public editions, the
numbers masked), so every hit is a false alarm, printed with its surroundings.

"Shape-alikes" are the places where the digits and marks have one of the five shapes, before
the date and the check digit are looked at: what a rule on the shape alone would report.

Generated ordinary numbers written the nearest way to the shapes are scanned too. Where a
real date stands before four digits in a shape ("2020-12-07 - 1430", "201207:1234") one in ten
has a valid check digit and is a hit, as "201207-1430" always has been in the common shape:
nothing but the digits tells them apart, and none of these was found in real text. A date
before a spaced dash and a year ("2020-12-07 – 2021", a period) is not taken.

Run: `.venv/bin/python bench/personnummer_unlabelled_shapes.py`.
"""

from __future__ import annotations

import ast
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ksdesk.core.luhn import luhn_ok  # noqa: E402
from ksdesk.core.personnummer import find_personnummer  # noqa: E402

SHARED = next(
    (up / "shared" for up in ROOT.parents if (up / "shared" / "seed").is_dir()), Path("shared")
)
TODAY = date(2026, 12, 4)
INSERTS = 300  # per shape, over all texts
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"
SHAPES = {
    "ÅÅÅÅ-MM-DD - NNNN": rf"\d{{4}}({_DASH})\d\d\1\d\d ?{_DASH} ?\d{{4}}",
    "ÅÅ.MM.DD-NNNN": rf"\d\d?([.{_DASH[1:-1]}])\d\d\1\d\d ?{_DASH} ?\d{{4}}",
    "ÅÅMMDD-NN NN": rf"\d{{6}}(?:\d\d)? ?{_DASH} ?\d\d \d\d",
    "ÅÅMMDD:NNNN": r"\d{6}(?:\d\d)?:\d{4}",
    "ÅÅ MM DD-NNNN": rf"(?:\d\d)?\d\d \d\d \d\d(?: ?{_DASH} ?| )\d{{4}}",
    "ÅÅÅÅ-MM-DD NNNN": rf"(?:\d\d)?\d\d({_DASH})\d\d\1\d\d \d{{4}}",
    "ÅÅ MM DD NN NN": rf"(?:\d\d)?\d\d \d\d \d\d(?: ?{_DASH} ?| )\d\d \d\d",
    "ÅÅMMDD=NNNN (= | ·)": r"\d{6}(?:\d\d)?[=|\u00b7]\d{4}",
    "ÅÅÅÅ.MM.DD NNNN": r"(?:\d\d)?\d\d\.\d\d\.\d\d \d{4}",
}
SHAPE_RES = {name: re.compile(rf"(?<!\d){pattern}(?!\d)") for name, pattern in SHAPES.items()}
WRITE = {
    "ÅÅÅÅ-MM-DD - NNNN": lambda n, c: f"{c}{n[:2]}-{n[2:4]}-{n[4:6]} - {n[6:]}",
    "ÅÅ.MM.DD-NNNN": lambda n, c: f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:]}",
    "ÅÅMMDD-NN NN": lambda n, c: f"{n[:6]}-{n[6:8]} {n[8:]}",
    "ÅÅMMDD:NNNN": lambda n, c: f"{n[:6]}:{n[6:]}",
    "ÅÅ MM DD-NNNN": lambda n, c: f"{n[:2]} {n[2:4]} {n[4:6]}{rng.choice(['-', ' '])}{n[6:]}",
    "ÅÅÅÅ-MM-DD NNNN": lambda n, c: f"{rng.choice([c, ''])}{n[:2]}-{n[2:4]}-{n[4:6]} {n[6:]}",
    "ÅÅ MM DD NN NN": lambda n, c: (
        f"{n[:2]} {n[2:4]} {n[4:6]}{rng.choice(['-', ' '])}{n[6:8]} {n[8:]}"
    ),
    "ÅÅMMDD=NNNN (= | ·)": lambda n, c: f"{n[:6]}{rng.choice('=|·')}{n[6:]}",
    "ÅÅÅÅ.MM.DD NNNN": lambda n, c: f"{rng.choice([c, ''])}{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:]}",
}
rng = random.Random(2026)


def real_texts() -> list[tuple[str, str]]:
    from tests.core.personnummer_real_numbers import REAL_NUMBER_TEXTS

    paths = [SHARED / "seed" / "ludvika-ks-2020-12-07.txt", *sorted(SHARED.glob("corpus/*.txt"))]
    found = [(p.name, p.read_text(encoding="utf-8")) for p in paths if p.is_file()]
    for module in sorted((ROOT / "tests" / "interchange").glob("real_*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        strings = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
        numbered = [s for s in strings if any(map(str.isdigit, s))]
        found += [(f"{module.name}#{i}", s) for i, s in enumerate(numbered)]
    return found + [(name, text) for name, (_, text) in sorted(REAL_NUMBER_TEXTS.items())]


def around(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 40) : end + 40].split())


def false_alarms(texts: list[tuple[str, str]]) -> None:
    words = sum(len(text.split()) for _, text in texts)
    alike = {name: 0 for name in SHAPES}
    hits = 0
    for name, text in texts:
        for shape, pattern in SHAPE_RES.items():
            for match in pattern.finditer(text):
                alike[shape] += 1
                print(f"  shape-alike {shape!r} in {name}: {around(text, *match.span())}")
        # Read as a PDF page's text is, and as a field of the meeting is (printed: a run of
        # whitespace is one space, core.personnummer_reading).
        for printed in (False, True):
            for hit in find_personnummer(text, TODAY, printed=printed):
                hits += 1
                print(f"  HIT in {name}: {hit.masked} … {around(text, hit.start, hit.end)}")
    print(f"{len(texts)} real texts, {words} words")
    for shape, count in alike.items():
        print(f"  shape-alikes {shape:<20} {count:>4}")
    print(f"  hits of the scanner, read both ways (false alarms): {hits}")


def lookalikes(count: int = 5_000) -> None:
    """Ordinary numbers written the nearest way to the shapes, generated (seeded): each hit is
    a false alarm the date and the check digit let through."""
    print(f"Generated ordinary numbers ({count} of each), hits:")
    kinds = {
        "date, time (2020-12-07 14:30, 14.30-16.00)": lambda d: (
            f"{d:%Y-%m-%d} {time()}, {d:%Y-%m-%d} {time()}-{time()}"
        ),
        "date - time (2020-12-07 - 1430)": lambda d: (
            f"{d:%Y-%m-%d} - {time().replace('.', '').replace(':', '')}"
        ),
        "date – year (2020-12-07 – 2021)": lambda d: f"{d:%Y-%m-%d} – {d.year + 1}",
        "anslag (2019-02-05 – 2019-02-27)": lambda d: (
            f"{d:%Y-%m-%d} – {d + timedelta(21):%Y-%m-%d}"
        ),
        "date.time (20.12.07-1430)": lambda d: f"{d:%y.%m.%d}-{rng.randint(7, 22):02d}30",
        "date time (2020-12-07 1430)": lambda d: f"{d:%Y-%m-%d} {hhmm()}",
        "date time after kl (kl. 2020-12-07 1430)": lambda d: f"kl. {d:%Y-%m-%d} {hhmm()}",
        "date.time (2020.12.07 1430, 20.12.07 1430)": lambda d: (
            f"{d:{rng.choice(['%Y', '%y'])}.%m.%d} {hhmm()}"
        ),
        "date.time after kl (kl. 2020.12.07 1430)": lambda d: f"kl. {d:%Y.%m.%d} {hhmm()}",
        "date count (2020-12-07 1500 besökare)": lambda d: (
            f"{d:%Y-%m-%d} {rng.randint(1000, 9999)} besökare"
        ),
        "date=time, date|time, date·time (201207|1430)": lambda d: (
            f"{d:%y%m%d}{rng.choice('=|·')}{hhmm()}"
        ),
        "table row (201207|1430|1600)": lambda d: f"{d:%y%m%d}|{hhmm()}|{hhmm()}",
        "phone (070-98 76 54)": lambda d: (
            f"07{rng.randint(0, 9)}-{rng.randint(10, 99)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        ),
        "phone in pairs (08-12 34 56, 08 12 34 56 78)": lambda d: (
            f"08-{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}, 08 "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)}"
        ),
        "date in pairs, time (20 12 07 1430)": lambda d: (
            f"{d:%y %m %d} {rng.randint(7, 22):02d}{rng.choice([0, 15, 30, 45]):02d}"
        ),
        "Dnr (KS 2020/434), SFS (2017:725)": lambda d: (
            f"KS {d.year}/{rng.randint(1, 999)}, SFS {d.year}:{rng.randint(1, 999)}"
        ),
        "date:number (201207:1234)": lambda d: f"Beslut {d:%y%m%d}:{rng.randint(1, 9999)}",
        "kontonummer (8327-9, 903 123 456-7; 5000-12 345 67)": lambda d: (
            f"konto "
            f"{rng.randint(8000, 8999)}-{rng.randint(0, 9)}, {rng.randint(100, 999)} "
            f"{rng.randint(100, 999)} {rng.randint(100, 999)}-{rng.randint(0, 9)}; "
            f"{rng.randint(5000, 5999)}-{rng.randint(10, 99)} {rng.randint(100, 999)} "
            f"{rng.randint(10, 99)}"
        ),
        "bankgiro (5050-1055), pages (s. 12-18)": lambda d: (
            f"bg {rng.randint(100, 9999)}-"
            f"{rng.randint(1000, 9999)}, s. {rng.randint(1, 99)}-{rng.randint(1, 99)}"
        ),
    }
    for kind, write in kinds.items():
        hits = 0
        for _ in range(count):
            day = date(1990, 1, 1) + timedelta(days=rng.randint(0, 13_000))
            hits += len(find_personnummer(f"Se {write(day)} i ärendet.", TODAY))
        print(f"  {kind:<42} {hits:>4}")


def hhmm() -> str:
    return f"{rng.randint(7, 22):02d}{rng.choice([0, 15, 30, 45]):02d}"


def time() -> str:
    return f"{rng.randint(7, 22):02d}{rng.choice('.:')}{rng.choice([0, 15, 30, 45]):02d}"


def made_up() -> tuple[str, str]:
    born = date(1925, 1, 1) + timedelta(days=rng.randint(0, 35_000))
    day = born.day + (60 if rng.random() < 0.2 else 0)
    nine = f"{born:%y%m}{day:02d}{rng.randint(0, 999):03d}"
    return next(nine + str(d) for d in range(10) if luhn_ok(nine + str(d))), str(born.year // 100)


def misses(texts: list[tuple[str, str]]) -> None:
    print(f"Found when written into the real texts ({INSERTS} times each, at word boundaries):")
    for shape, write in WRITE.items():
        found = 0
        for _ in range(INSERTS):
            _, text = rng.choice(texts)
            spaces = [i for i, c in enumerate(text) if c == " "] or [len(text)]
            at = rng.choice(spaces)
            ten, century = made_up()
            written = write(ten, century)
            doc = f"{text[:at]} {written} {text[at:]}"
            start = at + 1
            hits = find_personnummer(doc, TODAY)
            found += any(h.start == start and h.end == start + len(written) for h in hits)
        print(f"  {shape:<20} {found:>4} of {INSERTS}")


def main() -> None:
    texts = real_texts()
    false_alarms(texts)
    lookalikes()
    misses(texts)


if __name__ == "__main__":
    main()
