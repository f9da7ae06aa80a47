"""Tesseract's reading of the text a page draws as outlines (interchange.pdf_outlines), with
where each word stands on the page, so that a personnummer read there can be blacked out
(interchange.outline_redact) and the last reader can find it again.

Only the lines found are drawn and read, one picture a page; a page with none costs a walk
of its content and nothing else. Tesseract's tables (never the readings made of them: the
same line drawn on two pages stands in two places) are kept in memory by the picture's hash
for the life of the program (a packet checked after the scan reads nothing again), never on
disk: what OCR reads from a bilaga is personal data."""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pikepdf

from ksdesk.core.format import format_amount
from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_ocr import CONFUSED
from ksdesk.interchange import ocr
from ksdesk.interchange.outline_picture import MAX_PIXELS, line_picture, picture_pixels, pieces
from ksdesk.interchange.pdf_outlines import Line, glyphs_of, lines_of, skew, unturned_box
from ksdesk.interchange.pdf_paths import MAX_SHAPES, Box, page_shapes, rotation

MISSING = (
    "texten är ritad som kurvor (inte som text) och kan inte läsas: Tesseract (tesseract-ocr) "
    "är inte installerat"
)
FAILED = "texten är ritad som kurvor (inte som text) och Tesseract kunde inte läsa den"
NOTHING_READ = "texten är ritad som kurvor (inte som text) och Tesseract läste ingenting"
TOO_MANY = (
    f"sidan ritar fler än {format_amount(MAX_SHAPES)} former eller är tät av små former (en "
    "karta, en ritning): text ritad som kurvor kan inte sökas där, titta på sidan"
)
TOO_BIG = (
    "sidan ritar text som kurvor på rader så långa att bilden för Tesseract skulle bli för "
    "stor: den kan inte läsas, titta på sidan"
)
# A page of small print in two columns has some 170 lines and 12 000 letters.
MAX_LINES = 250
MAX_GLYPHS = 15_000
# A reading Tesseract is unsure of needs a person only when it has digits (or letters read
# for digits) enough to hide a number read wrongly: a logo or an ornament taken for a line
# reads as a few unsure letters, and would otherwise stop every page it is on.
_FEW_DIGITS = 4


@dataclass(frozen=True)
class Word:
    line: int  # index of the line it was read on
    left: float  # page x where it starts and ends
    right: float
    start: int  # where it stands in the reading's text
    end: int
    confidence: float = 100.0  # Tesseract's, 0 to 100


@dataclass(frozen=True)
class OutlineReading:
    text: str
    vouched: bool
    reason: str  # why not vouched, in Swedish ("" when vouched)
    lines: tuple[Box, ...]  # the lines read, each in the frame it was found in
    words: tuple[Word, ...]
    angles: tuple[float, ...] = ()  # each line's frame: degrees turned (pdf_outlines.lines_of)
    confidence: float = 100.0  # Tesseract's mean over the words

    def boxes(self, numbers: frozenset[str]) -> list[Box]:
        """Where on the page each personnummer of `numbers` (twelve digits) was read: one
        box per line it stands on, over its words and a little around them."""
        found = []
        for hit in find_personnummer(self.text, ocr=True):
            if hit.normalized not in numbers:
                continue
            words = [w for w in self.words if w.start < hit.end and hit.start < w.end]
            for line in sorted({w.line for w in words}):
                _x0, y0, _x1, y1 = self.lines[line]  # the line's box has room around it
                pad = 0.1 * (y1 - y0)
                left = min(w.left for w in words if w.line == line)
                right = max(w.right for w in words if w.line == line)
                angle = self.angles[line] if line < len(self.angles) else 0.0
                found.append(unturned_box((left - pad, y0, right + pad, y1), angle))
        return found


_CACHE: OrderedDict[str, str | None] = OrderedDict()  # Tesseract's tables, oldest first out
_LOCK = threading.Lock()
_CACHE_SIZE = 512


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()


def read_pages(pages: list[pikepdf.Page]) -> list[OutlineReading | None]:
    """Each page's reading of its text in outlines; None for a page that draws none. The
    pictures are drawn here, then Tesseract reads them a few at a time (one per core)."""
    drawn: list[list[_Picture] | OutlineReading | None] = []
    forms: dict = {}  # a letterhead's or a logo's form, walked once for the file
    for page in pages:
        shapes = page_shapes(page, forms)
        if len(shapes) >= MAX_SHAPES:
            drawn.append(OutlineReading("", False, TOO_MANY, (), ()))
        elif shapes.unsearched:  # a part not walked may draw a number: a person looks
            drawn.append(OutlineReading("", False, shapes.unsearched, (), ()))
        else:
            drawn.append(_pictures(shapes, rotation(page)) or None)
    # Tesseract's table is kept by the picture, never the reading made of it: two pages may
    # draw the same line in different places, and each reading says where on its own page.
    pngs = {p.key: p.png for found in drawn if isinstance(found, list) for p in found}
    with _LOCK:
        tables = {key: _CACHE[key] for key in pngs if key in _CACHE}
    todo = {key: png for key, png in pngs.items() if key not in tables}
    if todo:
        workers = max(1, min(len(todo), os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            read = dict(zip(todo, pool.map(_tsv, todo.values()), strict=True))
        tables.update(read)
        with _LOCK:  # the scan's thread and the window's may both read
            for key, table in read.items():
                if table != MISSING:  # Tesseract may be installed before the next try
                    _CACHE[key] = table
            while len(_CACHE) > _CACHE_SIZE:
                _CACHE.popitem(last=False)
    return [_result(d, tables) for d in drawn]


@dataclass(frozen=True)
class _Picture:
    png: bytes
    lines: list[Line]
    where: list[Box]
    way: int  # 0: across the page, 1: up, 3: down
    angle: float  # the frame its lines were found in: a quarter turn a way, and the skew

    @property
    def key(self) -> str:
        return hashlib.sha256(self.png).hexdigest()


def _pictures(shapes, turn: int = 0) -> list[_Picture] | OutlineReading:
    """The page's lines across, and its lines up or down the page (a margin's text, a
    landscape page) among the letters no line across has taken, seen both ways: which way
    they read is the way Tesseract reads them more surely. A page with more letter-like
    shapes or lines than a page of small print has is not drawn (a map's symbols would
    take a minute): its reading says it could not be searched. `turn`: the page's /Rotate,
    so that "across" is across the page as a viewer shows it (upside down in its space on
    a page turned 180 degrees, where Tesseract read "811022-7017" as "L10L-220118")."""
    glyphs = glyphs_of(shapes)
    if len(glyphs) > MAX_GLYPHS:
        return OutlineReading("", False, TOO_MANY, (), ())
    found, ways = [], []
    for way in (0, 1, 3):
        frame = (turn + 90.0 * way) % 360
        angle = frame + skew(glyphs, frame)  # a scan stands askew
        lines = lines_of(glyphs, angle)
        if not way:  # the letters a line across has taken are no line up or down
            taken = {glyph.box for line in lines for glyph in line.glyphs}
            glyphs = [glyph for glyph in glyphs if glyph.box not in taken]
        if lines:
            ways.append((way, angle, lines))
    if sum(len(lines) for way, _angle, lines in ways if way != 3) > MAX_LINES:
        return OutlineReading("", False, TOO_MANY, (), ())
    ways = [(way, angle, pieces(lines, angle)) for way, angle, lines in ways]
    if any(picture_pixels(lines) > MAX_PIXELS for _way, _angle, lines in ways):
        return OutlineReading("", False, TOO_BIG, (), ())
    for way, angle, lines in ways:
        picture, where = line_picture(shapes, lines, angle)
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
        found.append(_Picture(buffer.getvalue(), lines, where, way, angle))
    return found


def _result(drawn, tables: dict[str, str | None]) -> OutlineReading | None:
    if not isinstance(drawn, list):
        return drawn  # no lines, or too many shapes to look for them
    pictures = {picture.way: picture for picture in drawn}
    readings = {
        way: _reading(tables[p.key], p.lines, p.where, p.angle) for way, p in pictures.items()
    }
    chosen = [readings[0]] if 0 in readings else []
    if 1 in readings and 3 in readings:
        chosen += _each_line_its_way(pictures[1], readings[1], pictures[3], readings[3])
    else:
        chosen += [readings[way] for way in (1, 3) if way in readings]
    return _joined(chosen)


def _each_line_its_way(
    up: _Picture, read_up: OutlineReading, down: _Picture, read_down: OutlineReading
) -> list[OutlineReading]:
    """Each line up or down the page as read the way Tesseract reads it more surely: the
    way it runs. Line by line, as a page may have both (a stamp up the right margin, a note
    down the left): the whole page read one way lost the other's number, read upside down."""
    if read_up.reason in (MISSING, FAILED) or read_down.reason in (MISSING, FAILED):
        return [read_up if read_up.reason else read_down]
    sure_up, sure_down = _line_confidences(read_up), _line_confidences(read_down)
    keys_up = [frozenset(g.box for g in line.glyphs) for line in up.lines]
    keys_down = [frozenset(g.box for g in line.glyphs) for line in down.lines]
    up_at = {key: i for i, key in enumerate(keys_up)}
    down_at = {key: i for i, key in enumerate(keys_down)}
    keep_up = {
        i
        for i, key in enumerate(keys_up)
        if sure_up.get(i, 0.0) >= sure_down.get(down_at.get(key, -1), -1.0)
    }
    keep_down = {
        i
        for i, key in enumerate(keys_down)
        if sure_down.get(i, 0.0) > sure_up.get(up_at.get(key, -1), -1.0)
    }
    return [_only(read_up, keep_up), _only(read_down, keep_down)]


def _line_confidences(reading: OutlineReading) -> dict[int, float]:
    """Tesseract's mean confidence over the words of each line that has any."""
    found: dict[int, list[float]] = {}
    for word in reading.words:
        found.setdefault(word.line, []).append(word.confidence)
    return {line: sum(values) / len(values) for line, values in found.items()}


def _only(reading: OutlineReading, keep: set[int]) -> OutlineReading:
    """The reading of the lines `keep` alone, the lines renumbered."""
    number = {old: new for new, old in enumerate(sorted(keep))}
    text, words, last = "", [], None
    for word in reading.words:
        if word.line not in number:
            continue
        if last is not None:
            gap = reading.text[last.end : word.start]
            text += "\n" if "\n" in gap or word.line != last.line else " "
        start = len(text)
        text += reading.text[word.start : word.end]
        words.append(
            Word(number[word.line], word.left, word.right, start, len(text), word.confidence)
        )
        last = word
    lines = tuple(reading.lines[i] for i in sorted(keep))
    angles = tuple(reading.angles[i] for i in sorted(keep))
    return _judged(text, words, lines, angles, _unread_lines(words, range(len(keep))))


def _joined(readings: list[OutlineReading]) -> OutlineReading:
    """Readings of one page as one: texts on lines of their own, words and lines renumbered."""
    if len(readings) == 1:
        return readings[0]
    if len(readings) > 2:
        return _joined([_joined(readings[:-1]), readings[-1]])
    first, second = readings
    shift, lines = len(first.text) + 1, len(first.lines)
    words = [
        Word(w.line + lines, w.left, w.right, w.start + shift, w.end + shift, w.confidence)
        for w in second.words
    ]
    return OutlineReading(
        f"{first.text}\n{second.text}",
        first.vouched and second.vouched,
        first.reason or second.reason,
        first.lines + second.lines,
        first.words + tuple(words),
        first.angles + second.angles,
        min(first.confidence, second.confidence),
    )


def _tsv(png: bytes) -> str | None:
    if shutil.which("tesseract") is None:
        return MISSING
    return ocr.tesseract_tsv(png)


def _reading(
    tsv: str | None, lines: list[Line], where: list[Box], angle: float = 0.0
) -> OutlineReading:
    boxes, angles = tuple(line.box for line in lines), (angle,) * len(lines)
    if tsv == MISSING:
        return OutlineReading("", False, MISSING, boxes, (), angles, 0.0)
    if tsv is None:
        return OutlineReading("", False, FAILED, boxes, (), angles, 0.0)
    text, words = [], []
    length, last_key = 0, None
    for cells, confidence in ocr.tsv_words(tsv):
        try:
            left, top, width, height = (int(v) for v in cells[6:10])
        except ValueError:
            continue
        line = _line_at(where, top + height / 2)
        key = (cells[2], cells[3], cells[4], line)
        if text:
            text.append("\n" if key != last_key else " ")
            length += 1
        last_key = key
        word = cells[11]
        x0, _y0, x1, _y1 = where[line]
        scale = (x1 - x0) / ((lines[line].box[2] - lines[line].box[0]) or 1)
        page_left = lines[line].box[0] + (left - x0) / scale
        page_right = lines[line].box[0] + (left + width - x0) / scale
        words.append(Word(line, page_left, page_right, length, length + len(word), confidence))
        text.append(word)
        length += len(word)
    return _judged("".join(text), words, boxes, angles, _unread_lines(words, range(len(lines))))


def _unread_lines(words: list[Word], lines) -> int:
    """How many of `lines` (their numbers) Tesseract read no word on at all."""
    read = {word.line for word in words}
    return sum(1 for line in lines if line not in read)


def _judged(
    read: str, words: list[Word], boxes: tuple[Box, ...], angles, unread: int = 0
) -> OutlineReading:
    """The reading, vouched for unless Tesseract was unsure of text that may hide a number,
    or read nothing at all on a line: its shapes were found because they sit like the
    letters of a line, and a line read as nothing may be a number drawn so that Tesseract
    does not take it for text (nothing read is not "no number")."""
    mean = sum(w.confidence for w in words) / len(words) if words else 100.0
    if unread:
        lines = "en rad" if unread == 1 else f"{unread} rader"
        reason = f"{NOTHING_READ} på {lines} av den"
        return OutlineReading(read, False, reason, boxes, tuple(words), angles, mean)
    if mean < ocr.VOUCH_CONFIDENCE and _digit_like(read) >= _FEW_DIGITS:
        reason = (
            "texten är ritad som kurvor (inte som text) och lästes osäkert "
            f"(säkerhet {mean:.0f} av 100)"
        )
        return OutlineReading(read, False, reason, boxes, tuple(words), angles, mean)
    return OutlineReading(read, True, "", boxes, tuple(words), angles, mean)


def _digit_like(text: str) -> int:
    """The characters that are digits, or letters OCR reads for digits ("8II0ZZ"), in the
    words of `text` that have a digit at all."""
    words = [w for w in re.split(r"[\s\-–:]+", text) if any(c.isdigit() for c in w)]
    return sum(c.isdigit() or c in CONFUSED for word in words for c in word)


def _line_at(where: list[Box], middle: float) -> int:
    """The line of the picture a word's middle stands on (the nearest, if between)."""
    return min(range(len(where)), key=lambda i: abs((where[i][1] + where[i][3]) / 2 - middle))
