"""The web edition of a document as plain data: what it says and how it is structured
(headings, paragraphs, lists, tables with header rows, label/value fields), never how a
particular engine draws it. The Typst writer turns it into tagged PDF/UA-1 and PDF/A-2a, the
HTML writer into a semantic page; both get the same words in the same order.

Text is either a plain string (line breaks kept) or a tuple of Runs (bold, italic, marked,
linked parts). Nothing in it is markup: the writers escape or quote every character."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    mark: bool = False  # new or changed (the delegationsordning's yellow)
    link: str = ""  # "#anchor" in the same document, or a file name beside it
    small: bool = False  # smaller and not bold (the Dnr line in a §'s heading)


Inline = str | tuple[Run, ...]


@dataclass(frozen=True)
class Heading:
    """H1 is the document's title; H2 each ärende or §; H3 the parts of one."""

    text: Inline
    level: int
    anchor: str = ""  # a target for links ("#anchor"); "" = none
    style: str = ""  # "title": a document's title inside the packet, printed large


@dataclass(frozen=True)
class Para:
    text: Inline
    style: str = "body"  # body | small | label (bold) | subtitle (under the H1)


@dataclass(frozen=True)
class Items:
    """A list. Without labels a bulleted list; with labels an ordered one, each item with
    the label it was given ("1.", "5.": the att-satser keep their numbers)."""

    items: tuple[Inline, ...]
    labels: tuple[str, ...] = ()
    bullets: bool = True  # False: a list printed as plain lines (Beslut skickas till)
    small: bool = False  # at a table's size: the närvarolista's names, a page of them


@dataclass(frozen=True)
class Cell:
    text: Inline = ""
    colspan: int = 1
    align: str = "left"  # left | right | center
    bold: bool = False
    mark: bool = False  # the whole cell new or changed


@dataclass(frozen=True)
class Table:
    """A data table: `header` rows are header cells (TH) and come back on every page."""

    widths: tuple[float, ...]  # relative column widths (or points, with `points`)
    header: tuple[tuple[Cell, ...], ...]
    rows: tuple[tuple[Cell, ...], ...]
    font_size: float = 9
    shaded: tuple[int, ...] = ()  # body rows drawn on a grey ground (section rows)
    points: bool = False  # widths in points: a table no wider than its contents
    # The last rows, which stay on one page with the rest of the part after the table (the
    # kallelse's last ärende with its signatures). The web edition only; 0 = none.
    keep: int = 0


@dataclass(frozen=True)
class Fields:
    """Labels and values side by side (a letterhead, the protokoll's first page): read label
    then value, row by row. Each value may have several lines."""

    pairs: tuple[tuple[str, tuple[Inline, ...]], ...]
    label_mm: float = 42
    ruled: bool = False  # a thin rule under each row
    # Labels whose lines each hang their continuation under the first word: the lists of
    # people, whose §§ run onto a second line. Any other line wraps flush, as on paper.
    hanging: tuple[str, ...] = ()


@dataclass(frozen=True)
class Columns:
    """Blocks side by side (a letterhead's left and right): read left, then right."""

    parts: tuple[tuple[Block, ...], ...]
    widths: tuple[float, ...]
    rule_below: bool = False


@dataclass(frozen=True)
class Signature:
    name: str
    title: str = ""
    label: str = ""  # "Ordförande", "Justerande"; "" = none above the line


@dataclass(frozen=True)
class Signatures:
    """Names under signature lines (`lines`) or names over titles, two to a row."""

    people: tuple[Signature, ...]
    lines: bool = False
    lead: tuple[Inline, ...] = ()  # text to the left of the first row ("Underskrifter", …)


@dataclass(frozen=True)
class Boxed:
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Keep:
    """Blocks kept together on one page (the utdrag's bestyrkande and its signature)."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Space:
    mm: float


@dataclass(frozen=True)
class PageBreak:
    pass


Content = Heading | Para | Items | Table | Fields | Signatures
Block = Content | Columns | Boxed | Keep | Space | PageBreak


@dataclass(frozen=True)
class Part:
    """Pages under one running header (left and right, each one or two lines). A new part
    starts on a new page; `wide` parts are printed on landscape pages."""

    blocks: tuple[Block, ...]
    header_left: tuple[str, ...] = ()
    header_right: tuple[str, ...] = ()
    wide: bool = False
    header_on_first_page: bool = True


@dataclass
class WebDocument:
    title: str  # the title a viewer shows (never a person's name)
    author: str  # the organ or kommun (never a person)
    parts: list[Part] = field(default_factory=list)
    page_label: str = "Sida {page} av {total}"
    subject: str = ""


def local_link(target: str) -> str:
    """`target` when it stays in the document ("#anchor") or beside it (a file name); "" for
    anything with a scheme (javascript:, http:, file:): a published document links only to
    what is published with it."""
    if target.startswith("#") or not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:|[/\\]", target):
        return target
    return ""


def plain_text(text: Inline) -> str:
    """The words of `text`, without its styling."""
    return text if isinstance(text, str) else "".join(run.text for run in text)
