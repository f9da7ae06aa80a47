"""Writing a WebDocument as one self-contained, semantic HTML page (lang="sv"): h1–h3,
p, ul/ol, tables with th scope="col" in a thead, label/value pairs as dl, links as a.
Everything the secretary typed is escaped. The running headers of paper are not part of
the page; printed from a browser each part starts on a new sheet."""

from __future__ import annotations

from html import escape as html_escape

from ksdesk.core.glyphs import for_print
from ksdesk.reports.web.model import (
    Block,
    Boxed,
    Cell,
    Columns,
    Fields,
    Heading,
    Inline,
    Items,
    Keep,
    PageBreak,
    Para,
    Part,
    Run,
    Signatures,
    Space,
    Table,
    WebDocument,
    local_link,
)


def escape(text: str) -> str:
    """HTML-escaped, with Word's symbol bullets as the signs they show and invisible control
    characters left out (core.glyphs); the reader's own fonts draw everything else."""
    return html_escape(for_print(text))


STYLE = """
body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 1rem;
  line-height: 1.45; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #111;
  overflow-wrap: break-word; hyphens: auto; }
h1 { font-size: 1.7rem; margin: 0.4rem 0 0.8rem; }
h2 { font-size: 1.25rem; margin: 1.6rem 0 0.5rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 0.3rem; }
p { margin: 0 0 0.6rem; }
.small { font-size: 0.85rem; color: #333; } h2 .small { font-weight: normal; }
.subtitle { font-weight: bold; font-size: 1.2rem; }
ul.plain { list-style: none; padding-left: 0; }
.label { font-weight: bold; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #999; padding: 0.25rem 0.4rem; text-align: left;
  vertical-align: top; }
thead th { background: #e6e9ed; }
tr.shaded td { background: #f3f4f6; }
.right { text-align: right; } .center { text-align: center; } .bold { font-weight: bold; }
td.mark, mark { background: #fff27a; }
dl.fields { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: 0.4rem 1rem; }
dl.fields dt { font-weight: bold; } dl.fields dd { margin: 0; }
dl.fields dd p { margin: 0; }
.columns { display: flex; flex-wrap: wrap; gap: 1rem; } .columns > div { flex: 1 1 14rem; }
.columns.ruled { border-bottom: 1px solid #555; padding-bottom: 0.4rem; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; margin: 1.5rem 0; }
.signatures.lead { grid-template-columns: 12rem 1fr 1fr; }
.signature .line { border-bottom: 1px solid #999; height: 2rem; max-width: 15rem; }
.box { border: 1px solid #999; padding: 0.5rem; margin: 1rem 0; }
section.part + section.part { border-top: 2px solid #ccc; margin-top: 2rem; padding-top: 1rem; }
@media (max-width: 36rem) { dl.fields { grid-template-columns: 1fr; gap: 0; }
  dl.fields dd { margin-bottom: 0.5rem; }
  .signatures, .signatures.lead { grid-template-columns: 1fr; } }
@media print { section.part + section.part { break-before: page; border: none; }
  .page-break { break-before: page; } .keep { break-inside: avoid; }
  thead { display: table-header-group; } }
"""


def web_html(document: WebDocument) -> str:
    body = "\n".join(_part(part) for part in document.parts)
    author = f'<meta name="author" content="{escape(document.author)}">' if document.author else ""
    return (
        '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)}</title>\n{author}\n"
        f"<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _part(part: Part) -> str:
    return '<section class="part">\n' + "\n".join(_block(b) for b in part.blocks) + "\n</section>"


def inline_html(text: Inline) -> str:
    if isinstance(text, str):
        return _lines(text)
    return "".join(_run(run) for run in text)


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.split("\n"))


def _run(run: Run) -> str:
    html = _lines(run.text)
    if run.bold:
        html = f"<strong>{html}</strong>"
    if run.italic:
        html = f"<em>{html}</em>"
    if run.mark:
        html = f"<mark>{html}</mark>"
    if run.small:
        html = f'<span class="small">{html}</span>'

    if local_link(run.link):
        html = f'<a href="{escape(run.link)}">{html}</a>'
    return html


def _block(block: Block) -> str:
    match block:
        case Heading():
            anchor = f' id="{escape(block.anchor)}"' if block.anchor else ""
            return f"<h{block.level}{anchor}>{inline_html(block.text)}</h{block.level}>"
        case Para():
            css = "" if block.style == "body" else f' class="{block.style}"'
            return f"<p{css}>{inline_html(block.text)}</p>"
        case Items():
            return _items(block)
        case Table():
            return _table(block)
        case Fields():
            return _fields(block)
        case Columns():
            css = "columns ruled" if block.rule_below else "columns"
            cols = "".join(
                "<div>" + "".join(_block(b) for b in part) + "</div>" for part in block.parts
            )
            return f'<div class="{css}">{cols}</div>'
        case Signatures():
            return _signatures(block)
        case Boxed():
            return '<div class="box">' + "".join(_block(b) for b in block.blocks) + "</div>"
        case Keep():
            return '<div class="keep">' + "".join(_block(b) for b in block.blocks) + "</div>"
        case Space():
            return f'<div style="height:{block.mm:g}mm"></div>'
        case PageBreak():
            return '<div class="page-break"></div>'
    raise TypeError(f"unknown block {block!r}")


def _items(block: Items) -> str:
    if not block.bullets or block.small:
        return (
            f'<ul class="{"plain small" if block.small else "plain"}">'
            + "".join(f"<li>{inline_html(i)}</li>" for i in block.items)
            + "</ul>"
        )
    if not block.labels:
        return "<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in block.items) + "</ul>"
    lis = []
    for label, item in zip(block.labels, block.items, strict=True):
        number = label.rstrip(".")
        value = f' value="{number}"' if number.isdigit() else ""
        lis.append(f"<li{value}>{inline_html(item)}</li>")
    return "<ol>" + "".join(lis) + "</ol>"


def _cell(cell: Cell, tag: str) -> str:
    classes = [c for c in (cell.align if cell.align != "left" else "",) if c]
    if cell.bold and tag == "td":
        classes.append("bold")
    if cell.mark:
        classes.append("mark")
    attrs = f' class="{" ".join(classes)}"' if classes else ""
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if tag == "th":
        attrs += ' scope="col"'
    return f"<{tag}{attrs}>{inline_html(cell.text)}</{tag}>"


def _table(table: Table) -> str:
    head = "".join("<tr>" + "".join(_cell(c, "th") for c in row) + "</tr>" for row in table.header)
    body = []
    for index, row in enumerate(table.rows):
        css = ' class="shaded"' if index in table.shaded else ""
        body.append(f"<tr{css}>" + "".join(_cell(c, "td") for c in row) + "</tr>")
    return f"<table><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"


def _fields(block: Fields) -> str:
    rows = []
    for label, values in block.pairs:
        shown = "".join(f"<p>{inline_html(v)}</p>" for v in values)
        rows.append(f"<dt>{escape(label)}</dt><dd>{shown}</dd>")
    return '<dl class="fields">' + "".join(rows) + "</dl>"


def _signatures(block: Signatures) -> str:
    cells = []
    for person in block.people:
        parts = []
        if person.label:
            parts.append(f'<span class="small">{escape(person.label)}</span>')
        if block.lines:
            parts.append('<div class="line"></div>')
        parts.append(f"<div>{escape(person.name)}</div>")
        if person.title:
            parts.append(f'<div class="small">{escape(person.title)}</div>')
        cells.append('<div class="signature">' + "".join(parts) + "</div>")
    if block.lead:
        lead = "".join(f"<p>{inline_html(x)}</p>" for x in block.lead)
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        flat = []
        for i, pair in enumerate(rows):
            flat += [f"<div>{lead if i == 0 else ''}</div>", *pair, *([""] * (2 - len(pair)))]
        return '<div class="signatures lead">' + "".join(flat) + "</div>"
    return '<div class="signatures">' + "".join(cells) + "</div>"
