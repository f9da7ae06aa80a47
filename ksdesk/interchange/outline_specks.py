"""Letters made of specks: a bitmap font drawn one small filled square per pixel (a label
printer's or a terminal's font, a dot-matrix print turned into vectors). Each square alone
is a speck, too small to be a letter (interchange.pdf_outlines leaves specks out), so a
number drawn so was found nowhere, though anyone looking at the page reads it.

The same goes for bigger squares (up to pdf_outlines._PIXEL), as a heading's bitmap
letters have: one square is no letter of a line, as a row of them is one form again.

Specks that touch, or stand closer than half their size (the dots of a dot-matrix letter),
are taken together; a group of a few, of one size on one grid (as a bitmap's pixels are),
that is the size of a letter is one. The dots of an ä
or of a colon, a dotted leader and a row of full stops stand further apart than that, and a
map's scattered dots make no group of a letter's size and form."""

from __future__ import annotations

import itertools

from ksdesk.interchange.pdf_shape import Box

# Specks of one letter: a 5 × 7 bitmap's 1 has 10 pixels, its - 5 (the - of a number too).
_FEW = 3
_NEAR = 0.5  # of the smaller speck's size: closer than this, two specks are of one letter
# More specks than this on a page (a stippled map drawn in one path) are not grouped: the
# caller is given them one by one, which is more than a page of letters, and says so.
MAX_SPECKS = 60_000


def speck_letters(specks: list[Box]) -> tuple[list[tuple[Box, bool, int]], list[int]]:
    """(box, shaped, form) of each group of `specks` that may be a letter: its box, whether
    it is more than one filled rectangle (a bitmap's 1 or 7 is; its - is not), and its form
    (the same for the same letter of the same font: size and how many specks); and the
    specks in no such group, by their place in `specks` (a square standing alone)."""
    if len(specks) > MAX_SPECKS:
        return [(box, False, 0) for box in specks], []
    found, alone = [], []
    for members in _groups(specks).values():
        boxes = [specks[i] for i in members]
        if len(members) < _FEW or not _on_a_grid(boxes):
            alone += members
            continue
        box = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        inked = sum((b[2] - b[0]) * (b[3] - b[1]) for b in boxes)
        shaped = inked < 0.9 * (box[2] - box[0]) * (box[3] - box[1])
        form = hash((round(box[2] - box[0], 1), round(box[3] - box[1], 1), len(boxes)))
        found.append((box, shaped, form))
    return found, sorted(alone)


def _groups(specks: list[Box]) -> dict[int, list[int]]:
    """The specks joined where they touch or nearly do (union-find over a grid of cells a
    speck's size, so that each speck is compared with its neighbours only)."""
    parent = list(range(len(specks)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    cell = max((max(b[2] - b[0], b[3] - b[1]) for b in specks), default=1.0) * 1.5 or 1.0
    grid: dict[tuple[int, int], list[int]] = {}
    for index, box in enumerate(specks):
        column, row = int(box[0] // cell), int(box[1] // cell)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in grid.get((column + dx, row + dy), ()):
                    if _near(box, specks[other]):
                        parent[root(index)] = root(other)
        grid.setdefault((column, row), []).append(index)
    groups: dict[int, list[int]] = {}
    for index in range(len(specks)):
        groups.setdefault(root(index), []).append(index)
    return groups


def _on_a_grid(boxes: list[Box]) -> bool:
    """Whether the specks are a bitmap's pixels: of one size, each a whole number of steps
    from the others across and up (the step the smallest distance between two). The dots
    of a stippled area clump into groups of a letter's size too, but stand anywhere."""
    widths = [b[2] - b[0] for b in boxes]
    heights = [b[3] - b[1] for b in boxes]
    if max(widths) > 1.15 * min(widths) or max(heights) > 1.15 * min(heights):
        return False
    return _stepped([b[0] for b in boxes], min(widths)) and _stepped(
        [b[1] for b in boxes], min(heights)
    )


def _stepped(starts: list[float], size: float) -> bool:
    """Whether the starts stand a whole number of one step apart (the step at least half a
    speck's size: the pixels of one letter do not overlap much)."""
    ordered = sorted(set(round(x, 3) for x in starts))
    gaps = [b - a for a, b in itertools.pairwise(ordered) if b - a > 0.5 * size]
    if not gaps:
        return True  # one column (a 1, an l) or one row (a -)
    step = min(gaps)
    return all(
        abs((x - ordered[0]) / step - round((x - ordered[0]) / step)) < 0.15 for x in ordered
    )


def _near(a: Box, b: Box) -> bool:
    size = min(a[2] - a[0], a[3] - a[1], b[2] - b[0], b[3] - b[1])
    reach = _NEAR * size
    return (
        a[0] - reach <= b[2]
        and b[0] - reach <= a[2]
        and a[1] - reach <= b[3]
        and b[1] - reach <= a[3]
    )
