"""A tjänsteskrivelse in the seed's anatomy: the letterhead (kommun, handläggare with phone and
e-mail; Datum, Diarienummer, Ert datum, Er referens; the addressee), the title, Förvaltningens
förslag till beslut as numbered att-satser (split into kommunstyrelsen and fullmäktige when
the att-satser say so), the sections, signatures, Bilagor and Beslut skickas till."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ksdesk.core.handlaggare import handlaggare_lines, signers_apart
from ksdesk.core.handlingar import att_labels, bilaga_line, forslag_parts, letterhead_fields
from ksdesk.core.meeting import Arende, Bilaga, Forslag, Tjansteskrivelse
from ksdesk.core.organ import Organ
from ksdesk.reports.base import HEADER_GREY, PageHeader, build_pdf, layout_table_style, stylesheet
from ksdesk.reports.document_pdf import markup, prose, signature_block


def tjansteskrivelse_story(
    item: Arende,
    organ: Organ,
    width: float,
    *,
    bilagor: list[Bilaga] | None = None,
    left_out: list[Bilaga] | None = None,
) -> list[Flowable]:
    """`bilagor` are listed under Bilagor; `left_out` (bilagor a public version leaves out)
    are listed with the reason they are not included."""
    ts = item.tjansteskrivelse or Tjansteskrivelse(title=item.title)
    styles = stylesheet()
    story: list[Flowable] = [_letterhead(ts, item, organ, width), Spacer(1, 8 * mm)]
    story.append(Paragraph("TJÄNSTESKRIVELSE", styles["Small"]))
    story.append(Paragraph(markup(ts.title or item.title), styles["Title"]))
    story += _forslag(ts.forslag, organ.name, width)
    for section in ts.sections:
        story.append(Paragraph(markup(section.heading), styles["H2"]))
        story += prose(section.text)
    story += signature_block(signers_apart([(s.name, s.title) for s in ts.signatories]), width)
    story += _bilagor(bilagor if bilagor is not None else item.bilagor, left_out or [])
    if ts.beslut_skickas_till:
        lines = "<br/>".join(markup(line) for line in ts.beslut_skickas_till)
        story.append(
            KeepTogether(
                [Paragraph("Beslut skickas till", styles["H2"]), Paragraph(lines, styles["Normal"])]
            )
        )
    return story


def tjansteskrivelse_pdf(
    item: Arende, organ: Organ, width: float, header: PageHeader | None = None
) -> bytes:
    return build_pdf(
        tjansteskrivelse_story(item, organ, width),
        title=item.title,
        header=header,
        header_on_first_page=header is not None,
    )


def _letterhead(ts: Tjansteskrivelse, item: Arende, organ: Organ, width: float) -> Table:
    styles = stylesheet()
    small, cell = styles["Small"], styles["Cell"]
    left = [Paragraph(f"<b>{markup(organ.kommun or organ.name)}</b>", styles["Normal"])]
    # "Anders Forsberg, 86656" (the shape the last check knows), then the title
    for line in handlaggare_lines(ts.handlaggare, ts.handlaggare_titel, ts.telefon):
        left.append(Paragraph(markup(line), cell))
    if ts.epost:
        left.append(Paragraph(markup(ts.epost), cell))

    def field(label: str, value: str) -> list[Paragraph]:
        return [
            Paragraph(f'<font color="#555555">{label}</font>', small),
            Paragraph(markup(value), cell),
        ]

    fields = [field(label, value) for label, value in letterhead_fields(ts, item)] or [""]
    pairs = [fields[i : i + 2] for i in range(0, len(fields), 2)]
    right = Table(
        [pair + [""] * (2 - len(pair)) for pair in pairs], colWidths=[width * 0.2, width * 0.25]
    )
    right.setStyle(layout_table_style())
    rows = [[left, right]]
    if ts.mottagare:
        rows.append(["", Paragraph(f"<b>{markup(ts.mottagare)}</b>", styles["Normal"])])
    table = Table(rows, colWidths=[width * 0.55, width * 0.45])
    table.setStyle(
        layout_table_style(
            ("TOPPADDING", (0, 1), (-1, 1), 8),
            ("LINEBELOW", (0, -1), (-1, -1), 0.75, HEADER_GREY),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        )
    )
    return table


def _forslag(forslag: list[Forslag], organ_name: str, width: float) -> list[Flowable]:
    if not forslag:
        return []
    styles = stylesheet()
    top, groups = forslag_parts(forslag, organ_name)
    story: list[Flowable] = [Paragraph(markup(top), styles["H2"])]
    for heading, atts in groups:
        if heading:
            story.append(Paragraph(markup(heading), styles["H3"]))
        story.append(_att_list(atts, width))
    return story


def _att_list(atts: list[Forslag], width: float) -> Flowable:
    """Att-satser with the numbers they were given (the seed's fullmäktige part goes on at 5)."""
    styles = stylesheet()
    labels = att_labels(atts)
    if not labels:
        return KeepTogether([Paragraph(markup(att.text), styles["Normal"]) for att in atts])
    rows = [
        [Paragraph(markup(label), styles["Normal"]), Paragraph(markup(att.text), styles["Normal"])]
        for label, att in zip(labels, atts, strict=True)
    ]
    table = Table(rows, colWidths=[8 * mm, width - 8 * mm], hAlign="LEFT")
    table.setStyle(layout_table_style(tight=True))
    return table


def _bilagor(bilagor: list[Bilaga], left_out: list[Bilaga]) -> list[Flowable]:
    if not bilagor and not left_out:
        return []
    styles = stylesheet()
    lines = [markup(bilaga_line(bilaga, bilaga in left_out)) for bilaga in bilagor]
    return [
        KeepTogether(
            [
                Paragraph("Bilagor", styles["H2"]),
                Paragraph("<br/>".join(lines), styles["Normal"]),
            ]
        )
    ]
