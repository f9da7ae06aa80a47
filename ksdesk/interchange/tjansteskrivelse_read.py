"""A tjänsteskrivelse read from its blocks, whatever file they come from: the letterhead
(page header and what stands before the first heading the templates share: Förslag till
beslut, Sammanfattning, Beskrivning av ärendet …; tjansteskrivelse_letterhead), the title
(the last line of that part that is no field), the body (tjansteskrivelse_body) and the
footer. The Word reader (tjansteskrivelse_docx) and the PDF reader (tjansteskrivelse_pdf)
each turn their file into blocks (tjansteskrivelse_blocks.Line and Grid) and hand them here,
so a line means the same in both."""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.meeting import Section, Tjansteskrivelse
from ksdesk.interchange import tjansteskrivelse_words as words
from ksdesk.interchange.tjansteskrivelse_blocks import Block, Line
from ksdesk.interchange.tjansteskrivelse_body import UNHEADED, Body
from ksdesk.interchange.tjansteskrivelse_footer import KOMMUN_NAME, read_footers
from ksdesk.interchange.tjansteskrivelse_letterhead import FIELD_NAMES, Letterhead

LETTERHEAD_REST = "Övrigt i brevhuvudet"


def read_blocks(
    report: ImportReport, headers: list[Block], blocks: list[Block], footers: list[Block]
) -> Tjansteskrivelse:
    """The tjänsteskrivelse the page `headers`, the body's `blocks` and the page `footers`
    give; every text placed or a line in `report`."""
    ts = Tjansteskrivelse()
    blocks = _run_in_headings(blocks)
    letterhead = Letterhead(ts, report)
    for line in letterhead.read(headers):
        report.drop(line.where, line.text, "sidhuvudets text: skrivs inte ut i tjänsteskrivelsen")
    start = _body_start(blocks)
    left = letterhead.read(blocks[:start])
    title = _title(left)
    after: list[Line] = []
    if title is not None:
        at = left.index(title)
        ts.title = " ".join(title.text.split())
        if at and _subtitled(left[at - 1]):  # the matter's name over "Motion av …": one title
            at -= 1
            ts.title = f"{' '.join(left[at].text.split())} – {ts.title}"
            report.merge(left[at].where, left[at].text, "titelns första rad: ihop med raden under")
        left, after = left[:at], left[left.index(title) + 1 :]
    _rest(ts, report, left, LETTERHEAD_REST, "stod i brevhuvudet utan etikett")
    _rest(ts, report, after, UNHEADED, "stod under titeln utan rubrik")
    Body(ts, report).read(blocks[start:])
    read_footers(footers, letterhead, report)
    return ts


def _rest(
    ts: Tjansteskrivelse, report: ImportReport, lines: list[Line], heading: str, said: str
) -> None:
    """Lines with no field and no heading of their own, kept in a section named so."""
    if not lines:
        return
    ts.sections.append(Section(heading, "\n\n".join(line.text for line in lines)))
    for line in lines:
        report.change(line.where, line.text, f"{said}: ligger i avsnittet {heading}")


def _run_in_headings(blocks: list[Block]) -> list[Block]:
    """A paragraph whose bold first words name a part ("Bakgrund. Kommunen har …"), or whose
    first line does ("Beslutsunderlag", Shift+Enter, the documents: walk37 #13), as the
    part's heading and the paragraph's text after it."""
    split: list[Block] = []
    for block in blocks:
        lead = _lead(block) if isinstance(block, Line) else ""
        heading = words.lead_heading(lead) if lead else None
        rest = block.text[len(lead) :].strip() if heading else ""
        if heading is None or not rest:
            split.append(block)
            continue
        split.append(Line(heading, block.where, heading=True))
        split.append(Line(rest, block.where, listed=block.listed))
    return split


def _lead(line: Line) -> str:
    # The bold words first; a line of its own only as a whole heading, so "Bakgrund" over
    # a line break splits but a sentence's first line never does.
    return line.lead or (line.text.split("\n", 1)[0] if "\n" in line.text else "")


def _body_start(blocks: list[Block]) -> int:
    """Where the body begins: the first heading the templates share; failing that, the
    second heading (the first is the title)."""
    for index, block in enumerate(blocks):
        if isinstance(block, Line) and _shared_heading(block):
            return index
    headings = [i for i, b in enumerate(blocks) if isinstance(b, Line) and b.heading]
    if len(headings) > 1:
        return headings[1]
    # One heading, the title, and the text under it with none of its own (a short
    # tjänstemannaförslag): the body starts after the title, so its signature is read.
    return headings[0] + 1 if headings else len(blocks)


def _shared_heading(line: Line) -> bool:
    text = line.text
    if "\n" in text or len(text) > 120:
        return False
    short = line.heading or (len(text) <= 80 and not text.endswith("."))
    return (
        (short and words.forslag_group(text) is not None)
        or words.forslag_lead(text)
        or (words.is_send_heading(text) and not words.letterhead_label_too(text))
        or words.send_inline(text) is not None
        or words.is_bilagor_heading(text)
        or words.bilagor_inline(text) is not None
        or words.known_section(text)
    )


def _title(left: list[Line]) -> Line | None:
    """The title: the last heading-styled line before the body, or the last line."""
    styled = [line for line in left if _styled(line)]
    return styled[-1] if styled else (left[-1] if left else None)


def _styled(line: Line) -> bool:
    return line.heading or line.title_style


def _subtitled(line: Line) -> bool:
    """Whether `line`, styled right over the title, is the title's first line: not a name
    in capitals over it ("LUDVIKA KOMMUN", "SOCIALFÖRVALTNINGEN")."""
    return _styled(line) and not line.text.isupper() and not KOMMUN_NAME.search(line.text)


def summarise(ts: Tjansteskrivelse, report: ImportReport) -> None:
    """What was read, at the top of the report."""
    named = [f"{FIELD_NAMES[f]} {getattr(ts, f)}" for f in FIELD_NAMES if getattr(ts, f).strip()]
    report.read.append(f"Titel: {ts.title or '(ingen)'}")
    report.read.append("Brevhuvudet: " + (", ".join(named) if named else "inga uppgifter"))
    report.read.append(count(len(ts.forslag), "att-sats", "att-satser"))
    report.read.append(count(len(ts.sections), "avsnitt", "avsnitt"))
    report.read.append(count(len(ts.signatories), "underskrift", "underskrifter"))
    report.read.append(
        count(len(ts.beslut_skickas_till), "mottagare", "mottagare") + " av beslutet"
    )
    if not ts.forslag and not _like_one(ts):
        report.warn_sentence(
            "Dokumentet",
            f"”{_short(ts.title) or 'Filen'}” ser inte ut som en tjänsteskrivelse: den har inget "
            "Förslag till beslut, ingen underskrift och inga rubriker som Sammanfattning "
            "eller Beslutsunderlag. Är det en bilaga? Lägg i så fall till den som bilaga till "
            "ärendet i stället, och importera ärendets tjänsteskrivelse här.",
        )
    elif not ts.forslag:
        report.warn("Förslag till beslut", "inga att-satser hittades", "skriv in förslaget själv")


def _short(title: str) -> str:
    flat = " ".join(title.split())
    return flat if len(flat) <= 70 else flat[:69].rstrip() + "…"


def _like_one(ts: Tjansteskrivelse) -> bool:
    """Whether what was read has anything of a tjänsteskrivelse besides its att-satser: a
    signature, a diarienummer, or a part the templates share (Sammanfattning, Bakgrund,
    Beslutsunderlag …). A report or a bilaga read as one has none of them."""
    known = any(words.known_section(section.heading) for section in ts.sections)
    return bool(ts.signatories or ts.diarienummer.strip() or ts.beslut_skickas_till or known)
