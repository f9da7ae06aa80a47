"""A personnummer imported from a spreadsheet as a number (a list of grant receivers whose
"Personnummer/Org.nr" column Excel holds as figures; a sole trader's organisationsnummer is
the personnummer) is stored in the budget sheet as a figure and printed as an amount is,
"8 112 189 876". Before, the review read only the sheet's texts and the printed pages, where
the scanner rightly takes the grouped digits for an amount: the public packet and the web
packet published the number. Now the review reads each whole figure of ten digits or more
too (core.budget.Sheet.long_figures); "maskera" leaves the sheet out."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from ksdesk.services import budget, meeting_lookup, public_copy
from tests.safety.planted_db import demo_copy
from tests.safety.public_surfaces import OUTPUTS

NUMBER = Decimal("8112189876")  # made up, with a valid check digit
AMOUNT = Decimal("1373000000")  # ten digits that are no personnummer (month 73)


def _plant(store, figure: Decimal) -> None:
    """`figure` in the first amount cell of the demo's Bilaga 2 (referenced by ärende 4)."""
    sheet = budget.find_sheet(store, "bilaga2")
    row = next(r for r in sheet.rows if any(isinstance(c, Decimal) for c in r.cells))
    column = next(i for i, c in enumerate(row.cells) if isinstance(c, Decimal))
    row.cells[column] = figure
    budget.apply(store, sheet)


def _digits(text: str) -> str:
    """The text with the spaces inside a grouped figure taken out, as a reader joins them."""
    return re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d)", "", text)


def test_the_review_finds_it_and_no_packet_publishes_it(demo_template: Path, tmp_path: Path):
    with demo_copy(demo_template, tmp_path) as store:
        _plant(store, NUMBER)
        meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
        hits = public_copy.scan_public(store, meeting.id)
        found = [hit for hit in hits if hit.normalized == "19" + str(NUMBER)]
        assert found and found[0].where.startswith("ärende 4, bilaga 2")
        public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="T")
        for output in ("paket (papper)", "paket (webb) och bilagefiler"):
            assert str(NUMBER) not in _digits(OUTPUTS[output](store, meeting.id)), output


def test_a_large_amount_is_no_hit(demo_template: Path, tmp_path: Path) -> None:
    with demo_copy(demo_template, tmp_path) as store:
        _plant(store, AMOUNT)
        meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
        hits = public_copy.scan_public(store, meeting.id)
        assert [hit for hit in hits if hit.kind == "personnummer"] == []
