"""How the handlingar of a packet break their text up, once for every edition (paper and
web): free text into paragraphs and bulleted lists, a tjänsteskrivelse's att-satser into the
groups that decide them, the lines of its Bilagor list."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.format import format_date
from ksdesk.core.kallelse import withheld_line, withheld_note
from ksdesk.core.meeting import (
    Arende,
    Bilaga,
    Forslag,
    Sammantrade,
    Tjansteskrivelse,
    numbered,
    tjansteskrivelse_dnr,
    written_dnr,
)
from ksdesk.core.organ import Organ, organ_in_running_text
from ksdesk.core.protected_phones import contact as printed_contact

OWN_GROUP = "kommunstyrelsen"  # as stored: the att-satser the organ itself decides
FORSLAG_HEADING = "Förvaltningens förslag till beslut"
GROUP_HEADINGS = {
    OWN_GROUP: "Förslag till beslut i kommunstyrelsen",
    "fullmäktige": "Förslag till beslut i kommunfullmäktige",
}

_BULLET = re.compile(r"^\s*[-–•]\s+")


def prose_parts(text: str) -> list[str | list[str]]:
    """Paragraphs separated by blank lines (a line break inside one is kept); a paragraph
    whose every line starts with "- " (or – or •) is a bulleted list: the items, unmarked."""
    parts: list[str | list[str]] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        if not chunk.strip():
            continue
        lines = [line for line in chunk.splitlines() if line.strip()]
        if all(_BULLET.match(line) for line in lines):
            parts.append([_BULLET.sub("", line).strip() for line in lines])
        else:
            parts.append(chunk.strip())
    return parts


def forslag_groups(forslag: list[Forslag], organ_name: str = "") -> list[tuple[str, list[Forslag]]]:
    """The att-satser in runs of the same group, each with the heading printed over it ("" when
    the förslag is not split between the organ and fullmäktige). The group stored as
    "kommunstyrelsen" is what the organ the ärende goes to decides itself: its heading names
    that organ after "i" ("Förslag till beslut i nämnden för Kultur & Fritid") when
    `organ_name` is given. A group stored as an organ's name is the organ the handläggare's
    heading named: it decides, and its heading names it, not the organ holding the meeting
    (the AU prepares "Förslag till beslut i byggnadsnämnden")."""
    groups: list[tuple[str, list[Forslag]]] = []
    for att in forslag:
        if not groups or groups[-1][0] != att.group:
            groups.append((att.group, []))
        groups[-1][1].append(att)
    split = len(groups) > 1 or any(group for group, _ in groups)
    headings = dict(GROUP_HEADINGS)
    if organ_name.strip():
        headings[OWN_GROUP] = f"Förslag till beslut i {organ_in_running_text(organ_name)}"
    for group, _atts in groups:  # an organ named: it decides, whoever holds the meeting
        if group and group not in headings:
            headings[group] = f"Förslag till beslut i {organ_in_running_text(group)}"
    return [(headings.get(group, "") if split else "", atts) for group, atts in groups]


def forslag_parts(
    forslag: list[Forslag], organ_name: str = ""
) -> tuple[str, list[tuple[str, list[Forslag]]]]:
    """The heading over the att-satser and their groups as printed (paper and web): one
    group that names who decides ("Förslag till beslut i nämnden för Kultur & Fritid", as the
    handläggare wrote it) is that heading alone; else "Förvaltningens förslag till beslut"
    over the groups' own headings."""
    groups = forslag_groups(forslag, organ_name)
    if len(groups) == 1 and groups[0][0]:
        return groups[0][0], [("", groups[0][1])]
    return FORSLAG_HEADING, groups


def letterhead_fields(ts: Tjansteskrivelse, item: Arende) -> list[tuple[str, str]]:
    """The tjänsteskrivelse's dated fields as printed beside the handläggare: the labels that
    have a value ("Ert datum" over nothing is no information)."""
    pairs = [
        ("Datum", ts.datum),
        ("Diarienummer", tjansteskrivelse_dnr(item)),
        ("Ert datum", ts.ert_datum),
        ("Er referens", ts.er_referens),
    ]
    return [(label, value.strip()) for label, value in pairs if value.strip()]


def att_labels(atts: list[Forslag]) -> list[str]:
    """ "1.", "2.", … as given (the seed's fullmäktige part goes on at 5); [] when the
    att-satser carry no numbers at all."""
    if not any(att.nr for att in atts):
        return []
    return [f"{att.nr or index}." for index, att in enumerate(atts, start=1)]


def bilaga_line(bilaga: Bilaga, left_out: bool) -> str:
    """ "1. Verksamhetsplan 2021", with why a public version leaves it out when it does. A
    secret bilaga's title is already "omfattas av sekretess (…)" in a public edition (its own
    title can say what is secret): "3. Omfattas av sekretess (19 kap. 3 § OSL)"."""
    nr = f"{bilaga.nr}. " if bilaga.nr else ""
    if left_out and bilaga.withheld == "sekretess":
        return f"{nr}{bilaga.title[:1].upper()}{bilaga.title[1:]}"
    note = f" ({withheld_note(bilaga)})" if left_out else ""
    return f"{nr}{bilaga.title}{note}"


def published_pdf_bilagor(meeting: Sammantrade) -> Iterator[tuple[int, Bilaga]]:
    """(ärende number, bilaga) of each stored PDF a public copy publishes as it came: of a
    numbered ärende that is not secret, and not secret itself."""
    for number, item in numbered(meeting.items):
        if number is None or item.secret:
            continue
        for bilaga in item.bilagor:
            if not bilaga.secret and (bilaga.content or b"").startswith(b"%PDF"):
                yield number, bilaga


def bilaga_name(bilaga: Bilaga) -> str:
    """ "Bilaga 2. Driftsbudget" (bookmarks, the kicker over a bilaga, links to it)."""
    name = f"Bilaga {bilaga.nr}" if bilaga.nr else "Bilaga"
    return f"{name}. {bilaga.title}" if bilaga.nr else f"{name}: {bilaga.title}"


def withheld_lines(left_out: list[Bilaga]) -> list[str]:
    """The page a public packet prints for an ärende without tjänsteskrivelse whose bilagor
    it leaves out: what is left out, and why."""
    lines = ["Handlingar som inte ingår i den offentliga versionen:"]
    return lines + [withheld_line(bilaga) for bilaga in left_out]


def names_itself(own_title: str, bilaga: Bilaga, line: str) -> bool:
    """Whether the line naming a bilaga in the packet ("Bilaga 2. Driftsbudget …") already
    says what the bilaga's own heading would: the heading is the whole line, the bilaga's
    title, or only its label ("Bilaga 2"). The packet then prints one heading, not two."""

    def plain(text: str) -> str:
        return " ".join(text.lower().replace(".", " ").replace(":", " ").split())

    said = {plain(line), plain(bilaga.title), plain(f"Bilaga {bilaga.nr}")}
    return bool(own_title.strip()) and plain(own_title) in said


def missing_bilaga_lines() -> list[str]:
    """What the packet says of a bilaga that is neither a file nor a reference."""
    return [
        "Bilagan finns inte bifogad i ksdesk: ingen fil är bifogad och den hänvisar "
        "inte till något i databasen.",
        "Handlingen kan begäras från sekreteraren.",
    ]


def packet_header(
    organ: Organ, meeting: Sammantrade, number: int, item: Arende, bilaga: Bilaga | None = None
) -> tuple[str, str]:
    """The running header over an ärende's pages in the packet: "Ludvika kommun ·
    Kommunstyrelsen · 2020-12-07" left, "Ärende 4 · Dnr 2020/437 · Bilaga 2" right."""
    left = " · ".join(p for p in (organ.kommun, organ.name, format_date(meeting.date)) if p)
    right = [f"Ärende {number}"]
    if written_dnr(item):
        right.append(f"Dnr {written_dnr(item)}")
    if bilaga is not None:
        right.append(f"Bilaga {bilaga.nr}" if bilaga.nr else "Bilaga")
    return left, " · ".join(right)


def delegationsbeslut_fields(beslut: Delegationsbeslut) -> list[tuple[str, str]]:
    """A delegationsbeslut's header as printed: the labels that have a value."""
    contact = printed_contact(beslut.handlaggare, beslut.telefon)  # read by the last check
    pairs = [
        ("Organ", beslut.organ),
        ("Förvaltning", beslut.forvaltning),
        ("Handläggare", contact),
        ("E-post", beslut.epost),
        ("Datum", format_date(beslut.date)),
        ("Diarienummer", beslut.dnr),
    ]
    return [(label, value) for label, value in pairs if value]


def delegationsbeslut_sections(beslut: Delegationsbeslut) -> list[tuple[str, str]]:
    """Its sections as printed, heading and text, those with a text."""
    sections = [
        ("Beslut", beslut.beslut),
        ("Beskrivning av ärendet", beslut.beskrivning),
        ("Delegationshänvisning", beslut.delegationshanvisning),
    ]
    return [(heading, text) for heading, text in sections if text.strip()]
