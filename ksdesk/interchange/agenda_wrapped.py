"""A title that runs over two lines in text pasted from a PDF. A protokoll's
innehållsförteckning breaks a long title where the column ends and writes the page after its
last line (Region Blekinge's ärendeförteckning):

    § 4 Överenskommelse inför beslut om allmän trafikplikt för
    Krösatågstrafik ... 5

The second line is no ärende and no heading: it is read with the numbered line above it,
and the report names each line so joined. A line is taken as such a continuation when the
list's entries end in a page and only it carries the page of its entry, when it goes on in
lower case ("hantering av allmänna handlingar ... 11"), or when the line above ends in a
hyphen ("Emmaboda-" over "Karlskrona", joined without a space)."""

from __future__ import annotations

import re

from ksdesk.core.dnr import LABEL_WORDS, dnr_alone, parse_dnr
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_presenter import presenter_line
from ksdesk.interchange.agenda_rows import (
    bilaga_line,
    is_heading,
    number_first,
    sub_in_title,
    without_page,
)
from ksdesk.interchange.agenda_title import has_dnr

Rows = list[tuple[int, list[str]]]
DNR_UNDER = "Dnr på raden under ärendet: läses som dess Dnr"


def with_wrapped_titles(rows: Rows, report: ImportReport) -> Rows:
    """Pasted text (one cell a row) with each title's second line joined to its first."""
    if any(sum(1 for c in cells if c.strip()) > 1 for _, cells in rows):
        return rows
    out: Rows = []
    for at, (number, cells) in enumerate(rows):
        line = _text(cells)
        following = _text(rows[at + 1][1]) if at + 1 < len(rows) else ""
        above = _text(out[-1][1]) if out else ""
        if out and _mark_alone(above):
            # "d)" on its line, the delpunkt's title on the next: one line.
            out[-1] = (out[-1][0], [f"{_indented(out[-1][1])}{above} {line}"])
            report.change(f"Rad {number}", line, "delpunktens rubrik, lästes med ”" + above + "”")
        elif out and _dnr_under(out[-1][1], line):
            # "4. Detaljplan för Eken" over "Dnr KS 2018/31": the ärende's Dnr.
            out[-1] = (out[-1][0], [f"{_indented(out[-1][1])}{above}\n{line}"])
            report.change(f"Rad {number}", line, DNR_UNDER)
        elif out and (name := _presenter_under(out[-1][1], line)):
            # "2 Budgetuppföljning" over "Föredragande: Anna Berg": the ärende's, as a
            # kallelse prints it under the title (not a heading's, for the ärenden under it).
            out[-1] = (out[-1][0], [f"{_indented(out[-1][1])}{above}\n{name}"])
            why = "föredragande på raden under ärendet: läses som dess föredragande"
            report.change(f"Rad {number}", line, why)
        elif out and _detail(out[-1][1], cells):
            # "a) Rapport från …" over "    Lina Widlund, strateg", indented under it.
            out[-1] = (out[-1][0], [f"{_indented(out[-1][1])}{above}\n{line}"])
            why = "indragen under ärendet ovan: läses som dess föredragande"
            report.change(f"Rad {number}", line, why)
        elif above and (_goes_on(above, line, following) or _deeper_rest(out[-1][1], cells)):
            joined = f"{above}{line}" if above.endswith("-") else f"{above} {line}"
            out[-1] = (out[-1][0], [f"{_indented(out[-1][1])}{joined}"])
            report.change(
                f"Rad {number}", line, "rubrikens fortsättning, lästes ihop med raden ovan"
            )
        else:
            out.append((number, cells))
    return out


def _presenter_under(above: list[str], line: str) -> str:
    """The name of a "Föredragande: …" line right under a numbered ärende's line, or ""."""
    first = _text(above)
    if "\n" in first or not number_first(first)[0]:
        return ""
    found = presenter_line(line)
    return found.name if found is not None and not found.rest else ""


def _goes_on(above: str, line: str, following: str) -> bool:
    """Whether `line` is the rest of the numbered title `above` (`following`: the line
    under it)."""
    if bilaga_line(above) and _bilaga_goes_on(above, line):
        return True  # "Bilagor: a) PM, … utsänds den 2" over "mars. Sista inlämningsdag …"
    if not number_first(above)[0] or number_first(line)[0] or without_page(above) != above:
        return False  # only an entry not yet ended takes a line; a numbered line is its own
    if is_heading(line) or sub_in_title(line) or bilaga_line(line) or _dnr_alone(line):
        return False
    ends_with_page = without_page(line) != line
    if ends_with_page or line[:1].islower() or above.endswith("-"):
        return True
    # A title broken after a word no title ends with ("… asylboendena Mandelgården och"
    # over "Söderbo"); or a line between a title and the Dnr under it, which is the
    # ärende's ("4. Program för …" over "Svar på remiss från kommunstyrelsen" over "Dnr
    # 1.6-0463/2011"), as a numbered list copied from a PDF gives them without the hanging
    # indent that told them.
    if _OPEN_END.search(above):
        return True
    return _dnr_alone(following) and "\n" not in above and _title_like(line)


def _bilaga_goes_on(above: str, line: str) -> bool:
    """Whether a line of bilagor goes on on the next line: in lower case, or a sentence
    under a line as long as the page's ("… utsänds den 2 mars." over "Sista
    inlämningsdag är den 27 februari.")."""
    if number_first(line)[0] or bilaga_line(line) or is_heading(line) or line.isupper():
        return False
    return line[:1].islower() or (len(above) >= _FULL_LINE and line.endswith("."))


_FULL_LINE = 55  # a line this long was broken where the page ends


# The last word of a line whose title goes on: a conjunction, a preposition, an article.
_OPEN_END = re.compile(
    r"\s(?:och|samt|eller|i|av|om|för|till|från|med|på|vid|mot|enligt|inom|ur|hos|angående"
    r"|gällande|avseende|rörande|beträffande|inför|mellan|genom|den|det|de|en|ett|att|som)$",
    re.IGNORECASE,
)


def ends_open(text: str) -> bool:
    """Whether a line stops on a word no sentence ends with ("… klockan i"): it goes on."""
    return bool(_OPEN_END.search(text))


def _dnr_alone(line: str) -> bool:
    """A line with nothing but a Dnr, labelled or not ("Dnr 1.6-0463/2011", "KS 2021/12")."""
    label = _DNR_LINE.fullmatch(line)
    return dnr_alone(line) or bool(label and parse_dnr(label["dnr"]).is_complete)


def _title_like(line: str) -> bool:
    """A short line that is no sentence and names no one: a title's words."""
    if len(line) > 80 or line.endswith((".", ":")) or presenter_line(line) is not None:
        return False
    return not _PEOPLE.fullmatch(line)


def without_bare_pages(rows: Rows, report: ImportReport) -> Rows:
    """A table of contents pasted as text whose pages stand after the titles without dot
    leader (Pargas' and Nykarleby's "Ärenden som skall behandlas … Sida": "1 Konstatera
    sammanträdets laglighet och beslutförhet 3"): when every numbered line ends in a number
    and those numbers never go down, they are the pages, cut off and reported."""
    if any(sum(1 for c in cells if c.strip()) > 1 for _, cells in rows):
        return rows
    numbered = [at for at, (_, cells) in enumerate(rows) if number_first(_text(cells))[0]]
    pages = [_BARE_PAGE.search(number_first(_text(rows[at][1]))[1]) for at in numbered]
    found = [int(page["page"]) for page in pages if page]
    if len(numbered) < 3 or len(found) < len(numbered) or found != sorted(found):
        return rows
    if any(without_page(_text(rows[at][1])) != _text(rows[at][1]) for at in numbered):
        return rows  # "Information... 3": the dot leader's page, cut where the title is read
    out = list(rows)
    for at, page in zip(numbered, pages, strict=True):
        number, cells = rows[at]
        assert page is not None
        line = _text(cells)
        out[at] = (number, [line[: len(line) - len(page[0])]])
        if at == 0 or rows[at - 1][0] != number:  # a run of paragraphs named once
            why = "sidnumret efter rubriken (innehållsförteckning) togs bort"
            report.change(f"Rad {number}", line, why)
    return out


# A page after a title, without dot leader: "… och beslutförhet 3" (a year is no page).
_BARE_PAGE = re.compile(r"(?<=\S)\s+(?P<page>\d{1,3})(?:\s*[-–]\s*\d{1,3})?\s*$")  # "6-7" too


def _mark_alone(line: str) -> bool:
    """ "d)" alone on its line: a delpunkt whose title the page put on the next."""
    return bool(_MARK.fullmatch(line))


def _dnr_under(above: list[str], line: str) -> bool:
    """A line with nothing but a labelled Dnr under a numbered line without one (and perhaps
    its föredragande's line, joined to it)."""
    first = _text(above)
    head, *more = first.split("\n")
    if len(more) > 1 or any(re.search(r"\d", m) for m in more):
        return False
    if not number_first(head)[0]:
        return False
    label = _DNR_LINE.fullmatch(line)
    if has_dnr(first):
        # A title naming another's Dnr, a remiss's ("… för yttrande senast den 24 maj 2013
        # (dnr 420-145-2012)"): a labelled Dnr on the line under is the ärende's own.
        return label is not None and parse_dnr(label["dnr"]).is_complete
    if label is None:  # "KS 2021/12" alone, as portals print it
        return dnr_alone(line)
    return parse_dnr(label["dnr"]).is_complete


_DNR_LINE = re.compile(rf"(?:{LABEL_WORDS})\.?:?\s*(?P<dnr>\S.{{2,40}})", re.IGNORECASE)


def _detail(above: list[str], cells: list[str]) -> bool:
    """A line indented under an ärende's or delpunkt's line, without number or digit, naming
    who presents it ("Lina Widlund, strateg", "Respektive berednings ordförande")."""
    line, first = _text(cells), _text(above)
    if "\n" in first or not (number_first(first)[0] or sub_in_title(first)):
        return False
    if number_first(line)[0] or sub_in_title(line) or is_heading(line) or bilaga_line(line):
        return False
    deeper = len(_indented(cells)) > len(_indented(above))
    return deeper and not re.search(r"\d", line) and bool(_PEOPLE.fullmatch(line))


def _deeper_rest(above: list[str], cells: list[str]) -> bool:
    """A line indented under a numbered title, as a hanging indent breaks a long one
    ("5. Ansökan om försäljning av fastighet" over "      Heby Morgongåva 15:8"): its rest."""
    line, first = _text(cells), _text(above)
    if "\n" in first or not number_first(first)[0] or without_page(first) != first:
        return False
    if number_first(line)[0] or sub_in_title(line) or is_heading(line) or bilaga_line(line):
        return False
    return len(_indented(cells)) > len(_indented(above))


# A line that names people: "Eva Lind, strateg", "Respektive berednings ordförande", "Styrgruppen:
# Nils Berg (S) …". A title's next line indented under it ("cykelbanor i centrum") is none.
_PEOPLE = re.compile(
    r"[A-ZÅÄÖ][^.\n]{2,100}(?:,\s*[a-zåäö][\w -]*|\([A-ZÅÄÖ]{1,3}\)"
    r"|\b\w*(?:ordförande|direktör|chef|strateg|sekreterare|handläggare|ekonom|samordnare"
    r"|ansvarig|föredragande))",
)


def _indented(cells: list[str]) -> str:
    """The spaces a pasted line starts with."""
    text = next((c for c in cells if c.strip()), "")
    return text[: len(text) - len(text.lstrip())]


_MARK = re.compile(r"[a-zåäö]\)")


def _text(cells: list[str]) -> str:
    return next((c.strip() for c in cells if c.strip()), "")
