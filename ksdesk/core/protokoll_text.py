"""The words of the protokoll's first page, its ANSLAG/BEVIS block, a §'s beslut lines and
the utdrag's bestyrkande, made once for every edition: the paper protokoll (ReportLab) and
the web edition (tagged PDF, HTML) print the same sentences from the same functions (the
first page's lists of people: core.protokoll_attendance)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ksdesk.core.ajournering import printed as ajournering_line
from ksdesk.core.deadlines import DeadlineChain
from ksdesk.core.format import (
    format_date,
    format_date_long,
    format_time_kl,
    format_time_span,
    number_runs,
)
from ksdesk.core.justering_check import forvaringsplats_of
from ksdesk.core.kommuner import Kommun, place_name
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Paragraf, Protokoll
from ksdesk.core.protokoll_attendance import (
    absent,
    beslutande,
    display_names,
    listening,
    signing_justerare,
)
from ksdesk.core.protokoll_chair import chair_at, chair_signers, signing_chair
from ksdesk.core.protokoll_rules import (
    chair_of,
    paragraf_span,
    secretary_of,
    secretary_title_of,
)

# The people lists hang their §§ under the name when a line runs over.
PEOPLE_LABELS = ("Beslutande", "Ej tjänstgörande ersättare", "Övriga närvarande", "Ej närvarande")
# The two lists kommuner print only when someone is on them.
OPTIONAL_LABELS = ("Ej tjänstgörande ersättare", "Ej närvarande")
ANSLAG_HEADING = "ANSLAG/BEVIS"
ANSLAG_LEAD = "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."
FINGERPRINT_LABEL = "Fingeravtryck (SHA-256)"  # of the justerat protokoll, in the anslag/bevis


def when_line(meeting: Sammantrade, protokoll: Protokoll) -> str:
    """ "Rådhuset, måndag 7 december 2020, kl. 14.00–16.10" ("kl." kept with its time)."""
    j = protokoll.justering
    start = j.opened or meeting.time
    clock = (
        f"kl. {format_time_span(start, j.closed)}"
        if j.closed is not None and j.closed > start
        else format_time_kl(start)
    )
    # A meeting whose place is not yet written starts with its day, not with a comma.
    parts = (meeting.place.strip(), format_date_long(meeting.date), clock)
    line = ", ".join(part for part in parts if part).replace("kl. ", "kl.\u00a0")
    return line[:1].upper() + line[1:]  # "Måndag 14 december …" as the kallelse writes it


def first_page_rows(meeting: Sammantrade, protokoll: Protokoll) -> list[tuple[str, list[str]]]:
    """Label and lines of the first page: Plats och tid (and its ajourneringar), Beslutande,
    Ej tjänstgörande ersättare, Övriga närvarande, Ej närvarande (those two only when
    someone is on them), Utses att justera, Justeringens plats och tid."""
    j = protokoll.justering
    justering_when = ", ".join(
        part
        for part in (j.place, format_date_long(j.date) if j.date else "", format_time_kl(j.time))
        if part
    )
    rows = [
        ("Plats och tid", [when_line(meeting, protokoll), ajournering_line(j.ajourneringar)]),
        ("Beslutande", beslutande(protokoll, meeting)),
        ("Ej tjänstgörande ersättare", listening(protokoll, ersattare=True)),
        ("Övriga närvarande", listening(protokoll, ersattare=False)),
        ("Ej närvarande", absent(protokoll)),
        ("Utses att justera", [", ".join(display_names(protokoll, j.justerare))]),
        ("Justeringens plats och tid", [justering_when]),
    ]
    return [(label, values) for label, values in rows if values or label not in OPTIONAL_LABELS]


NARVAROLISTA_HEADING = "Närvarolista"
# An organ with more people than this on its lists (a kommunfullmäktige: 61 ledamöter, 31
# ersättare) would push the justering, the signatures and the anslag/bevis off the first
# page: its longest lists go instead to a närvarolista right after the first page, which
# points to it, as Sunne ("Beslutande Se sid 2"), Trollhättan ("Se förteckning bilaga 1"),
# Nora and Gällivare ("enligt bifogad närvarolista") print theirs. A kommunstyrelse of 13
# keeps everyone on its first page, as before.
FIRST_PAGE_PEOPLE = 20

Rows = list[tuple[str, list[str]]]


@dataclass(frozen=True)
class FirstPage:
    """The first page's rows (a list moved away says where it went) and the lists of
    people moved to the närvarolista, in the first page's order."""

    rows: Rows
    narvarolista: Rows


def narvarolista_pointer(page: int) -> str:
    """What a list moved to the närvarolista says on paper: the page to turn to."""
    return f"Se närvarolista, sida {page}"


# The web edition's pointer: a page number means nothing on a screen, where the list follows
# the first page and the words are a link to its heading.
NARVAROLISTA_BELOW = "Se närvarolistan nedan"


def first_page_layout(
    meeting: Sammantrade,
    protokoll: Protokoll,
    list_page: int = 2,
    fits: Callable[[Rows], bool] = lambda rows: True,
) -> FirstPage:
    """`first_page_rows`; when more than FIRST_PAGE_PEOPLE are on its lists of people, the
    longest lists move to the närvarolista (which begins on `list_page`) until those left
    are no more than that and the first page `fits` (the paper measures it)."""
    rows = first_page_rows(meeting, protokoll)
    people = {label: values for label, values in rows if label in PEOPLE_LABELS and values}
    left = sum(len(values) for values in people.values())
    moved: set[str] = set()
    pointer = [narvarolista_pointer(list_page)]

    def shown() -> Rows:
        return [(label, pointer if label in moved else values) for label, values in rows]

    if left > FIRST_PAGE_PEOPLE:
        for label in sorted(people, key=lambda label: -len(people[label])):
            if left <= FIRST_PAGE_PEOPLE and fits(shown()):
                break
            moved.add(label)
            left -= len(people[label])
    return FirstPage(shown(), [(label, values) for label, values in rows if label in moved])


def signers(meeting: Sammantrade, protokoll: Protokoll) -> list[tuple[str, str]]:
    """Who signs the protokoll, label and plain name as signed: sekreterare, ordförande, then
    the justerare (two empty lines to sign on when none is chosen yet)."""
    justerare = signing_justerare(protokoll, signing_chair(meeting, protokoll))
    return [
        ("Sekreterare", secretary_of(meeting, protokoll)),
        *chair_signers(meeting, protokoll),
        *(("Justerande", name) for name in justerare),
    ]


def paragrafer_line(protokoll: Protokoll) -> str:
    return f"Paragrafer {number_runs(protokoll.numbers)}"


def omedelbar_note(protokoll: Protokoll) -> str:
    """ "§§ 217, 219 justerade omedelbart" under the signatures; "" when none was."""
    numbers = [p.nr for p in protokoll.paragrafer if p.omedelbar_justering]
    if not numbers:
        return ""
    return f"{paragraf_span(numbers)} {'justerad' if len(numbers) == 1 else 'justerade'} omedelbart"


def omedelbar_heading(number: int, meeting: Sammantrade) -> str:
    """Under a § justerad omedelbart: that it was, and when."""
    return f"§ {number} justerades omedelbart vid sammanträdet {format_date_long(meeting.date)}."


def omedelbar_signers(
    meeting: Sammantrade, protokoll: Protokoll, number: int
) -> list[tuple[str, str]]:
    """Who signs § `number` justerad omedelbart at the table: who led it (the ordförande, or
    the vice ordförande in a jävig ordförande's place) and the justerare."""
    paragraf = protokoll.paragraf(number)
    chair = (
        chair_of(meeting, protokoll) if paragraf is None else chair_at(meeting, protokoll, paragraf)
    )
    signed = signing_chair(meeting, protokoll, chair)
    return [("Ordförande", signed)] + [
        ("Justerande", name) for name in signing_justerare(protokoll, signed)
    ]


def anslag_rows(
    organ: Organ, meeting: Sammantrade, protokoll: Protokoll, chain: DeadlineChain | None
) -> list[tuple[str, str]]:
    """What the secretary certifies on the anslagstavla (KL 8 kap. 12 §), before the
    signature: label and value."""
    j = protokoll.justering
    removal: date | None = None
    if j.anslaget and chain is not None:
        removal = chain.overklagande_slut + timedelta(days=1)
    return [
        ("Organ", organ.name),
        ("Sammanträdesdatum", format_date(meeting.date)),
        ("Datum då anslaget sätts upp", format_date(j.anslaget)),
        ("Datum då anslaget tas ned", format_date(removal)),
        ("Förvaringsplats för protokollet", forvaringsplats_of(j, organ)),
    ]


def text_blocks(text: str) -> list[str]:
    """Blank lines separate paragraphs; a single line break stays in its paragraph."""
    return [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]


@dataclass(frozen=True)
class BeslutLine:
    text: str
    numbered: bool  # an att-sats ("1. Kommunstyrelsen fastställer …"): a hanging indent


# A förslag or beslut asking for its § to be justerad at once: "… förklarar paragrafen
# omedelbart justerad" (Kungsbacka), "Paragrafen justeras omedelbart", "omedelbar justering".
_OMEDELBAR = re.compile(
    r"förklara[rs]?\s+(?:paragrafen|beslutet|§\s*\d+)\s+omedelbart\s+justera[dt]"
    r"|(?:paragrafen|beslutet)\s+justeras\s+omedelbart|omedelbar\s+justering",
    re.IGNORECASE,
)


def says_omedelbar(text: str) -> bool:
    """Whether a förslag or beslut asks for its § to be justerad at once."""
    return bool(_OMEDELBAR.search(" ".join(text.split())))


def beslut_lines(paragraf: Paragraf) -> list[BeslutLine]:
    lines = []
    for line in (line.strip() for line in paragraf.beslut.splitlines()):
        if line:
            lines.append(BeslutLine(line, line[:1].isdigit() and ". " in line[:5]))
    # Said once: a beslut that says it itself ("… förklarar paragrafen omedelbart justerad")
    # is not followed by the sentence again.
    if paragraf.omedelbar_justering and not says_omedelbar(paragraf.beslut):
        lines.append(BeslutLine("Paragrafen justeras omedelbart.", False))
    return lines


@dataclass(frozen=True)
class Bestyrkande:
    text: str  # status and "Utdraget överensstämmer …"
    place_date: str  # "Ludvika, 2020-12-15"
    secretary: str  # "Maria Östgren, kommunsekreterare"


def bestyrkande(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    paragraf: Paragraf,
    bestyrkt: date | None,
    justering_known: bool = True,
    public: bool = False,
    *,
    kommuner: Sequence[Kommun],
) -> Bestyrkande:
    """ "Utdragsbestyrkande": the secretary certifies that the extract is true to the
    original (the public version says what differs). The place is the kommun's, looked up in
    `kommuner` (SCB's list): "Smedjebacken" for Smedjebackens kommun, never "Smedjebackens"."""
    j = protokoll.justering
    if not justering_known:
        status = ""
    elif paragraf.omedelbar_justering:
        status = "Paragrafen är justerad omedelbart."
    elif j.justerat:
        status = f"Protokollet justerades {format_date_long(j.justerat)}."
    else:
        status = "Protokollet är ännu inte justerat."
    same = (
        "Utdraget överensstämmer med originalprotokollet, med undantag för uppgifter som "
        "maskerats i den offentliga versionen."
        if public
        else "Utdraget överensstämmer med originalprotokollet."
    )
    place = place_name(organ.kommun, kommuner) if organ.kommun.strip() else ""
    when = ", ".join(p for p in (place, format_date(bestyrkt)) if p)
    name, title = secretary_of(meeting, protokoll), secretary_title_of(meeting, protokoll)
    secretary = ", ".join(p for p in (name, title) if p)
    return Bestyrkande(f"{status} {same}".strip(), when, secretary)
