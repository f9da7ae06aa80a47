"""The protokoll of a meeting: a first page with Plats och tid, Beslutande, Ej tjänstgörande
ersättare, Övriga närvarande, Ej närvarande, Utses att justera, Justeringens plats och tid, the
signature block (naming the §§ justerade omedelbart) and the anslag/bevis block;
then each § on its own page in the seed's § 216 layout."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ksdesk.core.deadlines import DeadlineChain
from ksdesk.core.fingeravtryck import grouped
from ksdesk.core.format import format_date, format_date_long, format_time_kl, format_time_span
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import OTHER_ROLE, Deltagare, Protokoll
from ksdesk.core.protokoll_public import PUBLIC_NOTE
from ksdesk.core.protokoll_rules import (
    number_runs,
    paragraf_span,
    tjanstgorande,
)
from ksdesk.reports.base import RULE_GREY, SANS_BOLD, available_width
from ksdesk.reports.protokoll_common import (
    PageFrame,
    build_document,
    paragraf_story,
    protokoll_styles,
)

LABEL_WIDTH = 42 * mm


def protokoll_pdf(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    chain: DeadlineChain | None = None,
    *,
    public: bool = False,
    fingerprint: str = "",
    signature_page: bool = False,
) -> bytes:
    """`public`: the public version (its §§ already masked by the service); every page says
    so, and a secret § shows only its number, a neutral title and its sekretess paragraf.
    `fingerprint`: the SHA-256 of the justerat protokoll, printed in the anslag/bevis.
    `signature_page`: a last page for the e-signing service, a line per signer."""
    frame = PageFrame(
        kommun=organ.kommun,
        organ=organ.name,
        kind="PROTOKOLL · OFFENTLIG VERSION" if public else "PROTOKOLL",
        meeting_date=format_date(meeting.date),
        signature_boxes=1 + len(protokoll.justering.justerare or [None, None]),
    )
    story = first_page(organ, meeting, protokoll, chain, public, fingerprint)
    for paragraf in protokoll.paragrafer:
        story.append(PageBreak())
        story += paragraf_story(paragraf, protokoll, organ, meeting, public=public)
        if paragraf.omedelbar_justering:
            story.append(_omedelbar(paragraf.nr, meeting, protokoll))
    if signature_page:
        story.append(PageBreak())
        story += signature_page_story(meeting, protokoll, fingerprint)
    title = f"Protokoll {organ.name} {format_date(meeting.date)}"
    title += " (offentlig version)" if public else ""
    # A public PDF names the organ as its author, never a person.
    author = organ.name if public else meeting.secretary_name or organ.secretary_name
    return build_document(story, frame, title, author)


def _when(meeting: Sammantrade, protokoll: Protokoll) -> str:
    j = protokoll.justering
    start = j.opened or meeting.time
    clock = (
        f"kl. {format_time_span(start, j.closed)}"
        if j.closed is not None and j.closed > start
        else format_time_kl(start)
    )
    # "kl." and its time belong together on one line.
    return f"{meeting.place}, {format_date_long(meeting.date)}, {clock}".replace(
        "kl. ", "kl.\u00a0"
    )


def _beslutande(protokoll: Protokoll, meeting: Sammantrade) -> list[str]:
    """Ledamöter who tjänstgjorde in some §, then ersättare who stepped in, with their §§
    when they did not take part throughout."""
    numbers = protokoll.numbers
    seats: dict[str, tuple[Deltagare, set[str], list[int]]] = {}
    for paragraf in protokoll.paragrafer:
        for seat in tjanstgorande(protokoll.upprop, paragraf):
            entry = seats.setdefault(seat.deltagare.name, (seat.deltagare, set(), []))
            if seat.replaces:
                entry[1].add(seat.replaces)
            entry[2].append(paragraf.nr)
    lines = []
    ordered = sorted(
        seats.values(), key=lambda e: (e[0].is_ersattare, protokoll.upprop.index(e[0]))
    )
    for deltagare, replaced, sat in ordered:
        text = deltagare.display
        if deltagare.name == meeting.chair_name or deltagare.role == "ordförande":
            text += ", ordförande"
        elif deltagare.role in ("1:e vice ordförande", "2:e vice ordförande"):
            text += f", {deltagare.role}"
        if replaced:
            text += f", tjänstgörande ersättare för {', '.join(sorted(replaced))}"
        if sorted(sat) != numbers:
            text += f", {paragraf_span(sat)}"
        lines.append(text)
    return lines


def _listening(protokoll: Protokoll, ersattare: bool) -> list[str]:
    """Everyone in the room who did not tjänstgöra, ersättare or the others (övriga, and a
    ledamot who sat out some §§), with the §§ when not the whole meeting (a jävig member has
    left the room for that §)."""
    numbers = protokoll.numbers
    sat: dict[str, set[int]] = {}
    for p in protokoll.paragrafer:
        for seat in tjanstgorande(protokoll.upprop, p):
            sat.setdefault(seat.deltagare.name, set()).add(p.nr)
    javig = {(j.name, p.nr) for p in protokoll.paragrafer for j in p.jav}
    lines = []
    for a in protokoll.upprop:
        if a.is_ersattare != ersattare:
            continue
        listening = [
            n
            for n in numbers
            if a.present_at(n) and n not in sat.get(a.name, ()) and (a.name, n) not in javig
        ]
        if not listening:
            continue
        text = f"{a.display}, ersättare" if a.is_ersattare else a.display
        lines.append(text if listening == numbers else f"{text}, {paragraf_span(listening)}")
    return lines


def _absent(protokoll: Protokoll) -> list[str]:
    """Ledamöter, then ersättare, of the upprop who were not there at all."""
    away = [a for a in protokoll.upprop if not a.present and a.role != OTHER_ROLE]
    away.sort(key=lambda a: a.is_ersattare)
    return [f"{a.display}, ersättare" if a.is_ersattare else a.display for a in away]


def first_page(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    chain: DeadlineChain | None,
    public: bool = False,
    fingerprint: str = "",
) -> list[Flowable]:
    styles = protokoll_styles()
    j = protokoll.justering
    justering_when = ", ".join(
        part
        for part in (j.place, format_date_long(j.date) if j.date else "", format_time_kl(j.time))
        if part
    )
    rows = [
        ("Plats och tid", [_when(meeting, protokoll)]),
        ("Beslutande", _beslutande(protokoll, meeting)),
        ("Ej tjänstgörande ersättare", _listening(protokoll, ersattare=True)),
        ("Övriga närvarande", _listening(protokoll, ersattare=False)),
        ("Ej närvarande", _absent(protokoll)),
        ("Utses att justera", [", ".join(_names(protokoll, j.justerare))]),
        ("Justeringens plats och tid", [justering_when]),
    ]
    # The two lists kommuner print only when someone is on them.
    optional = ("Ej tjänstgörande ersättare", "Ej närvarande")
    rows = [(label, values) for label, values in rows if values or label not in optional]
    story: list[Flowable] = [
        Paragraph(escape(organ.name), styles["Title"]),
        Paragraph("Protokoll från sammanträde", styles["H2"]),
        *([Paragraph(escape(PUBLIC_NOTE), styles["Small"])] if public else []),
        Spacer(1, 4 * mm),
        _label_table(rows, styles),
        Spacer(1, 6 * mm),
        _signatures(meeting, protokoll, styles),
        Spacer(1, 6 * mm),
        KeepTogether([anslag_block(organ, meeting, protokoll, chain, styles, fingerprint)]),
    ]
    return story


def _names(protokoll: Protokoll, names: list[str]) -> list[str]:
    by_name = {a.name: a for a in protokoll.upprop}
    return [by_name[n].display if n in by_name else n for n in names]


def _label_table(rows: list[tuple[str, list[str]]], styles) -> Table:
    """Label and lines; the lists of people hang their §§ under the name."""
    people = {"Beslutande", "Ej tjänstgörande ersättare", "Övriga närvarande", "Ej närvarande"}
    data = [
        [
            Paragraph(escape(label), styles["Label"]),
            [
                Paragraph(escape(v), styles["Hanging" if label in people else "Value"])
                for v in values
                if v
            ]
            or [Paragraph("", styles["Value"])],
        ]
        for label, values in rows
    ]
    table = Table(data, colWidths=[LABEL_WIDTH, available_width() - LABEL_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def _signature(name: str, styles, width: float = 60 * mm) -> list[Flowable]:
    """A line to sign on, the name printed under it."""
    line = Table([[""]], colWidths=[width], rowHeights=[9 * mm], hAlign="LEFT")
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE_GREY)]))
    return [line, Paragraph(escape(name), styles["Value"])]


def _omedelbar_note(protokoll: Protokoll, styles) -> list[Flowable]:
    numbers = [p.nr for p in protokoll.paragrafer if p.omedelbar_justering]
    if not numbers:
        return []
    text = f"{paragraf_span(numbers)} " + ("justerad" if len(numbers) == 1 else "justerade")
    text += " omedelbart"
    return [Paragraph(escape(text), styles["Small"])]


def _signatures(meeting: Sammantrade, protokoll: Protokoll, styles) -> Table:
    """Sekreterare and ordförande on one row, the justerare two to a row under them; the
    §§ of the protokoll under the label. Kept to few rows so that the anslag/bevis box still
    fits on the first page when the upprop is long."""
    # Plain names under the lines, as signed ("Utses att justera" gives the parties).
    justerare = list(protokoll.justering.justerare) or ["", ""]
    rows = [
        [
            [
                Paragraph("Underskrifter", styles["Label"]),
                Paragraph(escape(f"Paragrafer {number_runs(protokoll.numbers)}"), styles["Value"]),
                *_omedelbar_note(protokoll, styles),
            ],
            [
                Paragraph("Sekreterare", styles["Small"]),
                *_signature(meeting.secretary_name, styles),
            ],
            [Paragraph("Ordförande", styles["Small"]), *_signature(meeting.chair_name, styles)],
        ],
    ]
    # Justerare two to a row: usually two, sometimes one or three.
    for i in range(0, len(justerare), 2):
        pair = justerare[i : i + 2]
        rows.append(
            [
                "",
                [Paragraph("Justerande", styles["Small"]), *_signature(pair[0], styles)],
                [Paragraph("Justerande", styles["Small"]), *_signature(pair[1], styles)]
                if len(pair) > 1
                else "",
            ]
        )
    rest = available_width() - LABEL_WIDTH
    table = Table(rows, colWidths=[LABEL_WIDTH, rest / 2, rest / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("VALIGN", (0, 0), (0, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _omedelbar(number: int, meeting: Sammantrade, protokoll: Protokoll) -> Flowable:
    """Under a § justerad omedelbart: that it was, when, and lines for the ordförande and
    the justerare to sign at the table, before the meeting goes on."""
    styles = protokoll_styles()
    when = format_date_long(meeting.date)
    signers = [("Ordförande", meeting.chair_name)]
    signers += [("Justerande", name) for name in protokoll.justering.justerare or ["", ""]]
    cells = [
        [Paragraph(role, styles["Small"]), *_signature(name, styles)] for role, name in signers
    ]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[available_width() / 2] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    )
    heading = f"§ {number} justerades omedelbart vid sammanträdet {when}."
    return KeepTogether([Spacer(1, 6 * mm), Paragraph(escape(heading), styles["Label"]), table])


def anslag_block(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    chain: DeadlineChain | None,
    styles,
    fingerprint: str = "",
) -> Table:
    """ANSLAG/BEVIS: what the secretary certifies on the anslagstavla (KL 8 kap. 12 §), with
    the fingerprint of the justerat protokoll when there is one (a file can be checked
    against it with `ksdesk verifiera`)."""
    j = protokoll.justering
    removal: date | None = None
    if j.anslaget and chain is not None:
        removal = chain.overklagande_slut + timedelta(days=1)
    rows = [
        [Paragraph("<b>ANSLAG/BEVIS</b>", styles["Value"]), ""],
        [
            Paragraph(
                "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
                styles["Value"],
            ),
            "",
        ],
        ["Organ", organ.name],
        ["Sammanträdesdatum", format_date(meeting.date)],
        ["Datum då anslaget sätts upp", format_date(j.anslaget)],
        ["Datum då anslaget tas ned", format_date(removal)],
        ["Förvaringsplats för protokollet", j.forvaringsplats or organ.forvaringsplats],
    ]
    if fingerprint:
        rows.append(
            ["Fingeravtryck (SHA-256)", Paragraph(escape(grouped(fingerprint)), styles["Small"])]
        )
    rows.append(["Underskrift", _signature(meeting.secretary_name, styles)])
    table = Table(rows, colWidths=[62 * mm, available_width() - 62 * mm])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE_GREY),
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 1), (-1, 1)),
                ("FONT", (0, 2), (0, -1), SANS_BOLD, 9),
                ("FONT", (1, 2), (1, -1), "LiberationSans", 10),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 2), (1, -2), 0.3, RULE_GREY),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def signature_page_story(
    meeting: Sammantrade, protokoll: Protokoll, fingerprint: str
) -> list[Flowable]:
    """The last page for the e-signing service: who signs, in which role, a line each."""
    styles = protokoll_styles()
    signers = [("Ordförande", meeting.chair_name)]
    signers += [("Justerare", name) for name in protokoll.justering.justerare or ["", ""]]
    signers.append(("Sekreterare", meeting.secretary_name))
    story: list[Flowable] = [
        Paragraph("Underskrifter", styles["H1"]),
        Paragraph(
            escape(
                f"Protokollet, paragrafer {number_runs(protokoll.numbers)}, justeras genom "
                "underskrift av ordföranden och justerarna. Sekreteraren skriver under "
                "protokollet och bestyrker anslaget."
            ),
            styles["Normal"],
        ),
    ]
    if fingerprint:
        story.append(
            Paragraph(
                escape(f"Protokollets fingeravtryck (SHA-256): {grouped(fingerprint)}"),
                styles["Small"],
            )
        )
    story.append(Spacer(1, 6 * mm))
    rows = []
    for role, name in signers:
        rows.append(
            [
                Paragraph(escape(role), styles["Label"]),
                _signature(name, styles, width=80 * mm),
                [Paragraph("Datum", styles["Small"]), *_signature("", styles, width=35 * mm)],
            ]
        )
    table = Table(rows, colWidths=[35 * mm, 90 * mm, available_width() - 125 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    story.append(table)
    return story
