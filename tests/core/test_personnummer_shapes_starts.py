"""core.personnummer_shapes tries its shapes only where a run of digits starts: the same
matches as a search from every character finds."""

from __future__ import annotations

import random

from ksdesk.core import personnummer_shapes as shapes


def test_tried_at_run_starts_as_searched_everywhere() -> None:
    rng = random.Random(12)
    pieces = ["81", "12", "18", "9876", "1981", "0", "7", "-", "–", ".", ":", " ", "\u00a0"]
    pieces += [" kr", "Tid ", "kl. ", "x", "/", ","]
    for _ in range(3000):
        seen = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        starts = [run.start() for run in shapes._RUN_START.finditer(seen)]
        for shape in shapes._SHAPES:
            tried = [m.span() for m in shapes._matches(shape, seen, starts)]
            assert tried == [m.span() for m in shape.finditer(seen)], seen


def test_a_shape_is_found_after_a_digit_that_is_no_part_of_it() -> None:
    assert [c[2] for c in shapes.candidates("sida 3: 81 12 18-9876")] == ["8112189876"]
