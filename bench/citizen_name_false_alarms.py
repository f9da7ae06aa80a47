"""How often the forms of a citizen's name with initials ("K. Karlsson", "Karlsson K.",
"Karlsson, K.": core.citizen_mentions) find something in real texts that is not that
citizen: every hit here is a false alarm of the review, since none of these people raised
a medborgarförslag.

The real texts are the seed packet and the corpus of other kommuner (as
bench/personnummer_false_alarms.py reads them). The names tried are every "Förnamn
Efternamn" those texts hold (the politicians and officials they name, and some pairs of
words that only look like a name), and the thirty most common Swedish surnames with every
initial A-Ö: a citizen who shares a surname with someone named in the text.

It also counts what core.private_names finds (a private person a delegationsbeslut names:
"sökande Lisa Andersson", "för Lisa Andersson"): every seed and corpus text read as if it
were a decision's, with the officials the demo file knows (Ludvika's ledamöter and the
demo register's handläggare; the corpus's other kommuner are known to no file here), and
the decisions of the real published lists of delegationsbeslut in the test data and every
string of the other real documents kept with the tests. None of these texts names a
private person, so every hit is a false alarm.

Run: `.venv/bin/python bench/citizen_name_false_alarms.py`.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ksdesk.core.citizen_mentions import citizen_names
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.secret_mentions import mentions

SHARED = next(
    (up / "shared" for up in Path(__file__).resolve().parents if (up / "shared" / "seed").is_dir()),
    Path("shared"),
)
# A capitalised word, then one that ends as Swedish surnames mostly do.
_NAMED = re.compile(
    r"\b[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäö]+)? [A-ZÅÄÖ][a-zåäö]+"
    r"(?:son|berg|ström|qvist|kvist|gren|lund|din|man|ell|sten|holm|ling|er|en)\b"
)
COMMON = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Jönsson",
    "Lindberg",
    "Jakobsson",
    "Magnusson",
    "Olofsson",
    "Lindström",
    "Lindqvist",
    "Lindgren",
    "Berg",
    "Axelsson",
    "Bergström",
    "Lundberg",
    "Lind",
    "Lundgren",
    "Mattsson",
]
INITIALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"


def _forms(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the forms looked for before the initials, the forms with initials) of `name`."""
    (citizen,) = citizen_names([Motion(MotionTyp.MEDBORGARFORSLAG, "Förslag", None, av=name)])
    initialled = tuple(form for form in citizen.forms if "." in form)
    return tuple(f for f in citizen.forms if f not in initialled), initialled


def _demo_officials() -> list[str]:
    """The officials the demo file (the seed's Ludvika) knows, as the review asks them."""
    import tempfile

    from ksdesk.db.connection import open_store
    from ksdesk.services.demo import load_demo
    from ksdesk.services.public_private_names import officials

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "demo.sqlite", create=True)
        load_demo(store)
        known = officials(store)
        store.close()
    return known


def private_name_alarms(texts: dict[str, str]) -> None:
    """core.private_names on the seed, the corpus and the real lists of delegationsbeslut."""
    from ksdesk.core.private_names import private_names
    from ksdesk.interchange.given_names import GIVEN_NAMES
    from tests.interchange.real_beslut_lists import REAL_BESLUT_LISTS

    known = _demo_officials()
    decisions = [e.text for listed in REAL_BESLUT_LISTS for e in listed.expected]
    others = _test_strings()
    alarms = 0
    for source, text in [*texts.items(), *(("real list", d) for d in decisions), *others]:
        for name in private_names(text, GIVEN_NAMES, known if "ludvika" in source else []):
            alarms += 1
            print(f"  {source}: private person {name!r}")
    print(
        f"Private persons named (core.private_names) in the seed, the corpus, "
        f"{len(decisions)} real published delegationsbeslut and {len(others)} strings of the "
        f"real documents kept with the tests: {alarms} (false alarms)"
    )


def _test_strings() -> list[tuple[str, str]]:
    """Every string of the real documents kept with the tests (tests/interchange/real_*.py:
    agendas, budgets, delegationsordningar, member lists; tests/core/personnummer_real_
    numbers.py: a dom, protokoll, web pages), as bench/personnummer_unlabelled_shapes.py
    reads them: none names a private person as a decision's party."""
    import ast

    from tests.core.personnummer_real_numbers import REAL_NUMBER_TEXTS

    root = Path(__file__).resolve().parent.parent
    found = []
    for module in sorted((root / "tests" / "interchange").glob("real_*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
        found += [(module.name, s) for s in strings if isinstance(s, str) and len(s) > 8]
    return found + [(name, text) for name, (_, text) in sorted(REAL_NUMBER_TEXTS.items())]


def main() -> None:
    real = [SHARED / "seed" / "ludvika-ks-2020-12-07.txt", *sorted((SHARED / "corpus").glob("*"))]
    texts = {p.name: p.read_text(encoding="utf-8", errors="replace") for p in real if p.is_file()}
    named = sorted({m.group() for text in texts.values() for m in _NAMED.finditer(text)})
    tried = named + [f"{initial} {surname}" for surname in COMMON for initial in INITIALS]
    before = after = 0
    started = time.perf_counter()
    for name in tried:
        old, new = _forms(name)
        for source, text in texts.items():
            before += len(mentions(text, old))
            for start, end in mentions(text, new):
                after += 1
                print(f"  {source}: {name!r} as {text[start:end]!r}")
    spent = time.perf_counter() - started
    chars = sum(len(text) for text in texts.values())
    print(
        f"Real texts (seed + corpus): {chars} characters, {len(tried)} names tried "
        f"({len(named)} named in the texts, {len(tried) - len(named)} common surnames with "
        f"each initial), {spent:.1f} s"
    )
    print(f"  hits of the forms looked for before (the full name, inverted): {before}")
    print(f"  hits of the forms with initials (false alarms): {after}")
    private_name_alarms(texts)
    kungsbacka_alarms()
    party_name_alarms(texts)
    title_party_alarms(texts)
    near_number_alarms(texts)


_DATE = re.compile(r"(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])")
_STAND_IN = "19380412-1234"  # a valid personnummer (invented)


def kungsbacka_alarms() -> None:
    """core.private_names on Kungsbacka's published documents (bench/kungsbacka_texts.py)."""
    from bench.kungsbacka_texts import heading, texts
    from ksdesk.core.private_names import private_names
    from ksdesk.interchange.given_names import GIVEN_NAMES

    found = texts()
    named = [
        (name, person) for name, text in found for person in private_names(text, GIVEN_NAMES, [])
    ]
    for name, person in named:
        print(f"  {name}: private person {person!r}")
    print(
        f"{heading(found)}: private persons named (core.private_names): {len(named)} (false alarms)"
    )


def party_name_alarms(texts: dict[str, str]) -> None:
    """core.contact_parties (a matter's private party: "förelägger Anna Berg", a recipient
    "Maria Ekström (A-post)") on the seed, the corpus, the strings of the real documents kept
    with the tests and Kungsbacka's published documents: each text whole, and each of its
    lines read as a recipient of a decision. None names a private party (the pools mask
    addresses, and a name with no officials known is counted too): each hit is a false alarm."""
    from bench.kungsbacka_texts import texts as kungsbacka
    from ksdesk.core.contact_parties import party_names

    found = [*texts.items(), *_test_strings(), *kungsbacka()]
    alarms = 0
    for source, text in found:
        named = [text[s:e] for s, e, _name in party_names(text)]
        named += [line for line in text.split("\n") if party_names(line, True)]
        for name in named:
            print(f"  {source}: private party {name!r}")
        alarms += len(named)
    print(
        f"Private parties named (core.contact_parties) in {len(found)} real texts, each whole "
        f"and each line as a recipient: {alarms} (false alarms)"
    )


def title_party_alarms(texts: dict[str, str]) -> None:
    """core.title_parties (a title's private party: "Rivningsföreläggande mot Lars-Göran
    Pettersson", "…, Ulla-Britt Sjöö, Särö 1:88") on every real agenda title kept with the
    tests (as bench/tillsyn_hint_false_alarms.py gathers them) and every line of Kungsbacka's
    published documents, the seed and the corpus read as a title. Kungsbacka's pool masks
    private persons and the other agendas name none: each hit is a false alarm."""
    from bench.kungsbacka_texts import texts as kungsbacka
    from bench.tillsyn_hint_false_alarms import agenda_titles
    from ksdesk.core.title_parties import title_party_names
    from ksdesk.interchange.given_names import GIVEN_NAMES

    titles = agenda_titles()
    lines = {
        " ".join(line.split())
        for _source, text in [*kungsbacka(), *texts.items()]
        for line in text.splitlines()
        if len(line.split()) >= 2
    }
    for what, read in (("real agenda titles", titles), ("lines as titles", sorted(lines))):
        alarms = 0
        for title in read:
            for start, end, _name in title_party_names(title, GIVEN_NAMES):
                alarms += 1
                print(f"  {what}: {title[start:end]!r} in {title[:120]!r}")
        print(f"Title parties (core.title_parties) in {len(read)} {what}: {alarms} (false alarms)")


def near_number_alarms(texts: dict[str, str]) -> None:
    """core.personnummer_names (the name right beside a personnummer) on the same real texts
    as party_name_alarms: no private person is named there, so each hit is a false alarm
    (a ledamot's or an official's name beside a number too: a file knows them as officials,
    the bench does not)."""
    from bench.kungsbacka_texts import texts as kungsbacka
    from ksdesk.core.personnummer import find_personnummer
    from ksdesk.core.personnummer_names import names_by_numbers

    found = [*texts.items(), *_test_strings(), *kungsbacka()]
    numbers = alarms = 0
    for source, text in found:
        numbers += len(find_personnummer(text))
        for start, end, _name, _number in names_by_numbers(text):
            print(f"  {source}: name beside a personnummer {text[start:end]!r}")
            alarms += 1
    print(
        f"Names beside a personnummer (core.personnummer_names) in {len(found)} real texts "
        f"holding {numbers} numbers: {alarms} (false alarms)"
    )
    # The pools hold no personnummer, so the rule is also tried where a number would stand
    # among real words: each date written ÅÅÅÅ-MM-DD replaced by a personnummer. What it
    # finds there is what a text writes right next to a date (a signature, a heading).
    dates = named = 0
    for source, text in found:
        dates += len(_DATE.findall(text))
        swapped = _DATE.sub(_STAND_IN, text)
        for start, end, _name, _number in names_by_numbers(swapped):
            print(f"  {source}: name beside a date {swapped[start:end]!r}")
            named += 1
    print(f"  each of {dates} dates as a personnummer: {named} names beside it")


if __name__ == "__main__":
    main()
