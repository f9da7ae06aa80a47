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
import shutil
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pikepdf

from ksdesk.core.format import format_amount
from ksdesk.interchange import ocr
from ksdesk.interchange.outline_picture import MAX_PIXELS, line_picture, picture_pixels, pieces
from ksdesk.interchange.outline_reading import FAILED as FAILED
from ksdesk.interchange.outline_reading import MISSING as MISSING
from ksdesk.interchange.outline_reading import NOTHING_READ as NOTHING_READ
from ksdesk.interchange.outline_reading import (
    OutlineReading,
    Word,
    joined,
    judged,
    line_confidences,
    only,
    unread_lines,
)
from ksdesk.interchange.pdf_outlines import Line, glyphs_of, lines_of, skew
from ksdesk.interchange.pdf_paths import MAX_SHAPES, page_shapes, rotation
from ksdesk.interchange.pdf_shape import Box

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
    return joined(chosen)


def _each_line_its_way(
    up: _Picture, read_up: OutlineReading, down: _Picture, read_down: OutlineReading
) -> list[OutlineReading]:
    """Each line up or down the page as read the way Tesseract reads it more surely: the
    way it runs. Line by line, as a page may have both (a stamp up the right margin, a note
    down the left): the whole page read one way lost the other's number, read upside down."""
    if read_up.reason in (MISSING, FAILED) or read_down.reason in (MISSING, FAILED):
        return [read_up if read_up.reason else read_down]
    sure_up, sure_down = line_confidences(read_up), line_confidences(read_down)
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
    return [only(read_up, keep_up), only(read_down, keep_down)]


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
    return judged("".join(text), words, boxes, angles, unread_lines(words, range(len(lines))))


def _line_at(where: list[Box], middle: float) -> int:
    """The line of the picture a word's middle stands on (the nearest, if between)."""
    return min(range(len(where)), key=lambda i: abs((where[i][1] + where[i][3]) / 2 - middle))
