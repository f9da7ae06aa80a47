"""What the tests of the real delegation rounds (test_real_delegation_tenth … _thirteenth) read
of a document their builders rebuild: the version and its report, the introduction as text,
and each point's fields in the order the rounds' expectations list them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ksdesk.services.delegation_import import read_file


def read_built(build: Callable[[Path], None], tmp_path: Path):
    """(version, report) of the document `build` writes."""
    path = tmp_path / "d.docx"
    build(path)
    return read_file(path)


def intro_text(version) -> str:
    return "\n".join(f"{s.heading}\n{s.text}" for s in version.intro)


def point_fields(version) -> list[tuple]:
    """(Nr, chapter, Ärende, Delegat, Ersättare, Lagrum, Anmärkning) of every point."""
    return [
        (p.nr, c.title, p.arende, p.delegat, p.ersattare, p.lagrum, p.anmarkning)
        for c, p in version.all_points()
    ]
