"""A protokollsutdrag: one § exactly as in the protokoll, under the header PROTOKOLLSUTDRAG,
ending with the secretary's Utdragsbestyrkande."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ksdesk import kommun_list
from ksdesk.core.format import format_date
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Paragraf, Protokoll
from ksdesk.core.protokoll_public import UTDRAG_PUBLIC_NOTE
from ksdesk.core.protokoll_text import bestyrkande as bestyrkande_words
from ksdesk.reports.base import RULE_GREY
from ksdesk.reports.keep_ending import ending_with
from ksdesk.reports.printable import escape
from ksdesk.reports.protokoll_common import (
    BODY_HEIGHT,
    PageFrame,
    build_document,
    paragraf_story,
    protokoll_styles,
    signature_boxes,
)
from ksdesk.reports.protokoll_secret import secret_marked, secret_ref


def utdrag_pdf(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    paragraf: Paragraf,
    bestyrkt: date | None = None,
    *,
    justering_known: bool = True,
    public: bool = False,
) -> bytes:
    """`justering_known` False: a § kept without its meeting, whose justering is not
    recorded; the bestyrkande then says nothing about justering rather than something
    false. `public`: the public version (the § already masked by the service), said on
    every page, under the § and in the bestyrkande."""
    frame = PageFrame(
        kommun=organ.kommun,
        organ=organ.name,
        kind="PROTOKOLLSUTDRAG · OFFENTLIG VERSION" if public else "PROTOKOLLSUTDRAG",
        meeting_date=format_date(meeting.date),
        signature_boxes=signature_boxes(protokoll),
    )
    story = paragraf_story(paragraf, protokoll, organ, meeting, public=public)
    if public:
        note = Paragraph(escape(UTDRAG_PUBLIC_NOTE), protokoll_styles()["Small"])
        story[:0] = [note, Spacer(1, 3 * mm)]
    block = bestyrkande(organ, meeting, protokoll, paragraf, bestyrkt, justering_known, public)
    story = ending_with(story, [Spacer(1, 6 * mm), *block], BODY_HEIGHT)
    # Every page of the utdrag of a secret § says so; the public one withholds the §.
    story = secret_marked(story, None if public else secret_ref(meeting, paragraf))
    title = f"Protokollsutdrag {paragraf.label} {organ.name} {format_date(meeting.date)}"
    title += " (offentlig version)" if public else ""
    # A public PDF names the organ as its author, never a person.
    author = organ.name if public else meeting.secretary_name or organ.secretary_name
    return build_document(story, frame, title, author)


def bestyrkande(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    paragraf: Paragraf,
    bestyrkt: date | None,
    justering_known: bool = True,
    public: bool = False,
) -> list[Flowable]:
    """ "Utdragsbestyrkande": the secretary certifies that the extract is true to the original.
    One block: the caller keeps it whole, on the page of the §'s end (`ending_with`)."""
    styles = protokoll_styles()
    kommuner = kommun_list.kommuner()  # for the place: "Smedjebacken", not "Smedjebackens"
    words = bestyrkande_words(
        organ, meeting, protokoll, paragraf, bestyrkt, justering_known, public, kommuner=kommuner
    )
    # Place and date beside the signature line, the name under it: one compact block that
    # usually fits under the § on its last page.
    signature = Table(
        [
            [Paragraph(escape(words.place_date), styles["Value"]), ""],
            ["", Paragraph(escape(words.secretary), styles["Value"])],
        ],
        colWidths=[55 * mm, 80 * mm],
        rowHeights=[11 * mm, None],
        hAlign="LEFT",
    )
    signature.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, RULE_GREY),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return [
        Paragraph("Utdragsbestyrkande", styles["H3"]),
        Paragraph(escape(words.text), styles["Normal"]),
        signature,
    ]


def utdrag_till_pdf(
    organ: Organ,
    meeting: Sammantrade,
    protokoll: Protokoll,
    paragrafer: list[Paragraf],
    mottagare: str,
    syften: dict[int, str],
    bestyrkt: date,
) -> bytes:
    """The protokollsutdrag one recipient is sent: each of their §§ on its own pages, headed
    by whom it goes to and why, and each ending with its Utdragsbestyrkande (a § may be
    passed on alone)."""
    styles = protokoll_styles()
    frame = PageFrame(
        kommun=organ.kommun,
        organ=organ.name,
        kind="PROTOKOLLSUTDRAG",
        meeting_date=format_date(meeting.date),
        signature_boxes=signature_boxes(protokoll),
    )
    story: list[Flowable] = []
    for index, paragraf in enumerate(paragrafer):
        if index:
            story.append(PageBreak())
        syfte = syften.get(paragraf.nr, "")
        till = f"Till: {mottagare}" + (f", {syfte}" if syfte else "")
        head = [Paragraph(escape(till), styles["Small"]), Spacer(1, 2 * mm)]
        block = bestyrkande(organ, meeting, protokoll, paragraf, bestyrkt)
        ending = ending_with(
            paragraf_story(paragraf, protokoll, organ, meeting),
            [Spacer(1, 6 * mm), *block],
            BODY_HEIGHT,
        )
        story += secret_marked([*head, *ending], secret_ref(meeting, paragraf))
    numbers = ", ".join(str(p.nr) for p in paragrafer)
    sign = "§§" if len(paragrafer) > 1 else "§"
    title = f"Protokollsutdrag {sign} {numbers} {organ.name} {format_date(meeting.date)}"
    return build_document(story, frame, title, meeting.secretary_name or organ.secretary_name)
