"""Which engine writes the web editions: Typst (PyPI `typst`) or WeasyPrint (`pdf_variant`).

Both set the same web edition of the protokoll (reports/web: one WebDocument; Typst through
its template, WeasyPrint through the HTML writer plus a print stylesheet with the running
headers), for the demo protokoll (7 §§) and a generated one of 60 §§, public version. For
each: time (median of 3, after one warm-up), size, `pdfua check`, the structure tree (which
tags, how many; headers of repeated table rows), /Lang, fonts embedded, and what each
engine's wheels weigh installed.

WeasyPrint is not a ksdesk dependency: to compare, `pip install weasyprint` into the venv
(it also needs Pango, Debian's libpango-1.0-0 and libpangoft2-1.0-0).

Run: .venv/bin/python bench/web_engines.py
"""

from __future__ import annotations

import importlib.metadata
import io
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

import pikepdf
from protokoll import big_meeting
from timing import median_ms

from ksdesk import paths
from ksdesk.reports.web import protokoll as web_protokoll
from ksdesk.reports.web.html import web_html
from ksdesk.reports.web.model import WebDocument
from ksdesk.reports.web.typst_pdf import document_json, web_pdf
from ksdesk.services import protokoll as service
from ksdesk.services.demo import load_demo
from ksdesk.services.info import open_database
from ksdesk.services.meeting_lookup import find_meeting
from ksdesk.services.protokoll_print import protokoll_edition

RUNS = 3


def edition(store, meeting_id: int) -> WebDocument:
    e = protokoll_edition(store, meeting_id, public=True)
    return web_protokoll.protokoll_document(
        e.organ, e.meeting, e.protokoll, e.chain, public=True, fingerprint=e.fingerprint
    )


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ") + '"'


def print_css(document: WebDocument) -> str:
    """Fonts from resources/fonts, A4, and each part's running header in the page margin
    (WeasyPrint marks margin boxes as artifacts)."""
    fonts = paths.fonts_dir()
    faces = "".join(
        f'@font-face {{ font-family: "Liberation Sans"; src: url("{(fonts / f).as_uri()}");'
        f" font-weight: {w}; }}"
        for f, w in (("LiberationSans-Regular.ttf", 400), ("LiberationSans-Bold.ttf", 700))
    )
    css = [
        faces,
        "body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }",
        "@page { size: A4; margin: 24mm 20mm 20mm; font-family: 'Liberation Sans'; "
        "@bottom-right { content: 'Sida ' counter(page) ' av ' counter(pages); font-size: 8.5pt;"
        " color: #555; } }",
        "@media print { .page-break { break-before: page; } }",
    ]
    for index, part in enumerate(document.parts, start=1):
        left = _css_string("\n".join(part.header_left))
        right = _css_string("\n".join(part.header_right))
        css.append(
            f"section.part:nth-of-type({index}) {{ page: part{index}; }}"
            f"@page part{index} {{ @top-left {{ content: {left}; white-space: pre; "
            f"font-size: 8.5pt; color: #555; }} @top-right {{ content: {right}; "
            "white-space: pre; text-align: right; font-size: 8.5pt; color: #555; } }"
        )
    return "\n".join(css)


def weasy_pdf(document: WebDocument, variant: str) -> bytes:
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    fonts = FontConfiguration()
    css = CSS(string=print_css(document), font_config=fonts)
    html = HTML(string=web_html(document))
    return html.write_pdf(stylesheets=[css], font_config=fonts, pdf_variant=variant)


_COLD = """
import sys, time
from ksdesk.reports.web import typst_pdf
from ksdesk.reports.web.model import Para, Part, WebDocument
typst_pdf.web_pdf(WebDocument("Uppvärmning", "ksdesk", [Part((Para("Åäö"),))]))
data = open(sys.argv[1], encoding="utf-8").read()
start = time.perf_counter()
typst_pdf.compile_json(data)
print((time.perf_counter() - start) * 1000)
"""


def typst_cold_ms(document: WebDocument) -> float:
    """Typst's compile of a document it has never seen (in a fresh process: Typst keeps
    every layout it made and returns it at once for the same input), fonts already read."""
    times = []
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as f:
        f.write(document_json(document))
        f.flush()
        for _ in range(RUNS):
            out = subprocess.run(
                [sys.executable, "-c", _COLD, f.name], capture_output=True, text=True, check=True
            )
            times.append(float(out.stdout))
    return sorted(times)[len(times) // 2]


def structure(pdf: bytes) -> Counter:
    """How many of each structure type the tree holds."""
    counts: Counter = Counter()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        root = doc.Root.get("/StructTreeRoot")
        stack = [root] if root is not None else []
        while stack:
            node = stack.pop()
            kids = node.get("/K")
            if kids is None:
                continue
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    counts[str(kid.S)[1:]] += 1
                    stack.append(kid)
    return counts


def facts(pdf: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        check = subprocess.run(
            [str(Path(sys.executable).parent / "pdfua"), "check", "-q", f.name],
            capture_output=True,
            text=True,
        )
        fonts = subprocess.run(["pdffonts", f.name], capture_output=True, text=True).stdout
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        lang = str(doc.Root.get("/Lang", "–"))
        shown = doc.Root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)
    rows = fonts.splitlines()[2:]
    embedded = sum(1 for r in rows if r.split()[-5] == "yes")
    tags = structure(pdf)
    wanted = ("H1", "H2", "H3", "L", "LI", "Table", "TR", "TH", "TD")
    shown_tags = " ".join(f"{t}:{tags.get(t, 0)}" for t in wanted)
    return (
        f"pdfua check exit {check.returncode}; /Lang {lang}; DisplayDocTitle {bool(shown)}; "
        f"fonts embedded {embedded}/{len(rows)}\n      tags {shown_tags}; "
        f"other {', '.join(sorted(t for t in tags if t not in wanted)) or '–'}"
    )


def installed_mb(name: str, seen: set[str]) -> float:
    """What a distribution and the dependencies ksdesk does not already have weigh."""
    total = 0
    stack = [name]
    ours = {
        r.split()[0].split(";")[0].split(">")[0].split("<")[0].lower()
        for r in importlib.metadata.requires("ksdesk") or []
    }
    while stack:
        dist_name = stack.pop().lower()
        if dist_name in seen or dist_name in ours:
            continue
        seen.add(dist_name)
        try:
            dist = importlib.metadata.distribution(dist_name)
        except importlib.metadata.PackageNotFoundError:
            continue
        total += sum(f.size or 0 for f in dist.files or [])
        for req in dist.requires or []:
            if "extra ==" not in req:
                stack.append(req.split()[0].split(";")[0].split(">")[0].split("<")[0].split("=")[0])
    return total / 1e6


def run(label: str, document: WebDocument, weasy: bool) -> None:
    cold = typst_cold_ms(document)
    again = median_ms(lambda: web_pdf(document), RUNS)
    pdf = web_pdf(document)
    print(f"{label}:")
    print(
        f"  Typst       {cold:7.0f} ms  {len(pdf) // 1024:5d} kB  PDF/A-2a + PDF/UA-1 in one "
        f"file ({again:.0f} ms for the same input again)"
    )
    print(f"      {facts(pdf)}")
    if not weasy:
        return
    for variant in ("pdf/ua-1", "pdf/a-2a"):
        ms = median_ms(lambda v=variant: weasy_pdf(document, v), RUNS)
        pdf = weasy_pdf(document, variant)
        print(f"  WeasyPrint  {ms:7.0f} ms  {len(pdf) // 1024:5d} kB  {variant} (one per file)")
        print(f"      {facts(pdf)}")


def main() -> None:
    try:
        import weasyprint  # noqa: F401

        weasy = True
    except (ImportError, OSError):
        weasy = False
        print("WeasyPrint is not installed: only Typst is measured.\n")
    with tempfile.TemporaryDirectory() as folder:
        store = open_database(Path(folder) / "bench.sqlite", create=True)
        load_demo(store)
        meeting_id = find_meeting(store, date(2020, 12, 7)).id
        service.start_protokoll(store, meeting_id)
        web_pdf(edition(store, meeting_id))  # warm-up: Typst reads the fonts once
        run("demo protokoll, 7 §§, public", edition(store, meeting_id), weasy)
        big_meeting(store, meeting_id)
        run("protokoll of 60 §§ with voteringar, public", edition(store, meeting_id), weasy)
        store.close()
    print("\ninstalled size beyond what ksdesk already has:")
    print(f"  typst:      {installed_mb('typst', set()):6.1f} MB (one self-contained wheel)")
    if weasy:
        print(
            f"  weasyprint: {installed_mb('weasyprint', set()):6.1f} MB, plus Pango/HarfBuzz/"
            "fontconfig from the system (on Windows a separate GTK runtime)"
        )


if __name__ == "__main__":
    main()
