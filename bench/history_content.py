"""The made-up but plausible content of bench/history.py: meeting days, ärenden with their
tjänsteskrivelser, PDF bilagor, delegationsbeslut, budget sheets and point edits. Every
function draws from the random generator it is given, so the same seed gives the same
file."""

from __future__ import annotations

import copy
import io
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

ARENDEN_PER_MEETING = 30
BESLUT_PER_MEETING = 10
SHEETS_PER_YEAR = 30
ORGANS = ("Kommunstyrelsen", "Socialnämnden")

PLACES = (
    "Marnäs", "Gonäs", "Blötberget", "Grängesberg", "Saxdalen", "Fredriksberg", "Nyhammar",
    "Sunnansjö", "Väster", "Högberget", "Östermalm", "Gustavsberg", "Lorentsberg", "Björnhyttan",
)  # fmt: skip
THINGS = (
    "förskolans lokaler", "gång- och cykelvägar", "belysning i centrum", "vinterväghållning",
    "äldreboendets kök", "hemtjänstens scheman", "simhallens öppettider", "bibliotekets filialer",
    "skolskjutsar", "bredband på landsbygden", "avfallstaxan", "lokalförsörjning",
    "hyresavtal för LSS-boende", "ekonomiskt bistånd", "ensamkommande barn", "vattenskyddsområde",
)  # fmt: skip
KINDS = (
    ("Detaljplan för {place}", "beslut"),
    ("Yttrande över remiss om {thing}", "beslut"),
    ("Medborgarförslag om {thing}", "beslut"),
    ("Motion om {thing}", "beslut"),
    ("Investering i {thing} i {place}", "beslut"),
    ("Uppföljning av {thing}", "information"),
    ("Revidering av riktlinjer för {thing}", "beslut"),
    ("Avgifter för {thing} {year}", "beslut"),
    ("Rapport om {thing}", "information"),
)
VERBS = ("utreda", "godkänna", "anta", "avslå", "bifalla", "återremittera", "notera")
SENTENCES = (
    "Förvaltningen har utrett {thing} i {place} och redovisar här sina slutsatser.",
    "Kostnaden beräknas till {amount} kronor och ryms inom befintlig ram.",
    "Ärendet har beretts i samråd med samhällsbyggnadsförvaltningen och {place}s byalag.",
    "Enligt kommunallagen ska beslutet anslås på kommunens digitala anslagstavla.",
    "Synpunkter har inkommit från {count} boende i området kring {place}.",
    "Förslaget innebär att {thing} samordnas med budgeten för {year}.",
    "Socialtjänsten bedömer att behovet av {thing} ökar de kommande åren.",
    "En konsekvensanalys för barn har gjorts och bifogas ärendet.",
    "Delegationsordningen ger förvaltningschefen rätt att besluta i frågor om {thing}.",
)
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


def _text(rng: random.Random, template: str, year: int) -> str:
    return template.format(
        place=rng.choice(PLACES),
        thing=rng.choice(THINGS),
        year=year,
        amount=f"{rng.randint(50, 9000) * 1000:,}".replace(",", " "),
        count=rng.randint(3, 300),
    )


def _paragraph(rng: random.Random, year: int, sentences: int) -> str:
    return " ".join(_text(rng, rng.choice(SENTENCES), year) for _ in range(sentences))


def agenda_item(rng: random.Random, day: date, n: int, pool: Pool):
    from ksdesk.core.meeting import Arende, Forslag, Section, Signatory, Tjansteskrivelse

    template, kind = KINDS[rng.randrange(len(KINDS))]
    title = _text(rng, template, day.year)
    dnr = f"KS {day.year}/{rng.randint(1, 999)}"
    verb = rng.choice(VERBS)
    forslag = [
        Forslag(f"{verb} förvaltningens förslag om {rng.choice(THINGS)}", str(i + 1))
        for i in range(rng.randint(1, 3))
    ]
    handlaggare = rng.choice(PEOPLE)
    ts = Tjansteskrivelse(
        title=title,
        datum=(day - timedelta(days=21)).isoformat(),
        diarienummer=dnr,
        handlaggare=handlaggare,
        telefon=f"0240-{rng.randint(10000, 99999)}",
        epost=f"{handlaggare.lower().replace(' ', '.')}@ludvika.se",
        mottagare="Kommunstyrelsen",
        forslag=forslag,
        sections=[
            Section("Beskrivning av ärendet", _paragraph(rng, day.year, 6)),
            Section("Ekonomiska konsekvenser", _paragraph(rng, day.year, 2)),
            Section("Konsekvenser för barn", _paragraph(rng, day.year, 1)),
        ],
        signatories=[Signatory(handlaggare, rng.choice(ROLES))],
        beslut_skickas_till=["Akten", rng.choice(ROLES)],
    )
    return Arende(
        title=title,
        dnr=dnr,
        kind=kind,
        presenter=rng.choice(PEOPLE),
        proposal=f"Kommunstyrelsen beslutar att {verb} förslaget.",
        tjansteskrivelse=ts,
        bilagor=[pool.pick(rng, f"Bilaga till {title.lower()}")],
    )


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
    lines = [_text(rng, rng.choice(SENTENCES), 2020)[:90] for _ in range(60)]
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

    return BeslutInput(
        dnr=f"SBN {day.year}/{rng.randint(100, 999)}-{n}",
        date=day,
        delegat=rng.choice(ROLES),
        beslut=f"Beslut om {rng.choice(THINGS)} i {rng.choice(PLACES)}",
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
