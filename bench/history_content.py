"""The content of bench/history.py: meeting days, ärenden with their tjänsteskrivelser, PDF
bilagor, delegationsbeslut, budget sheets and point edits. Every function draws from the
random generator it is given, so the same seed gives the same file.

The words are real municipal Swedish, recombined (bench/history_text.py): sentences, real
decisions and real ärende titles from the seed packet, ../shared/corpus/ and the real
documents of the tests (bench/history_corpus.py), their years, dates and amounts made the
meeting's, with places and things of Ludvika. So every § has a beslut of its own (some 300
characters, one to three att-satser) and a beskrivning of its own (three to six paragraphs),
as a real file has, and search and the follow-up pay for a real vocabulary. The people are
made up (a handful of names with roles); no text holds a personnummer."""

from __future__ import annotations

import copy
import io
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from history_text import (
    THINGS,
    att_satser,
    bilaga_lines,
    information_beslut,
    paragraphs,
    sentences,
    title,
)
from history_text import delegationsbeslut as delegationsbeslut_text

ARENDEN_PER_MEETING = 30
BESLUT_PER_MEETING = 10
SHEETS_PER_YEAR = 30
ORGANS = ("Kommunstyrelsen", "Socialnämnden")

PEOPLE = ("Anna Ek", "Lars Berg", "Maria Lind", "Per Holm", "Eva Strand", "Johan Sjö")
ROLES = ("Förvaltningschef", "Ekonomichef", "Enhetschef", "Personalchef", "Kanslichef")


def meeting_days(year: int) -> list[tuple[str, date]]:
    """Kommunstyrelsen on the first Tuesday, Socialnämnden on the third Wednesday of each
    month but July: 22 meetings a year, in date order."""
    days = []
    for month in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12):
        first = date(year, month, 1)
        tuesday = first + timedelta(days=(1 - first.weekday()) % 7)
        wednesday = first + timedelta(days=(2 - first.weekday()) % 7 + 14)
        days += [(ORGANS[0], tuesday), (ORGANS[1], wednesday)]
    return sorted(days, key=lambda pair: pair[1])


def agenda_item(rng: random.Random, day: date, n: int, pool: Pool, organ: str = ORGANS[0]):
    from ksdesk.core.meeting import Arende, Forslag, Section, Signatory, Tjansteskrivelse
    from ksdesk.core.written_dates import format_date_medium

    heading, kind = title(rng, day.year)
    # Distinct within the meeting (n is the item's place), and named in its beslut: two
    # ärenden of one meeting may share a title and draw the same decisions, never a beslut.
    dnr = f"KS {day.year}/{rng.randrange(1, 33) * 30 + n}"
    written = day - timedelta(days=21)
    named = f"{heading} ({dnr})"
    satser = att_satser(rng, organ, named, format_date_medium(written), day.year)
    forslag = [
        Forslag(text, str(i + 1) if len(satser) > 1 else "") for i, text in enumerate(satser)
    ]
    if kind == "information":
        proposal = information_beslut(rng, organ, named, format_date_medium(written), day.year)
    else:
        proposal = "\n".join(f"{f.nr}. {f.text}" if f.nr else f.text for f in forslag)
    handlaggare = rng.choice(PEOPLE)
    corpus_ = _corpus()
    ts = Tjansteskrivelse(
        title=heading,
        datum=written.isoformat(),
        diarienummer=dnr,
        handlaggare=handlaggare,
        telefon=f"0240-{rng.randint(10000, 99999)}",
        epost=f"{handlaggare.lower().replace(' ', '.')}@ludvika.se",
        mottagare=organ,
        forslag=forslag,
        sections=[
            Section("Beskrivning av ärendet", paragraphs(rng, day.year, rng.randint(3, 6))),
            Section(
                "Ekonomiska konsekvenser",
                sentences(rng, day.year, rng.randint(1, 3), corpus_.economy),
            ),
            Section(
                "Konsekvenser för barn",
                sentences(rng, day.year, rng.randint(1, 2), corpus_.children),
            ),
        ],
        signatories=[Signatory(handlaggare, rng.choice(ROLES))],
        beslut_skickas_till=["Akten", rng.choice(ROLES)],
    )
    return Arende(
        title=heading,
        dnr=dnr,
        kind=kind,
        presenter=rng.choice(PEOPLE),
        proposal=proposal,
        tjansteskrivelse=ts,
        bilagor=[pool.pick(rng, f"Bilaga till {heading[0].lower() + heading[1:]}")],
    )


def _corpus():
    from history_corpus import corpus

    return corpus()


class Pool:
    """`size` distinct 2-page PDFs, each read by ksdesk once (pdf_bilaga) and handed out as
    often as asked: each use is a bilaga of its own with the file's bytes."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._made: dict[int, object] = {}

    def pick(self, rng: random.Random, title: str):
        from ksdesk.services import meetings as meeting_service

        index = rng.randrange(self.size)
        if index not in self._made:
            data = pdf_file(index)
            self._made[index] = meeting_service.pdf_bilaga(data, f"bilaga-{index}.pdf")
        return replace(copy.copy(self._made[index]), title=title)


def pdf_file(seed: int) -> bytes:
    """Two A4 pages of text (Helvetica) and a 200×150 grey image: about 33 kB."""
    rng = random.Random(f"pdf-{seed}")
    lines = bilaga_lines(rng, 60)
    image = rng.randbytes(30_000)
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    picture = add(
        b"<< /Type /XObject /Subtype /Image /Width 200 /Height 150 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(image) + image + b"\nendstream"
    )
    contents = []
    for page in range(2):
        text = [f"BT /F1 11 Tf 60 780 Td 13 TL (Bilaga {seed} sida {page + 1}) Tj T*"]
        for line in lines[page::2]:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            text.append(f"({escaped}) Tj T*")
        text.append("ET" + (" q 200 0 0 150 330 60 cm /Im1 Do Q" if page == 0 else ""))
        stream = "\n".join(text).encode("cp1252", "replace")
        contents.append(add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"))
    pages_id = len(objects) + len(contents) + 1
    resources = b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >>" % (
        font,
        picture,
    )
    kids = [
        add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] %s /Contents %d 0 R >>"
            % (pages_id, resources, content)
        )
        for content in contents
    ]
    refs = b" ".join(b"%d 0 R" % kid for kid in kids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, catalog, xref)
    )
    return out.getvalue()


def beslut_input(rng: random.Random, day: date, n: int):
    """A decision of Samhällsbyggnadsnämnden (another nämnd's, resting on its own order),
    reported to the meeting: as the seed's SBN 2020/877."""
    from ksdesk.services.delegationsbeslut import BeslutInput

    text, why = delegationsbeslut_text(rng, day.year)
    return BeslutInput(
        dnr=f"SBN {day.year}/{rng.randint(100, 999)}-{n}",
        date=day,
        delegat=rng.choice(ROLES),
        beslut=text,
        beskrivning=why,
        punkt=str(rng.randint(1, 40)),
        organ="Samhällsbyggnadsnämnden",
        punkt_kapitel="Allmänna ärenden",
        received=day + timedelta(days=2),
    )


def point_edit(rng: random.Random, version) -> tuple[str, str, object]:
    """(uid, field, value): one change of a point in a draft, as the Delegation tab makes."""
    _chapter, point = rng.choice(version.all_points())
    if rng.random() < 0.5:
        return point.uid, "anmarkning", f"Reviderad: {rng.choice(THINGS)}."
    return point.uid, "delegat", [rng.choice(ROLES)]


def sheet_copy(template, year: int, n: int, rng: random.Random):
    """A budget sheet of `year` shaped as `template`, its amounts moved a few per cent."""
    sheet = copy.deepcopy(template)
    from ksdesk.core.identity import forget_identity

    forget_identity(sheet)
    sheet.key = f"h{year}-{n:02d}"
    sheet.title = f"{template.title} {year} ({n + 1})"
    factor = Decimal(100 + rng.randint(-8, 12)) / 100
    for row in sheet.rows:
        row.cells = [
            (cell * factor).quantize(Decimal(1) if cell == cell.to_integral() else cell)
            if isinstance(cell, Decimal)
            else cell
            for cell in row.cells
        ]
    return sheet
