"""The checks every web edition must pass, and reading text back out of PDFs in two orders:
a tagged PDF in the order of its structure tree (what a screen reader reads), and a paper PDF
in the order it is drawn (what the eye reads), without its running header and footer."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from pypdf import PdfReader
from reportlab.lib.units import mm


@dataclass
class WebFacts:
    pdfua_exit: int
    pdfua_report: str
    tagged: bool
    fonts: list[tuple[str, bool]]  # (name, embedded)
    lang: str
    display_title: bool
    title: str
    tags: Counter
    claims: tuple[str, str]  # (pdfaid part+conformance, pdfuaid part) from the XMP


def web_facts(pdf: bytes, folder: Path) -> WebFacts:
    path = folder / "web-edition.pdf"
    path.write_bytes(pdf)
    check = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", str(path)], capture_output=True, text=True
    )
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        prefs = doc.Root.get("/ViewerPreferences", {})
        meta = doc.open_metadata()
        claims = (
            f"{meta.get('pdfaid:part', '')}{meta.get('pdfaid:conformance', '')}",
            str(meta.get("pdfuaid:part", "")),
        )
        return WebFacts(
            pdfua_exit=check.returncode,
            pdfua_report=check.stdout,
            tagged=re.search(r"^Tagged:\s+yes$", info, re.M) is not None,
            fonts=[(row[0], row[-5] == "yes") for row in rows],
            lang=str(doc.Root.get("/Lang", "")),
            display_title=bool(prefs.get("/DisplayDocTitle", False)),
            title=str(doc.docinfo.get("/Title", "")),
            tags=structure_tags(doc),
            claims=claims,
        )


def assert_web_edition(pdf: bytes, folder: Path, *, title: str, tags: set[str]) -> WebFacts:
    """Everything the issue asks of a web edition; `tags` are the structure types this
    document must hold (H1, H2, Table, TH, L, LI, … as it has them)."""
    facts = web_facts(pdf, folder)
    assert facts.pdfua_exit == 0, facts.pdfua_report
    assert facts.tagged
    assert facts.fonts and all(embedded for _, embedded in facts.fonts), facts.fonts
    assert facts.lang == "sv-SE"
    assert facts.display_title and facts.title == title
    assert facts.claims == ("2A", "1")
    missing = tags - set(facts.tags)
    assert not missing, f"saknas i strukturträdet: {missing} (har {dict(facts.tags)})"
    assert_headings(pdf)
    return facts


def assert_stripped_accessible(path: Path) -> None:
    """`pdfua check` finds no error in the public copy of a tagged bilaga at `path`, and
    warns of nothing but its title and XMP: strip() takes the metadata out (it may name
    people), by design."""
    check = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", str(path)], capture_output=True, text=True
    )
    assert "errors=0" in check.stdout, check.stdout
    warned = {
        line.split("]")[1].split()[0] for line in check.stdout.splitlines() if "[WARN" in line
    }
    assert warned <= {"UA-07-001", "UA-28-004"}, check.stdout


def assert_headings(pdf: bytes) -> None:
    """Every heading says something and none skips a level (H1, then H2 …): `pdfua check`
    skips its empty-heading rule on Typst's files, and a screen reader's list of headings is
    how a reader finds a § or an ärende."""
    previous = 0
    for level, text in heading_outline(pdf):
        assert text.strip(), f"tom rubrik H{level}"
        assert level <= previous + 1, f"H{level} efter H{previous}: {text}"
        previous = level


def heading_outline(pdf: bytes) -> list[tuple[int, str]]:
    """(level, text) of every H1–H6 in structure order."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        by_page = {page.objgen: _marked_text(page) for page in doc.pages}
        outline = []
        for node in _elements(doc.Root.get("/StructTreeRoot")):
            kind = str(node.S)[1:]
            if kind[:1] == "H" and kind[1:].isdigit():
                parts = _content_order(node, node.get("/Pg"), True)
                text = "".join(by_page[page].get(mcid, "") for page, mcid in parts)
                outline.append((int(kind[1:]), text))
        return outline


def structure_tags(doc: pikepdf.Pdf) -> Counter:
    counts: Counter = Counter()
    for node in _elements(doc.Root.get("/StructTreeRoot")):
        counts[str(node.S)[1:]] += 1
    return counts


def _elements(node):
    """Structure elements under `node`, depth first in document order."""
    if node is None:
        return
    kids = node.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid
            yield from _elements(kid)


def structure_text(pdf: bytes, labels: bool = True) -> str:
    """The text of a tagged PDF in the order of its structure tree: each marked-content
    sequence (page, MCID) in tree order, decoded through its font's ToUnicode map; without
    `labels`, the list labels (Lbl: "•", "1.") are left out."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        by_page = {page.objgen: _marked_text(page) for page in doc.pages}
        parts = []
        for page_ref, mcid in _content_order(doc.Root.StructTreeRoot, None, labels):
            parts.append(by_page[page_ref].get(mcid, ""))
        return "".join(parts)


def _content_order(node, page, labels: bool):
    kids = node.get("/K")
    page = node.get("/Pg", page)
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, int):
            yield page.objgen, kid
        elif isinstance(kid, pikepdf.Dictionary):
            if kid.get("/Type") == "/MCR":
                yield kid.get("/Pg", page).objgen, int(kid.MCID)
            elif "/S" in kid and (labels or kid.S != "/Lbl"):
                yield from _content_order(kid, page, labels)


def _marked_text(page: pikepdf.Page) -> dict[int, str]:
    """MCID → its text on one page (artifacts and untagged text are left out)."""
    fonts = page.Resources.get("/Font", {})
    maps: dict[str, dict[bytes, str]] = {}
    texts: dict[int, list[str]] = {}
    stack: list[int | None] = []
    font = None
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "BDC":
            props = operands[1]
            tagged = isinstance(props, pikepdf.Dictionary) and "/MCID" in props
            stack.append(int(props.MCID) if tagged else None)
        elif op == "BMC":
            stack.append(None)
        elif op == "EMC":
            stack.pop()
        elif op == "Tf":
            name = str(operands[0])
            if name not in maps:
                maps[name] = _to_unicode(fonts[name])
            font = maps[name]
        elif op in ("Tj", "TJ") and stack and stack[-1] is not None and font is not None:
            strings = operands[0] if op == "TJ" else [operands[0]]
            for s in strings:
                if isinstance(s, pikepdf.String):
                    texts.setdefault(stack[-1], []).append(_decode(bytes(s), font))
    return {mcid: "".join(parts) for mcid, parts in texts.items()}


def _to_unicode(font) -> dict[bytes, str]:
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    table: dict[bytes, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[bytes.fromhex(src)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, dst in re.findall(r"<(\w+)>\s*<(\w+)>\s*<(\w+)>", block):
            start, width = int(dst, 16), len(lo) // 2
            for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[code.to_bytes(width, "big")] = chr(start + offset)
    return table


def _decode(data: bytes, table: dict[bytes, str]) -> str:
    width = len(next(iter(table))) if table else 1
    return "".join(table.get(data[i : i + width], "\ufffd") for i in range(0, len(data), width))


def paper_text(
    pdf: bytes, top_mm: float = 20, bottom_mm: float = 18, repeated: tuple[str, ...] = ()
) -> str:
    """A paper PDF's text in drawing order without whitespace, leaving out what is drawn in
    the top `top_mm`
    and the bottom `bottom_mm` of each page (the running header, page numbers, the
    protokoll's signature boxes) and a table's header row where it is `repeated` at the
    top of a page: the paper's equivalent of the web edition's artifacts."""
    pages: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        height = float(page.mediabox.height)
        chunks: list[str] = []

        def keep(text, cm, tm, _font, _size, height=height, chunks=chunks) -> None:
            y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
            if bottom_mm * mm < y < height - top_mm * mm:
                chunks.append(text)

        page.extract_text(visitor_text=keep)
        text = squeezed("".join(chunks))
        for header in (squeezed(h) for h in repeated):
            if text.startswith(header) and header in "".join(pages):  # a repeat, not the first
                text = text[len(header) :]
        pages.append(text)
    return "".join(pages)


def squeezed(text: str) -> str:
    """Text without any whitespace or soft hyphen: line breaks, spacing and where a word is
    hyphenated in a narrow column differ between engines."""
    return "".join(text.replace("\xad", "").split())
