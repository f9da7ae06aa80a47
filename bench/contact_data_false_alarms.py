"""How often core.contact_data calls something in real municipal text a private person's
contact data (a false alarm: none of these texts is a citizen's letter), and how much of
a private person's contact data it finds in generated citizen letters.

Real texts: the seed packet, the corpus of other kommuner, the real texts kept with the
tests for numbers (bench/personnummer_real_texts.py: a dom, protokoll, a taxa, web pages),
every string of tests/interchange/real_*.py (agendas, budgets, delegationsordningar,
tjänsteskrivelser: as bench/citizen_name_false_alarms.py reads them), the real
tjänsteskrivelser's Word letterheads and the real Word PDFs (as
bench/protected_phone_real_texts.py reads them). Printed: hits per 100 000 characters by
kind, those called private (a false alarm, each listed) and those called an
organisation's (right: a kommun's växel, address, e-mail).

Generated letters (seeded): a medborgarförslag, a synpunkt, an överklagande and an
ansökan, with the sender's lines above or below, on one line, in a labelled form (the
kommun's own too), after "Klagande:" under a court's name or in the prose, addressed to
the nämnd and its kommun (whose address must not be found), with every form of phone
number, address and postort; read as typed, without blank lines, and as the review reads
the text of a PDF of it. Printed: how many of the planted pieces are found as private, by
kind, and how many of the kommun's are. The rules were written with these layouts in
view: the figure says they hold for each, not how often a letter of another shape is met.

Run: `.venv/bin/python bench/contact_data_false_alarms.py`."""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ksdesk.core.contact_data import contacts

LETTERS = 2000
rng = random.Random(2024)


def real_texts() -> list[tuple[str, str]]:
    from bench.citizen_name_false_alarms import _test_strings
    from bench.personnummer_real_texts import texts as number_texts
    from bench.protected_phone_real_texts import letterheads, word_pdfs

    # The real tjänsteskrivelser are read whole, as their Word files read (letterheads): a
    # cell of their footer alone ("641 80 KATRINEHOLM") is no text any bilaga prints, and
    # their handläggare's telefon is a phone field the review does not read for contact data.
    loose = [(n, t) for n, t in _test_strings() if not n.startswith("real_tjansteskrivelser")]
    found = [*number_texts([]), *loose, *letterheads(), *word_pdfs()]
    return list({text: (name, text) for name, text in found}.values())


def false_alarms(texts: list[tuple[str, str]], title: str = "Real texts") -> int:
    chars = sum(len(text) for _name, text in texts)
    private: Counter[str] = Counter()
    public: Counter[str] = Counter()
    for name, text in texts:
        for found in contacts(text):
            (private if found.private else public)[found.kind] += 1
            if found.private:
                around = " ".join(text[max(0, found.start - 50) : found.end + 30].split())
                print(f"    {name}: {found.kind} {text[found.start : found.end]!r} … {around}")
    per = 100_000 / max(chars, 1)
    print(f"{title}: {len(texts)} texts, {chars} characters")
    for kind in sorted(set(private) | set(public)):
        print(
            f"  {kind:8} private (false alarm) {private[kind]:3} = {private[kind] * per:5.1f} "
            f"per 100 000 chars; organisation's {public[kind]:3} = {public[kind] * per:5.1f}"
        )
    print(f"  all kinds: {sum(private.values())} false alarms, {sum(public.values())} public")
    return sum(private.values())


GIVEN = ["Lisa", "Anna", "Mohammed", "Erik", "Dragana", "Per-Olof", "Sara", "Ali", "Karin"]
FAMILY = ["Andersson", "Jovanović", "Al-Hassan", "Berg", "Nguyen", "Lindqvist", "Öberg"]
STREETS = [
    "Storgatan", "Björkvägen", "Norra Esplanaden", "Kvarnbacken", "Tallstigen", "Ågatan",
    "Gamla vägen", "Lärkgränd", "Sjötorget", "Solslingan", "Fridhemsgatan", "Östra Hamngatan",
    "Esplanaden", "Lilla Torget", "Backen", "Kvarnen",  # no street's ending: core.contact_places
]  # fmt: skip
ORTER = ["Ludvika", "Grängesberg", "Smedjebacken", "Stockholm", "Borlänge", "Sunnansjö"]
MAILS = ["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "telia.com", "live.se"]
NAMNDER = ["Barn- och utbildningsnämnden", "Socialnämnden", "Kommunstyrelsen"]


def _phone() -> tuple[str, str]:
    m = f"07{rng.choice('02369')}"
    a, b, c = rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)
    area = rng.choice(["0240", "0243", "08", "031", "0590"])
    forms = [
        ("mobil", f"{m}-{a} {b} {c}"),
        ("mobil", f"{m}{a}{b}{c}"),
        ("mobil", f"{m} {a} {b} {c}"),
        ("mobil", f"+46 {m[1:]} {a} {b} {c}"),
        ("mobil", f"+46 (0){m[1:]}-{a} {b} {c}"),
        ("mobil", f"0046 {m[1:]}-{a}{b}{c}"),
        ("telefon", f"{area}-{a} {b}"),
        ("telefon", f"{area}-{b} {c} {b}"),
        ("telefon", f"({area}) {a} {b}"),
    ]
    if area == "08":  # Stockholm's numbers have seven or eight digits after 08
        forms[-3:] = [("telefon", f"08-{a} {b} {c}"), ("telefon", f"(08) {a} {b} {c}")]
    return rng.choice(forms)


def _letter() -> tuple[str, list[tuple[str, str]], list[str]]:
    """(the letter, the planted (kind, text) pieces, the kommun's pieces)."""
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    number = f"{rng.randint(1, 140)}{rng.choice(['', '', ' B', 'A', '-3'])}"
    street = f"{rng.choice(STREETS)} {number}"
    code = f"{rng.randint(100, 989)} {rng.randint(10, 99)}"
    ort = rng.choice(ORTER)
    postort = rng.choice([f"{code} {ort}", f"{code.replace(' ', '')} {ort.upper()}"])
    phone_kind, phone = _phone()
    mail = f"{given.lower()}.{family.lower()[:4]}{rng.randint(1, 99)}@{rng.choice(MAILS)}"
    mail = mail.replace("ö", "o").replace("ć", "c")
    planted = [("adress", street), ("postort", postort), (phone_kind, phone), ("e-post", mail)]
    planted.append(("namn", f"{given} {family}"))  # the writer's own name (core.contact_names)
    namnd = rng.choice(NAMNDER)
    kommun = ["Ludvika kommun", "Box 123", "771 82 Ludvika", "Växel 0240-860 00"]
    to = "\n".join([f"Till {namnd}", *kommun])
    what = rng.choice(["Medborgarförslag", "Synpunkt", "Överklagande av beslut", "Ansökan"])
    body = (
        f"{what}\n\nJag vill föreslå att {namnd.lower()} ser över skolskjutsen. Mitt barn "
        "väntar varje morgon vid vägen och det är mörkt."
    )
    name = f"{given} {family}"
    layout = rng.randrange(7)
    if layout == 0:  # the sender's lines first, the nämnd right under
        text = f"{name}\n{street}\n{postort}\n{phone}\n{mail}\n{to}\n\n{body}"
    elif layout == 1:  # signed at the foot
        text = f"{to}\n\n{body}\n\nMed vänlig hälsning\n{name}\n{street}\n{postort}\n"
        text += f"Tel: {phone}\nE-post: {mail}"
    elif layout == 2:  # one line
        text = f"{to}\n\n{body}\n\n{name}, {street}, {postort}, {phone}, {mail}"
    elif layout == 3:  # a form
        text = (
            f"{to}\n\n{what}\nNamn: {name}\nAdress: {street}\nPostnummer och ort: {postort}\n"
            f"Telefon dagtid: {phone}\nE-postadress: {mail}\n\n{body}"
        )
    elif layout == 4:  # the kommun's own form, its name above the sender's fields
        text = (
            f"Ludvika kommun\n{what}\nNamn: {name}\nAdress: {street}\nPostadress: {postort}\n"
            f"Telefon: {phone}\nE-post: {mail}\n\n{body}\n\n{to}"
        )
    elif layout == 5:  # an överklagande: the court above, the klagande's line
        text = (
            f"Förvaltningsrätten i Falun\nKlagande: {name}, {street}, {postort}\n"
            f"Tel {phone}\n{mail}\n\n{body}\n\n{to}"
        )
    else:  # in the prose
        text = (
            f"{to}\n\n{body} Jag bor på {street}, {postort}. Ni når mig på {phone} eller "
            f"{mail}.\n\n{name}"
        )
    return text, planted, ["Box 123", "771 82 Ludvika", "0240-860 00"]


def _as_pdf_reads(text: str) -> str:
    """The letter as the review reads a stored PDF of it (services.public_pdf): each drawn
    line apart by blank lines, then "|", then the lines as seen, "|" between them."""
    lines = [line for line in text.splitlines() if line.strip()]
    return "\n\n\n\n".join(lines) + "\n\n\n|\n" + "\n|\n".join(lines)


FORMS = {
    "": lambda text: text,
    ", without blank lines": lambda text: text.replace("\n\n", "\n"),
    ", as the text of a PDF of it reads": _as_pdf_reads,
}


def caught(how: str = "") -> None:
    """`how`: a key of FORMS, how the letters are read."""
    planted_n: Counter[str] = Counter()
    found_n: Counter[str] = Counter()
    kommun_found = kommun_n = 0
    for _ in range(LETTERS):
        text, planted, kommun = _letter()
        text = FORMS[how](text)
        private = {text[c.start : c.end] for c in contacts(text) if c.private}
        for kind, piece in planted:
            planted_n[kind] += 1
            found_n[kind] += piece in private
        kommun_n += len(kommun)
        kommun_found += sum(piece in private for piece in kommun)
    print(f"Generated citizen letters: {LETTERS} (7 layouts, seeded{how})")
    for kind in sorted(planted_n):
        share = 100 * found_n[kind] / planted_n[kind]
        print(f"  {kind:8} found {found_n[kind]:5} of {planted_n[kind]:5} = {share:5.1f} %")
    total = sum(found_n.values()) / sum(planted_n.values())
    print(f"  all planted pieces found: {100 * total:.1f} %")
    print(f"  the kommun's own address and växel called private: {kommun_found} of {kommun_n}")


OFFICIALS = ["Anna Svensson", "Sören Finnström", "Maria Östgren", "Per Lind", "Elin Selig"]
TITLES = ["Handläggare", "Nämndsekreterare", "Enhetschef", "Utredare", ""]


def _reply() -> tuple[str, str, str]:
    """(a kommun's reply to a citizen, the addressee's name, the official's name): her
    address on top, the official's signature under the text, with or without a title."""
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    addressee = f"{name}\nStorgatan {rng.randint(1, 99)}\n{rng.randint(100, 989)} 30 Ludvika"
    official, title = rng.choice(OFFICIALS), rng.choice(TITLES)
    signed = f"Med vänlig hälsning\n{official}" + (f"\n{title}" if title else "")
    if rng.random() < 0.5:
        signed += "\nSocialförvaltningen\nTelefon: 0240-860 00"
    body = "Svar på din synpunkt\n\nTack för din synpunkt om skolskjutsen. Vi ser över den."
    head = "Ludvika kommun\nSocialförvaltningen\n2024-03-01\n"
    return f"{head}\n{addressee}\n\n{body}\n\n{signed}\n", name, official


def replies() -> None:
    """The official who signs a kommun's reply is no writer with private data, whatever
    stands above: the addressee's own address and name are hers."""
    found = official = 0
    for _ in range(LETTERS):
        text, name, signer = _reply()
        names = {text[c.start : c.end] for c in contacts(text) if c.kind == "namn"}
        found += name in names
        official += signer in names
    print(f"Kommun replies: {LETTERS} (seeded): the addressee's name found in {found}, the")
    print(f"  official's signature called a private person's in {official}")


def main() -> None:
    from bench.kungsbacka_texts import heading, texts

    false_alarms(real_texts())
    kungsbacka = texts()  # a section of its own: the figures above do not read it
    false_alarms(kungsbacka, heading(kungsbacka))
    for how in FORMS:
        caught(how)
    replies()


if __name__ == "__main__":
    main()
