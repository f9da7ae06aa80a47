"""Text drawn as outlines: how many ordinary pages are taken for it (false alarms) and what
looking for it costs, against reading every page with OCR.

For the demo packet (Ludvika KS 2020-12-07, kallelse with tjänsteskrivelser, budget sheets
and the delegationsordning as ksdesk prints them), its protokoll, the generated meeting of
bench/packet.py (200 bilaga pages, and its first 82 pages), a page of charts and a logo
(tests/attack_outlines), and any PDF named on the command line: the pages with lines of
outlines found, and the CPU time of the scan's reading (interchange.pdf_public) and of the
last reader (interchange.pdf_audit) with and without looking for them, and what the last
reader finds and cannot read in each (on ksdesk's own files both must be nothing). A number
in a bitmap font drawn a square per pixel (tests/safety/attack_specks) is measured too.
Then what reading a page with one line of outlines costs, and what reading a page whole
costs (pdftoppm at 300 dpi and Tesseract), for comparison.

Run: `.venv/bin/python bench/outline_check.py [file.pdf …]`.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pikepdf
from packet import generated_meeting

from ksdesk.db.connection import open_store
from ksdesk.interchange import ocr, outline_ocr, pdf_audit, pdf_public
from ksdesk.interchange.pdf_outlines import text_lines
from ksdesk.interchange.pdf_paths import page_shapes
from ksdesk.services.demo import load_demo
from ksdesk.services.packet import PartCache, build_packet
from ksdesk.services.protokoll import start_protokoll
from ksdesk.services.protokoll_print import protokoll_document


def cpu(action) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def outlined_pages(data: bytes) -> tuple[int, list[int]]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        found = [n for n, p in enumerate(pdf.pages, 1) if text_lines(page_shapes(p))]
        return len(pdf.pages), found


def measure(label: str, data: bytes) -> None:
    pages, found = outlined_pages(data)
    listed = ", ".join(str(n) for n in found[:10]) or "inga"
    print(f"{label}: {pages} sidor, sidor med kurvtext: {len(found)} ({listed})")
    outline_ocr.clear_cache()
    audit = pdf_audit.audit_pdf(data)
    unread = sorted({u.split(":")[0] for u in audit.unreadable})
    print(
        f"  slutkontrollen: {len(audit.findings)} personnummer, oläst: "
        f"{len(unread)} ({', '.join(unread[:5]) or 'inget'})"
    )
    for name, action in (
        ("granskningens läsning", lambda: pdf_public.read_pages(data, ocr.OcrCache())),
        ("slutkontrollen", lambda: pdf_audit.audit_pdf(data)),
    ):
        outline_ocr.clear_cache()
        with_outlines = cpu(action)
        looking = outline_ocr.read_pages
        outline_ocr.read_pages = lambda pages: [None] * len(pages)  # the reader as it was
        try:
            without = cpu(action)
        finally:
            outline_ocr.read_pages = looking
        print(
            f"  {name}, CPU: utan {without:6.2f} s, med {with_outlines:6.2f} s "
            f"(+{(with_outlines - without) / pages * 1000:.1f} ms/sida)"
        )


def outlined_page_ocr(data: bytes) -> None:
    """CPU of reading a page with one line of text in outlines: finding, drawing, Tesseract."""
    import resource

    with pikepdf.open(io.BytesIO(data)) as pdf:
        outline_ocr.clear_cache()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        own = cpu(lambda: outline_ocr.read_pages([pdf.pages[0]]))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    tesseract = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"en sida med en rad kurvtext: {own + tesseract:.2f} s CPU (Tesseract {tesseract:.2f} s)")


def first_pages(data: bytes, count: int) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        del pdf.pages[count:]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def whole_page_ocr(data: bytes, pages: int = 2) -> None:
    """CPU of rendering and reading whole pages, as reading every page would cost."""
    if shutil.which("pdftoppm") is None or shutil.which("tesseract") is None:
        print("pdftoppm eller tesseract saknas: helsides-OCR mäts inte")
        return
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(data)
        start = time.perf_counter()
        render = _children(
            ["pdftoppm", "-r", "300", "-gray", "-png", "-l", str(pages), str(source), f"{folder}/p"]
        )
        ocr_cpu = sum(
            _children(["tesseract", str(png), "-", "-l", "swe+eng", "tsv"])
            for png in sorted(Path(folder).glob("p-*.png"))
        )
        wall = time.perf_counter() - start
    each = (render + ocr_cpu) / pages
    print(f"helsides-OCR: {each:.2f} s CPU per sida (rendering {render / pages:.2f} s)")
    print(f"  {wall / pages:.2f} s väggtid per sida")


def _children(command: list[str]) -> float:
    """CPU seconds the command used (user + system of the child)."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        command,
        capture_output=True,
        check=False,
        env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"},
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(files: list[str]) -> int:
    with tempfile.TemporaryDirectory() as folder:
        demo = open_store(Path(folder) / "demo.sqlite", create=True)
        meeting_id = load_demo(demo).meeting.id
        packet = build_packet(demo, meeting_id, cache=PartCache()).pdf
        measure("Demopaketet (kallelse med bilagor)", packet)
        start_protokoll(demo, meeting_id)
        measure("Demoprotokollet", protokoll_document(demo, meeting_id))
        demo.close()
        store, generated = generated_meeting(Path(folder))
        generated_pdf = build_packet(store, generated, cache=PartCache()).pdf
        measure("Genererat möte (200 bilagesidor)", generated_pdf)
        measure("Dess första 82 sidor", first_pages(generated_pdf, 82))
        store.close()
    try:
        from tests.attack_outlines import chart_page, outlined_line

        measure("Diagramsida med logga", chart_page())
        outlined_page_ocr(outlined_line("8110227017"))
    except ImportError:
        pass
    try:  # a number in a bitmap font drawn a square per pixel, and specks that are no letter
        from tests.safety.attack_specks import not_letters, pixel_number

        for pixel in (0.8, 1.2, 2.0, 3.0):
            measure(f"Pixeltypsnitt, {pixel} pt per pixel", pixel_number("8110227017", pixel))
        measure("Prickar som inte är bokstäver", not_letters())
    except ImportError:
        pass
    for name in files:
        measure(Path(name).name, Path(name).read_bytes())
    whole_page_ocr(packet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
