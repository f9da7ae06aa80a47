"""The personnummer scanner on real municipal texts: false alarms per 10 000 words, and misses
on made-up numbers (valid check digit, nobody's on purpose) written into those texts.

The texts: the seed packet, the corpus of other kommuner (both in the steering repo's shared/
folder) and any folder of .txt files named on the command line (a first line "# URL" is
read as the source). Every hit in an untouched text is a false alarm (the texts are public
editions, with the numbers masked); each is printed with its surroundings, so the shape that
tripped it can be named. Then each written form of a number is put at random word boundaries
of the same texts (seeded, so the figures repeat) and must be found exactly where it was put.

Run: `.venv/bin/python bench/personnummer_real_texts.py [folder …]`.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ksdesk.core.personnummer import find_personnummer, luhn_ok

# The steering repo's shared/ folder, beside the checkout (or beside a worktree's parent).
SHARED = next(
    (up / "shared" for up in Path(__file__).resolve().parents if (up / "shared" / "seed").is_dir()),
    Path("shared"),
)
TODAY = date(2026, 12, 4)
INSERTS = 400  # per form, over all texts
rng = random.Random(2026)


def texts(folders: list[Path]) -> list[tuple[str, str]]:
    """The seed, the corpus, the real texts full of other numbers kept with the tests
    (tests/core/personnummer_real_numbers.py: a dom, protokoll, a taxa, web pages) and any
    folders named."""
    from tests.core.personnummer_real_numbers import REAL_NUMBER_TEXTS

    paths = [SHARED / "seed" / "ludvika-ks-2020-12-07.txt"]
    paths += sorted((SHARED / "corpus").glob("*.txt"))
    for folder in folders:
        paths += sorted(folder.glob("*.txt"))
    found = [
        (p.name, p.read_text(encoding="utf-8", errors="replace")) for p in paths if p.is_file()
    ]
    return found + [(name, text) for name, (_, text) in sorted(REAL_NUMBER_TEXTS.items())]


def made_up(samordning: bool = False) -> str:
    """Ten digits ÅÅMMDDNNNN with a valid check digit; the day + 60 for a samordningsnummer."""
    born = date(1925, 1, 1) + timedelta(days=rng.randint(0, 35_000))
    day = born.day + (60 if samordning else 0)
    nine = f"{born:%y%m}{day:02d}{rng.randint(0, 999):03d}"
    return next(nine + str(d) for d in range(10) if luhn_ok(nine + str(d))), born


def century(born: date) -> str:
    return str(born.year // 100)


FORMS = {
    "ÅÅMMDD-NNNN": lambda n, b: f"{n[:6]}-{n[6:]}",
    "ÅÅÅÅMMDD-NNNN": lambda n, b: f"{century(b)}{n[:6]}-{n[6:]}",
    "ÅÅMMDDNNNN": lambda n, b: n,
    "ÅÅÅÅMMDDNNNN": lambda n, b: century(b) + n,
    "ÅÅMMDD NNNN": lambda n, b: f"{n[:6]} {n[6:]}",
    "ÅÅÅÅMMDD–NNNN (en dash)": lambda n, b: f"{century(b)}{n[:6]}\u2013{n[6:]}",
    "ÅÅMMDD - NNNN": lambda n, b: f"{n[:6]} - {n[6:]}",
    "ÅÅMMDD-\\nNNNN (line break)": lambda n, b: f"{n[:6]}-\n{n[6:]}",
    "ÅÅMMDD\\tNNNN (table cell)": lambda n, b: f"{n[:6]}\t{n[6:]}",
    "ÅÅMMDD NBSP NNNN": lambda n, b: f"{n[:6]}\u00a0{n[6:]}",
    "soft hyphen inside": lambda n, b: f"{n[:3]}\u00ad{n[3:6]}-{n[6:]}",
    "Namn, ÅÅMMDD-NNNN": lambda n, b: f"Anna Andersson, {n[:6]}-{n[6:]}",
    "(ÅÅÅÅMMDD-NNNN)": lambda n, b: f"({century(b)}{n[:6]}-{n[6:]})",
    "pnr: ÅÅMMDD-NNNN.": lambda n, b: f"pnr: {n[:6]}-{n[6:]}.",
    "pnr: ÅÅ MM DD-NNNN.": lambda n, b: f"pnr: {n[:2]} {n[2:4]} {n[4:6]}-{n[6:]}.",
    "pnr: ÅÅMMDD-NN NN.": lambda n, b: f"pnr: {n[:6]}-{n[6:8]} {n[8:]}.",
    "boxes": lambda n, b: " ".join(n),
    "two applicants, ÅÅMMDD-NNNN/ÅÅMMDD-NNNN": lambda n, b: f"{n[:6]}-{n[6:]}/{n[:6]}-{n[6:]}",
    "ÅÅMMDD-NNNN 2020/434 (a dnr after it)": lambda n, b: f"{n[:6]}-{n[6:]} 2020/434",
    "ÅÅÅÅ-MM-DD-NNNN": lambda n, b: f"{century(b)}{n[:2]}-{n[2:4]}-{n[4:6]}-{n[6:]}",
}


def false_alarms(corpus: list[tuple[str, str]]) -> None:
    words = alarms = 0
    for name, text in corpus:
        words += len(text.split())
        for hit in find_personnummer(text, TODAY):
            alarms += 1
            around = " ".join(text[max(0, hit.start - 40) : hit.end + 40].split())
            print(f"  false alarm in {name}: {hit.text!r} … {around}")
    rate = alarms / words * 10_000 if words else 0.0
    print(f"{len(corpus)} texts, {words} words: {alarms} false alarms, {rate:.2f} per 10 000 words")


def misses(corpus: list[tuple[str, str]]) -> None:
    print(f"Misses ({INSERTS} insertions of each form at random word boundaries):")
    total = 0
    for form, write in FORMS.items():
        missed = []
        for _ in range(INSERTS):
            name, text = rng.choice(corpus)
            gaps = [i for i, c in enumerate(text) if c.isspace()] or [len(text)]
            at = rng.choice(gaps)
            number, born = made_up(samordning=rng.random() < 0.2)
            written = write(number, born)
            start = at + 1 if at < len(text) else at
            doc = f"{text[:start]}{written} {text[start:]}"
            core = written.rstrip(".)").split(", ")[-1].split(": ")[-1].lstrip("(")
            core = core.split("/")[0].split(" 2020")[0]
            begin = doc.index(core, start)
            hits = [h for h in find_personnummer(doc, TODAY) if h.start == begin]
            if not hits or hits[0].end != begin + len(core) or hits[0].normalized[2:] != number:
                missed.append((name, doc[max(0, start - 30) : start + len(written) + 30]))
        total += len(missed)
        print(f"  {form:<30} {len(missed):>4} missed")
        for name, where in missed[:3]:
            print(f"      {name}: {' '.join(where.split())!r}")
    print(f"  total {total} missed of {INSERTS * len(FORMS)}")


def main() -> None:
    corpus = texts([Path(a) for a in sys.argv[1:]])
    false_alarms(corpus)
    misses(corpus)


if __name__ == "__main__":
    main()
