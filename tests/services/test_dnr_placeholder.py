"""The Delegationsbeslut dialog's Diarienummer example is written in the file's own Dnr shape
(walk30 #15: "KS 2020/123" in Nämnden för miljö & hälsoskydd's file, whose Dnr read
"MH-2025-04711")."""

from __future__ import annotations

from datetime import date

from ksdesk.core.delegationsbeslut_rules import dnr_example
from ksdesk.services import delegationsbeslut
from ksdesk.services.delegationsbeslut import BeslutInput


def test_the_example_takes_the_shape_of_the_files_newest_dnr(demo_store) -> None:
    assert dnr_example("MH-2025-04950", 2026) == "MH-2026-00123"
    assert dnr_example("KS 123/2020", 2026) == "KS 123/2026"
    year = date.today().year
    # The demo's register holds only another nämnd's decision (SBN 2020/877): the agenda's
    # shape, "2020/434".
    assert delegationsbeslut.dnr_placeholder(demo_store) == f"{year}/123"
    data = BeslutInput("KS-2020-00501", date(2020, 11, 20), "Kommunsekreterare", "Yttrande", "4")
    delegationsbeslut.register(demo_store, data)
    assert delegationsbeslut.dnr_placeholder(demo_store) == f"KS-{year}-00123"
