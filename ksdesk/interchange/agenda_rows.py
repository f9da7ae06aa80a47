"""What a row of a kommun's ärendelista is, read from its text: the shapes the agenda import
meets in real files beside a plain number and a title.

- Nr written as a paragraph ("§ 26", "26 §", "§ 63/20"), with a point ("5."), or as a
  delpunkt ("15 a)", "5b", "b)", "a.)", "A/"), and a delpunkt written in the title ("a) Enskilt
  ärende", or a dash bullet: "- Eva Lind (MP) om …").
- Heading rows ("Beslutsärenden", "Övriga beslutsärenden", "Beslutspunkter", "Ärenden för
  beslut", "BESLUTSÄRENDEN:"), also numbered ones ("B. Informationsärenden", "3 Ärenden för
  beslut" over "3.1", "3.2"), and the opening items a list leaves unnumbered ("Upprop",
  "Val av justerare", "Fastställande av dagordning"), which are ärenden, not headings.
- A list pasted into one column: the number at the start of each title ("1. Upprop",
  "26 Dnr KS 2018/14 Information... 3", with a table of contents' page at the end); whether
  lines are such a list and where it begins and ends on a pasted page is read in
  agenda_pasted.py.
- A bilaga on a row of its own under an ärende ("Bilaga 1: Karta").

What the title cell carries besides the title (a Dnr, bilagor, time, föredragande) is read in
agenda_title.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.agenda_merge import same_standing
from ksdesk.core.dnr import parse_dnr
from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende
from ksdesk.core.organ import DEFAULT_STANDARD_ITEMS
from ksdesk.core.written_dates import find_written_date


@dataclass(frozen=True)
class RowNumber:
    """The file's Nr of a row: its number ("15" of "15 a)"), its delpunkt ("a", "1" of
    "5.1"), or a beteckning that is no number ("SP8", "E5": Borås names items by kind)."""

    number: int | None
    sub: str = ""
    code: str = ""


# "§ 26", "26 §", "§ 63/20", "26.", "15 a)", "15a", "5 b", "b)", "a.)" (Spånga-Tensta),
# "A/", "Punkt 4".
# Why a line after the list is left out, however the list was read.
AFTER_LIST = "står efter listans sista ärende, dokumentets avslutning: läses inte in"
_NR = re.compile(
    r"(?:§§?|punkt|nr\.?|ärende)?\s*(?P<number>\d{1,4})?(?:\s*/\s*\d{2,4})?\s*\.?\s*§?\s*"
    r"(?:(?P<sub>[a-zåäö])\s*(?:\.\)|[)./])?|(?<=\.)(?P<subn>\d{1,2}))?\s*[.):]?",
    re.IGNORECASE,
)
# The organ's code before the paragraph's number, as Åland's kallelser number their ärenden
# ("KS 305", "KF 104"): the number is the paragraph's. A code with the number run on ("SP8",
# "KC2": Borås names its items by kind) is no number.
_ORGAN_NR = re.compile(r"(?-i:[A-ZÅÄÖ]{2,5})\s+(?P<nr>(?:§\s*)?\d{1,4}[.)]?)")
_CODE = re.compile(r"[a-zåäö]{1,3} ?\d{1,3}(?:\.\d{1,2})?", re.IGNORECASE)
# A delpunkt written at the start of the title: "a) Enskilt ärende", "b. Anmälan av …".
# A point under a numbered item written as a bullet: Västra Götalandsregionen's "7.
# Interpellationer" over "- Eva Lind (MP) om …" (the dash is kept as the point's mark).
# "a) Enskilt ärende", "- Eva Lind om …", and "A/ Träff med Ungdomsrådet" (a capital and a
# slash: Alingsås' information points above its ärendelista).
_SUB_IN_TITLE = re.compile(
    r"(?:(?P<sub>[a-zåäö])[).]|(?P<slashed>[A-ZÅÄÖ])/|(?P<bullet>[-–•]))\s+(?P<title>\S.*)",
    re.DOTALL,
)
# One word (or "Övriga …") that names a group of ärenden, or "Ärenden för beslut" / "Ärenden
# till kommunfullmäktige": a heading, never an ärende itself ("ANMÄLNINGSÄRENDEN/ÖVRIGT:" too).
_HEADING = re.compile(
    r"(?:övriga\s+)?(?:\w+(?:ärenden|punkter)|ärenden\s+(?:för|till)\s+\w+(?:\s+\w+)?)"
    r"(?:\s*/\s*\w+)?:?",
    re.IGNORECASE,
)
# "Ärenden för beslut": a heading by its words alone, even with a number before it.
_PHRASE_HEADING = re.compile(r"ärenden\s+(?:för|till)\s", re.IGNORECASE)
# The Nr of a heading row: a capital letter or a roman numeral ("B.", "C)", "II."), where the
# ärenden under it have digits.
_HEADING_LABEL = re.compile(r"(?:[A-ZÅÄÖ]|[IVX]{1,4})[.)]?")
# Opening items a numbered list often leaves without a number.
_OPENING = re.compile(
    r"\b(?:upprop|justera|protokollsjustera|protokolljustera|dagordning|föredragningslist"
    r"|sammanträdets öppnande|förhinder|anmälan av övriga frågor|anmälan av extra ärenden)",
    re.IGNORECASE,
)
# Words an ärende's title opens with and a document's heading never does ("Information från
# ledamöter …", "Redovisning av delegeringsbeslut"), and a Dnr's label: a line without number
# that says so is an ärende, also above a pasted list's first number (Växjö's "Förteckning").
_ITEM_OPENING = re.compile(
    r"(?:information|redovisning|anmälan|rapport|yttrande|svar|motion|interpellation"
    r"|medborgarförslag)\s+(?:från|om|av|till|på|över)\s|.*\bdnr\b.*\d"
    r"|(?:extra|tillkommande|extrainsatt)\s*ärende\b",  # "Extra ärende: Avsägelse …"
    re.IGNORECASE,
)
# "Bilaga 1: Karta", and an ärende's bilagor named on one line: "Bilagor: a) PM, b) …".
_BILAGA = re.compile(
    r"bilag(?:a|or)(?:\s+(?P<nr>\d+[a-z]?))?\s*[:.–-]\s*(?P<title>\S.*)", re.IGNORECASE
)


def read_nr(text: str) -> RowNumber | None:
    """The Nr cell read; None when it holds no number (a refusal for the caller)."""
    text = text.strip()
    if organ := _ORGAN_NR.fullmatch(text):  # "KS 305": the organ's code, its § 305
        text = organ["nr"]
    match = _NR.fullmatch(text)
    if match is None or not (match["number"] or match["sub"]):
        return RowNumber(None, code=text) if _CODE.fullmatch(text) else None
    if not match["number"] and not text.endswith((")", ".", "/")):
        return None  # "x" is no delpunkt; "b)", "b." and "B/" (Alingsås' portal) are
    number = int(match["number"]) if match["number"] else None
    return RowNumber(number, (match["sub"] or match["subn"] or "").lower())


def guessed_header(rows: list[tuple[int, list[str]]]) -> list[str] | None:
    """The rubrikrad of a list copied out of Word without one: the Nr in the first cell of
    most rows ("1.", "§ 1", "12 a"), the title in the second, and a later column named Dnr
    when every cell in it reads as a diarienummer. None when the rows are not such a list."""
    width = max(len(cells) for _, cells in rows)
    firsts = [cells[0].strip() for _, cells in rows if cells and cells[0].strip()]
    numbered = [c for c in firsts if (nr := read_nr(c)) is not None and nr.number is not None]
    if width < 2 or len(numbered) < max(2, len(rows) * 0.6) or len(numbered) < len(firsts):
        return None
    header = ["Nr", "Ärende"]
    for index in range(2, width):
        cells = [r[index].strip() for _, r in rows if index < len(r) and r[index].strip()]
        dnr = cells and all(parse_dnr(c).is_complete for c in cells) and "Dnr" not in header
        header.append("Dnr" if dnr else "")
    return header


def is_first_unnumbered(line: str, first_nr: RowNumber | None) -> bool:
    """The line above a list's first number is its first ärende, whose number was lost (a
    PDF's text drops it): its words say so ("Information från …", a Dnr), or the list counts
    from 2 and the line is no document heading (those are in capitals or dated)."""
    if is_opening_item(line):
        return True
    from_two = first_nr is not None and first_nr.number == 2 and not first_nr.sub
    return from_two and not line.isupper() and find_written_date(line) is None


def sub_in_title(title: str) -> tuple[str, str] | None:
    """ "a) Enskilt ärende RMA" → ("a", "Enskilt ärende RMA"), "- Eva Lind om …" → ("-", …)."""
    match = _SUB_IN_TITLE.fullmatch(title.strip())
    if match is None:
        return None
    letter = match["sub"] or match["slashed"]
    mark = letter.lower() if letter else "-"
    return mark, match["title"].strip()


def is_heading(title: str) -> bool:
    """ "Beslutsärenden", "Övriga beslutsärenden", "Beslutspunkter", "Ärenden för beslut"."""
    return bool(_HEADING.fullmatch(" ".join(title.split())))


def is_heading_label(nr_text: str) -> bool:
    """ "B.", "C)", "II": the Nr a kommun gives a heading row, not an ärende ("b)" is a
    delpunkt: lower case)."""
    return bool(_HEADING_LABEL.fullmatch(nr_text.strip()))


def is_numbered_heading(nr: RowNumber | None, title: str, next_nr: RowNumber | None) -> bool:
    """ "3 Ärenden för beslut" (a heading by its words), or "3 Beslutsärenden" with the rows
    under it numbered 3.1, 3.2 (or 3 a), 3 b)): a heading that took a number."""
    if nr is None or nr.number is None or nr.sub or not is_heading(title):
        return False
    if _PHRASE_HEADING.match(" ".join(title.split())):
        return True
    return next_nr is not None and next_nr.number == nr.number and bool(next_nr.sub)


def is_opening_item(title: str) -> bool:
    """ "Upprop och anmälningar om förhinder", "Val av justerare", "Fastställande av
    dagordning", "Information från ledamöter …", a line with its Dnr: ärenden even where the
    list gives them no number."""
    return is_procedural_item(title) or bool(_ITEM_OPENING.match(" ".join(title.split())))


def is_procedural_item(title: str) -> bool:
    """ "Upprop", "Val av justerare", "Fastställande av dagordning": the opening items every
    meeting has, which lists leave unnumbered as a matter of course."""
    return bool(_OPENING.search(title)) or any(
        same_standing(title, standing) for standing in DEFAULT_STANDARD_ITEMS
    )


def bilaga_line(text: str) -> tuple[str, str] | None:
    """ "Bilaga 1: Karta över området" → ("1", "Karta över området")."""
    match = _BILAGA.fullmatch(" ".join(text.split()))
    return (match["nr"] or "", match["title"].strip()) if match else None


# "1. Upprop", "1) Upprop", "26 Dnr KS 2018/14 Information", "§ 12 Taxor", "5 a) Enskilt ärende",
# "3 a. Avsägelse" (a delpunkt the list numbers itself).
# "3.1 Taxor" and a heading's "B. Informationsärenden" too.
# A protokoll's innehåll writes the organ before each §: "KS 115 Godkännande av dagordning",
# "KSAU § 130 Ombudgetering" (the organ is left out of the number).
_NUMBER_FIRST = re.compile(
    r"(?:(?-i:[A-ZÅÄÖ]{2,5})\s+(?=(?:§\s*)?\d{1,3}[.):]?\s))?"
    r"(?:(?i:ärende|punkt)\s+(?=\d))?"  # "Ärende 1 Upprop", "Punkt 2. Val av justerare"
    r"(?P<nr>(?:§\s*)?\d{1,3}(?:\.\d{1,2}|\s?[a-zåäö][.)])?[.):]?|[A-ZÅÄÖ][.)]|[IVX]{1,4}[.)])"
    r"(?:\s+|(?<=\d\.)(?=[A-ZÅÄÖ]))(?P<rest>\S.*)",  # Heby's "7.Forts. Framtidens …" too
    re.DOTALL,
)
# A table of contents' dot leader and page: "Information... 3", "Information …… 12".
_PAGE = re.compile(r"\s*(?:\.{2,}|…+)\s*\d{1,3}\s*_*\s*$")  # "… 18 ____": a rule after it


def first_nr(title: str) -> RowNumber | None:
    """The number a title starts with ("2 Redovisning av …" → 2), None without one."""
    text = number_first(title)[0]
    return read_nr(text) if text else None


def number_first(title: str) -> tuple[str, str]:
    """ "26 Dnr KS 2018/14 Information" → ("26", "Dnr KS 2018/14 Information")."""
    match = _NUMBER_FIRST.fullmatch(title.strip())
    return (match["nr"], match["rest"]) if match else ("", title)


def without_page(title: str) -> str:
    """ "Information... 3" → "Information" (a page of a table of contents)."""
    return _PAGE.sub("", title)


def section_column(
    header: list[str],
    rows: list[tuple[int, list[str]]],
    columns: dict[str, int],
    report: ImportReport,
) -> int | None:
    """A column left of the titles, without heading or headed "Område"/"Verksamhet", whose
    few cells name a group of ärenden ("Individ och familj", "Barnomsorg", "Övrigt") beside
    the first ärende of each group, as a kallelse's table has them in its margin."""
    if "section" in columns:  # headed "Område", "Verksamhet"
        return columns.pop("section")
    for index, heading in enumerate(header[: columns["title"]]):
        if index in columns.values() or heading.strip():
            continue
        cells = [r[index].strip() for _, r in rows if index < len(r) and r[index].strip()]
        if cells and len(cells) <= len(rows) / 2 and not any(c[:1].isdigit() for c in cells):
            report.change("Rubrikraden", f"kolumn {index + 1}", "läses som rubrikrader")
            return index
    return None


def pasted_lines(rows: list[tuple[int, list[str]]]) -> list[str] | None:
    """Each row's text for a list pasted as text, one cell a row; None for a table's rows."""
    if any(sum(1 for c in cells if c.strip()) > 1 for _, cells in rows):
        return None
    return [next((c.strip() for c in cells if c.strip()), "") for _, cells in rows]


def pasted_list(rows: list[tuple[int, list[str]]]) -> tuple[list[str], int] | None:
    """(each row's text, where the first numbered line is) for a list pasted as text; None
    for a table's rows or lines without a number."""
    texts = pasted_lines(rows)
    first = next((at for at, t in enumerate(texts) if number_first(t)[0]), None) if texts else None
    return None if texts is None or first is None else (texts, first)


# A paragraph's own number before its title: "12. Övriga frågor", "13) Meddelanden", "§ 14 …".
_NUMBERED_LINE = re.compile(r"(?:§\s*\d{1,3}|\d{1,3}[.)])\s+\S")


def heading_across(values: dict[str, str]) -> None:
    """A heading row written across the table from its first column ("Beslutsärenden" in a
    cell merged over Nr, Ärende and Dnr, as Word and Excel keep it in the first): its words
    stand in the Nr column and the Ärende is empty. They are the row's title; a number there
    stays a number (an ärende without title is refused, as before). A numbered paragraph
    after a Word table ("12. Övriga frågor") goes on with the list: its number is the Nr."""
    words = values.get("nr", "")
    others = [v for name, v in values.items() if name != "nr" and v]
    if words and not others and read_nr(words) is None:
        if "title" in values and _NUMBERED_LINE.match(words):
            values["nr"], values["title"] = number_first(words)
        else:
            values["title"], values["nr"] = words, ""


def margin_heading(record: list[str], sections_at: int | None) -> Arende | None:
    """ "Individ och familj" in the margin beside the first ärende of its group: a heading
    before it. Two lines there ("Barnomsorg" / "Utbildning") are two names, not a phrase."""
    if sections_at is None or sections_at >= len(record) or not record[sections_at].strip():
        return None
    names = [" ".join(line.split()) for line in record[sections_at].splitlines() if line.strip()]
    return Arende(" / ".join(names), is_section=True)
