"""Reading the images of a PDF page with Tesseract (Debian's tesseract-ocr and
tesseract-ocr-swe), so that a scanned ID card on a page that also has some text is read
before the page may be published. Results are cached by the hash of the page's images: a
second check of the same bilaga in the same session reads nothing again.

A page is vouched for when Tesseract ran and either found no words at all (a logo, a line,
a photo without text) or read its words with a mean confidence of at least VOUCH_CONFIDENCE,
read as it lies or turned (ocr_skew, ocr_turns: a card upside down read as garbage was 66 sure).
Pictures drawn edge to edge (a scan in bands) are read as the one picture they show (ocr_mosaic).
Anything else (Tesseract missing, an image it cannot read well) needs a person's decision."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PIL import Image

from ksdesk.interchange import ocr_mosaic, ocr_pictures, ocr_skew, ocr_small_text, ocr_turns
from ksdesk.interchange.pdf_painted_apart import soft_mask_group

VOUCH_CONFIDENCE = 60.0
LANGUAGES = "swe+eng"
_TIMEOUT = 120  # seconds for one image
_MAX_NESTING = 12  # forms inside forms: deep enough for any real file


@dataclass(frozen=True)
class PageOcr:
    text: str
    vouched: bool
    reason: str = ""  # why not vouched, in Swedish


class OcrCache:
    """Results by page-image hash, in memory for the life of the program. Never written to
    disk: what OCR reads from a bilaga is personal data, and it belongs in the database file
    that holds the bilaga, not in a cache folder beside it."""

    def __init__(self) -> None:
        self.memory: dict[str, PageOcr] = {}
        self.ran = 0  # images given to Tesseract (misses), for the benchmark and tests

    def get(self, key: str) -> PageOcr | None:
        return self.memory.get(key)

    def put(self, key: str, result: PageOcr) -> None:
        if result.reason != MISSING:  # Tesseract may be installed before the next try
            self.memory[key] = result

    def clear(self) -> None:
        self.memory.clear()


DEFAULT_CACHE = OcrCache()
MISSING = "Tesseract (tesseract-ocr) är inte installerat: bilderna kan inte läsas."


def images_of(page: pikepdf.Page) -> dict[str, pikepdf.Stream]:
    """Every image the page may draw, by the path of names to it: in its resources, and in
    those of its Form XObjects, tiling patterns, soft masks' groups and Type 3 fonts at any
    depth, stencil masks too (a bitonal scan's text, the text layer of a compressed scan).
    pikepdf's own list leaves out stencil masks and pictures painted by a pattern."""
    found: dict[str, pikepdf.Stream] = {}
    _images_in(page.obj.get("/Resources"), "", found, set(), 0)
    return found


def _images_in(resources, path: str, found: dict, seen: set, depth: int) -> None:
    if not isinstance(resources, pikepdf.Dictionary) or depth > _MAX_NESTING:
        return
    for group in ("/XObject", "/Pattern", "/Font", "/ExtGState"):
        members = resources.get(group)
        if not isinstance(members, pikepdf.Dictionary):
            continue
        for name, member in members.items():
            if not isinstance(member, pikepdf.Dictionary | pikepdf.Stream):
                continue
            if member.is_indirect:
                if member.objgen in seen:
                    continue
                seen.add(member.objgen)
            if member.get("/Subtype") == "/Image" and isinstance(member, pikepdf.Stream):
                found[f"{path}{name}"] = member
            elif member.get("/Subtype") in ("/Form", "/Type3") or member.get("/PatternType") == 1:
                _images_in(member.get("/Resources"), f"{path}{name}", found, seen, depth + 1)
            elif (group_of_mask := soft_mask_group(member)) is not None:
                # A soft mask's group: its pictures show through what is painted under it.
                inner = group_of_mask.get("/Resources")
                _images_in(inner, f"{path}{name}/SMask", found, seen, depth + 1)


def page_images(page: pikepdf.Page, apart: frozenset = frozenset()) -> list[pikepdf.PdfImage]:
    """The pictures OCR reads one by one: all but those in `apart` (objgens) and those
    too small to hold text (ocr_pictures.may_show_text)."""
    images = []
    for _name, raw in images_of(page).items():
        if raw.objgen in apart:
            continue
        try:
            image = pikepdf.PdfImage(raw)
        except (pikepdf.PdfError, NotImplementedError, ValueError):
            images.append(None)  # an image we cannot even decode: the page needs a look
            continue
        if ocr_pictures.may_show_text(image.width, image.height):
            images.append(image)
    return images


def images_key(page: pikepdf.Page, laid: ocr_mosaic.Mosaics | None = None) -> str:
    """What the page's pictures show: each picture's bytes, how they are decoded, and its
    masks' bytes. The masks too: a compressed scan draws every page's text as the same
    black picture shaped by a mask of its own, and a key of the pictures alone gave the
    second page the first page's reading."""
    digest = hashlib.sha256(b"ocr3" + (laid.key() if laid is not None else b""))
    for name, raw in sorted(images_of(page).items()):
        digest.update(name.encode() + b"\0" + _image_bytes(raw))
        for key in ("/SMask", "/Mask"):
            mask = raw.get(key)
            digest.update(key.encode() + b"\0")
            if isinstance(mask, pikepdf.Stream):
                digest.update(_image_bytes(mask))
            elif mask is not None:
                digest.update(_described(mask))
    return digest.hexdigest()


_DECODING = ("/Width", "/Height", "/BitsPerComponent", "/ImageMask", "/Decode", "/Filter")


def _image_bytes(image: pikepdf.Stream) -> bytes:
    """A picture's raw bytes and the settings that say how they are decoded."""
    described = b"".join(_described(image.get(key)) for key in _DECODING)
    colours = image.get("/ColorSpace")
    if colours is not None:
        described += _described(colours)
    return described + b"\0" + image.read_raw_bytes()


def _described(value, depth: int = 0) -> bytes:
    """A PDF value written out (a stream within it by its bytes), for a cache key; a
    damaged file's loop of arrays is cut off."""
    if depth > 8:
        return b"..."
    if isinstance(value, pikepdf.Stream):
        return hashlib.sha256(value.read_raw_bytes()).digest()
    if isinstance(value, pikepdf.Array):
        return b"[" + b" ".join(_described(item, depth + 1) for item in value) + b"]"
    if isinstance(value, pikepdf.Dictionary):
        items = (k.encode() + _described(v, depth + 1) for k, v in value.items())
        return b"<<" + b" ".join(items) + b">>"
    return str(value).encode() + b";"


def read_page(page: pikepdf.Page, cache: OcrCache | None = None) -> PageOcr:
    """The text of the page's images, with whether it can be vouched for."""
    return read_pages([page], cache)[0]


def read_pages(pages: list[pikepdf.Page], cache: OcrCache | None = None) -> list[PageOcr]:
    """`read_page` for many pages: the images are taken out of the PDF here (pikepdf is not
    shared between threads), then Tesseract reads them a few at a time, one process per
    core, each on one thread (OMP_THREAD_LIMIT=1: several single-threaded readers are
    faster than one that fights itself for the cores)."""
    cache = cache if cache is not None else DEFAULT_CACHE
    laid = [ocr_mosaic.mosaics(page) for page in pages]
    keys = [images_key(page, lay) for page, lay in zip(pages, laid, strict=True)]
    results: dict[str, PageOcr] = {}
    todo: dict[str, list[bytes | None]] = {}
    for key, page, lay in zip(keys, pages, laid, strict=True):
        found = cache.get(key)
        if found is not None:
            results[key] = found
        elif key not in todo:
            alone = [_png(image) for image in page_images(page, frozenset(lay.members))]
            todo[key] = alone + [ocr_pictures.png(p) for p in lay.pictures()]
    if todo:
        workers = max(1, min(len(todo), os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            read = dict(zip(todo, pool.map(_read_images, todo.values()), strict=True))
        for key, result in read.items():
            cache.ran += len(todo[key])
            cache.put(key, result)
            results[key] = result
    return [results[key] for key in keys]


def _png(image: pikepdf.PdfImage | None) -> bytes | None:
    return ocr_pictures.png(ocr_pictures.enlarged(ocr_pictures.as_read(image)))


def _read_images(images: list[bytes | None]) -> PageOcr:
    if shutil.which("tesseract") is None:
        return PageOcr("", False, MISSING)
    texts, vouched, reason = [], True, ""
    for image in images:
        if image is None:
            return PageOcr("\n".join(texts), False, "En bild på sidan kan inte avkodas.")
        text, confidence = _read_turned(image)
        texts.append(text)
        if confidence == -1:
            return PageOcr("\n".join(texts), False, "Tesseract kunde inte läsa en bild.")
        if confidence is not None and confidence < VOUCH_CONFIDENCE:
            vouched = False
            reason = f"Texten i en bild lästes osäkert (säkerhet {confidence:.0f} av 100)."
    return PageOcr("\n".join(texts), vouched, reason)


def _read_turned(png: bytes) -> tuple[str, float | None]:
    """The picture read as it is; when its text is small, enlarged too (ocr_small_text);
    when read less than very surely, upside down and mirrored too (ocr_turns); when its
    lines run at a slant (ocr_skew), turned straight too: every text, and the confidence of
    the reading that found words best."""
    text, confidence = _tesseract(png)
    picture = Image.open(io.BytesIO(png))
    closer = ocr_small_text.read_closer(picture, _tesseract, confidence, VOUCH_CONFIDENCE)
    if closer is not None:
        text, confidence = f"{text}\n{closer[0]}", closer[1]
        if confidence == -1:
            return text, -1
    other = ocr_turns.read_turned(picture, _tesseract, confidence, VOUCH_CONFIDENCE)
    if other is not None:
        text, confidence = f"{text}\n{other[0]}", max(other[1], confidence or 0.0)
    angle = ocr_skew.skew(picture)
    if not angle or confidence == -1:
        return text, confidence
    buffer = io.BytesIO()
    ocr_skew.straightened(picture, angle).save(buffer, format="PNG")
    turned, turned_confidence = _tesseract(buffer.getvalue())
    if turned_confidence == -1:
        return text, -1
    found = [c for c in (confidence, turned_confidence) if c is not None]
    return "\n".join(t for t in (text, turned) if t), max(found) if found else None


def _tesseract(png: bytes) -> tuple[str, float | None]:
    """(text, mean word confidence or None when no words, -1 when Tesseract failed)."""
    tsv = tesseract_tsv(png)
    return ("", -1) if tsv is None else _from_tsv(tsv)


def tesseract_tsv(png: bytes) -> str | None:
    """Tesseract's table of the words it read in the picture (TSV), None when it failed."""
    with tempfile.TemporaryDirectory(prefix="ksdesk-ocr-") as folder:
        path = Path(folder) / "bild.png"
        path.write_bytes(png)
        try:
            run = subprocess.run(
                ["tesseract", str(path), "stdout", "-l", LANGUAGES, "tsv"],
                capture_output=True,
                timeout=_TIMEOUT,
                check=False,
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            )
        except (OSError, subprocess.TimeoutExpired):
            return None
    if run.returncode != 0:
        return None
    return run.stdout.decode("utf-8", errors="replace")


def _from_tsv(tsv: str) -> tuple[str, float | None]:
    """Lines of words as Tesseract read them, and the mean confidence of the words."""
    lines: dict[tuple[str, str, str], list[str]] = {}
    confidences = []
    for cells, confidence in tsv_words(tsv):
        confidences.append(confidence)
        lines.setdefault((cells[2], cells[3], cells[4]), []).append(cells[11])
    text = "\n".join(" ".join(words) for words in lines.values())
    if not confidences:
        return text, None
    return text, sum(confidences) / len(confidences)


def tsv_words(tsv: str):
    """(cells, confidence) of each word in Tesseract's TSV: block, paragraph and line at
    2 to 4, left, top, width and height at 6 to 9, the word at 11."""
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or not cells[11].strip():
            continue
        try:
            confidence = float(cells[10])
        except ValueError:
            continue
        if confidence >= 0:
            yield cells, confidence
