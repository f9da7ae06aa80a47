"""What the public check of PDF bilagor costs: 200 bilaga pages (bench/packet.py's generated
meeting, 30 ärenden), once with text pages only and once with every fourth page also
carrying a scanned image (50 images for Tesseract). Each is scanned twice: the first run
with every cache empty (pikepdf strips and reads every page, Tesseract reads every image),
the second with the caches of the session (nothing is read again). Then the public packet
is built and checked by the independent reader (interchange.pdf_audit) once.

Run: `.venv/bin/python bench/public_pdf_check.py`.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from packet import PROSE, generated_meeting
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ksdesk import paths
from ksdesk.interchange import ocr
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.reports.fonts import SANS, register_fonts
from ksdesk.services import meetings, public_copy, public_pdf
from ksdesk.services.packet import PartCache, build_packet

IMAGE_EVERY = 4


def _scan_image(text: str) -> bytes:
    image = Image.new("L", (1240, 500), 255)
    font = ImageFont.truetype(str(paths.fonts_dir() / "LiberationSans-Regular.ttf"), 40)
    for line in range(6):
        ImageDraw.Draw(image).text((40, 30 + line * 75), f"{text} {line + 1}", fill=0, font=font)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def bilaga_with_images(pages: int, label: str) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for page in range(pages):
        canvas.setFont(SANS, 10.5)
        for line in range(30):
            canvas.drawString(70, 790 - line * 15, f"{label}, sida {page + 1}: {PROSE[:60]}")
        if page % IMAGE_EVERY == 0:
            picture = ImageReader(io.BytesIO(_scan_image(f"{label} skannad sida {page + 1}")))
            canvas.drawImage(picture, 70, 80, width=450, height=180)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def with_images(store, meeting_id: int) -> int:
    meeting = meetings.get_meeting(store, meeting_id)
    images = 0
    for item in meeting.items:
        for index, bilaga in enumerate(item.bilagor):
            pages = public_pdf.pdf_public.read_pages_text(bilaga.content or b"")
            data = bilaga_with_images(len(pages), f"Bilaga {item.dnr}")
            images += (len(pages) + IMAGE_EVERY - 1) // IMAGE_EVERY
            item.bilagor[index] = meetings.pdf_bilaga(data, bilaga.filename)
    meetings.save_meeting(store, meeting)
    return images


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(label: str, store, meeting_id: int) -> None:
    public_pdf.clear_caches()
    ran_before = ocr.DEFAULT_CACHE.ran
    first = timed(lambda: public_copy.scan_public(store, meeting_id))
    images = ocr.DEFAULT_CACHE.ran - ran_before
    second = timed(lambda: public_copy.scan_public(store, meeting_id))
    hits = public_copy.scan_public(store, meeting_id)
    public_copy.decide(
        store, meeting_id, [h.key for h in hits if not h.resolved], "maskera", by="b"
    )
    packet = []
    build = timed(
        lambda: packet.append(build_packet(store, meeting_id, public=True, cache=PartCache()))
    )
    pdf = packet[0].pdf
    audit = timed(lambda: audit_pdf(pdf))
    print(f"{label}")
    print(
        f"  första granskningen (tomma cacher)  {first:7.2f} s   ({images} bilder till Tesseract)"
    )
    print(f"  andra granskningen (cachad)         {second:7.2f} s")
    print(f"  offentligt paket ({packet[0].pages} sidor), inkl. slutkontroll {build:7.2f} s")
    print(f"  slutkontrollen ensam (pikepdf)      {audit:7.2f} s")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        store, meeting_id = generated_meeting(Path(folder))
        measure("200 bilagesidor, bara text", store, meeting_id)
        images = with_images(store, meeting_id)
        measure(f"200 bilagesidor, {images} med inskannad bild", store, meeting_id)
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
