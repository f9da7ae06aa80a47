"""The lines of a pasted members list made ready to be read one by one (members_paste): the
non-breaking spaces, a PDF's loose accents and a numbered list's numbers out, two columns
under one of a protokoll's labels read a column at a time (members_protokoll_columns), a column of
roles printed beside the names set back by them (members_role_column), columns of people
and a name
broken over two lines joined again (members_broken_names). Each line keeps the number it has
in the pasted text, for the report."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.members_broken_names import join_broken_names
from ksdesk.interchange.members_page import accents_joined
from ksdesk.interchange.members_protokoll_columns import two_columns
from ksdesk.interchange.members_role_column import roles_beside_lines, roles_beside_names
from ksdesk.interchange.members_side_columns import side_by_side

# "1. Anna Ek (S)", "2) Lars Berg": a numbered list's number (the order stays the list's);
# not "2. vice ordförande", a role.
_LIST_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+(?!v(?:ice|\.)?\s)", re.I)


def prepared_lines(raws: list[str], report: ImportReport) -> list[tuple[int, str]]:
    """The pasted `raws` as (line number, text), empty lines left out, ready to be read."""
    cleaned = [
        (number, _LIST_NUMBER.sub("", accents_joined(raw.replace("\xa0", " "))).strip())
        for number, raw in enumerate(raws, start=1)
    ]
    cleaned = two_columns([(n, line) for n, line in cleaned if line], report)
    cleaned = [(n, roles_beside_names(f"Rad {n}", line, report)) for n, line in cleaned]
    cleaned = roles_beside_lines([(n, line) for n, line in cleaned if line], report)
    cleaned = side_by_side([(n, line) for n, line in cleaned if line], report)
    return join_broken_names([(n, line) for n, line in cleaned if line])
