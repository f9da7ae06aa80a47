"""core.spans answers as the walk over every span it replaced (personnummer's overlap test)."""

from __future__ import annotations

import random

from ksdesk.core.spans import Spans


def test_overlaps_as_a_walk_over_every_span_does() -> None:
    rng = random.Random(12)
    for _ in range(300):
        spans = Spans()
        kept: list[tuple[int, int]] = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 60)
            end = start + rng.randint(0, 25)
            spans.add(start, end)
            kept.append((start, end))
            for _ in range(20):
                a = rng.randint(-5, 90)
                b = a + rng.randint(0, 30)
                walked = any(a < end and start < b for start, end in kept)
                assert spans.overlaps(a, b) == walked, (kept, a, b)


def test_touching_spans_do_not_overlap() -> None:
    spans = Spans([(10, 20)])
    assert not spans.overlaps(20, 30)
    assert not spans.overlaps(0, 10)
    assert spans.overlaps(19, 21)
