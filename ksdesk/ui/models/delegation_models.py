"""Table models for the delegationsordning: chapters and points."""

from __future__ import annotations

from ksdesk.core.delegation import Chapter, Point
from ksdesk.ui.models.base_model import ColumnSpec, ObjectTableModel


def _nr_sort(point: Point) -> tuple[int, str]:
    digits = "".join(ch for ch in point.nr.split(".")[0] if ch.isdigit())
    return (int(digits) if digits else 0, point.nr)


class ChapterTableModel(ObjectTableModel[Chapter]):
    columns = (ColumnSpec("Kapitel", lambda c: f"{c.title} ({len(c.points)})"),)


class PointTableModel(ObjectTableModel[Point]):
    columns = (
        ColumnSpec("Nr", lambda p: p.nr, sort=_nr_sort, align_right=True),
        ColumnSpec("Ärende", lambda p: p.arende, tooltip=lambda p: p.arende),
        ColumnSpec("Lagrum", lambda p: p.lagrum),
        ColumnSpec("Delegat", lambda p: "\n".join(p.delegat)),
        ColumnSpec("Ersättare", lambda p: "\n".join(p.ersattare)),
        ColumnSpec("Vidaredelegation", lambda p: p.vidaredelegation),
        ColumnSpec("Anmärkning", lambda p: p.anmarkning, tooltip=lambda p: p.anmarkning),
    )
