"""What the import should read from each rebuilt real tjänsteskrivelse, field by field: the
figure "fields right out of total" is measured against these (`measure`)."""

from __future__ import annotations

from ksdesk.core.meeting import Tjansteskrivelse
from tests.interchange import real_tjansteskrivelser as first
from tests.interchange import real_tjansteskrivelser_more as more

LETTERHEAD = (
    "datum",
    "diarienummer",
    "handlaggare",
    "handlaggare_titel",
    "telefon",
    "epost",
    "mottagare",
)

EXPECTED = {
    "ludvika_434": {
        "write": first.write_ludvika_434,
        "title": "Omfördelning av budgetmedel från kommunstyrelsen till samhällsbyggnadsnämnden",
        "datum": "2020-11-27",
        "diarienummer": "KS 2020/434",
        "handlaggare": "Jessica Hedlund",
        "telefon": "86656",
        "epost": "jessica.hedlund@ludvika.se",
        "mottagare": "Fullmäktige",
        "forslag": [("", "")],
        "sections": ["Beskrivning av ärendet", "Ekonomiska konsekvenser"],
        "signatories": [("Maria Skoglund", "Kommundirektör"), ("Jessica Hedlund", "Sektionschef")],
        "send": ["Samhällsbyggnadsnämnden", "Ekonomienheten för kännedom", "Akten"],
    },
    "ludvika_437": {
        "write": first.write_ludvika_437,
        "title": "Fastställande av kommunstyrelsens budget 2021",
        "forslag": [(str(n), "Kommunstyrelsen") for n in range(1, 5)] + [("5", "fullmäktige")],
        "sections": ["Beskrivning av ärendet", "Ekonomiska konsekvenser"],
        "signatories": [("Maria Skoglund", "Kommundirektör")],
        "send": ["Kommunstyrelsens förvaltning", "Ekonomienheten", "Akten"],
    },
    "upplands_bro": {
        "write": first.write_upplands_bro,
        "title": "Revidering av riktlinjer för ekonomiskt bistånd",
        "datum": "2018-08-28",
        "diarienummer": "SN 18/0098",
        "handlaggare": "Lena Bergström",
        "epost": "lena.bergstrom@upplands-bro.se",
        "mottagare": "Socialnämnden",
        "forslag": [("", "")],
        "sections": [
            "Sammanfattning",
            "Beslutsunderlag",
            "Barnperspektiv",
            "Ensamkommande gymnasiestuderande",
        ],
        "signatories": [("Eva Folke", "Socialchef"), ("Elisabeth Rågård", "Avdelningschef")],
        "send": ["Diariet"],
    },
    "katrineholm": {
        "write": more.write_katrineholm,
        "title": "Internkontrollrapport kulturförvaltningen 2019",
        "datum": "2019-11-20",
        "diarienummer": "KULN/2019:101 - 012",
        "handlaggare": "Elin Selig",
        "telefon": "0150-576 27",
        "epost": "elin.selig@katrineholm.se",
        "mottagare": "Kulturnämnden",
        "forslag": [("", "")],
        "sections": ["Sammanfattning av ärendet"],
    },
    "karlskoga": {
        "write": more.write_karlskoga,
        "title": "Svar på motion om att ge barnen en giftfri vardag",
        "handlaggare": "Karin Jirénius",
        "mottagare": "KS",
        "sections": [
            "Sammanfattning",
            "Beslutsunderlag",
            "Bakgrund",
            "Beskrivning av ärendet",
            "Barn- och utbildningsnämnden",
        ],
    },
    "tranas": {
        "write": more.write_tranas,
        "title": "Förtydligande ansvar för medlemmar i Kommuninvest",
        "diarienummer": "215/11",
        "handlaggare": "Rosie-Marie Fors",
        "forslag": [("", "")] * 4,
        "sections": ["Sammanfattning"],
        "send": ["Kommunstyrelsen"],
    },
    "upplands_bro_2013": {
        "write": more.write_upplands_bro_2013,
        "title": "Delårsbokslut 2 med helårsprognos 2013",
        "diarienummer": "Dnr",  # as the transcript has it: the number itself is lost
        "handlaggare": "Martin Taavola",
        "mottagare": "Socialnämnden",
        "forslag": [("", "")],
        "sections": ["Sammanfattning", "Beslutsunderlag"],
        "signatories": [
            ("Eva Folke", "Socialchef"),
            ("Jesper Kyrk", "Avdelningschef, Kvalitets- och verksamhetstöd"),
        ],
        "send": ["Kommunstyrelsen"],
    },
    "tyreso": {
        "write": more.write_tyreso,
        "title": "Kommunal borgen Tyresö Strands båtklubb",
        "diarienummer": "2015/KS 0246 11",
        "forslag": [(str(n), "fullmäktige") for n in range(1, 6)],
        "sections": ["Beskrivning av ärendet"],
    },
}


def measure(ts: Tjansteskrivelse, expected: dict) -> tuple[int, int, list[str]]:
    """(fields right, fields in all, the names of those wrong): the title, each letterhead
    field, each att-sats (its number and group), each section heading, each signature, each
    recipient; a field the document leaves empty counts when the import leaves it empty."""
    checks: list[tuple[str, object, object]] = [("title", ts.title, expected["title"])]
    checks += [(f, getattr(ts, f), expected.get(f, "")) for f in LETTERHEAD]
    got_atts = [(att.nr, att.group) for att in ts.forslag]
    want_atts = expected.get("forslag", [])
    for index in range(max(len(got_atts), len(want_atts))):
        got = got_atts[index] if index < len(got_atts) else None
        want = want_atts[index] if index < len(want_atts) else None
        checks.append((f"att-sats {index + 1}", got, want))
    lists = (
        ("avsnitt", [s.heading for s in ts.sections], expected.get("sections", [])),
        (
            "underskrift",
            [(s.name, s.title) for s in ts.signatories],
            expected.get("signatories", []),
        ),
        ("mottagare", ts.beslut_skickas_till, expected.get("send", [])),
    )
    for name, got_list, want_list in lists:
        for index in range(max(len(got_list), len(want_list))):
            got = got_list[index] if index < len(got_list) else None
            want = want_list[index] if index < len(want_list) else None
            checks.append((f"{name} {index + 1}", got, want))
    wrong = [name for name, got, want in checks if got != want]
    return len(checks) - len(wrong), len(checks), wrong
