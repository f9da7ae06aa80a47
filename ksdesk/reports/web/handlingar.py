"""The web edition of the packet's handlingar: a tjänsteskrivelse, a document (verksamhetsplan,
avtal, förteckning) with its budget tables, a delegationsbeslut, and the pages that say why a
handling is not there. The words and their order are the paper's (reports/tjansteskrivelse_pdf,
document_pdf); each takes the heading `level` of its title (2 inside the packet)."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegationsbeslut_print import as_printed
from ksdesk.core.documents import Document
from ksdesk.core.handlaggare import handlaggare_lines, signers_apart
from ksdesk.core.handlingar import (
    att_labels,
    bilaga_line,
    delegationsbeslut_fields,
    delegationsbeslut_sections,
    forslag_parts,
    letterhead_fields,
    prose_parts,
)
from ksdesk.core.meeting import Arende, Bilaga, Forslag, Tjansteskrivelse
from ksdesk.core.organ import Organ
from ksdesk.reports.web.model import (
    Block,
    Columns,
    Fields,
    Heading,
    Inline,
    Items,
    Keep,
    Para,
    Run,
    Signature,
    Signatures,
)

# The blocks of the budget table a document's block refers to (key, its heading, level).
TableBlocks = Callable[[str, str, int], list[Block]]


def prose(text: str) -> list[Block]:
    """Paragraphs and bulleted lists, as core.handlingar.prose_parts splits them."""
    return [
        Items(tuple(part)) if isinstance(part, list) else Para(part) for part in prose_parts(text)
    ]


def heading(text: str, level: int, anchor: str = "", style: str = "") -> list[Block]:
    """A heading, or nothing for an empty one (paper prints an empty line; a screen reader
    would announce an empty heading)."""
    return [Heading(text.strip(), level, anchor, style)] if text.strip() else []


def title(text: str, level: int, anchor: str = "") -> list[Block]:
    """A handling's title: the heading of its part, printed as large as on paper."""
    return heading(text, level, anchor, "title")


def signatures(people: list[tuple[str, str]]) -> list[Block]:
    """Names over titles, two to a row."""
    if not people:
        return []
    return [Signatures(tuple(Signature(name.strip(), title.strip()) for name, title in people))]


def tjansteskrivelse_blocks(
    item: Arende,
    organ: Organ,
    *,
    bilagor: list[Bilaga],
    left_out: list[Bilaga],
    level: int = 2,
    anchor: str = "",
    links: dict[int, str] | None = None,
) -> list[Block]:
    """`left_out` are listed under Bilagor with why the public version leaves them out;
    `links` (bilaga id → target) makes the others links to where they are."""
    ts = item.tjansteskrivelse or Tjansteskrivelse(title=item.title)
    blocks: list[Block] = [*_letterhead(ts, item, organ), Para("TJÄNSTESKRIVELSE", "small")]
    blocks += title(ts.title or item.title, level, anchor)
    blocks += _forslag(ts.forslag, organ.name, level + 1)
    for section in ts.sections:
        blocks += heading(section.heading, level + 1)
        blocks += prose(section.text)
    blocks += signatures(signers_apart([(s.name, s.title) for s in ts.signatories]))
    if bilagor or left_out:
        lines: list[Inline] = []
        for bilaga in bilagor:
            text = bilaga_line(bilaga, bilaga in left_out)
            target = (links or {}).get(bilaga.id or 0, "") if bilaga not in left_out else ""
            lines.append((Run(text, link=target),) if target else text)
        blocks.append(Keep((Heading("Bilagor", level + 1), Items(tuple(lines), bullets=False))))
    if ts.beslut_skickas_till:
        recipients = Items(tuple(t.strip() for t in ts.beslut_skickas_till), bullets=False)
        blocks.append(Keep((Heading("Beslut skickas till", level + 1), recipients)))
    return blocks


def _letterhead(ts: Tjansteskrivelse, item: Arende, organ: Organ) -> list[Block]:
    # "Anders Forsberg, 86656" (the shape the last check knows), the title, the e-mail
    lines = [*handlaggare_lines(ts.handlaggare, ts.handlaggare_titel, ts.telefon), ts.epost]
    left: list[Block] = [Para((Run((organ.kommun or organ.name).strip(), bold=True),))]
    left += [Para(text.strip(), "small") for text in lines if text.strip()]
    pairs = letterhead_fields(ts, item)
    right = Fields(tuple((label, (value,)) for label, value in pairs), 30)
    blocks: list[Block] = [
        Columns((tuple(left), (right,)), (0.55, 0.45), rule_below=not ts.mottagare)
    ]
    if ts.mottagare:
        addressee = Para((Run(ts.mottagare.strip(), bold=True),))
        blocks.append(Columns(((), (addressee,)), (0.55, 0.45), rule_below=True))
    return blocks


def _forslag(forslag: list[Forslag], organ_name: str, level: int) -> list[Block]:
    """As on paper: the group the ärende's own organ decides is headed with its name."""
    if not forslag:
        return []
    top, groups = forslag_parts(forslag, organ_name)
    blocks: list[Block] = [Heading(top, level)]
    for group, atts in groups:
        blocks += heading(group, level + 1)
        labels = att_labels(atts)
        texts = tuple(att.text.strip() for att in atts)
        blocks += [Items(texts, tuple(labels))] if labels else [Para(t) for t in texts]
    return blocks


def notice_blocks(text: str, lines: list[str], level: int = 2, anchor: str = "") -> list[Block]:
    """A page that says, in words, why a handling is not here (never a silent gap)."""
    return [*title(text, level, anchor), *(Para(line.strip()) for line in lines)]


def document_blocks(
    document: Document, table_for: TableBlocks, level: int = 2, anchor: str = ""
) -> list[Block]:
    """A document: its title, the header pairs, then each block's heading, text and table."""
    blocks: list[Block] = title(document.title, level, anchor)
    if document.header:
        blocks.append(label_values(document.header))
    for block in document.blocks:
        blocks += heading(block.heading, level + 1)
        blocks += prose(block.text)
        if block.budget_key:
            blocks += table_for(block.budget_key, block.heading, level + 2)
    return blocks


def missing_table(key: str, reason: str) -> list[Block]:
    """Where a table cannot be drawn: say so rather than leave a hole."""
    return [Para((Run(f"Tabellen ”{key}” kunde inte återges.", bold=True), Run(f" {reason}")))]


def label_values(pairs: list[tuple[str, str]]) -> Fields:
    """A document's header: label and value, a thin rule under each row."""
    return Fields(
        tuple((label.strip(), (value.strip(),)) for label, value in pairs), 45, ruled=True
    )


def delegationsbeslut_blocks(
    beslut: Delegationsbeslut, level: int = 2, anchor: str = ""
) -> list[Block]:
    """A delegationsbeslut as the paper prints it (reports/document_pdf)."""
    beslut = as_printed(beslut)  # a decision flagged sekretess: no text, title or beskrivning
    blocks: list[Block] = title(beslut.title or "Delegationsbeslut", level, anchor)
    blocks.append(label_values(delegationsbeslut_fields(beslut)))
    for section, text in delegationsbeslut_sections(beslut):
        blocks.append(Heading(section, level + 1))
        blocks += prose(text)
    blocks += signatures([(beslut.beslutsfattare, beslut.delegat)])
    return blocks
