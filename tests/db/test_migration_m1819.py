"""Step m1819: the §§ of a file written before say no one stood aside from a beslut, and take
the mark afterwards (the m0502 fixture: Ludvika KS 2020-12-07, its protokoll recorded)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from ksdesk.core.protokoll import DeltarInte
from ksdesk.db import meeting_repo, protokoll_repo
from ksdesk.db.connection import open_store

FIXTURES = Path(__file__).parent / "fixtures"


def test_m1819_gives_old_paragrafer_no_one_standing_aside_and_keeps_a_mark(
    tmp_path: Path,
) -> None:
    path = tmp_path / "m0502.sqlite"
    shutil.copy(FIXTURES / "schema-m0502-protokoll.sqlite", path)
    store = open_store(path)
    meeting = meeting_repo.find_by_date(store, date(2020, 12, 7))
    paragrafer = protokoll_repo.list_for_meeting(store, meeting.id)
    assert paragrafer and all(p.deltar_inte == [] for p in paragrafer)
    first = paragrafer[0]
    first.deltar_inte = [DeltarInte(["Roland Johansson"], "Han återkommer i fullmäktige.")]
    with store.atomic():
        protokoll_repo.save(store, first)
    again = protokoll_repo.list_for_meeting(store, meeting.id)[0]
    assert again.deltar_inte == first.deltar_inte
    assert again.beslut == first.beslut  # the rest of the § as it was
    store.close()
