"""The närvarolista after a kommunfullmäktige's first page: the lists of people too long for
that page, each under its label in two columns; and which lists go there, measured on paper
so that the first page keeps Plats och tid, the justering, the signatures and the
anslag/bevis together (core.protokoll_text.first_page_layout decides in what order)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import BalancedColumns, Flowable, Paragraph, Spacer

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import Protokoll
from ksdesk.core.protokoll_text import NARVAROLISTA_HEADING, FirstPage, Rows, first_page_layout
from ksdesk.reports.base import available_width
from ksdesk.reports.printable import escape
from ksdesk.reports.protokoll_common import BODY_HEIGHT, protokoll_styles


def fitted_layout(
    meeting: Sammantrade,
    protokoll: Protokoll,
    first_page: Callable[[Rows], list[Flowable]],
    list_page: int = 2,
) -> FirstPage:
    """`first_page_layout`, the first page measured as `first_page` lays out its rows."""

    def fits(rows: Rows) -> bool:
        return story_height(first_page(rows)) <= BODY_HEIGHT

    return first_page_layout(meeting, protokoll, list_page, fits)


def story_height(story: list[Flowable]) -> float:
    """How tall `story` is at the text's width, with the space around each flowable (a
    little more than the frame gives, which drops the space at the top of a page)."""
    width = available_width()
    return sum(
        f.wrap(width, BODY_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story
    )


def narvarolista_story(lists: Rows) -> list[Flowable]:
    """The lists of people too long for the first page, each under its label, in two
    columns: down the first, then the second, so the text reads in the list's order."""
    styles = protokoll_styles()
    story: list[Flowable] = [Paragraph(escape(NARVAROLISTA_HEADING), styles["H2"])]
    for n, (label, values) in enumerate(lists):
        story += [Spacer(1, 3 * mm)] if n else []
        story.append(Paragraph(escape(label), styles["H3"]))
        names = [Paragraph(escape(v), styles["ListName"]) for v in values]
        story.append(
            BalancedColumns(
                names,
                nCols=2,
                innerPadding=6 * mm,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                needed=36,
            )
        )
    return story
