"""What Tesseract read of the lines of text drawn as outlines on a page (interchange.
outline_ocr), word by word with where each stands, and whether the reading is vouched for:
not when Tesseract is missing or failed, was unsure of text that may hide a number, or read
nothing at all on a line. Readings of one page (across it, up and down it) are joined here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_ocr import CONFUSED
from ksdesk.interchange import ocr
from ksdesk.interchange.pdf_outlines import unturned_box
from ksdesk.interchange.pdf_shape import Box

MISSING = (
    "texten är ritad som kurvor (inte som text) och kan inte läsas: Tesseract (tesseract-ocr) "
    "är inte installerat"
)
FAILED = "texten är ritad som kurvor (inte som text) och Tesseract kunde inte läsa den"
NOTHING_READ = "texten är ritad som kurvor (inte som text) och Tesseract läste ingenting"

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


def line_confidences(reading: OutlineReading) -> dict[int, float]:
    """Tesseract's mean confidence over the words of each line that has any."""
    found: dict[int, list[float]] = {}
    for word in reading.words:
        found.setdefault(word.line, []).append(word.confidence)
    return {line: sum(values) / len(values) for line, values in found.items()}


def only(reading: OutlineReading, keep: set[int]) -> OutlineReading:
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
    return judged(text, words, lines, angles, unread_lines(words, range(len(keep))))


def joined(readings: list[OutlineReading]) -> OutlineReading:
    """Readings of one page as one: texts on lines of their own, words and lines renumbered."""
    if len(readings) == 1:
        return readings[0]
    if len(readings) > 2:
        return joined([joined(readings[:-1]), readings[-1]])
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


def unread_lines(words: list[Word], lines) -> int:
    """How many of `lines` (their numbers) Tesseract read no word on at all."""
    read = {word.line for word in words}
    return sum(1 for line in lines if line not in read)


def judged(
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
